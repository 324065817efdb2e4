"""Every release looks like a public report (issue 21, §4): a title page naming the publisher, the year and the
edition, and saying so when the report is published well after its year; a running header that names the report
and the chapter, not a date; a colophon; a "Hulp nodig?" box with every helpline's number and website; no PDF page
less than a quarter full except the last page of a chapter; and at a phone's width (390 px) a page that never
scrolls sideways (a wide table scrolls inside its own box)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import load_params, release_ids
from hulplijnen.data import load
from hulplijnen.presentation.fmt import date

from . import browse
from .layout import header_name, layout, margin_pt, one_line
from .pages import ANNEX_END, CONTENTS_ENTRY, read
from .test_page_breaks import PARTS

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390
MIN_FILL = 0.25  # a page (not the last of a chapter) has text or images over at least this share of its text area
_pages: dict[str, list] = {}

# Elements that reach past the right edge of the viewport and are not inside a box that scrolls or clips them
# (only the outermost such element is named): the page itself would scroll sideways.
OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth;
  const over = el => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.right <= width + 1) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 1) return false;
    }
    return true;
  };
  const wide = Array.from(document.body.querySelectorAll('*')).filter(over)
    .filter(el => !(el.parentElement && over(el.parentElement)))
    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' to ' +
      Math.round(el.getBoundingClientRect().right) + ' px: ' + (el.textContent || '').trim().slice(0, 50));
  return {scrollWidth: document.documentElement.scrollWidth, width, wide};
})()"""


@pytest.mark.parametrize("release", RELEASES)
def test_title_page_names_publisher_year_and_edition(rendered, release):
    params = load_params(release)
    title = one_line(layout(rendered, release).page_text[0])
    rest = title.replace(one_line(params.title), "").replace(one_line(params.subtitle), "")
    # the year on its own beside the title, unless the title says it: then once (r14, 2020 #19: "2020" above
    # "Hulplijn 1712 — jaarrapport 2020"); the subtitle may name the year it looks back on (r25 2020 #2)
    assert (str(params.year) in rest) == (str(params.year) not in params.title)
    if params.is_synthetic:  # a demonstration is no edition: it says so, and names none
        assert "geen uitgave" in title and "Uitgave" not in title
    else:
        assert "Uitgave" in title and one_line(params.publisher.name) in title
    # a late compilation is the introduction's to say, once (r13 TO #17, r14 2020 #19): never on the title page
    assert "Uitgegeven in" not in title and "samengesteld" not in title


def headers(pdf) -> list[str]:
    """The running header of every page: its words above the text area, in reading order (soft hyphens removed)."""
    import pdfplumber

    top = margin_pt("y")
    with pdfplumber.open(pdf) as document:
        return [
            one_line(" ".join(w["text"] for w in page.extract_words() if w["bottom"] < top).replace("\u00ad", "-"))
            for page in document.pages
        ]


@pytest.mark.parametrize("release", RELEASES)
def test_running_header_names_report_and_chapter_not_a_date(rendered, release):
    params = load_params(release)
    # r35 (demo #2): a synthetic report's header names it by header_title, under its banner
    published, title = date(params.publication_date), one_line(header_name(params))
    chapters_seen = set()
    for number, header in enumerate(headers(rendered[release] / "report.pdf")[1:], start=2):
        assert title in header, f"p.{number}: header {header!r}"
        assert published not in header and str(params.publication_date) not in header, f"p.{number}: {header!r}"
        chapters_seen.add(header.partition(title)[2].strip())
    assert {"Samenvatting", "Technische bijlage"} <= chapters_seen, chapters_seen


