"""Round 34 (r33 2020 #17): in the technical annex a table that fits on one page never leaves only a few rows
overleaf (2020's Tabel 13, 13 rows, went on with two months and its total under a repeated header). The template
moves it whole when no more than `annex-few-rows` rows would go over (quarto/typst-template.typ); read from the PDF:
a table continued on an annex page has more rows there than that, or is too long for one page."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import QUARTO_PARTIALS

from .pages import continued, in_annex, rows_after, tables
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
ONE_PAGE_ROWS = 30  # a table of at most this many body rows fits on one page of text


def few_rows() -> int:
    template = (QUARTO_PARTIALS / "typst-template.typ").read_text(encoding="utf-8")
    return int(re.search(r"let annex-few-rows = (\d+)", template).group(1))


def test_the_threshold_is_the_templates():
    assert few_rows() >= 3  # two months and a total (2020's Tabel 13)


@pytest.mark.parametrize("release", RELEASES)
def test_an_annex_table_that_fits_a_page_leaves_no_few_rows_overleaf(rendered, release):
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    few = []
    for page, table in continued(pages, tables(rendered[release])):
        if page.number - 1 not in annex or table.rows > ONE_PAGE_ROWS:
            continue
        below = rows_after(page, page.lines[0])
        if below <= few_rows():
            few.append(f"{table.label} ({table.rows} rows): {below} row(s) alone on p.{page.number}")
    assert not few, "annex tables with only a few rows overleaf: " + "; ".join(few)
