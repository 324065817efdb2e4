"""Tables on a phone (390 px), every release's HTML opened from disk (issue 21, §4): a number in a table cell never
breaks over two lines ("202" over "0", "5.406" over "à 5.441" is a break between words and allowed), no word of a
cell is cut inside itself, and no table needs a sideways swipe: readers missed what lay right of the screen (r11,
and r15: 2020 #4, 2021 #3, demo #7, even tables of 3-5 columns), so a table wider than the screen is shown as
cards, a block per row, each cell named by its column (quarto/scroll-focus.html, report.css: table.stacked),
while a table that fits stays a table (the page itself never scrolls sideways: test_public_report). A chart
scales down to the screen's width: readers disliked charts that scrolled sideways in a box of their own (r13), so
no chart is wider than the screen or stands in a box that scrolls."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390

# Every number (and every word) in a table cell whose letters the browser put on more than one line. A code or a
# file name (inside <code>) may break anywhere: it is left out.
BROKEN_IN_CELLS = """(() => {
  const broken = {numbers: [], words: []};
  for (const cell of document.querySelectorAll('main table td, main table th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('code')) continue;
      for (const m of node.data.matchAll(/[^\\s\\-\\/\u2013\u2014]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
        if (tops.size > 1) (/\\d/.test(m[0]) ? broken.numbers : broken.words).push(m[0]);
      }
    }
  }
  return broken;
})()"""

# Every table: wider than the box it stands in? Stacked as cards, and would it, shown as a table, be wider than
# its box (measured with the cards undone for a moment)? A table that fits stays a table, one with a column per year
# or a "Toelichting" too (r26 2020 #18, TO #16: small tables became long stacks of cards); only one that fits but
# squeezes a column of words to a few words a line is stacked (cramped; r16 2021 #16, TO #17).
TABLES = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const box = table.closest('.table-responsive, .cell-output-display') || table.parentElement;
  const stacked = table.classList.contains('stacked') && getComputedStyle(table).display === 'block';
  const always = table.classList.contains('cramped');
  const wide = box.scrollWidth > box.clientWidth + 1 || table.getBoundingClientRect().width > box.clientWidth + 1;
  let wideAsTable = wide;
  if (stacked) {
    table.classList.remove('stacked');
    wideAsTable = box.scrollWidth > box.clientWidth + 1;
    table.classList.add('stacked');
  }
  return {caption: (table.caption ? table.caption.textContent : table.textContent).trim().slice(0, 60),
          wide, stacked, always, wideAsTable, scrolls: box.classList.contains('scrolls'),
          long: table.dataset.phoneLayout === 'scroll' && table.querySelectorAll('tbody tr').length >= 8 &&
            box.tabIndex === 0 && !!box.getAttribute('aria-label'),
          right: Math.max(...Array.from(table.querySelectorAll('tbody td, tbody th')).filter(c => c.offsetParent)
            .map(c => c.getBoundingClientRect().right), 0)};
}))()"""

# Every chart: its width on the screen, and every box around it that scrolls sideways (its content wider than it).
CHARTS = """(() => Array.from(document.querySelectorAll('main figure img, main .cell-output-display img')).map(img => {
  const scrolling = [];
  for (let up = img.parentElement; up && up !== document.body; up = up.parentElement) {
    const style = getComputedStyle(up);
    if (['auto', 'scroll'].includes(style.overflowX) && up.scrollWidth > up.clientWidth + 1) {
      scrolling.push(up.tagName.toLowerCase() + '.' + Array.from(up.classList).join('.'));
    }
  }
  const box = img.getBoundingClientRect();
  return {alt: (img.getAttribute('alt') || img.getAttribute('aria-label') || '').slice(0, 60),
          width: box.width, right: box.right, drawn: img.naturalWidth, scrolling,
          hint: !!img.closest('.scrolls')};
}))()"""
# The key figures' cards: every line after the figure's name is named by its column ("Waarde: ...", "Toelichting:
# ..."; r26 2021 #21: three unlabelled lines).
KEY_FIGURES = """(() => Array.from(document.querySelectorAll('main #tbl-key-figures tbody tr')).map(row =>
  Array.from(row.cells).slice(1).filter(c => c.offsetParent && c.textContent.trim())
    .map(c => getComputedStyle(c, '::before').content)))()"""
_seen: dict[str, dict] = {}


def at_phone_width(browser, rendered, release: str) -> dict:
    if release not in _seen:
        scripts = {"broken": BROKEN_IN_CELLS, "tables": TABLES, "charts": CHARTS, "key": KEY_FIGURES}
        found = browse.evaluate(browser, rendered[release] / "report.html", PHONE, *scripts.values(), height=844)
        _seen[release] = dict(zip(scripts, found, strict=True))
    return _seen[release]


@pytest.mark.parametrize("release", RELEASES)
def test_no_number_in_a_table_cell_breaks_over_two_lines(browser, rendered, release):
    assert at_phone_width(browser, rendered, release)["broken"]["numbers"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_no_word_in_a_table_cell_is_cut_inside_itself(browser, rendered, release):
    assert at_phone_width(browser, rendered, release)["broken"]["words"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_no_table_needs_a_sideways_swipe_on_a_phone(browser, rendered, release):
    """r15 (2020 #4, 2021 #3, demo #7): at 390 px most tables scrolled sideways, the key column out of sight."""
    tables = at_phone_width(browser, rendered, release)["tables"]
    assert tables, "no table found"
    # r38 (TO #14, demo #14): a long table (eight rows or more) too wide for the screen scrolls in its own focusable,
    # labelled box (test_r38_table_fit) rather than becoming a screen of cards; no other table scrolls
    assert any(not t["long"] for t in tables)
    wide = [t["caption"] for t in tables if not t["long"] and (t["wide"] or t["scrolls"] or t["right"] > PHONE + 1)]
    assert not wide, f"tables wider than their box or the {PHONE} px screen: {wide}"


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_too_wide_for_a_phone_is_stacked_and_one_that_fits_stays_a_table(browser, rendered, release):
    tables = at_phone_width(browser, rendered, release)["tables"]
    # r38: a long table too wide for the screen scrolls instead (test_r38_table_fit), not stacked
    tables = [t for t in tables if not t["long"]]
    assert any(t["stacked"] and t["wideAsTable"] for t in tables), "no table too wide: the check proves nothing"
    needless = [t["caption"] for t in tables if t["stacked"] and not t["always"] and not t["wideAsTable"]]
    assert not needless, f"tables stacked though they fit the screen as a table: {needless}"
    unstacked = [t["caption"] for t in tables if not t["stacked"] and t["wideAsTable"]]
    assert not unstacked, f"tables too wide for the screen and not stacked: {unstacked}"


@pytest.mark.parametrize("release", RELEASES)
def test_every_line_of_a_key_figures_card_is_named_by_its_column(browser, rendered, release):
    rows = at_phone_width(browser, rendered, release)["key"]
    unnamed = [row for row in rows if not row or any(label in ("none", "normal", "") for label in row)]
    assert not unnamed, f"key figures' lines without their column's name: {unnamed}"


@pytest.mark.parametrize("release", RELEASES)
def test_a_chart_scales_down_to_the_phone_and_never_scrolls_sideways(browser, rendered, release):
    """r13 (phone, every release): below 600 px charts were shown at a fixed 540 px and scrolled sideways in a box
    of their own; readers disliked it. A chart is at most the screen's width and stands in no box that scrolls."""
    charts = at_phone_width(browser, rendered, release)["charts"]
    assert charts, "no chart found"
    wide = [f"{c['alt']}: {c['width']:.0f} px to {c['right']:.0f} px" for c in charts if c["right"] > PHONE + 1]
    assert not wide, f"charts wider than the {PHONE} px screen: {wide}"
    boxed = [f"{c['alt']}: {c['scrolling']}" for c in charts if c["scrolling"] or c["hint"]]
    assert not boxed, f"charts in a box that scrolls sideways: {boxed}"
    assert any(c["drawn"] > PHONE for c in charts), "no chart is drawn wider than a phone: the check proves nothing"


def test_on_a_wide_screen_no_chart_scrolls_or_hints(browser, rendered):
    (charts,) = browse.evaluate(browser, rendered[RELEASES[0]] / "report.html", 1280, CHARTS)
    assert charts and not [c["alt"] for c in charts if c["hint"] or c["scrolling"]]
