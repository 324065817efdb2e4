"""r37 (Tele-Onthaal r36 #14): Tabel 6 went on overleaf under its repeated header but with no title, so a reader
landed on a table without a name. Every page a table goes on to begins with its number and "(vervolg)" above the
repeated header, and no page on which a table begins carries that line."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from .pages import CAPTION, MARK, continued, tables
from .test_page_flow import pages_of

pytestmark = pytest.mark.quarto
RELEASES = release_ids()


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_that_goes_on_overleaf_is_named_there(rendered, release):
    pages = pages_of(rendered, release)
    for page, table in continued(pages, tables(rendered[release])):
        mark = pages[page.number - 1].lines[0].text
        assert MARK.match(mark), f"{table.label} goes on to p.{page.number} with no '(vervolg)' line: '{mark}'"
        number = re.match(r"\w+ (\d+)", mark).group(1)
        # the caption with that number stands on an earlier page (the table's first)
        first = [
            p.number for p in pages[: page.number - 1] for line in p.lines if line.text.startswith(f"Tabel {number}:")
        ]
        assert first, f"p.{page.number}: '{mark}' names no table captioned before"
    for page in pages:  # the line only where a table goes on, never on the page where it begins
        marks = [line.text for line in page.lines if MARK.match(line.text)]
        assert len(marks) <= 1 and (not marks or page.lines[0].text == marks[0]), (page.number, marks)
        if marks:
            number = re.match(r"\w+ (\d+)", marks[0]).group(1)
            own = [
                line.text
                for line in page.lines
                if CAPTION.match(line.text) and line.text.startswith(f"Tabel {number}:")
            ]
            assert not own, f"p.{page.number}: '{marks[0]}' on the page where the table begins"
            # over the table's repeated header (the header check knows only the tables of tables/: not all of them)
            below = page.lines[1].text if len(page.lines) > 1 else ""
            assert below and not CAPTION.match(below), f"p.{page.number}: '{marks[0]}' over '{below}'"


def test_the_check_sees_tables_that_go_on(rendered):
    """Not vacuous: the releases together have tables that go on overleaf (TO's Tabel 6 as the reader saw it, 2021's
    annex tables), each named there."""
    marked = [
        line.text
        for r in RELEASES
        for page in pages_of(rendered, r)
        for line in page.lines[:1]
        if MARK.match(line.text)
    ]
    assert marked, "no table goes on overleaf in any release"