@pytest.mark.parametrize("release", RELEASES)
def test_colophon_on_the_last_page(rendered, release):
    params = load_params(release)
    last = one_line(layout(rendered, release).page_text[-1])
    assert "Colofon" in last
    if params.is_synthetic:
        assert "geen uitgave" in last and "verzonnen" in last
    else:
        for words in ("Uitgever en contact", "Zo citeert u dit rapport", "uitgave"):
            assert words in last, words
        publisher = params.publisher
        # one v.u. line: name, function, publisher, address; none without a name (r20 2021 #1: no bare function)
        if publisher.responsible_editor:
            editor = f"{publisher.responsible_editor}, {publisher.responsible_editor_function}"
            assert one_line(f"{editor}, {publisher.name}, {publisher.address}") in last
        else:
            assert "Verantwoordelijke uitgever" not in last and publisher.responsible_editor_function not in last
            assert one_line(f"{publisher.name} {publisher.address}") in last
        if not publisher.contact and publisher.public_channel:
            assert one_line(f"via {publisher.public_channel}") in last  # a channel a reader can use
        assert date(params.publication_date) in last
        assert "Toegankelijkheid" in last and "meld het dan aan de uitgever" in last


@pytest.mark.parametrize("release", RELEASES)
def test_help_box_gives_every_helplines_number_and_website(rendered, release):
    summary = one_line(" ".join(layout(rendered, release).page_text[2:4]))
    html = (rendered[release] / "report.html").read_text(encoding="utf-8")
    assert "Hulp nodig?" in summary and "Hulp nodig?" in html
    for row in load.helpline_contacts().itertuples():
        assert row.phone.replace(" ", "\u00a0") in summary or row.phone in summary, row.phone
        assert f'href="tel:{row.phone.replace(" ", "")}"' in html and f'href="{row.website}"' in html
    # the emergency numbers and the Zelfmoordlijn are links too (r25 2020 #17, TO #8)
    for row in load.general_lines().itertuples():
        assert row.phone in summary and f'href="tel:{row.phone.replace(" ", "")}"' in html, row.phone
    # a screen reader announces the box by its kind before its title: not Quarto's "Tip"
    assert '<span class="screen-reader-only">Hulplijnen</span>Hulp nodig?' in html


def chapter_headings(pages) -> set[str]:
    """The chapters (level-1 headings) as the contents page lists them: its entries at the left margin."""
    entries = [(line.x0, m.group("heading")) for line in pages[1].lines if (m := CONTENTS_ENTRY.match(line.text))]
    left = min(x for x, _ in entries)
    return {heading for x, heading in entries if x < left + 2}


@pytest.mark.parametrize("release", RELEASES)
def test_no_page_less_than_a_quarter_full_but_the_last_of_a_chapter(rendered, release):
    """The page before a part of its own (the technical annex) is no chapter's last: r21 2021 p.15 (two glossary
    entries, 14 % full) and p.23 (a table's last two rows) passed as one; the part follows there instead. The annex's
    last page is its part's last: since r54 (2020 #7) the colophon opens a page of its own after it."""
    if release not in _pages:
        _pages[release] = read(rendered[release] / "report.pdf")
    pages = _pages[release]
    chapters = chapter_headings(pages)
    assert len(chapters) >= 4, chapters
    empty = [
        f"p.{page.number} {fill:.0%} full, followed by '{after.lines[0].text if after.lines else ''}'"
        for page, after in zip(pages[2:-1], pages[3:])
        if (fill := (page.content_bottom() - page.top) / page.height) < MIN_FILL
        and not (after.lines and after.lines[0].text in chapters - PARTS)
        # r54 (2020 #7): the annex's last page may end short: the colophon opens a page of its own after it
        and not (after.lines and after.lines[0].text == ANNEX_END)
    ]
    assert not empty, "pages left nearly empty inside a chapter: " + "; ".join(empty)


@pytest.mark.parametrize("release", RELEASES)
def test_at_phone_width_the_page_never_scrolls_sideways(browser, rendered, release):
    (found,) = browse.evaluate(browser, rendered[release] / "report.html", PHONE, OVERFLOW, height=844)
    assert found["width"] == PHONE
    assert not found["wide"] and found["scrollWidth"] <= PHONE, found


def test_the_overflow_check_sees_a_wide_element(browser):
    """The check above is not vacuous: a table wider than the phone, outside any scrolling box, is found."""
    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.set_content('<main><table><tr><td style="white-space: nowrap">' + "breed " * 40 + "</td></tr></table></main>")
    found = page.evaluate(OVERFLOW)
    page.close()
    assert found["scrollWidth"] > PHONE and found["wide"] and found["wide"][0].startswith("table")
