"""r59 (r58 demo #6): a table that goes on overleaf never splits a group of rows: the demo's Tabel 5 broke inside
"cultuur, samen" (its total and first row on p.7, the other rows "– volwassen" and "– ander …" on p.8), the very
group the note under the table discusses. A page that goes on with a table's repeated header opens with a group's
head (or a row of no group), never with a "– " row of a group begun on the page before."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .pages import continued, tables
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
MEMBER = ("–", "-")  # a group's row under its head ("– volwassen")


@pytest.mark.parametrize("release", RELEASES)
def test_a_group_of_rows_is_never_split_over_two_pages(rendered, release):
    pages = pages_of(rendered, release)
    split = []
    for page, table in continued(pages, tables(rendered[release])):
        first = next((line for line in page.lines[1:] if not table.is_header(line)), None)
        if first is not None and first.text.startswith(MEMBER):
            split.append(f"p.{page.number} ({table.label}): goes on with '{first.text}'")
    assert not split, "groups of rows split over two pages: " + "; ".join(split)
