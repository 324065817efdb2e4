"""Round 38, every release's HTML opened from disk. On a phone (390 px; Tele-Onthaal #14, demo #14) a table that
fits the screen once set compact stays a table (its type at least 13 px, its header kept, its numbers
right-aligned); a long table too wide for the screen scrolls sideways in a focusable, labelled box with a visible
hint, its first column standing still; only a short one too wide becomes cards; the page never scrolls sideways.
On a desktop (1280 px; demo #15) no table reaches past the text column (demo Tabel 5 reached into the margin) and
the table of contents stays in view, scrolling on its own, however far the reader has gone."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390
DESKTOP = 1280
SMALLEST_TYPE = 13

PHONE_TABLES = """(() => ({page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  tables: Array.from(document.querySelectorAll('main table')).filter(t => !t.closest('#tbl-key-figures'))
  .map(table => {
    const box = table.closest('.table-responsive');
    const float = table.closest('[id^="tbl-"]');
    const head = table.querySelector('thead');
    const numbers = Array.from(table.querySelectorAll('tbody td[style*="right"]'));
    const hint = box.previousElementSibling;
    return {id: float ? float.id : (table.caption ? table.caption.textContent.slice(0, 30) : '?'),
      layout: table.dataset.phoneLayout || '', stacked: getComputedStyle(table).display === 'block',
      scrolls: box.classList.contains('scrolls'), fits: box.scrollWidth <= box.clientWidth + 1,
      font: parseFloat(getComputedStyle(table.querySelector('tbody td, tbody th')).fontSize),
      headShown: !!head && head.getBoundingClientRect().height > 1 && getComputedStyle(head).position !== 'absolute',
      rightAligned: numbers.every(cell => getComputedStyle(cell).textAlign === 'right'),
      focusable: box.tabIndex === 0 && box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label'),
      hint: !!hint && hint.classList.contains('scroll-hint') && hint.getBoundingClientRect().height > 0,
      colScope: Array.from(table.querySelectorAll('thead th')).every(th => th.getAttribute('scope') === 'col'),
      firstStill: getComputedStyle(table.querySelector('tbody tr > :first-child')).position === 'sticky'};
  })}))()"""

DESKTOP_TABLES = """(() => {
  const column = document.querySelector('main').getBoundingClientRect().right;
  return Array.from(document.querySelectorAll('main table')).map(table => {
    const box = table.closest('.table-responsive');
    const float = table.closest('[id^="tbl-"]');
    return {id: float ? float.id : '?', right: Math.max(box.getBoundingClientRect().right,
      ...Array.from(table.querySelectorAll('td, th')).map(c => Math.min(c.getBoundingClientRect().right,
        box.getBoundingClientRect().right))), column,
      font: parseFloat(getComputedStyle(table.querySelector('tbody td, tbody th')).fontSize)};
  });
})()"""

TOC_AFTER_SCROLL = """(() => {
  window.scrollTo(0, document.documentElement.scrollHeight / 2);
  const toc = document.querySelector('#quarto-sidebar-toc-left') || document.querySelector('#TOC');
  const box = toc.getBoundingClientRect();
  const style = getComputedStyle(toc);
  return {top: box.top, bottom: box.bottom, height: window.innerHeight, position: style.position,
          overflow: style.overflowY, scrolled: window.scrollY};
})()"""


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_a_table_fits_as_a_compact_table_or_scrolls_in_a_labelled_box_or_is_cards(
    browser, rendered, release
):
    seen = browse.evaluate(browser, rendered[release] / "report.html", PHONE, PHONE_TABLES)[0]
    assert seen["page"] <= 0, f"the page scrolls sideways at {PHONE} px by {seen['page']} px"
    for table in seen["tables"]:
        # r53 (2021 #2, TO #2, 2020 #10, demo #10): no table scrolls on a phone; a long table of figures is keyed
        assert table["layout"] in ("table", "keyed", "cards"), table
        assert table["colScope"], table
        if table["layout"] == "table":
            assert table["fits"] and not table["stacked"] and table["headShown"] and table["rightAligned"], table
            assert table["font"] >= SMALLEST_TYPE, table
        elif table["layout"] == "keyed":
            assert table["fits"] and not table["scrolls"] and not table["hint"], table
            assert table["font"] >= SMALLEST_TYPE, table
        else:
            assert table["stacked"], table


def test_the_long_tables_the_readers_named_are_no_longer_cards_on_a_phone(browser, rendered):
    """Demo Tabel 5 (13 cards, months not comparable). r53 (TO #2: its 'Soort' out of sight in the box that scrolled):
    Tele-Onthaal Tabel 6, the annex's list of estimates, is cards again, each row read on its own."""
    for release, table_id in (("demo", "tbl-export-answer-rate"),):
        if release not in rendered:
            continue
        seen = browse.evaluate(browser, rendered[release] / "report.html", PHONE, PHONE_TABLES)[0]
        table = next(t for t in seen["tables"] if t["id"] == table_id)
        assert table["layout"] != "cards" and not table["stacked"], table


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_desktop_no_table_reaches_past_the_text_column(browser, rendered, release):
    tables = browse.evaluate(browser, rendered[release] / "report.html", DESKTOP, DESKTOP_TABLES)[0]
    past = [f"{t['id']}: {t['right']:.0f} > {t['column']:.0f}" for t in tables if t["right"] > t["column"] + 1]
    assert not past, f"tables reaching past the text column at {DESKTOP} px: {past}"
    assert min(t["font"] for t in tables) >= SMALLEST_TYPE


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_desktop_the_table_of_contents_stays_in_view_and_scrolls_on_its_own(browser, rendered, release):
    toc = browse.evaluate(browser, rendered[release] / "report.html", DESKTOP, TOC_AFTER_SCROLL)[0]
    assert toc["scrolled"] > toc["height"], toc
    assert toc["position"] in ("sticky", "fixed"), toc
    assert 0 <= toc["top"] < toc["height"] and toc["bottom"] <= toc["height"] + 1, toc
    assert toc["overflow"] in ("auto", "scroll"), toc
