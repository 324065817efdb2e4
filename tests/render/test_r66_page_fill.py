"""r66: pages left partly empty where the text after could have filled them (r65 demo #2: the demo's p.10 35 % empty,
Figuur 4 overleaf; r65 2021 #7: 2021 p.7 a fifth empty, the whole 'Maatregelen' paragraph and its list on p.8). A chart
that goes to the next page floats there and the text after it fills the page (quarto/typst-floats.typ); a long
paragraph ending in a colon breaks over the pages with its last lines and the list's first point overleaf
(typst-template.typ colon-para). Measured as the existing layout tests do: the empty share of a page's text area."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .filters import run_filter
from .pages import CAPTION, headings, in_annex
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
BEFORE_CHART = 0.2  # at most this share of a body page empty before a chart or table at the top of the next page
BEFORE_LIST = 0.1  # ... before a paragraph ending in a colon and its list at the top of the next page
NEAR_EMPTY = 0.75  # no page emptier than this, but the last of a part or chapter


def empty(page) -> float:
    return (page.bottom - page.content_bottom()) / page.height


def body_pairs(pages):
    """Each body page with the page after it: from the first chapter up to the technical annex."""
    annex = in_annex(pages)
    return [(p, q) for p, q in zip(pages[2:], pages[3:]) if p.number not in annex and q.number not in annex]


def opens_with_a_float(page) -> bool:
    """The page opens with a chart, or with a table's caption under at most a short lead-in (three lines)."""
    return page.starts_with_image() or any(CAPTION.match(line.text) for line in page.lines[:4])


@pytest.mark.parametrize("release", RELEASES)
def test_no_body_page_largely_empty_before_a_chart_or_table_overleaf(rendered, release):
    """Also r65 demo #3: demo p.6 a quarter empty, Tabel 4 with its lead-in on p.7: the lead-in stays now."""
    pages = pages_of(rendered, release)
    # r67: a page opening with a section's heading (2020's 'Kerncijfers' above Tabel 1) begins that section; the page
    # before it is held to the quarter rule of every page (test_page_flow), not to this one
    names = set(headings(pages))
    gaps = [
        f"p.{p.number} {empty(p):.0%} empty, a chart or table atop p.{q.number}"
        for p, q in body_pairs(pages)
        if opens_with_a_float(q) and empty(p) > BEFORE_CHART and not (q.lines and q.lines[0].text in names)
    ]
    assert not gaps, "; ".join(gaps)


def opens_with_a_colon_paragraph_and_list(page) -> bool:
    """The page's first paragraph (its lines up to the one ending in a colon) ends in a colon and a list follows."""
    for line, after in zip(page.lines, page.lines[1:]):
        if line.text.endswith(":"):
            return after.text.startswith("•")
    return False


@pytest.mark.parametrize("release", RELEASES)
def test_a_paragraph_ending_in_a_colon_breaks_over_pages_rather_than_leaving_a_gap(rendered, release):
    pages = pages_of(rendered, release)
    names = set(headings(pages))
    gaps = [
        f"p.{p.number} {empty(p):.0%} empty, '{q.lines[0].text[:40]}' and its list atop p.{q.number}"
        for p, q in body_pairs(pages)
        if q.lines
        and q.lines[0].text not in names
        and opens_with_a_colon_paragraph_and_list(q)
        and len(q.lines) > 4
        and not q.lines[0].text.endswith(":")
        and empty(p) > BEFORE_LIST
    ]
    assert not gaps, "; ".join(gaps)


@pytest.mark.parametrize("release", RELEASES)
def test_no_page_is_near_empty_but_the_last_of_a_part(rendered, release):
    """No page under a quarter full, except a page whose next one opens with a heading (a chapter's or part's last)
    and the last page."""
    pages = pages_of(rendered, release)
    names = set(headings(pages)) | {"Colofon", "Technische bijlage"}
    bare = [
        f"p.{p.number} {empty(p):.0%} empty"
        for p, q in zip(pages[2:], pages[3:])
        if empty(p) > NEAR_EMPTY and not (q.lines and q.lines[0].text in names)
    ]
    assert not bare, "; ".join(bare)


def test_a_paragraph_ending_in_a_colon_before_a_list_is_a_colon_para():
    typst = run_filter("sticky-headings.lua", "Inleiding.\n\nDe subsidie had deze doelen:\n\n- een;\n- twee.\n")
    assert "#colon-para[" in typst, typst  # the old rule: a sticky block, whole to the next page
    assert typst.index("#colon-para[") < typst.index("doelen:") < typst.index("- een"), typst


def test_a_mark_places_a_floated_chart_before_its_heading():
    typst = run_filter("sticky-headings.lua", "# Een\n\nTekst.\n\n# Twee\n\nMeer tekst.\n")
    assert typst.count("#place.flush()") >= 2, typst
    assert typst.index("#place.flush()") < typst.index("= Een"), typst


def test_a_plain_short_lead_in_before_a_table_may_stay_when_the_table_does_not_fit():
    """r65 demo #3: the lead-in is the template's loose-lead (sticky only when going along leaves little empty); one
    ending in a colon or pointing at what follows ("hieronder") stays a sticky block."""
    # a table's figure as Quarto writes it: raw "#figure([", the table, the rest of the figure raw
    table = '`#figure([`{=typst}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`], kind: "quarto-float-tbl")`{=typst}\n'
    typst = run_filter("sticky-headings.lua", "Tekst.\n\nTabel 1 geeft het kanaal.\n\n" + table)
    assert "#loose-lead[" in typst, typst  # the old rule: a sticky block, always with the table to the next page
    colon = run_filter("sticky-headings.lua", "Tekst.\n\nDe tabel geeft:\n\n" + table)
    assert "#loose-lead[" not in colon and "#block(sticky: true)[" in colon, colon


LOOSE = 0.1  # typst-template.typ loose-lead: a lead-in stays where going along would leave this share empty or more


def stays_loose(page, lines: list[str], after) -> bool:
    """r66 (r65 demo #3: demo p.6 a quarter empty, Tabel 4 and its lead-in overleaf): a plain lead-in (no colon, no
    'hieronder') before a table that opens the next page stays where going along would leave a tenth of its page or
    more empty (the template's loose-lead)."""
    text = " ".join(lines)
    start = next(line.top for line in page.lines if line.text == lines[0])
    plain = not text.endswith(":") and "hieronder" not in text
    return (
        bool(after.lines)
        and CAPTION.match(after.lines[0].text) is not None
        and plain
        and (page.bottom - start) / page.height >= LOOSE
    )
