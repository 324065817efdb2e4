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


# r54 (2020 #6, Tele-Onthaal #5): per table of figures (every cell after the row's name right-aligned or a figure),
# the least width its columns need at the phone's 13 px floor: each column as wide as its widest word (a header's in
# its own weight), the row's name wrapping down to its longest word, 7 px between columns.
LEAST = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const float = table.closest('figure, .quarto-float');
  const caption = (float || table).querySelector('caption, figcaption');
  const box = table.closest('.table-responsive') || table.parentElement;
  const rows = Array.from(table.querySelectorAll('thead tr:last-child, tbody tr'));
  const body = Array.from(table.querySelectorAll('tbody tr'));
  const figures = body.length > 0 && body.every(row => Array.from(row.children).slice(1).every(cell =>
    !cell.textContent.trim() || /right/.test(cell.getAttribute('style') || '') ||
    /^(\\p{L}+\\s+)?[\\u2248~]?\\s*[\\u2212+-]?\\d[\\d.,]*(\\s*%)?$/u.test(cell.textContent.trim())));
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;width:min-content;font-size:13px;white-space:normal';
  table.closest('main').appendChild(probe);
  const widths = [];
  rows.forEach(row => Array.from(row.children).forEach((cell, i) => {
    probe.style.fontWeight = getComputedStyle(cell).fontWeight;
    probe.innerHTML = cell.innerHTML;
    widths[i] = Math.max(widths[i] || 0, probe.getBoundingClientRect().width);
  }));
  probe.remove();
  const least = widths.reduce((a, b) => a + b, 0) + 7 * (widths.length - 1);
  return {caption: caption ? caption.textContent.trim().slice(0, 40) : '?', figures, least, box: box.clientWidth,
    layout: table.dataset.phoneLayout || '', aside: table.querySelectorAll('tbody .aside').length};
}))()"""


def test_a_table_of_figures_that_fits_once_its_label_wraps_keeps_all_its_columns(browser, rendered):
    """r54 (2020 #6, Tele-Onthaal #5): Tele-Onthaal Tabel 2 (and 2021 Tabel 5) put its 2019 column on a line under
    2020 and 2021, the years out of order, and 2020 Tabel 3 "Niet ingevuld: 0" under each month, while every column
    fitted 390 px once the row's name wrapped and the cells' padding was small. A table of figures whose columns all
    fit that way is a table with all its columns, none on a line under its rows, nor cards."""
    checked, moved = [], []
    for release in rendered:
        seen = browse.evaluate(browser, rendered[release] / "report.html", PHONE, LEAST, height=844)[0]
        for t in seen:
            if not t["figures"] or t["least"] > t["box"]:
                continue
            checked.append(f"{release} {t['caption']}")
            if t["layout"] == "cards" or t["aside"]:
                moved.append(f"{release} {t['caption']}: {t['layout']}, {t['aside']} cells under the rows")
    assert checked, "no table of figures to check"
    assert not moved, f"tables of figures that fit {PHONE} px with their labels wrapped, yet moved columns: {moved}"


# Per keyed table: for each row, the top of each year's cell and whether it is shown; the headers' years.
YEARS = """(() => Array.from(document.querySelectorAll('main table[data-phone-layout="keyed"]')).map(table => {
  const heads = Array.from(table.querySelectorAll('thead tr:last-child th')).map(th => th.textContent.trim());
  return {heads, rows: Array.from(table.querySelectorAll('tbody tr')).map(row => Array.from(row.children)
    .map(cell => cell.offsetParent ? cell.getBoundingClientRect().top : null))};
}))()"""


@pytest.mark.parametrize("release", RELEASES)
def test_a_keyed_row_reads_its_years_in_order(browser, rendered, release):
    """r54 (Tele-Onthaal #5): the 2019 line stood under 2020 and 2021 (years read 2020, 2021, 2019). A year on a line
    of its own stands above the later years of its row, never below them."""
    wrong = []
    for table in browse.evaluate(browser, rendered[release] / "report.html", PHONE, YEARS, height=844)[0]:
        years = [(int(h), i) for i, h in enumerate(table["heads"]) if re.fullmatch(r"\d{4}", h)]
        for r, tops in enumerate(table["rows"]):
            shown = [(year, tops[i]) for year, i in sorted(years) if i < len(tops) and tops[i] is not None]
            if any(a[1] > b[1] + 1 for a, b in zip(shown, shown[1:])):
                wrong.append(f"row {r}: {shown}")
    assert not wrong, f"years out of order in keyed rows at {PHONE} px: {wrong[:3]}"


ALIGN = """(() => Array.from(document.querySelectorAll('main table')).filter(t => t.dataset.phoneLayout === 'table')
  .map(table => Array.from(table.querySelectorAll('tbody td'))
    .filter(cell => /^(\\p{L}+\\s+)?[\\u2248~]?\\s*\\d[\\d.,]*(\\s*%)?$/u
    .test(cell.textContent.trim())).map(cell => getComputedStyle(cell).textAlign)))()"""


def test_the_figure_columns_of_a_phone_table_share_one_alignment(browser, rendered):
    """r54 (2021 #5): in 2021 Tabel 3 the 2021 column ("90 %", "ongeveer 75 %") stood left-aligned beside a
    right-aligned column of figures on a phone."""
    if "2021" not in rendered:
        pytest.skip("the 2021 release is not among the params files")
    seen = browse.evaluate(browser, rendered["2021"] / "report.html", PHONE, ALIGN, height=844)[0]
    assert seen and all(set(aligns) <= {"right"} for aligns in seen), seen


# r59 (r58 2021 #7): per table with a column per year, per row: each year's cell, its top and the name before it
# on a phone (its column's, "2019: "), where it is shown.
YEAR_LINES = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const float = table.closest('figure, .quarto-float');
  const caption = (float || table).querySelector('caption, figcaption');
  const heads = Array.from(table.querySelectorAll('thead tr:last-child th')).map(th => th.textContent.trim());
  const years = heads.map((h, i) => [h, i]).filter(([h]) => /^\\d{4}$/.test(h));
  return {caption: caption ? caption.textContent.trim().slice(0, 40) : '?', layout: table.dataset.phoneLayout || '',
    rows: years.length < 2 ? [] : Array.from(table.querySelectorAll('tbody tr')).map(row => years.map(([h, i]) => {
      const cell = row.children[i];
      if (!cell || !cell.offsetParent) return null;
      const named = getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '');
      return [h, cell.getBoundingClientRect().top, named];
    }).filter(Boolean))};
}))()"""


def mixed(rows: list) -> list[str]:
    """Rows whose years are neither all side by side under their headers (one line) nor each on a named line of its
    own, in order."""
    wrong = []
    for r, cells in enumerate(rows):
        tops = [top for _, top, _ in cells]
        if max(tops) - min(tops) <= 1:
            continue
        apart = all(b > a + 1 for a, b in zip(tops, tops[1:]))
        if not apart or not all(named.startswith(f"{year}:") for year, _, named in cells):
            wrong.append(f"row {r}: {cells}")
    return wrong


def test_mixed_year_lines_are_told_from_consistent_ones():
    assert not mixed([[["2019", 10, "none"], ["2020", 10, "none"], ["2021", 10.5, "none"]]])
    assert not mixed([[["2019", 10, "2019: "], ["2020", 30, "2020: "], ["2021", 50, "2021: "]]])
    # r58 2021 #7: "2019: ≈ 105.100" on a line of its own, 2020 and 2021 side by side under their headers below it
    assert mixed([[["2019", 10, "2019: "], ["2020", 30, "none"], ["2021", 30, "none"]]])


@pytest.mark.parametrize("release", RELEASES)
def test_a_tables_years_are_all_columns_or_each_on_a_named_line(browser, rendered, release):
    """r59 (r58 2021 #7; r56 2021 #4, r54 Tele-Onthaal #5): in 2021 Tabel 5 on a phone each row's "2019: ≈ 105.100"
    stood on a named line of its own and 2020 and 2021 followed under their column headers, so "≈ 119.700" read as
    part of the 2019 line. A row's years are either side by side under their headers, or each on a line of its own
    named by its year ("2019: …", "2020: …", "2021: …"), in order, as Tabel 6 shows them."""
    seen = browse.evaluate(browser, rendered[release] / "report.html", PHONE, YEAR_LINES, height=844)[0]
    wrong = [f"{t['caption']} ({t['layout']}): {w}" for t in seen for w in mixed(t["rows"])[:1]]
    assert not wrong, f"years half on named lines, half under headers at {PHONE} px: {wrong}"
    if release == "2021":  # not vacuous: 2021 Tabel 5, three years per row, each on its own named line
        lines = [t for t in seen if "Oproepen en gesprekken" in t["caption"]]
        assert lines and all(len({top for _, top, _ in cells}) == 3 for cells in lines[0]["rows"]), lines
