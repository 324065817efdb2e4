"""Round 53 (2021 #2, Tele-Onthaal #2, 2020 #10, demo #10), every table of every release at 390 px: on a phone no
table scrolls sideways any more. A long table of figures did (r38), and the column a reader wants first lay out of
sight behind the swipe (2021 Tabel 5 and Tele-Onthaal Tabel 2: the report's year; 2020 Tabel 3 and 14: the total
and the share; demo Tabel 5: "% beantwoord"), while the box's edge cut values mid-word (2021 Tabel 14 and 15:
"ongeveer", "377 (afger"). Now every cell's text lies inside the screen's text column, and a long table of figures
is keyed (quarto/scroll-focus.html: its row names and key columns as a table, other columns as named lines under
each row): the report's year, a total and a percentage column stay columns, side by side down the rows."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390

# Per table: its caption, layout, whether its box scrolls, the headers, which header cells are shown as a column
# (in the first line, not under the rows), and every cell whose text reaches past the box's or the screen's edge.
SEEN = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const box = table.closest('.table-responsive') || table.parentElement;
  const edge = Math.min(box.getBoundingClientRect().right, document.documentElement.clientWidth);
  const float = table.closest('figure, .quarto-float');
  const caption = (float || table).querySelector('caption, figcaption');
  const heads = Array.from(table.querySelectorAll('thead tr:last-child th'));
  const cut = [];
  for (const cell of table.querySelectorAll('tbody td, tbody th')) {
    if (!cell.offsetParent || !cell.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    if (range.getBoundingClientRect().right > edge + 1) cut.push(cell.textContent.trim().slice(0, 30));
  }
  return {caption: caption ? caption.textContent.trim().slice(0, 40) : '?', layout: table.dataset.phoneLayout || '',
    scrolls: box.scrollWidth > box.clientWidth + 1 || box.classList.contains('scrolls'),
    heads: heads.map(th => th.textContent.trim().replace(/\\s+/g, ' ')),
    columns: heads.map(th => !!th.offsetParent && getComputedStyle(th).position !== 'absolute'),
    percent: heads.map((th, i) => {
      const values = Array.from(table.querySelectorAll('tbody tr')).map(r => r.children[i])
        .filter(c => c && c.textContent.trim()).map(c => c.textContent.trim());
      return values.length > 0 && values.every(v => /^[\\u2248~]?\\s*[\\u2212+-]?[\\d.,]+\\s*%$/.test(v));
    }), cut};
}))()"""
_seen: dict[str, list] = {}


def tables(browser, rendered, release: str) -> list[dict]:
    if release not in _seen:
        _seen[release] = browse.evaluate(browser, rendered[release] / "report.html", PHONE, SEEN, height=844)[0]
    return _seen[release]


def needed(table: dict) -> list[str]:
    """The columns a reader needs first: the latest year a header names (the report's own), a total, a percentage."""
    years = [int(h) for h in table["heads"] if re.fullmatch(r"\d{4}", h)]
    return [
        head
        for i, head in enumerate(table["heads"])
        if i > 0 and ((years and head == str(max(years))) or re.search(r"totaal|%", head, re.I) or table["percent"][i])
    ]


def hidden(table: dict) -> list[str]:
    """Needed columns of a table kept as a table (not cards) that are not shown as columns."""
    if table["layout"] == "cards" or not any(table["columns"]):
        return []
    return [h for h in needed(table) if not table["columns"][table["heads"].index(h)]]


def test_the_needed_columns_are_the_years_the_total_and_the_percentages():
    table = {"heads": ["Maand", "Telefoon", "Totaal", "Vrouw (van bekend)"], "percent": [False, False, False, True]}
    assert needed(table) == ["Totaal", "Vrouw (van bekend)"]
    table = {"heads": ["Cijfer", "2019", "2020", "2021"], "percent": [False] * 4}
    assert needed(table) == ["2021"]
    shown = {**table, "layout": "keyed", "columns": [True, True, True, False]}
    assert hidden(shown) == ["2021"]


@pytest.mark.parametrize("release", RELEASES)
def test_no_table_scrolls_sideways_on_a_phone(browser, rendered, release):
    scrolling = [t["caption"] for t in tables(browser, rendered, release) if t["scrolls"]]
    assert not scrolling, f"tables that scroll sideways at {PHONE} px: {scrolling}"


@pytest.mark.parametrize("release", RELEASES)
def test_no_cell_is_cut_at_the_edge_of_a_phone(browser, rendered, release):
    cut = [f"{t['caption']}: {t['cut']}" for t in tables(browser, rendered, release) if t["cut"]]
    assert not cut, f"cells reaching past the text column at {PHONE} px: {cut}"


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_shown_as_a_table_keeps_the_year_the_total_and_the_percentage_as_columns(browser, rendered, release):
    missing = [f"{t['caption']}: {hidden(t)}" for t in tables(browser, rendered, release) if hidden(t)]
    assert not missing, f"needed columns not shown as columns at {PHONE} px: {missing}"
    assert all(t["layout"] in ("", "table", "keyed", "cards") for t in tables(browser, rendered, release))


def test_a_long_table_of_figures_is_keyed_in_a_release_that_has_one(browser, rendered):
    """Not vacuous: the 2020 release's months per channel (Tabel 3) are keyed, Totaal a column."""
    if "2020" not in rendered:
        pytest.skip("the 2020 release is not among the params files")
    keyed = [t for t in tables(browser, rendered, "2020") if t["layout"] == "keyed"]
    assert keyed and any("Totaal" in needed(t) and not hidden(t) for t in keyed), keyed
