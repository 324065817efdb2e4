"""Tables on a phone (390 px), every release's HTML opened from disk (issue 21, §4): a number in a table cell never
breaks over two lines ("202" over "0", "5.406" over "à 5.441" is a break between words and allowed), no word of a
cell is cut inside itself, and a table wider than the screen scrolls inside its own box, which the keyboard can
reach and a screen reader names (the page itself never scrolls sideways: test_public_report). Since readers at a
phone missed the right-hand part of what scrolls (a table's last columns, r11: "cut off at the right with no
hint"), a visible line above every table that scrolls says that it goes on sideways, and a shade marks the right
edge until the reader has scrolled there. A chart scales down to the screen's width: readers disliked charts that
scrolled sideways in a box of their own (r13), so no chart is wider than the screen or stands in a box that
scrolls."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

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

# Every table wider than the box it stands in, with what makes that box a scroll region a keyboard reaches.
WIDE_TABLES = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const box = table.closest('.table-responsive, .cell-output-display') || table.parentElement;
  const style = getComputedStyle(box), hint = box.previousElementSibling;
  const after = getComputedStyle(box, '::after');
  return {caption: (table.caption ? table.caption.textContent : table.textContent).trim().slice(0, 60),
          wide: table.getBoundingClientRect().width > box.clientWidth + 1,
          scrolls: ['auto', 'scroll'].includes(style.overflowX), tabindex: box.tabIndex,
          role: box.getAttribute('role'), label: box.getAttribute('aria-label'),
          hint: hint && hint.classList.contains('scroll-hint') && hint.offsetHeight > 0 ? hint.textContent : null,
          shaded: box.classList.contains('more-right') && after.content !== 'none' && after.opacity !== '0'};
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
# After scrolling each table's box to its end: is the right edge still shaded?
SCROLLED_TO_END = """(async () => {
  const boxes = Array.from(document.querySelectorAll('main .scrolls'));
  for (const box of boxes) { box.scrollLeft = box.scrollWidth; box.dispatchEvent(new Event('scroll')); }
  await new Promise(done => setTimeout(done, 400));
  return boxes.map(box => box.classList.contains('more-right') || getComputedStyle(box, '::after').opacity !== '0');
})()"""

_seen: dict[str, dict] = {}


def at_phone_width(browser, rendered, release: str) -> dict:
    if release not in _seen:
        page = browser.new_page()
        page.set_viewport_size({"width": PHONE, "height": 844})
        page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
        page.wait_for_timeout(300)
        _seen[release] = {
            "broken": page.evaluate(BROKEN_IN_CELLS),
            "tables": page.evaluate(WIDE_TABLES),
            "charts": page.evaluate(CHARTS),
            "shaded_at_end": page.evaluate(SCROLLED_TO_END),
        }
        page.close()
    return _seen[release]


@pytest.mark.parametrize("release", RELEASES)
def test_no_number_in_a_table_cell_breaks_over_two_lines(browser, rendered, release):
    assert at_phone_width(browser, rendered, release)["broken"]["numbers"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_no_word_in_a_table_cell_is_cut_inside_itself(browser, rendered, release):
    assert at_phone_width(browser, rendered, release)["broken"]["words"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_wider_than_the_phone_scrolls_in_its_own_named_box(browser, rendered, release):
    tables = at_phone_width(browser, rendered, release)["tables"]
    wide = [t for t in tables if t["wide"]]
    assert wide, "no table is wider than a phone: the check would prove nothing"
    wrong = [t for t in wide if not (t["scrolls"] and t["tabindex"] == 0 and t["role"] == "region" and t["label"])]
    assert not wrong, wrong


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


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_that_scrolls_says_so_where_it_is_seen(browser, rendered, release):
    """r11 (2020 #31, 2021 #14, demo #18, Tele-Onthaal #10): wide tables were cut off at the right with no hint,
    while charts had one. A table that scrolls has the charts' visible line and shaded right edge."""
    tables = [t for t in at_phone_width(browser, rendered, release)["tables"] if t["wide"]]
    assert tables, "no table is wider than a phone: the check would prove nothing"
    silent = [t["caption"] for t in tables if not (t["hint"] and "schuif" in t["hint"] and t["shaded"])]
    assert not silent, f"tables that scroll at {PHONE} px without a visible hint and shaded edge: {silent}"
    assert not any(at_phone_width(browser, rendered, release)["shaded_at_end"]), "the shade stays at the end"


def test_on_a_wide_screen_no_chart_scrolls_or_hints(browser, rendered):
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto((rendered[RELEASES[0]] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    charts = page.evaluate(CHARTS)
    page.close()
    assert charts and not [c["alt"] for c in charts if c["hint"] or c["scrolling"]]
