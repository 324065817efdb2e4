"""How headings, tables and figures sit on the PDF's pages: a short table is never broken over two pages, a
long one that breaks keeps at least two rows on each page (never one row alone at a page's foot or head), no
page is left largely empty before a chart or table that did not fit on it (a long table breaks over pages
instead of jumping whole to the next), and no heading or lead-in sentence ends a page."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from .layout import margin_pt
from .pages import (
    CAPTION,
    CONTENTS_ENTRY,
    SLACK_PT,
    continued,
    headings,
    in_annex,
    part_placement,
    read,
    rows_after,
    table_bottom,
    tables,
)

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
SHORT_ROWS = 12  # typst-floats.typ short-rows; a table of at most this many rows and ...
SHORT_HEIGHT = 0.5  # ... at most this share of a page's text area tall is short: it never breaks over pages
MIN_ROWS = 2  # a table that breaks keeps at least this many rows on each page
START_ROWS = (
    5  # ... and starts with at least this many at a page's foot (Tele-Onthaal r13 #14: four rows at p.7's foot)
)
ANNEX_START_ROWS = 3  # in the technical annex, which flows (r24 2020 #17), any table may break, with this many
MAX_EMPTY = 0.4  # at most this share of a page's text area stays empty before a chart or table atop the next
_read: dict[str, list] = {}


def pages_of(rendered, release: str):
    if release not in _read:
        _read[release] = read(rendered[release] / "report.pdf")
    return _read[release]


@pytest.mark.parametrize("release", RELEASES)
def test_a_short_table_never_breaks_over_pages(rendered, release):
    pages = pages_of(rendered, release)
    annex = in_annex(pages)  # there any table may break over pages: the annex flows (r24 2020 #17)
    by_page: dict[int, list] = {}
    went_on = {}  # r37: the page as continued() reads it, from the repeated header on ('Tabel 6 (vervolg)' above it)
    for page, table in continued(pages, tables(rendered[release])):
        if page.number - 1 not in annex:
            by_page.setdefault(page.number, []).append(table)
            went_on[page.number] = page
    broken = []
    for number, found in by_page.items():
        page, before = went_on[number], pages[number - 2]
        # the table's height over both pages: from its header row on the page before to its last row on this one
        starts = [line.top for line in before.lines if any(t.is_header(line) for t in found)]
        height = (before.content_bottom() - (starts[-1] if starts else before.top)) + (
            table_bottom(page, page.lines[0]) - page.lines[0].top
        )
        if all(t.rows <= SHORT_ROWS for t in found) and height <= SHORT_HEIGHT * page.height:
            rows = max(t.rows for t in found)
            broken.append(f"p.{number}: {', '.join(t.label for t in found)} ({rows} rows) goes on from p.{number - 1}")
    assert not broken, "short tables broken over pages: " + "; ".join(broken)


@pytest.mark.parametrize("release", RELEASES)
def test_a_table_that_breaks_keeps_rows_on_both_pages(rendered, release):
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    lonely = []
    for page, table in continued(pages, tables(rendered[release])):
        before = pages[page.number - 2]
        headers = [line for line in before.lines if table.is_header(line)]
        above = rows_after(before, headers[-1]) if headers else 0
        below = rows_after(page, page.lines[0])
        if above < (ANNEX_START_ROWS if before.number in annex else START_ROWS) or below < MIN_ROWS:
            lonely.append(f"{table.label}: {above} row(s) at the foot of p.{before.number}, {below} on p.{page.number}")
    assert not lonely, "tables broken with too few rows on a page: " + "; ".join(lonely)


def test_the_table_checks_see_broken_tables(rendered):
    """The checks above are not vacuous: the releases together have long tables that do break over pages."""
    assert any(continued(pages_of(rendered, release), tables(rendered[release])) for release in RELEASES)


def starts_with_a_float(page) -> bool:
    """The page opens with a chart, or with a table's caption (perhaps under a heading that went along with it)."""
    return page.starts_with_image() or any(CAPTION.match(line.text) for line in page.lines[:3])


