"""Every release's PDF is a tagged PDF/UA-1 as far as a machine can tell (tests/render/tagged.py): marked,
with a structure tree, language nl-BE, its title shown, declared PDF/UA-1; every figure with the alt text
its chart was given; headings that skip no level; tables with header cells; a reading order down the page;
running header and footer as artifacts. And each check fails on a PDF that breaks it."""

from __future__ import annotations

import shutil

import nbformat
import pikepdf
import pytest

from hulplijnen.config.params import load_params, release_ids

from . import tagged
from .layout import header_name

pytestmark = pytest.mark.quarto
RELEASES = release_ids()


def pdf_of(rendered, release: str):
    return rendered[release] / "report.pdf"


@pytest.mark.parametrize("release", RELEASES)
def test_the_pdf_passes_every_structure_check(rendered, release):
    assert tagged.problems(pdf_of(rendered, release)) == []


@pytest.mark.parametrize("release", RELEASES)
def test_title_and_language_are_the_reports(rendered, release):
    structure = tagged.read(pdf_of(rendered, release))
    assert structure.title == load_params(release).title and structure.lang == "nl-BE"


@pytest.mark.parametrize("release", RELEASES)
def test_every_figure_carries_the_alt_text_written_from_its_chart(rendered, release):
    out = rendered[release]
    written = [
        cell.metadata["fig-alt"]
        for path in sorted((out / "notebooks").glob("*.ipynb"))
        for cell in nbformat.read(path, as_version=4).cells
        if "fig-alt" in cell.metadata
    ]
    alts = [f.alt for f in tagged.read(out / "report.pdf").elements("/Figure")]
    assert len(alts) == len(written) == len(list((out / "figures").glob("*.png")))
    assert sorted(alts) == sorted(written)
    assert all(any(ch.isdigit() for ch in alt) for alt in alts), "an alt text without a number from its chart"


@pytest.mark.parametrize("release", RELEASES)
def test_running_header_and_footer_are_artifacts(rendered, release):
    pdf = pdf_of(rendered, release)
    structure = tagged.read(pdf)
    assert f"pagina 3 van {structure.pages}" in tagged.artifact_text(pdf, 2)
    # r35 (demo #2): a synthetic report's header names it by header_title, under its banner
    assert header_name(load_params(release)) in tagged.artifact_text(pdf, 2)


# Each check fails on a PDF made to break it: a copy of a real report with one thing taken away.


def broken(rendered, tmp_path, change) -> list[str]:
    target = tmp_path / "broken.pdf"
    shutil.copy(pdf_of(rendered, "2021"), target)
    with pikepdf.open(target, allow_overwriting_input=True) as pdf:
        change(pdf, list(walk(pdf.Root.StructTreeRoot)))
        pdf.save(target)
    return tagged.problems(target)


def walk(node):
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from walk(kid)


def test_a_figure_without_alt_text_is_found(rendered, tmp_path):
    def drop_alt(pdf, elements):
        del next(e for e in elements if e.S == "/Figure").Alt

    assert "figure 1 has no alt text (/Alt)" in broken(rendered, tmp_path, drop_alt)


def test_a_table_without_header_cells_is_found(rendered, tmp_path):
    def no_header(pdf, elements):
        table = next(e for e in elements if e.S == "/Table")
        for cell in walk(table):
            if cell.S == "/TH":
                cell.S = pikepdf.Name("/TD")

    assert "table 1 has no header cells (/TH)" in broken(rendered, tmp_path, no_header)


def test_a_skipped_heading_level_is_found(rendered, tmp_path):
    def skip(pdf, elements):
        headings = [e for e in elements if str(e.S).startswith("/H") and str(e.S)[2:].isdigit()]
        headings[1].S = pikepdf.Name("/H3")

    assert "heading level skipped: /H1 followed by /H3" in broken(rendered, tmp_path, skip)


def test_an_untagged_pdf_without_language_or_pdfua_mark_is_found(rendered, tmp_path):
    def strip(pdf, elements):
        pdf.Root.MarkInfo.Marked = False
        del pdf.Root.Lang
        with pdf.open_metadata() as meta:
            del meta["pdfuaid:part"]

    found = broken(rendered, tmp_path, strip)
    assert "not tagged: /MarkInfo /Marked is not true" in found
    assert "document language is None, not 'nl-BE'" in found
    assert any("pdfuaid:part" in p for p in found)


def test_text_read_out_of_page_order_is_found(rendered, tmp_path):
    def reverse(pdf, elements):
        document = next(e for e in elements if e.S == "/Document")
        document.K = pikepdf.Array(list(reversed(list(document.K))))

    assert any("the structure reads text at" in p for p in broken(rendered, tmp_path, reverse))
