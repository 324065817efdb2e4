"""Small documents rendered to PDF with the report's own Quarto project (_quarto.yml, quarto/): what breaks
PDF/UA-1 does not pass. An image without alt text and a skipped heading level stop the render, and the
build's error names the release and quotes typst's reason; a table without a header row renders, and
the structure check says that table has no header cells. A document without these faults passes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hulplijnen.config.paths import QUARTO_PARTIALS, QUARTO_PROJECT
from hulplijnen.pipeline import render

from . import tagged
from .conftest import missing_quarto

pytestmark = pytest.mark.quarto
FRONT = '---\ntitle: "Proefdocument"\n---\n\n'
GOOD = (
    "# Een\n\nTekst.\n\n## Twee\n\n| Naam | Aantal |\n|:--|--:|\n| a | 1 |\n\n"
    '![Een vlak](plot.png){fig-alt="Een blauw vlak."}\n'
)


def render_pdf(tmp_path: Path, name: str, body: str) -> render.Result:
    reason = missing_quarto()
    if reason:
        pytest.skip(reason)
    from PIL import Image

    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(QUARTO_PROJECT, folder / "_quarto.yml")
    shutil.copytree(QUARTO_PARTIALS, folder / "quarto")
    Image.new("RGB", (60, 30), "navy").save(folder / "plot.png")
    (folder / "report.qmd").write_text(FRONT + body, encoding="utf-8")
    return render.render(render.Job(name, folder), lambda _: None, formats=("typst",))


def test_a_document_without_faults_renders_as_pdf_ua(tmp_path):
    result = render_pdf(tmp_path, "good", GOOD)
    assert result.ok, str(result.error)
    assert tagged.problems(tmp_path / "good" / "report.pdf") == []


def test_an_image_without_alt_text_stops_the_render_naming_the_reason(tmp_path):
    result = render_pdf(tmp_path, "no-alt", "# Een\n\n![](plot.png)\n")
    assert not result.ok
    message = str(result.error)
    assert message.startswith("[no-alt] quarto render failed") and "PDF/UA-1 error: missing alt text" in message


def test_a_skipped_heading_level_stops_the_render_naming_the_levels(tmp_path):
    result = render_pdf(tmp_path, "skipped", "# Een\n\nTekst.\n\n### Drie\n\nTekst.\n")
    assert not result.ok
    assert "PDF/UA-1 error: skipped from heading level 1 to 3" in str(result.error)


def test_a_table_without_a_header_row_fails_the_structure_check(tmp_path):
    headless = "# Een\n\n-------  ------\na        1\nb        2\n-------  ------\n"
    result = render_pdf(tmp_path, "headless", headless)
    assert result.ok, str(result.error)
    assert "table 1 has no header cells (/TH)" in tagged.problems(tmp_path / "headless" / "report.pdf")
