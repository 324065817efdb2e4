"""Tables on a phone (390 px), every release's HTML opened from disk (issue 21, §4): a number in a table cell never
breaks over two lines ("202" over "0", "5.406" over "à 5.441" is a break between words and allowed), no word of a
cell is cut inside itself, and a table wider than the screen scrolls inside its own box, which the keyboard can
reach and a screen reader names (the page itself never scrolls sideways: test_public_report). A chart keeps a
readable width (its 9 pt type drawn for the PDF would be 6 px on a phone) and scrolls in its own named box; since
readers at a phone missed the right-hand part of such charts (where the latest year often is), a visible line
above each says that it goes on sideways, and a shade marks the right edge until the reader has scrolled there."""

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
  const style = getComputedStyle(box);
  return {caption: (table.caption ? table.caption.textContent : table.textContent).trim().slice(0, 60),
          wide: table.getBoundingClientRect().width > box.clientWidth + 1,
          scrolls: ['auto', 'scroll'].includes(style.overflowX), tabindex: box.tabIndex,
          role: box.getAttribute('role'), label: box.getAttribute('aria-label')};
}))()"""

# Every chart: its drawn width, and what makes the box around it a scroll region a keyboard reaches.
CHARTS = """(() => Array.from(document.querySelectorAll('main .quarto-figure figure > div > img')).map(img => {
  const box = img.parentElement, hint = box.previousElementSibling;
  const shade = el => {
    const after = getComputedStyle(el, '::after');
    return after.content !== 'none' && after.opacity !== '0';
  };
  return {alt: (img.getAttribute('aria-label') || '').slice(0, 60), width: img.getBoundingClientRect().width,
          narrow: img.closest('.narrow-chart') !== null, right: img.getBoundingClientRect().right,
          scrolls: ['auto', 'scroll'].includes(getComputedStyle(box).overflowX), tabindex: box.tabIndex,
          role: box.getAttribute('role'), label: box.getAttribute('aria-label'),
          hint: hint && hint.classList.contains('scroll-hint') && hint.offsetHeight > 0 ? hint.textContent : null,
          shaded: box.classList.contains('more-right') && shade(box)};
}))()"""
# After scrolling each chart's box to its end: is the right edge still shaded?
SCROLLED_TO_END = """(async () => {
  const boxes = Array.from(document.querySelectorAll('main .quarto-figure figure > div.chart-scrolls'));
  for (const box of boxes) { box.scrollLeft = box.scrollWidth; box.dispatchEvent(new Event('scroll')); }
  await new Promise(done => setTimeout(done, 400));
  return boxes.map(box => box.classList.contains('more-right') || getComputedStyle(box, '::after').opacity !== '0');
})()"""
READABLE = 540  # px: a chart's 9 pt type at about 10 px
# A chart drawn narrow (a few bars, parts.Figure.narrow: 0.62 of the text width) has its 9 pt type at about 10 px
# from 320 px on: it fits the phone's screen and does not scroll (review r11, finding 9).
READABLE_NARROW = 320

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
def test_a_chart_keeps_a_readable_width_and_scrolls_in_its_own_named_box(browser, rendered, release):
    charts = at_phone_width(browser, rendered, release)["charts"]
    assert charts, "no chart found"
    wide = [c for c in charts if not c["narrow"]]
    narrow = [c["alt"] for c in wide if c["width"] < READABLE]
    assert not narrow, narrow
    wrong = [c for c in wide if not (c["scrolls"] and c["tabindex"] == 0 and c["role"] == "region" and c["label"])]
    assert not wrong, wrong
    small = [c for c in charts if c["narrow"]]
    unfit = [c for c in small if not (READABLE_NARROW <= c["width"] and c["right"] <= PHONE and c["role"] is None)]
    assert not unfit, f"a narrow chart is readable and fits the {PHONE} px screen without scrolling: {unfit}"


@pytest.mark.parametrize("release", RELEASES)
def test_a_chart_that_scrolls_says_so_where_it_is_seen(browser, rendered, release):
    seen = at_phone_width(browser, rendered, release)
    charts = seen["charts"]
    silent = [c["alt"] for c in charts if not c["narrow"] and not (c["hint"] and "schuif" in c["hint"] and c["shaded"])]
    assert not [c["alt"] for c in charts if c["narrow"] and c["hint"]], "a chart that fits says it scrolls"
    assert not silent, f"charts that scroll at {PHONE} px without a visible hint and shaded edge: {silent}"
    scrolling = [c for c in charts if not c["narrow"]]
    assert seen["shaded_at_end"] or not scrolling, "no chart box scrolls to its end"
    assert not any(seen["shaded_at_end"]), "the shade stays when the reader reached the end"


def test_on_a_wide_screen_no_chart_scrolls_or_hints(browser, rendered):
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto((rendered[RELEASES[0]] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    charts = page.evaluate(CHARTS)
    page.close()
    assert charts and not [c["alt"] for c in charts if c["hint"] or c["role"] or c["shaded"]]
