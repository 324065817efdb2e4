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
  return {size: cell ? getComputedStyle(cell).fontSize : null, striped: rows.length === 2 && rows[0] !== rows[1],
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
    sizes = {t["size"] for t in tables if t["size"]}
    assert len(sizes) == 1, [(t["head"], t["size"]) for t in tables]
    assert not [t["head"] for t in tables if t["striped"]], "striped tables"


def back_to_contents(browser, rendered, release: str, width: int) -> dict:
    """r20 2021 #17: on a page some 35.000 px long, the contents were reachable only at the very top. On a phone a
    link "↑ Inhoud" leads back to them, opened, the focus on them. It stands at the end of every chapter and long
    section, in the flow of the text: fixed in the corner it covered the text under it (r26 2020 #18). From the
    middle of the page the next one is less than three screens away. On a wide screen there is none."""
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
    middle = page.evaluate("document.body.scrollHeight / 2")
    after = [s["top"] - middle for s in shown if s["top"] >= middle]
    result["next"] = min(after) if after else None
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
    # one at least at every chapter's end, none floating over the text (r26 2020 #18)
    assert phone["count"] >= phone["chapters"] > 0 and phone["floating"] == [], phone
    assert phone["next"] is not None and phone["next"] < 3 * 844, phone
    # its name begins with the word it shows, for speech input (WCAG 2.5.3)
    assert phone["name"] == "Inhoud: terug naar de inhoudsopgave" and phone["height"] >= 44, phone
    assert phone["opened"] and phone["contents_in_view"] and phone["focus"] and not phone["overflow"], phone
    desktop = back_to_contents(browser, rendered, release, DESKTOP)
    assert desktop["count"] == 0, desktop


# r35 (2020 #5, 2021 #12, Tele-Onthaal #10, demo #14): every visible "↑ Inhoud" line with the blocks before and after
# it in reading order (an embedded notebook's cells and paragraphs flattened; a glossary's terms and definitions each a
# block), the gaps between two lines, and how much of each gap tables and figures take.
PLACES = """(() => {
  const shown = el => el.getClientRects().length > 0;
  const all = Array.from(document.querySelectorAll(['p', 'ul', 'ol', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'table', 'figure', '.quarto-float', '.callout', '.cell-output-display:not(.cell-output-markdown)']
    .map(s => 'main section ' + s).join(', '))).filter(shown);
  const set = new Set(all);
  const outer = all.filter(el => { for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return false;
                                   return true; });
  const kind = el => {
    if (!el) return 'none';
    if (el.matches('.phone-top-line')) return 'link';
    if (/^H[1-6]$/.test(el.tagName)) return 'heading';
    const bold = el.tagName === 'P' && el.firstElementChild;
    const only = bold && /^(STRONG|B)$/.test(bold.tagName) && bold.textContent.trim() === el.textContent.trim();
    if (only) return 'heading';  // a paragraph that is only a bold lead, as 'Wat volgde na 2020.'
    if (el.matches('table, figure, .quarto-float, .cell-output-display, .figure-data')) return 'float';
    const note = /^\\s*([\\u00b9\\u00b2\\u00b3\\u2070-\\u2079*\\u2020\\u2021]|Noot\\b|Bron:)/;
    if (note.test(el.textContent)) return 'note';
    return el.tagName;
  };
  const text = el => el ? el.textContent.trim().replace(/\\s+/g, ' ') : '';
  const top = el => el.getBoundingClientRect().top + scrollY;
  const lines = Array.from(document.querySelectorAll('main .phone-top-line')).filter(shown);
  return lines.map((line, i) => {
    const at = outer.indexOf(line);
    const before = at > 0 ? outer[at - 1] : null, after = at >= 0 ? outer[at + 1] : null;
    const entry = line.parentElement.tagName === 'DD';
    const gap = i ? top(line) - top(lines[i - 1]) : 0;
    const floats = outer.filter(el => i && kind(el) === 'float' && top(el) > top(lines[i - 1]) && top(el) < top(line))
      .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
    return {entry, between_entries: entry && !line.nextElementSibling
              && (line.parentElement.nextElementSibling || {}).tagName === 'DT',
            before: kind(before), after: kind(after), lead_in: /:$/.test(text(before)),
            text: text(before).slice(-50) + ' | ' + text(after).slice(0, 50), gap, floats};
  });
})()"""


@pytest.mark.parametrize("release", RELEASES)
def test_on_a_phone_a_link_back_to_the_contents_stands_where_a_reader_pauses(browser, rendered, release):
    """r35: mid-section links stood between a heading and its text, between a table and its note ('¹ ...'), between
    a lead-in ('De figuur hieronder toont …', '… vandaan komen:') and what it announces, and two in a row. A link
    now stands at a section's end, between two glossary entries, or before a paragraph or list after running text
    (second best: after a table or figure), never before a table, figure or note, never after a heading or a
    lead-in; no two within three quarters of a screen; a gap over three screens only where tables and figures take
    most of it (2021's annex table of all key figures is six screens long)."""
    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    places = page.evaluate(PLACES)
    page.close()
    assert len(places) > 5, places
    glossary = [p for p in places if p["entry"]]
    assert all(p["between_entries"] for p in glossary), glossary
    others = [p for p in places if not p["entry"]]
    assert not [p["text"] for p in others if p["before"] in {"heading", "link"}], "under a heading or a link"
    assert not [p["text"] for p in others if p["after"] in {"float", "note", "link"}], "before a table, figure or note"
    assert not [p["text"] for p in others if p["lead_in"]], "after a lead-in"
    assert not [p["text"] for p in places[1:] if p["gap"] < 0.75 * 844], "two links close together"
    assert not [p["text"] for p in places if p["gap"] > 3 * 844 and p["floats"] < p["gap"] / 2], "a long gap"