@pytest.mark.parametrize("release", RELEASES)
def test_no_page_left_largely_empty_before_a_chart_or_table(rendered, release):
    pages = pages_of(rendered, release)
    gaps = [
        f"p.{before.number} {empty:.0%} empty before the chart or table at the top of p.{page.number}"
        for before, page in zip(pages[2:], pages[3:])
        if starts_with_a_float(page)
        and (empty := (before.bottom - before.content_bottom()) / before.height) > MAX_EMPTY
    ]
    assert not gaps, "; ".join(gaps)


@pytest.mark.parametrize("release", RELEASES)
def test_no_lead_in_sentence_ends_a_page(rendered, release):
    """A sentence that introduces a table, chart or list (it ends in a colon) is never alone at a page's foot. r64: a
    colon inside a sentence that runs on overleaf in lower case (2021's summary: "…tegen 80.300 in 2020:" / "ongeveer
    11.000 meer …") introduces nothing: what a lead-in introduces opens with a bullet, a caption or a capital."""
    pages = pages_of(rendered, release)
    alone = [
        f"p.{page.number}: '{page.lines[-1].text}'"
        for page, after in zip(pages[2:-1], pages[3:])
        if page.lines[-1].text.endswith(":") and not (after.lines and after.lines[0].text[:1].islower())
    ]
    assert not alone, "lead-in sentences at the foot of a page, what they introduce on the next: " + "; ".join(alone)


LEAD_IN_WORDS = 120  # a paragraph this short that points at what follows ("hieronder") is a lead-in too
ANNEX_LEAD_IN_WORDS = 45  # in the technical annex only one this short goes with its table (the annex flows)


def lead_in_words(page, annex: set[int]) -> int:
    """The longest paragraph that goes with the table or chart after it, on this page."""
    return ANNEX_LEAD_IN_WORDS if page.number in annex else LEAD_IN_WORDS


def last_paragraph(page) -> str:
    """The text of the paragraph a page ends with: its lines back to the one after a short line (a paragraph's
    last line) or a caption."""
    full = max((len(line.text) for line in page.lines), default=0)
    lines = []
    for line in reversed(page.lines):
        if lines and (len(line.text) < 0.8 * full or CAPTION.match(line.text)):
            break
        lines.append(line.text)
    return " ".join(reversed(lines))


@pytest.mark.parametrize("release", RELEASES)
def test_no_short_paragraph_announcing_a_table_or_chart_ends_a_page(rendered, release):
    """'De tabel en de figuur hieronder tonen …' at a page's foot with its table overleaf: the lead-in goes along."""
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    alone = [
        f"p.{page.number}: '{text[-60:]}'"
        for page, after in zip(pages[2:], pages[3:])
        if starts_with_a_float(after)
        and "hieronder" in (text := last_paragraph(page))
        and len(text.split()) <= lead_in_words(page, annex)
    ]
    assert not alone, "lead-in paragraphs at the foot of a page, their table or chart on the next: " + "; ".join(alone)


FEW_LINES = 4  # a heading with at most this many lines of text under it at a page's foot introduces what follows


def heading_at_foot(page, names: set[str]) -> str | None:
    """The heading among the page's last lines, with only text under it (no caption: the float started here)."""
    tail = page.lines[-(FEW_LINES + 1) :]
    for i, line in enumerate(tail):
        if line.text in names and not any(CAPTION.match(after.text) for after in tail[i + 1 :]):
            return line.text
    return None


@pytest.mark.parametrize("release", RELEASES)
def test_no_heading_and_lead_in_end_a_page_with_their_table_or_chart_overleaf(rendered, release):
    """2021 (r12 #7): '5 Campagnes' and its one sentence stood at the foot of p.9, Tabel 9 on p.10; 'Herkomst' and
    its sentence at the foot of p.17, Tabel 14 on p.18. A heading and the few lines under it go with the table or
    chart they introduce."""
    pages = pages_of(rendered, release)
    names = set(headings(pages))
    alone = [
        f"p.{page.number}: '{found}' and {len(page.lines) - [x.text for x in page.lines].index(found) - 1} line(s)"
        for page, after in zip(pages[2:], pages[3:])
        if (after.starts_with_image() or CAPTION.match(after.lines[0].text)) and (found := heading_at_foot(page, names))
    ]
    assert not alone, "headings with their lead-in at a page's foot, their table or chart overleaf: " + "; ".join(alone)


