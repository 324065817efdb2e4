"""Round 19 (2021): '3 Wie neemt contact op' and its two-line paragraph stood at the foot of p.7, the rest of the
chapter overleaf (#2); Tabel 21, the annex's key figures of every helpline, went on to p.23 with its rows there not
saying whose they were: the helpline was named on its group's first row only (#3)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .pages import CAPTION, INSET_PT, Line, Page, continued, headings, tables
from .test_page_flow import headings_at_foot_with_their_float_overleaf, pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
# a heading at a page's foot has more lines than this under it: r47 (was 2) after Tele-Onthaal p.5, where 'Over deze
# cijfers' and three lines of its opening closed the page, the rest overleaf (the template's heading-room)
FEW_LINES = 3


def headings_with_few_lines_at_foot(pages, names: set[str]) -> list[str]:
    """Headings with at most FEW_LINES lines of text under them at a page's foot (no chart or table after them on
    the page), the section going on overleaf (the next page does not open with a heading)."""
    found = []
    for page, after in zip(pages[2:], pages[3:]):
        tail = page.lines[-(FEW_LINES + 1) :]
        for i, line in enumerate(tail):
            below = tail[i + 1 :]
            if line.text not in names or any(CAPTION.match(x.text) for x in below):
                continue
            if any(top > line.top for top, _ in page.images) or not after.lines or after.lines[0].text in names:
                continue
            found.append(f"p.{page.number}: '{line.text}' and {len(below)} line(s), its text on p.{after.number}")
    return found


@pytest.mark.parametrize("release", RELEASES)
def test_no_heading_with_only_a_line_or_two_under_it_ends_a_page(rendered, release):
    pages = pages_of(rendered, release)
    alone = headings_with_few_lines_at_foot(pages, set(headings(pages)))
    assert not alone, "headings at a page's foot with three lines or fewer under them: " + "; ".join(alone)


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_that_goes_on_overleaf_names_what_its_first_row_there_is(rendered, release):
    """The first row under a table's repeated header starts in the first column: no empty group cell that leaves
    the rows there without their helpline."""
    pages = pages_of(rendered, release)
    unnamed = []
    for page, table in continued(pages, tables(rendered[release])):
        header = page.lines[0]
        # a header cell that wraps ("Tegenover" / "2020") goes on in a second line of header words: not a row
        words = set(table.header)
        first = next((x for x in page.lines[1:] if x.top > header.bottom and not set(x.text.split()) <= words), None)
        if first is not None and first.x0 > header.x0 + INSET_PT:
            unnamed.append(f"{table.label} on p.{page.number}: '{first.text[:40]}'")
    assert not unnamed, "tables going on overleaf with an empty first cell: " + "; ".join(unnamed)


def test_the_heading_check_sees_the_2021_p7_case():
    """The check is not vacuous: p.7 as the reader saw it (the heading and two lines at the foot, text overleaf)."""

    def page(number, texts, top=0.0):
        return Page(number, 0, 800, [Line(top + 20 * i, top + 20 * i + 10, 60, t) for i, t in enumerate(texts)], [])

    name = "3 Wie neemt contact op: geslacht en leeftijd"
    foot = page(7, ["tekst"] * 30 + [name, "Voor 2021 zijn alleen kerncijfers beschikbaar", "contactnemer."])
    pages = [page(1, []), page(2, []), foot, page(8, ["Het aandeel vrouwen ..."])]
    assert headings_with_few_lines_at_foot(pages, {name}) == [f"p.7: '{name}' and 2 line(s), its text on p.8"]
    # r47: four lines under it (three now fail, FEW_LINES)
    later = page(8, [name, "eerste regel", "tweede regel", "derde regel", "vierde regel"])
    assert headings_with_few_lines_at_foot([page(1, []), page(2, []), later, page(9, ["x"])], {name}) == []


def test_the_heading_check_sees_the_tele_onthaal_p5_case():
    """r47: a heading with three lines of its opening at a page's foot, the rest overleaf, fails the check too."""

    def page(number, texts):
        return Page(number, 0, 800, [Line(20 * i, 20 * i + 10, 60, t) for i, t in enumerate(texts)], [])

    name = "Over deze cijfers"
    foot = page(5, ["tekst"] * 30 + [name, "Dit rapport is een terugblik,", "gepubliceerd werden,", "bron: de"])
    pages = [page(1, []), page(2, []), foot, page(6, ["datum niet vermeld). Andere publicaties ..."])]
    assert headings_with_few_lines_at_foot(pages, {name}) == [f"p.5: '{name}' and 3 line(s), its text on p.6"]


def test_a_table_overleaf_under_a_wrapped_heading_is_that_headings():
    """2021 (r23): 'Bij hoofdstuk 1: Kanalen' and all its text closed p.19; Tabel 18 overleaf stood under the next
    heading, wrapped over two lines, and was taken for the first one's."""

    def page(number, texts):
        return Page(number, 0, 800, [Line(20 * i, 20 * i + 10, 60, t) for i, t in enumerate(texts)], [])

    first, second = (
        "Bij hoofdstuk 1: Kanalen",
        "Bij hoofdstuk 2: Wie neemt contact op: slachtoffer, omgeving of professional",
    )
    foot = page(19, ["tekst"] * 30 + [first, "twee regels", "tekst."])
    after = page(20, [second.removesuffix(" professional"), "professional", "Tabel 18: Gepubliceerde aandelen"])
    pages = [page(1, []), page(2, []), foot, after]
    assert headings_at_foot_with_their_float_overleaf(pages, {first, second}) == []
    alone = page(20, ["Tabel 18: Gepubliceerde aandelen"])
    assert headings_at_foot_with_their_float_overleaf([page(1, []), page(2, []), foot, alone], {first, second}) == [
        f"p.19: '{first}', 3 words, its first table or chart on p.20"
    ]
