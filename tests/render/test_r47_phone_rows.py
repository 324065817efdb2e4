"""Round 47 (r46 Tele-Onthaal, Tabel 6 at 390 px): in a table that scrolls sideways on a phone, the short texts of
the column out of sight ("Soort") wrapped over two or three lines, so that rows stood two or three lines tall where
the reader saw one line of them. A row is now no taller than its cells in sight need (scroll-focus.html:
offScreenOnOneLine)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390
SLACK_LINES = 0.5  # a row may be this share of a line taller than its tallest cell in sight

# Per scrolling table and row: the height of the row's text in sight and of the text of every cell (a cell's text,
# not its box, which the row stretches), in lines; a cell is in sight when no part of it is cut off at the box's right
# edge (as the hint's outOfSight: 'Soort' showed a sliver only).
ROWS = """(() => Array.from(document.querySelectorAll('main table.phone-scroll')).map(table => {
  const edge = table.parentElement.getBoundingClientRect().right;
  const label = (table.closest('figure, .quarto-float') || table).querySelector('caption, figcaption');
  const rows = Array.from(table.querySelectorAll(':scope > tbody > tr')).map(row => {
    const cells = Array.from(row.children).map(cell => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const line = parseFloat(getComputedStyle(cell).lineHeight) || 20;
      return {seen: cell.getBoundingClientRect().right <= edge + 1, lines: range.getBoundingClientRect().height / line};
    });
    const seen = Math.max(...cells.filter(c => c.seen).map(c => c.lines));
    const all = Math.max(...cells.map(c => c.lines));
    return {name: row.children[0].textContent.trim(), seen, all};
  });
  return {table: label ? label.textContent.trim().slice(0, 30) : '?', rows};
}))()"""


def taller_than_seen(tables: list[dict]) -> list[str]:
    """Rows whose out-of-sight cells take more lines than their cells in sight."""
    return [
        f"{table['table']}: '{row['name']}' {row['all']:.1f} lines, {row['seen']:.1f} in sight"
        for table in tables
        for row in table["rows"]
        if row["all"] > row["seen"] + SLACK_LINES
    ]


def test_the_check_sees_a_row_made_tall_out_of_sight():
    """The r46 case: 'oproepen' one line in sight, its 'Soort' over two lines out of sight."""
    tables = [{"table": "Tabel 6", "rows": [{"name": "oproepen", "seen": 1.0, "all": 2.0}]}]
    assert taller_than_seen(tables) == ["Tabel 6: 'oproepen' 2.0 lines, 1.0 in sight"]
    assert taller_than_seen([{"table": "Tabel 6", "rows": [{"name": "x", "seen": 2.0, "all": 2.0}]}]) == []


@pytest.mark.parametrize("release", RELEASES)
def test_no_row_of_a_scrolling_table_is_taller_than_its_cells_in_sight(browser, rendered, release):
    tables = browse.evaluate(browser, rendered[release] / "report.html", PHONE, ROWS)[0]
    tall = taller_than_seen(tables)
    assert not tall, "rows made taller by cells out of sight: " + "; ".join(tall)


def test_tele_onthaal_tabel_6_no_longer_scrolls(browser, rendered):
    """r53 (TO #2): no table scrolls at 390 px any more (test_r53_phone_columns), so no row can be made tall out of
    sight; Tele-Onthaal's Tabel 6, the case of r46, is cards."""
    if "2021-tele-onthaal" not in rendered:
        pytest.skip("the Tele-Onthaal release is not among the params files")
    tables = browse.evaluate(browser, rendered["2021-tele-onthaal"] / "report.html", PHONE, ROWS)[0]
    assert tables == [], tables