FOOT = 0.6  # a heading lower than this share of the text area stands in the page's bottom part
OPENING = 0.4  # the first table or chart overleaf within this share of the next page's text area: it is the heading's


def floats_below(page, y: float) -> bool:
    """A chart or a table's caption on the page below y."""
    return any(top > y for top, _ in page.images) or any(CAPTION.match(x.text) and x.top > y for x in page.lines)


def first_float(page) -> float | None:
    """Where the first chart or table caption on the page starts, or None."""
    found = [top for top, _ in page.images] + [x.top for x in page.lines if CAPTION.match(x.text)]
    return min(found, default=None)


OPENING_WORDS = 150  # an opening this short goes with its first table or chart (quarto/sticky-headings.lua)


def is_heading(text: str, names: set[str]) -> bool:
    """A heading's line, or the first line of a heading wrapped over two ('Bij hoofdstuk 2: Wie neemt contact op:
    slachtoffer, omgeving of' / 'professional'): the table after it is that heading's, not the one above (r23)."""
    return text in names or any(n.startswith(text + " ") for n in names)


def opens_a_chapter(heading: str, text: str) -> bool:
    """A chapter's heading with its opening paragraph under it, which points at nothing after it: the chapter begins
    there, its first table or chart follows on the next page (r27 2021 #8; quarto/sticky-headings.lua). r28 2021 #6:
    one rule, every chapter flows, also when its opening points at a table further on ('De tabel en de figuur
    hieronder …'): that took '2 Wie neemt contact op' whole to p.6 and left p.5 40 % empty."""
    return re.match(r"^\d+ \S", heading) is not None and len(text.split()) > ANNEX_LEAD_IN_WORDS


def headings_at_foot_with_their_float_overleaf(pages, names: set[str]) -> list[str]:
    """Headings in a page's bottom part whose first table or chart opens the next page, with a short opening text
    between them (a longer opening flows on as text does)."""
    alone = []
    for page, after in zip(pages[2:], pages[3:]):
        found = [x for x in page.lines if x.text in names and x.top > page.top + FOOT * page.height]
        if not found or floats_below(page, found[-1].top):
            continue
        start = first_float(after)
        if start is None or start > after.top + OPENING * after.height:
            continue
        between = [x for x in after.lines if x.top < start]
        here = " ".join(x.text for x in page.lines if x.top > found[-1].top)
        words = len(here.split()) + sum(len(x.words) for x in between)
        if opens_a_chapter(found[-1].text, here):
            continue
        if words <= OPENING_WORDS and not any(is_heading(x.text, names) for x in between):
            alone.append(
                f"p.{page.number}: '{found[-1].text}', {words} words, its first table or chart on p.{after.number}"
            )
    return alone


@pytest.mark.parametrize("release", RELEASES)
def test_no_heading_in_a_pages_bottom_part_with_its_first_table_or_chart_overleaf(rendered, release):
    """2020 (r13 #8): '2 Contactnemers' and three paragraphs at the foot of p.5, Tabel 4 and Figuur 3 on p.6; 2021
    (r13 #5) the same on p.6. A chapter or section heading, the text that opens it and its first table or chart stand
    together: no heading in the bottom part of a page whose first table or chart opens the next page after a short
    opening. Not in the technical annex, which flows: there a heading and its introduction may end a page, their table
    at the top of the next (r24 2020 #17, Tele-Onthaal #12: a third of pp.15, 16, 18 and of p.6 left empty)."""
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    found = headings_at_foot_with_their_float_overleaf(pages, set(headings(pages)))
    alone = [f for f in found if int(f.split(":")[0].removeprefix("p.")) not in annex]
    assert not alone, "headings at a page's foot, what they open on the next: " + "; ".join(alone)


@pytest.mark.parametrize("release", RELEASES)
def test_no_heading_ends_a_page(rendered, release):
    pages = pages_of(rendered, release)
    names = set(headings(pages))
    assert len(names) >= 4, "the contents page lists the headings"
    alone = [
        f"p.{page.number}: '{page.lines[-1].text}'" for page in pages[2:] if page.lines and page.lines[-1].text in names
    ]
    assert not alone, "headings at the foot of a page, their text on the next: " + "; ".join(alone)


