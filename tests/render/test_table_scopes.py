"""Every table of every release's HTML says what its header cells head (r26 demo #21): read cell by cell, the long
month table lost each value's column and row. A header cell of the table's head is <th scope="col">; the first cell
of each data row, which names the row (quarto/table-scopes.lua), is <th scope="row">. Read from the built file."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
RELEASES = release_ids()


class Cells(HTMLParser):
    """Every cell of every table: in the head or the body, its tag, its scope, its place in its row."""

    def __init__(self) -> None:
        super().__init__()
        self.part, self.column, self.cells, self.bodies, self.open = None, 0, [], 0, None

    def handle_starttag(self, tag, attrs):
        if tag in ("thead", "tbody"):
            self.part = tag
            self.bodies += tag == "tbody"
        elif tag == "tr":
            self.column = 0
        elif tag in ("th", "td") and self.part:
            self.open = [self.part, tag, dict(attrs).get("scope"), self.column, self.bodies, ""]
            self.cells.append(self.open)
            self.column += 1

    def handle_data(self, data):
        if self.open is not None:
            self.open[5] += data.strip()

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.open = None
        if tag in ("thead", "tbody"):
            self.part = None


@pytest.mark.parametrize("release", RELEASES)
def test_every_header_cell_has_its_scope(rendered, release):
    cells = Cells()
    cells.feed((rendered[release] / "report.html").read_text(encoding="utf-8"))
    head = [c for c in cells.cells if c[0] == "thead"]
    body = [c for c in cells.cells if c[0] == "tbody"]
    assert head and body, "no table found"
    assert all(c[1] == "th" and c[2] == "col" for c in head), "a column header without scope=col"
    first = [c for c in body if c[3] == 0]
    # a body with a row that does not name itself (a code under its group row) keeps plain cells: an empty row
    # header is announced as nothing (axe: empty-table-header)
    unnamed = {c[4] for c in first if not c[5]}
    assert all(c[1] == "th" and c[2] == "row" for c in first if c[4] not in unnamed), "a row's first cell not a th"
    assert all(c[1] == "td" for c in first if c[4] in unnamed), "an empty row header"
    assert all(c[1] == "td" for c in body if c[3] > 0)
