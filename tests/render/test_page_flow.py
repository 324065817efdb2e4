"""How headings, tables and figures sit on the PDF's pages: a short table is never broken over two pages, a
long one that breaks keeps at least two rows on each page (never one row alone at a page's foot or head), no
page is left largely empty before a chart that did not fit on it, and no heading ends a page."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .pages import continued, headings, read, rows_after, tables

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
SHORT_ROWS = 10  # a table of at most this many rows is short: it never breaks over pages
MIN_ROWS = 2  # a table that breaks keeps at least this many rows on each page
MAX_EMPTY = 0.4  # at most this share of a page's text area stays empty before a chart at the top of the next
_read: dict[str, list] = {}


def pages_of(rendered, release: str):
    if release not in _read:
        _read[release] = read(rendered[release] / "report.pdf")
    return _read[release]


@pytest.mark.parametrize("release", RELEASES)
def test_a_short_table_never_breaks_over_pages(rendered, release):
    table_list = tables(rendered[release])
    by_page: dict[int, list] = {}
    for page, table in continued(pages_of(rendered, release), table_list):
        by_page.setdefault(page.number, []).append(table)
    broken = [
        f"p.{number}: {', '.join(t.label for t in found)} ({max(t.rows for t in found)} rows) "
        f"goes on from p.{number - 1}"
        for number, found in by_page.items()
        if all(t.rows <= SHORT_ROWS for t in found)
    ]
    assert not broken, "short tables broken over pages: " + "; ".join(broken)


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_that_breaks_keeps_rows_on_both_pages(rendered, release):
    pages = pages_of(rendered, release)
    lonely = []
    for page, table in continued(pages, tables(rendered[release])):
        before = pages[page.number - 2]
        headers = [line for line in before.lines if table.is_header(line)]
        above = rows_after(before, headers[-1]) if headers else 0
        below = rows_after(page, page.lines[0])
        if above < MIN_ROWS or below < MIN_ROWS:
            lonely.append(f"{table.label}: {above} row(s) at the foot of p.{before.number}, {below} on p.{page.number}")
    assert not lonely, "tables broken with too few rows on a page: " + "; ".join(lonely)


def test_the_table_checks_see_broken_tables(rendered):
    """The checks above are not vacuous: the releases together have long tables that do break over pages."""
    assert any(continued(pages_of(rendered, release), tables(rendered[release])) for release in RELEASES)


@pytest.mark.parametrize("release", RELEASES)
def test_no_page_left_largely_empty_before_a_chart(rendered, release):
    pages = pages_of(rendered, release)
    gaps = [
        f"p.{before.number} {empty:.0%} empty before the chart at the top of p.{page.number}"
        for before, page in zip(pages[2:], pages[3:])
        if page.starts_with_image() and (empty := (before.bottom - before.content_bottom()) / before.height) > MAX_EMPTY
    ]
    assert not gaps, "; ".join(gaps)


@pytest.mark.parametrize("release", RELEASES)
def test_no_heading_ends_a_page(rendered, release):
    pages = pages_of(rendered, release)
    names = set(headings(pages))
    assert len(names) >= 4, "the contents page lists the headings"
    alone = [
        f"p.{page.number}: '{page.lines[-1].text}'" for page in pages[2:] if page.lines and page.lines[-1].text in names
    ]
    assert not alone, "headings at the foot of a page, their text on the next: " + "; ".join(alone)
