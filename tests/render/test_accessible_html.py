"""WCAG 2.1 AA beyond a first look, for every release's HTML opened from disk: no axe-core violation of any
impact, on a desktop and on a phone (390 px); the page's language; the table of contents and the format
links reached by the keyboard, each with a visible focus; every chart's values linked as CSV."""

from __future__ import annotations

import csv
import re

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.presentation.figures_contrast import ratio

from .conftest import AXE

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
WIDTHS = {"desktop": 1280, "phone": 390}
TABS = 60  # Tab presses from the top of the page: enough to pass the title, the format links and the contents
FOCUSED = """(() => {
  const e = document.activeElement;
  if (e === document.body) return null;  // past the last link: the focus left the page (the browser's own)
  const style = getComputedStyle(e);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {href: e.getAttribute('href'), text: e.textContent.trim().slice(0, 40), inToc: !!e.closest('#TOC'),
          outline: outline ? style.outlineColor : null};
})()"""


def css_colour(value: str) -> tuple[float, ...]:
    """'rgb(26, 26, 26)' or 'rgba(…)' as matplotlib reads a colour (0 to 1)."""
    parts = [float(v) for v in re.findall(r"[\d.]+", value)]
    return tuple(v / 255 for v in parts[:3])


def axe_violations(browser, rendered, release: str, width: int) -> list[dict]:
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length, "
        "where: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))"
    )
    page.close()
    return found


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("release", RELEASES)
def test_axe_finds_no_violation_at_any_impact(browser, rendered, release, width):
    assert axe_violations(browser, rendered, release, width) == []


@pytest.mark.parametrize("release", RELEASES)
def test_the_page_says_it_is_dutch_as_written_in_belgium(browser, rendered, release):
    page = browser.new_page()
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    langs = page.evaluate("Array.from(document.querySelectorAll('[lang]')).map(e => e.getAttribute('lang'))")
    page.close()
    assert langs[0] == "nl-BE" and set(langs) <= {"nl-BE", "nl", "en"}, langs


@pytest.mark.parametrize("release", RELEASES)
def test_keyboard_reaches_the_contents_and_the_pdf_with_a_visible_focus(browser, rendered, release):
    page = browser.new_page()
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    stops = []
    for _ in range(TABS):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop is not None:
            stops.append(stop)
    toc = [s for s in stops if s["inToc"]]
    page.close()
    assert any(s["href"] == "report.pdf" for s in stops), "Tab never reaches the link to the PDF"
    assert len(toc) >= 4, f"Tab reaches {len(toc)} entries of the table of contents in {TABS} presses"
    faint = [s for s in stops if s["outline"] is None or ratio(css_colour(s["outline"]), "white") < 3]
    unseen = [s["text"] or s["href"] for s in faint]
    assert unseen == [], f"no focus outline of 2 px with 3:1 against the page on {unseen}"
    page = browser.new_page()
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    target = toc[1]["href"]
    for _ in range(stops.index(toc[1]) + 1):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("location.hash") == target, "Enter on a contents entry does not go to its section"
    page.close()


@pytest.mark.parametrize("release", RELEASES)
def test_every_chart_links_its_values_as_csv(browser, rendered, release):
    out = rendered[release]
    page = browser.new_page()
    page.goto((out / "report.html").as_uri(), wait_until="load")
    links = page.evaluate(
        "Array.from(document.querySelectorAll('div.quarto-float[id^=\"fig-\"]')).map(f => "
        "[f.id, f.nextElementSibling && f.nextElementSibling.querySelector('a') ? "
        "f.nextElementSibling.querySelector('a').getAttribute('href') : null])"
    )
    page.close()
    charts = sorted(p.stem for p in (out / "figures").glob("*.png"))
    assert sorted(label for label, _ in links) == charts
    for label, href in links:
        assert href == f"figures/{label}.csv", f"{label}: link {href}"
        with (out / href).open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        # r24 TO #17: 'jaar' where every category is a year
        assert rows[0][0] == "reeks" and rows[0][1] in ("categorie", "jaar") and rows[0][2] == "waarde", href
        assert len(rows) > 1, f"{href}: no values"


CHART_NAMES = """(() => Array.from(document.querySelectorAll('main div.quarto-float[id^="fig-"]')).map(f => {
  const img = f.querySelector('img'), caption = f.querySelector('figcaption');
  return {id: f.id, alt: img.getAttribute('alt'), aria: img.getAttribute('aria-label'), role: img.getAttribute('role'),
          outer: f.getAttribute('alt'), caption: caption ? caption.textContent.trim() : ''};
}))()"""


@pytest.mark.parametrize("release", RELEASES)
def test_a_chart_is_described_once_in_its_alt_naming_it_as_its_caption(browser, rendered, release):
    """r11 (2020 #33, demo #33, Tele-Onthaal #26): the picture had its description in an aria-label (with role img)
    and on the div around it as well, so a screen reader could hear it twice; and the alt text named the chart
    „Hoofdcijfer per jaar” under the caption 'Oproepen per jaar'. Now: one alt, naming the caption's title."""
    page = browser.new_page()
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    charts = page.evaluate(CHART_NAMES)
    page.close()
    assert charts
    for chart in charts:
        assert chart["alt"] and chart["alt"].strip(), chart
        assert chart["aria"] is None and chart["role"] is None and chart["outer"] is None, chart
        # r26 2021 #5: an earlier year's chart says 'Cijfers 2020: ' before its title; the alt names the title
        # r51: a no-break space (the caption's "45 %") and a space are the same to a listener
        title = re.sub(r"^Figuur\s+\d+:\s*(Cijfers \d{4}:\s*)?", "", chart["caption"]).replace("\xa0", " ")
        named = re.match(r"^[^„]*„(.*?)”", chart["alt"].replace("\xa0", " "))
        assert named and title.startswith(named.group(1)), (chart["alt"][:80], title)
