"""Every release's HTML opened from disk in headless Chromium, as a reviewer double-clicking
report.html would: no console errors, every image loads, a working table of contents, the PDF
offered as the other format, and no serious or critical accessibility violation (axe-core)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .conftest import AXE

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
SERIOUS = {"serious", "critical"}
# Every word of a table's header cells that the browser wrapped inside the word (its letters on two lines);
# a break after a hyphen, slash or en dash ('januari–augustus', r47) is a line break, not a broken word.
# Every column (not the first) of numbers as the report writes them whose header or cells are not aligned right.
LEFT_NUMBER_COLUMNS = """(() => {
  const number = /^[-+\u2212]?\\d[\\d.,]*\\s?%?(\\s(à|tot)\\s[-+\u2212]?\\d[\\d.,]*\\s?%?)?$/;
  const found = [];
  for (const table of document.querySelectorAll('table')) {
    const rows = Array.from(table.querySelectorAll('tbody tr')).map(r => Array.from(r.cells));
    const heads = Array.from(table.querySelectorAll('thead th'));
    for (let j = 1; j < heads.length; j++) {
      const cells = rows.map(r => r[j]).filter(c => c && c.textContent.trim() !== '');
      if (!cells.length || !cells.every(c => number.test(c.textContent.trim()))) continue;
      const wrong = [heads[j], ...cells].filter(c => getComputedStyle(c).textAlign !== 'right');
      if (wrong.length) found.push(heads[j].textContent.trim());
    }
  }
  return found;
})()"""
BROKEN_HEADER_WORDS = """(() => {
  const broken = [];
  for (const th of document.querySelectorAll('table th')) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[^\\s\\-\\/\u2013]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()"""


_seen: dict[str, dict] = {}


def visit(browser, rendered, release: str) -> dict:
    """Open the release's report.html from disk once; what the page showed and logged."""
    if release in _seen:
        return _seen[release]
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((rendered[release] / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    images = page.evaluate(
        "Array.from(document.images).map(i => [i.getAttribute('src').slice(0, 40), i.complete && i.naturalWidth > 0])"
    )
    toc = page.evaluate("""Array.from(document.querySelectorAll('#TOC a.nav-link')).map(a => [a.getAttribute('href'),
        a.offsetParent !== null && !!document.querySelector(a.getAttribute('href'))])""")
    links = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    broken = page.evaluate(BROKEN_HEADER_WORDS)
    left_numbers = page.evaluate(LEFT_NUMBER_COLUMNS)
    page.add_script_tag(path=str(AXE))
    axe = page.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => "
        "({id: v.id, impact: v.impact, nodes: v.nodes.length, "
        "where: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))"
    )
    page.close()
    _seen[release] = {
        "errors": errors,
        "images": images,
        "toc": toc,
        "links": links,
        "axe": axe,
        "broken": broken,
        "left_numbers": left_numbers,
    }
    return _seen[release]


@pytest.mark.parametrize("release", RELEASES)
def test_html_loads_from_disk_without_console_errors(browser, rendered, release):
    assert visit(browser, rendered, release)["errors"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_every_image_loads_and_every_figure_is_shown(browser, rendered, release):
    images = visit(browser, rendered, release)["images"]
    assert [src for src, ok in images if not ok] == []
    figures = len(list((rendered[release] / "figures").glob("*.png")))
    assert len([src for src, _ in images if src.startswith("data:image/png")]) == figures


@pytest.mark.parametrize("release", RELEASES)
def test_table_of_contents_works_and_offers_the_pdf(browser, rendered, release):
    seen = visit(browser, rendered, release)
    assert len(seen["toc"]) >= 4 and all(ok for _, ok in seen["toc"]), seen["toc"]
    assert "#samenvatting" in [href for href, _ in seen["toc"]]
    assert "report.pdf" in seen["links"]


@pytest.mark.parametrize("release", RELEASES)
def test_no_serious_or_critical_accessibility_violation(browser, rendered, release):
    serious = [v for v in visit(browser, rendered, release)["axe"] if v["impact"] in SERIOUS]
    assert serious == []


@pytest.mark.parametrize("release", RELEASES)
def test_no_word_of_a_table_header_is_broken(browser, rendered, release):
    """A narrow column widens to its header's longest word ("Contacten", not "Contacte" over "n")."""
    assert visit(browser, rendered, release)["broken"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_columns_of_numbers_align_right(browser, rendered, release):
    assert visit(browser, rendered, release)["left_numbers"] == []


@pytest.mark.parametrize("release", RELEASES)
def test_the_published_html_names_no_path_of_the_machine_that_built_it(rendered, release):
    html = (rendered[release] / "report.html").read_text(encoding="utf-8")
    assert "_staging" not in html and str(rendered[release].parent.parent) not in html
