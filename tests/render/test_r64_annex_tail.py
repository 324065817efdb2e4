"""r64 (r64 2021-tele-onthaal #1): in the technical annex Tabel 6 left its last two rows ("andere gesprekken: meer
dan in 2020" and its percentage) alone on p.10, a page otherwise empty before the colophon's own page. A long annex
table of which only a few rows would go over breaks earlier instead (quarto/typst-floats.typ, `over-rows`): a page
that goes on with an annex table carries more than a remnant of two rows."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .pages import continued, in_annex, rows_after, tables
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
LEAST_OVER = 3  # rows of an annex table on the page it goes on to (typst-floats.typ sends `over-rows`, 5, or more)


@pytest.mark.parametrize("release", RELEASES)
def test_an_annex_table_never_leaves_a_remnant_of_two_rows_overleaf(rendered, release):
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    remnants = []
    for page, table in continued(pages, tables(rendered[release])):
        below = rows_after(page, page.lines[0])
        if page.number in annex and below < LEAST_OVER:
            remnants.append(f"{table.label}: {below} row(s) on p.{page.number}")
    assert not remnants, "annex tables going on with a remnant of rows: " + "; ".join(remnants)
