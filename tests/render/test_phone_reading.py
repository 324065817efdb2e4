"""What a reader sees of the key figures and the charts on a phone (390 px), every release's HTML opened from disk
(review r14: 2020 #10-11, 2021 #1-3, Tele-Onthaal #1-2, demo #7-8). The key figures' table, the first a reader
meets, stacks its rows below 600 px: nothing of it lies right of the screen, so it needs no sideways scroll; so does
a table of figures per year, its years in the order of the PDF and the wide screen, chronological (r15
Tele-Onthaal #17: the phone showed the latest first). A chart
shows its phone version there (presentation/figures_phone.py, pipeline/phone_figures.py), so that its smallest type
(theme.SMALL_PT, drawn at figures.DPI) is at least ``READABLE_PX`` CSS px high, the picture keeping its alt text;
on a wide screen the chart is the PDF's picture. A button under a chart opens it at full size."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.presentation import figures, theme

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390
READABLE_PX = 9.0

KEY_FIGURES = """(() => {
  const table = document.querySelector('main #tbl-key-figures table');
  if (!table) return null;
  const box = table.closest('.table-responsive') || table.parentElement;
  const cells = Array.from(table.querySelectorAll('td'));
  return {overflow: box.scrollWidth - box.clientWidth, hint: !!box.previousElementSibling
            && box.previousElementSibling.classList.contains('scroll-hint'),
          right: Math.max(...cells.map(c => c.getBoundingClientRect().right)), cells: cells.length};
})()"""

# Every table with a column per year ("Kerncijfers per jaar"): per row, each year's cell as shown. A long table too wide
# for a phone scrolls in its own labelled box since r38 (TO #14: 27 cards), its years side by side: left out here
# (test_r38_table_fit checks it).
PER_YEAR = """(() => Array.from(document.querySelectorAll('main table')).filter(table => {
  if (table.dataset.phoneLayout === 'scroll') return false;
  const heads = Array.from(table.querySelectorAll('thead th')).map(th => th.textContent.trim());
  return heads.filter(h => /^\\d{4}$/.test(h)).length >= 2 && !/^\\d{4}$/.test(heads[0]);
}).map(table => {
  const heads = Array.from(table.querySelectorAll('thead th')).map(th => th.textContent.trim());
  return Array.from(table.querySelectorAll('tbody tr')).map(row => Array.from(row.children).flatMap((cell, i) => {
    if (!/^\\d{4}$/.test(heads[i])) return [];
    const box = cell.getBoundingClientRect();
    return [{year: Number(heads[i]), right: box.right, top: box.top, text: cell.innerText}];
  }));
}))()"""

CHARTS = """(() => Array.from(document.querySelectorAll('main div.quarto-float[id^="fig-"] img')).map(img => ({
  id: img.closest('div.quarto-float').id, phone: !!img.closest('picture'), desktop: img.getAttribute('src'),
  current: img.currentSrc, shown: img.getBoundingClientRect().width, drawn: img.naturalWidth,
  alt: img.getAttribute('alt') || ''})))()"""

_seen: dict[tuple[str, int], dict] = {}


def seen(browser, rendered, release: str, width: int = PHONE) -> dict:
    if (release, width) not in _seen:
        scripts = {"key": KEY_FIGURES, "charts": CHARTS, "per_year": PER_YEAR}
        found = browse.evaluate(browser, rendered[release] / "report.html", width, *scripts.values(), height=844)
        _seen[release, width] = dict(zip(scripts, found, strict=True))
    return _seen[release, width]


def smallest_type_px(chart: dict) -> float:
    """The height in CSS px of the chart's smallest type as shown: SMALL_PT at figures.DPI, scaled to the screen."""
    return theme.SMALL_PT / 72 * figures.DPI * chart["shown"] / chart["drawn"]


@pytest.mark.parametrize("release", RELEASES)
def test_the_key_figures_fit_a_phone_without_scrolling(browser, rendered, release):
    key = seen(browser, rendered, release)["key"]
    assert key and key["cells"], "no key figures' table"
    assert key["overflow"] <= 1 and not key["hint"], key
    assert key["right"] <= PHONE, key


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_per_year_shows_its_years_in_order_and_within_the_screen(browser, rendered, release):
    """2021 #2, Tele-Onthaal #1: in "Kerncijfers per jaar" the report's year, the last column, was off-screen;
    r15 Tele-Onthaal #17: on the phone the years ran newest first, in the PDF and on a desktop oldest first."""
    tables = seen(browser, rendered, release)["per_year"]
    rows = [row for table in tables for row in table if row]
    if not rows:
        pytest.skip(f"{release} has no table with a column per year")
    off = [cell["text"] for row in rows for cell in row if cell["right"] > PHONE]
    assert not off, f"year cells right of the {PHONE} px screen: {off}"
    for row in rows:
        # a card stacks the years top to bottom; a table that fits (r26 2020 #18) keeps them left to right; r59 (r58
        # 2021 #7): no more r54 keyed row with an earlier year on a line above the later years' columns ("≈ 119.700"
        # read as part of the 2019 line): the years are all on one line or each on its own, oldest first
        lines = sorted(set(c["top"] for c in row))
        shown = [c["year"] for c in sorted(row, key=lambda c: (c["top"], c["right"]))]
        assert shown == sorted(shown), row
        assert len(lines) in (1, len(row)), row


@pytest.mark.parametrize("release", RELEASES)
def test_every_chart_is_readable_on_a_phone(browser, rendered, release):
    charts = seen(browser, rendered, release)["charts"]
    assert charts, "no chart found"
    small = [f"{c['id']}: {smallest_type_px(c):.1f} px" for c in charts if smallest_type_px(c) < READABLE_PX]
    assert not small, f"charts whose {theme.SMALL_PT} pt type is under {READABLE_PX} px at {PHONE} px: {small}"
    assert all(c["phone"] and c["current"] != c["desktop"] and c["alt"].strip() for c in charts), charts


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_wide_screen_a_chart_is_the_pdfs_picture(browser, rendered, release):
    charts = seen(browser, rendered, release, 1280)["charts"]
    assert charts and all(c["current"] == c["desktop"] for c in charts)


def test_a_chart_opens_at_full_size_and_closes(browser, rendered):
    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.goto((rendered[RELEASES[0]] / "report.html").as_uri(), wait_until="load")
    button = page.locator("main button.chart-zoom-open").first
    button.click()
    layer = page.locator(".chart-zoom img")
    assert layer.count() == 1
    assert page.evaluate("document.querySelector('.chart-zoom img').getBoundingClientRect().width") > PHONE
    page.keyboard.press("Escape")
    assert page.locator(".chart-zoom").count() == 0
    page.close()