FOOTER = re.compile(r"pagina (\d+) van (\d+)")


def footers(pdf) -> list[tuple[int, list[tuple[int, int]], str]]:
    """Each page's number, the 'pagina i van N' footers found on it and its running header's last line (above the
    text area; empty when it has none)."""
    import pdfplumber

    margin = margin_pt("y")
    with pdfplumber.open(pdf) as document:
        return [
            (
                number,
                [(int(i), int(n)) for i, n in FOOTER.findall(page.extract_text() or "")],
                " ".join(t["text"] for t in page.extract_text_lines() if t["bottom"] < margin - SLACK_PT)[-80:],
            )
            for number, page in enumerate(document.pages, start=1)
        ]


@pytest.mark.parametrize("release", RELEASES)
def test_every_page_after_the_title_says_which_page_of_how_many(rendered, release):
    """Every page after the title page, the last one included, has its running header and the footer 'pagina i van
    N', with i its own number and N the real number of pages (a layout that had not settled once lost the last
    page's header and footer and said 'van 14' on a report of 15 pages)."""
    found = footers(rendered[release] / "report.pdf")
    total = len(found)
    wrong = [f"p.{number}: {seen or 'no footer'}" for number, seen, _ in found[1:] if seen != [(number, total)]]
    assert not wrong, f"{total} pages; footers that do not say 'pagina i van {total}': " + "; ".join(wrong)
    bare = [f"p.{number}" for number, _, header in found[1:] if not header]
    assert not bare, "pages without a running header: " + ", ".join(bare)


def chapter_starts(pages) -> list[tuple[str, int, bool]]:
    """Each chapter (a level-1 entry of the contents, without its number) with the page its heading stands on in
    the body and whether it opens that page."""
    entries = [(line.x0, m.group("heading")) for line in pages[1].lines if (m := CONTENTS_ENTRY.match(line.text))]
    left = min(x0 for x0, _ in entries)
    found = []
    for _, heading in [entry for entry in entries if entry[0] <= left + 1]:
        for page in pages[2:]:
            texts = [line.text for line in page.lines]
            if heading in texts:
                found.append((re.sub(r"^[\d.]+\s+", "", heading), page.number, texts[0] == heading))
                break
    return found


@pytest.mark.parametrize("release", RELEASES)
def test_every_contents_entry_gives_the_page_its_heading_stands_on(rendered, release):
    """Readers found four entries one page too early: a heading that went on to the next page with its text
    kept the location of a mark its show rule placed before it, on the page before."""
    pages = pages_of(rendered, release)
    wrong = []
    for line in pages[1].lines:
        if not (m := CONTENTS_ENTRY.match(line.text)):
            continue
        start = re.sub(r"^[\d.]+\s+", "", m.group("heading").strip())[:30]
        stands = [
            p.number
            for p in pages[2:]
            if any(re.sub(r"^[\d.]+\s+", "", seen.text).startswith(start) for seen in p.lines)
        ]
        if int(m.group("page")) not in stands:
            wrong.append(f"{start!r}: contents say p.{m.group('page')}, it stands on {stands}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("release", RELEASES)
def test_the_technical_annex_opens_a_page_or_follows_under_a_rule(rendered, release):
    """2021 (r11 #15): 'Technische bijlage' and its opening sentence stood at the foot of the glossary's last page,
    the annex overleaf. The annex is a part of its own: its heading opens a page, but only after a page more than half
    full (2021 r21 #12, Tele-Onthaal r21 #7: a page with two glossary entries, the annex overleaf); else it follows in
    that page's top half, under a rule."""
    wrong = part_placement(pages_of(rendered, release), "Technische bijlage")
    assert wrong is None, wrong


@pytest.mark.parametrize("release", RELEASES)
def test_the_title_leaves_no_year_alone_on_a_line(rendered, release):
    """2021 (r11 #30): the title 'Vlaamse hulplijnen — jaarrapport 2021' wrapped with '2021' alone on its second line,
    under the large year above it. A year in the title stays with the word before it."""
    title = pages_of(rendered, release)[0]
    alone = [line.text for line in title.lines if re.fullmatch(r"\d{4}", line.text.strip())]
    assert len(alone) <= 1, f"a year alone on a line of the title page, besides the large year: {alone}"
