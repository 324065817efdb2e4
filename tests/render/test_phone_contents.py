"""The top of the HTML on a phone, and one style for every table (every release's HTML opened from disk). r15
Tele-Onthaal #11: at 390 px Quarto hides its sidebar, so the page had no table of contents and no link to the PDF;
quarto/phone-toc.html puts both under the title there (the contents folded), and only there. r15 Tele-Onthaal #17:
a notebook's table had Quarto's compact style (smaller type, grey stripes), a table of the text the normal one."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE, DESKTOP = 390, 1280

# The contents under the title: shown? the PDF link and the first entries, and where a tap on the summary leads.
TOP = """(() => {
  const box = document.querySelector('main .phone-toc');
  if (!box) return null;
  const shown = el => !!el && el.offsetParent !== null && el.getBoundingClientRect().height > 0;
  const header = document.querySelector('#title-block-header');
  return {shown: shown(box), below_title: !!header && header.nextElementSibling === box,
          formats: Array.from(box.querySelectorAll('.phone-formats a')).filter(shown).map(a => a.getAttribute('href')),
          entries: Array.from(box.querySelectorAll('details a')).map(a => a.getAttribute('href')),
          sidebar: shown(document.querySelector('#TOC'))};
})()"""

# Every table of the body: the font size of its cells and whether its rows are striped.
STYLES = """(() => Array.from(document.querySelectorAll('main table')).map(table => {
  const cell = table.querySelector('tbody td');
  const rows = Array.from(table.querySelectorAll('tbody tr')).slice(0, 2)
    .map(row => getComputedStyle(row.children[0]).boxShadow + getComputedStyle(row.children[0]).backgroundColor);
  return {compact: table.classList.contains('compact'),
          size: cell ? getComputedStyle(cell).fontSize : null, striped: rows.length === 2 && rows[0] !== rows[1],
          head: (table.querySelector('thead th') || table).textContent.trim().slice(0, 40)};
}))()"""


def seen(browser, rendered, release: str, width: int, script: str):
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    result = page.evaluate(script)
    if width == PHONE and result and result["shown"]:  # a tap opens the contents, a tap on an entry goes there
        page.click("main .phone-toc summary")
        link = page.locator("main .phone-toc details a").first
        result["opened"] = link.is_visible()
        link.click()
        page.wait_for_timeout(300)
        result["went"] = page.evaluate("location.hash")
        result["closed"] = not page.locator("main .phone-toc details a").first.is_visible()
    page.close()
    return result


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_the_contents_and_the_pdf_stand_under_the_title(browser, rendered, release):
    top = seen(browser, rendered, release, PHONE, TOP)
    assert top and top["shown"] and top["below_title"] and not top["sidebar"], top
    assert top["formats"] == ["report.pdf"], top
    assert "#samenvatting" in top["entries"] and len(top["entries"]) >= 4, top
    assert top["opened"] and top["went"] == top["entries"][0] and top["closed"], top


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_desktop_only_quartos_sidebar_shows_the_contents(browser, rendered, release):
    top = seen(browser, rendered, release, DESKTOP, TOP)
    assert top and not top["shown"] and top["sidebar"], top


@pytest.mark.parametrize("release", RELEASES)
def test_every_table_of_the_body_has_one_style(browser, rendered, release):
    tables = seen(browser, rendered, release, DESKTOP, STYLES)
    assert len(tables) > 3, "too few tables: the check proves nothing"
    # r38 (demo #15): a table wider than the text column is set compact (slightly smaller type) to fit it rather
    # than reach into the margin; every other table keeps the one size
    sizes = {t["size"] for t in tables if t["size"] and not t.get("compact")}
    assert len(sizes) == 1, [(t["head"], t["size"]) for t in tables]
    assert not [t["head"] for t in tables if t["striped"]], "striped tables"


def back_to_contents(browser, rendered, release: str, width: int) -> dict:
    """r20 2021 #17: on a page some 35.000 px long, the contents were reachable only at the very top. On a phone a
    link "↑ Inhoud" leads back to them, opened, the focus on them. It stands at the end of every chapter, in the flow
    of the text: fixed in the corner it covered the text under it (r26 2020 #18). On a wide screen there is none."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 844})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    links = """(() => Array.from(document.querySelectorAll('.phone-top')).filter(a => a.offsetParent !== null)
      .map(a => ({top: a.getBoundingClientRect().top + scrollY, position: getComputedStyle(a).position,
                  line: getComputedStyle(a.parentElement).position})))()"""
    shown = page.evaluate(links)
    result = {"count": len(shown), "chapters": page.evaluate("document.querySelectorAll('main section.level2').length")}
    result["floating"] = [s for s in shown if {s["position"], s["line"]} & {"fixed", "sticky", "absolute"}]
    if shown:
        link = page.locator(".phone-top").filter(visible=True).nth(len(shown) // 2)
        link.scroll_into_view_if_needed()
        result["name"] = link.get_attribute("aria-label")
        result["height"] = link.bounding_box()["height"]
        link.click()
        page.wait_for_timeout(500)
        result["opened"] = page.evaluate("document.querySelector('main .phone-toc details').open")
        result["focus"] = page.evaluate("document.activeElement.matches('main .phone-toc summary')")
        result["overflow"] = page.evaluate("document.documentElement.scrollWidth > innerWidth")
        result["contents_in_view"] = page.evaluate(
            "(() => { const r = document.querySelector('main .phone-toc').getBoundingClientRect();"
            " return r.top < innerHeight && r.bottom > 0; })()"
        )
    page.close()
    return result


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_a_link_at_each_chapters_end_leads_back_to_the_contents_and_covers_no_text(
    browser, rendered, release
):
    phone = back_to_contents(browser, rendered, release, PHONE)
    # one at every chapter's end and no other (r37: 2020 #11, Tele-Onthaal #15; it was 'at least one per chapter' and
    # 'the next one less than three screens away', which put links inside long chapters), none floating over the text
    # (r26 2020 #18)
    assert phone["count"] == phone["chapters"] > 0 and phone["floating"] == [], phone
    # its name begins with the word it shows, for speech input (WCAG 2.5.3)
    assert phone["name"] == "Inhoud: terug naar de inhoudsopgave" and phone["height"] >= 44, phone
    assert phone["opened"] and phone["contents_in_view"] and phone["focus"] and not phone["overflow"], phone
    desktop = back_to_contents(browser, rendered, release, DESKTOP)
    assert desktop["count"] == 0, desktop


# Every visible "↑ Inhoud" line: the top-level section (chapter) it stands in, whether it is that chapter's last
# block, and the text before it; and every chapter with the number of lines in it.
PLACES = """(() => {
  const shown = el => el.getClientRects().length > 0;
  const lines = Array.from(document.querySelectorAll('main .phone-top-line')).filter(shown);
  const text = el => el ? el.textContent.trim().replace(/\\s+/g, ' ').slice(-60) : '';
  return {
    lines: lines.map(line => {
      const chapter = line.closest('section.level2');
      return {chapter: chapter ? chapter.id : null, parent: line.parentElement === chapter,
              last: !!chapter && chapter.lastElementChild === line, before: text(line.previousElementSibling)};
    }),
    chapters: Array.from(document.querySelectorAll('main section.level2')).map(chapter => ({
      id: chapter.id, links: Array.from(chapter.querySelectorAll('.phone-top-line')).filter(shown).length})),
  };
})()"""


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_a_link_back_to_the_contents_stands_only_at_a_chapters_end(browser, rendered, release):
    """r37 (2020 #11, Tele-Onthaal #15): a link in the middle of 'Controles van de gegevens', and before 'Per
    kanaal.' inside 'Oproepen en gesprekken', looked as if a section ended where none did. The r35 rule (a link where a
    reader pauses, every 1,25 screens) is gone: a link stands only as the last block of a chapter, one per chapter."""
    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    places = page.evaluate(PLACES)
    page.close()
    assert len(places["chapters"]) > 3, places
    inside = [p for p in places["lines"] if not (p["parent"] and p["last"])]
    assert not inside, f"a link inside a chapter: {inside}"
    assert [c for c in places["chapters"] if c["links"] != 1] == [], places["chapters"]


# The sidebar's link to the PDF: where it stands in the window, and whether the point at its middle is the link itself
# (not cut off by the window's edge, not covered).
PDF_LINK = """(() => {
  const link = document.querySelector('#TOC .quarto-alternate-formats a');
  if (!link) return null;
  const r = link.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {top: r.top, bottom: r.bottom, height: innerHeight, own: !!hit && link.contains(hit)};
})()"""


@pytest.mark.parametrize("release", RELEASES)
@pytest.mark.parametrize("height", [900, 700])
def test_on_a_desktop_the_pdf_link_in_the_sidebar_is_in_view(browser, rendered, release, height):
    """r37 (2021 #14): at 1280 px the sidebar's 'Andere formaten' stood under the window's edge, half cut off, below
    a long table of contents. It stays at the sidebar's foot, at the top of the page and further down."""
    page = browser.new_page()
    page.set_viewport_size({"width": DESKTOP, "height": height})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    at_top = page.evaluate(PDF_LINK)
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(300)
    further = page.evaluate(PDF_LINK)
    page.close()
    for seen_ in (at_top, further):
        assert seen_ and 0 <= seen_["top"] and seen_["bottom"] <= seen_["height"] and seen_["own"], (at_top, further)
