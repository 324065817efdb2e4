"""r66: pages left partly empty where the text after could have filled them (r65 demo #2: the demo's p.10 35 % empty,
Figuur 4 overleaf; r65 2021 #7: 2021 p.7 a fifth empty, the whole 'Maatregelen' paragraph and its list on p.8). A chart
that goes to the next page floats there and the text after it fills the page (quarto/typst-floats.typ); a long
paragraph ending in a colon breaks over the pages with its last lines and the list's first point overleaf
(typst-template.typ colon-para). Measured as the existing layout tests do: the empty share of a page's text area."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .filters import run_filter
from .pages import headings, in_annex
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
BEFORE_CHART = 0.2  # at most this share of a body page empty before a chart at the top of the next page
BEFORE_LIST = 0.1  # ... before a paragraph ending in a colon and its list at the top of the next page
NEAR_EMPTY = 0.75  # no page emptier than this, but the last of a part or chapter


def empty(page) -> float:
    return (page.bottom - page.content_bottom()) / page.height


def body_pairs(pages):
    """Each body page with the page after it: from the first chapter up to the technical annex."""
    annex = in_annex(pages)
    return [(p, q) for p, q in zip(pages[2:], pages[3:]) if p.number not in annex and q.number not in annex]


@pytest.mark.parametrize("release", RELEASES)
def test_no_body_page_largely_empty_before_a_chart_overleaf(rendered, release):
    pages = pages_of(rendered, release)
    gaps = [
        f"p.{p.number} {empty(p):.0%} empty, a chart atop p.{q.number}"
        for p, q in body_pairs(pages)
        if q.starts_with_image() and empty(p) > BEFORE_CHART
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
