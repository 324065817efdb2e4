"""Round 33 (r32 #6): a short table is never split over two pages, in the technical annex too (2020's two-row
Tabel 10 'Brondocumenten' stood with one row at p.11's foot and the other overleaf). Short is the template's own
threshold in the annex, where tables flow: fewer rows than `annex-start-rows` + `min-rows` (quarto/typst-floats.typ,
r37); in a chapter a table of that many rows is short too. Read from the PDF's text per page: the table's caption and
the first words of its last row stand on one page. The tables and their rows are read from the release's HTML (every
captioned table, the annex's included)."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import QUARTO_PARTIALS

from .pages import CAPTION
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()


def _setting(name: str) -> int:
    floats = (QUARTO_PARTIALS / "typst-floats.typ").read_text(encoding="utf-8")  # r37: the table rules' own partial
    return int(re.search(rf"let {name} = (\d+)", floats).group(1))


def short_rows() -> int:
    """The most body rows a table may have and still never break, anywhere (the template's annex rule)."""
    return _setting("annex-start-rows") + _setting("min-rows") - 1


def short_tables(html: str) -> list[tuple[str, str]]:
    """(caption number 'Tabel N:', the last row's first word) of every captioned table of at most short_rows()."""
    found = []
    for caption in BeautifulSoup(html, "lxml").select("figcaption.quarto-float-tbl"):
        figure = caption.find_parent("figure")
        rows = figure.select("table > tbody > tr") if figure else []
        number = re.match(r"Tabel \d+:", " ".join(caption.get_text().split()))
        if not rows or not number or len(rows) > short_rows():
            continue
        texts = [" ".join(cell.get_text().split()) for cell in rows[-1].find_all(["th", "td"])]
        first = next((t for t in texts if t), "")
        if first:
            found.append((number.group(0), first.split()[0]))
    return found


def test_the_threshold_is_the_templates():
    assert short_rows() >= 2  # a two-row table is short (2020's Tabel 10)


def test_two_rows_are_read_as_a_short_table():
    html = (
        '<figure><figcaption class="quarto-float-tbl">Tabel 10: Brondocumenten</figcaption><table><thead><tr>'
        "<th>Bron</th></tr></thead><tbody><tr><th>Vlaams Parlement</th></tr><tr><th>Cijfers hulplijnen</th></tr>"
        "</tbody></table></figure>"
    )
    assert short_tables(html) == [("Tabel 10:", "Cijfers")]


def _names_an_earlier_table(text: str, number: str, seen: frozenset[str] = frozenset()) -> bool:
    """A line that begins as a caption of a table numbered before this one, or of a figure whose caption came
    before (``seen``): a row citing it (r52: the demo's table of hidden cells cites Figure 1 too)."""
    cited = re.match(r"Tabel (\d+):", text)
    if cited:
        return int(cited.group(1)) < int(re.sub(r"\D", "", number))
    figure = re.match(r"Figuur \d+:", text)
    return bool(figure) and figure.group(0) in seen


def test_a_row_naming_an_earlier_table_is_no_caption():
    assert _names_an_earlier_table("Tabel 4: contacten per contactnemer 7", "Tabel 9:")
    assert not _names_an_earlier_table("Tabel 10: Brondocumenten", "Tabel 9:")
    assert not _names_an_earlier_table("Figuur 2: Aandeel", "Tabel 9:")
    assert _names_an_earlier_table("Figuur 1: contacten per werkdag 7", "Tabel 8:", frozenset({"Figuur 1:"}))


@pytest.mark.parametrize("release", RELEASES)
def test_a_short_table_is_never_split_anywhere(rendered, release):
    pages = pages_of(rendered, release)
    split = []
    for number, last_word in short_tables((rendered[release] / "report.html").read_text(encoding="utf-8")):
        at = [(p, i) for p in pages for i, line in enumerate(p.lines) if line.text.startswith(number)]
        assert at, f"{number} not found in the PDF"
        page, i = at[0]
        before = [line.text for p in pages if p.number < page.number for line in p.lines] + [
            line.text for line in page.lines[:i]
        ]
        seen = frozenset(m.group(0) for text in before for m in [re.match(r"Figuur \d+:", text)] if m)
        found = False
        for line in page.lines[i + 1 :]:
            if last_word in line.words:
                found = True
                break
            # the next caption ends the table; a row that names an earlier table by its number (the demo's table of
            # hidden cells: 'Tabel 4: contacten per contactnemer') is no caption (r36)
            if CAPTION.match(line.text) and not _names_an_earlier_table(line.text, number, seen):
                break
        if not found:
            split.append(f"{number} (p.{page.number}): its last row ('{last_word} …') is not on its caption's page")
    assert not split, "short tables split over pages: " + "; ".join(split)
