"""r59 (r58 demo #6): a table that goes on overleaf never splits a group of rows: the demo's Tabel 5 broke inside
"cultuur, samen" (its total and first row on p.7, the other rows "– volwassen" and "– ander …" on p.8), the very
group the note under the table discusses. A page that goes on with a table's repeated header opens with a group's
head (or a row of no group), never with a "– " row of a group begun on the page before."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from .pages import MARK, continued, tables
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


CODE = re.compile(r"^(\d{4}|geen code)\b")  # a row of the table of codes: a code, or "geen code"
CODES_HEAD = re.compile(r"^Code\s+Contactnemer")  # its header (the table is the codebook's, not in tables/)


@pytest.mark.parametrize("release", RELEASES)
def test_the_table_of_codes_goes_on_with_a_group_heading(rendered, release):
    """r63 (r63 2020 #7): the annex's Tabel 13 (codes per group: a heading row with no code, the group's name, then
    its codes) left code 6999 and the rows without a code overleaf, apart from their heading on the page before."""
    split = []
    for page in pages_of(rendered, release):
        lines = [line.text for line in page.lines]
        for at, text in enumerate(lines[:-1]):
            if at > 0 and MARK.match(lines[at - 1]) and CODES_HEAD.match(text) and CODE.match(lines[at + 1]):
                split.append(f"p.{page.number}: goes on with '{lines[at + 1]}'")
    assert not split, "a group of codes split from its heading: " + "; ".join(split)
