"""Round 23: the 2020 PDF's layout did not settle (typst: 'document did not converge'). The part-break before the
technical annex and the colophon measured where the text before it ended at the choice itself; the rule it draws
when the page has room has spacing above it, which moved that point below the middle of the page, where the choice
became a page break, which moved it back. The template's part-break, compiled by the real typst with the text before
it ending at every height of that band, settles each time."""

from __future__ import annotations

import re
import subprocess

import pytest

from hulplijnen.config.paths import ROOT

from .conftest import missing_quarto

pytestmark = pytest.mark.quarto
TEMPLATE = ROOT / "quarto" / "typst-template.typ"
# where the text before the part-break ends, from the page's top margin (A4: the middle is 350 pt below it)
GAPS = range(296, 352, 4)


def part_break_source() -> str:
    """The template's definitions of part-break (and the rule it draws), as they are."""
    text = TEMPLATE.read_text(encoding="utf-8")
    found = re.search(r"^#let part-break\(\) = .*?(?=^#let article)", text, re.S | re.M)
    assert found, "quarto/typst-template.typ defines no part-break"
    return found.group(0)


def document(gap: int) -> str:
    return "\n".join(
        [
            "#let page-margin = (x: 2.2cm, y: 2.5cm)",
            '#set page(paper: "a4", margin: page-margin)',
            "#set text(size: 11pt)",
            part_break_source(),
            "Tekst.",
            f"#v({gap}pt)",
            "Nog een regel tekst.",
            "#part-break()",
            "= Bijlage",
            "Inhoud.",
        ]
    )


@pytest.mark.parametrize("gap", GAPS)
def test_the_part_break_settles_wherever_the_text_before_it_ends(tmp_path, gap):
    if reason := missing_quarto():
        pytest.skip(reason)
    source = tmp_path / "part.typ"
    source.write_text(document(gap), encoding="utf-8")
    done = subprocess.run(
        ["quarto", "typst", "compile", str(source), str(tmp_path / "part.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "converge" not in done.stderr and "stabilize" not in done.stderr, done.stderr
