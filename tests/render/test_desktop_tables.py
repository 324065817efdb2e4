"""Tables on a desktop (1280 px) and the explanation column of a table on a phone (390 px), every release's HTML
opened from disk (review r15: demo #1, 2021 #2-4, Tele-Onthaal #4). On a desktop no table scrolls sideways: a table
wider than the text column is set compact to fit it (r38 demo #15: it no longer reaches into the right margin;
quarto/scroll-focus.html, report.css; test_r38_table_fit), and no table reaches past the screen. On a phone a
table's "Toelichting" (the explanation of its row, also "Soort en toelichting") is never squeezed to a word per
line: its cells are at least ``READABLE_COLUMN`` px wide (the table is stacked)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
DESKTOP = 1280
PHONE = 390
READABLE_COLUMN = 150

# Every table: its width and right edge, and the width of the box it stands in (the box that would scroll it).
TABLES = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const box = table.closest('.table-responsive, .cell-output-display') || table.parentElement;
  const head = table.querySelector('thead th');
  return {head: head ? head.textContent.trim().slice(0, 40) : table.textContent.trim().slice(0, 40),
          width: table.getBoundingClientRect().width, right: table.getBoundingClientRect().right,
          box: box.clientWidth, scrolls: box.classList.contains('scrolls')};
}))()"""

# The cells of every explanation column ("Toelichting", "Soort en toelichting"; the key figures' included): their
# width on the screen.
EXPLANATIONS = """(() => Array.from(document.querySelectorAll('main table')).flatMap(table => {
  const heads = Array.from(table.querySelectorAll('thead th')).map(th => th.textContent.trim());
  const i = heads.findIndex(head => /toelichting/i.test(head));
  if (i < 0) return [];
  return Array.from(table.querySelectorAll('tbody tr')).map(row => row.children[i])
    .filter(cell => cell && cell.textContent.trim())
    .map(cell => ({table: heads.join(' | ').slice(0, 60), text: cell.textContent.trim().slice(0, 40),
                   width: cell.getBoundingClientRect().width}));
}))()"""


def seen(browser, rendered, release: str, width: int, script: str) -> list[dict]:
    return browse.evaluate(browser, rendered[release] / "report.html", width, script)[0]


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_desktop_no_table_is_wider_than_its_box(browser, rendered, release):
    """r15 (demo #1, 2021 #2-3): tables scrolled sideways at 1280 px beside an empty right margin."""
    tables = seen(browser, rendered, release, DESKTOP, TABLES)
    assert len(tables) > 3, "too few tables found: the check would prove nothing"
    wide = [f"{t['head']}: {t['width']:.0f} px in {t['box']} px" for t in tables if t["width"] > t["box"] + 1]
    assert not wide, f"tables that scroll sideways at {DESKTOP} px: {wide}"
    assert not [t["head"] for t in tables if t["scrolls"]], "a table says it scrolls on a desktop"
    past = [f"{t['head']}: to {t['right']:.0f} px" for t in tables if t["right"] > DESKTOP]
    assert not past, f"tables reaching past the {DESKTOP} px screen: {past}"


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_an_explanation_column_is_readable(browser, rendered, release):
    """r15 (2021 #4, Tele-Onthaal #4): a "Toelichting" column squeezed to a word (or three letters) per line."""
    cells = seen(browser, rendered, release, PHONE, EXPLANATIONS)
    assert cells, "no table with a Toelichting column: the check would prove nothing"
    narrow = [f"{c['table']}: {c['text']!r} {c['width']:.0f} px" for c in cells if c["width"] < READABLE_COLUMN]
    assert not narrow, f"Toelichting cells narrower than {READABLE_COLUMN} px at {PHONE} px: {narrow}"
