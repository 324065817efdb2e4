"""Where the PDF's pages break, read from the PDF (round 14 readers): a table's note stays with its table, a chart's
caption is set apart from the caption of a table right under it, a table and its lead-in do not leave half a page
empty when a slightly tighter table fits, and the colophon opens a page of its own under its own running header.
Round 15: a short paragraph never ends a page with the chart or table it leads to overleaf.
Round 16: chapters flow (forcing every chapter onto a page of its own left pages near-empty); only the technical
annex and the colophon open a page by rule.
Round 22: even they open a page only when the page before is more than half full (r21: 2021 p.15 held two glossary
entries, p.23 a table's last two rows, Tele-Onthaal p.6 two glossary entries); else they follow under a rule.
Round 54 (2020 #7): the colophon always opens a page of its own (under the annex's last lines its page's running
header said 'Technische bijlage'); the annex's last page before it may end short."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from .filters import run_filter
from .pages import ANNEX_END, CAPTION, Line, Page, in_annex, opens_its_page, part_placement, table_bottom, tables
from .test_page_flow import (
    ANNEX_LEAD_IN_WORDS,
    OPENING,
    chapter_starts,
    first_float,
    lead_in_words,
    opens_a_chapter,
    pages_of,
)
from .test_r66_page_fill import stays_loose

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
NOTE = re.compile(r"^\w{1,3}: \w")  # a table's note: a short key and a colon ("x: niet gepubliceerd …")
CAPTION_GAP_PT = 14.0  # at least this much white between a chart's caption and a table's caption right under it
MAX_EMPTY = 0.4  # at most this share of a page's text area stays empty before a table and its lead-in overleaf
LEAD_IN_LINES = 6  # the lead-in of a table: the few lines above its caption atop the next page


@pytest.mark.parametrize("release", RELEASES)
def test_a_tables_note_stays_with_its_table(rendered, release):
    """Demo (r14 #5): "x: niet gepubliceerd om kleine aantallen te beschermen" stood alone atop p.6, its table
    on p.5."""
    pages = pages_of(rendered, release)
    alone = [
        f"p.{page.number}: '{page.lines[0].text[:50]}'"
        for page in pages[2:]
        if page.lines and NOTE.match(page.lines[0].text)
    ]
    assert not alone, "a table's note atop a page, its table on the page before: " + "; ".join(alone)


def caption_gaps(page) -> list[tuple[float, str]]:
    """The white between each chart caption's last line and a table caption right under it on the page."""
    found, lines = [], page.lines
    for i, line in enumerate(lines):
        if not line.text.startswith("Figuur"):
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom < 4 and not CAPTION.match(lines[j + 1].text):
            j += 1  # the caption's next line
        if j + 1 < len(lines) and lines[j + 1].text.startswith("Tabel"):
            found.append((lines[j + 1].top - lines[j].bottom, lines[j + 1].text[:30]))
    return found


@pytest.mark.parametrize("release", RELEASES)
def test_a_chart_caption_is_set_apart_from_a_table_caption_under_it(rendered, release):
    """Demo (r14 #11), Tele-Onthaal (r14 #4): 'Figuur 3: …' ran straight into 'Tabel 4: …' (9 pt between them, the
    gap between two lines of a paragraph)."""
    pages = pages_of(rendered, release)
    close = [
        f"p.{page.number}: {gap:.0f} pt above '{text}'"
        for page in pages[2:]
        for gap, text in caption_gaps(page)
        if gap < CAPTION_GAP_PT
    ]
    assert not close, "a table's caption close under a chart's caption: " + "; ".join(close)


def test_the_caption_check_sees_a_table_under_a_chart():
    """The check above is not vacuous: a table's caption right under a chart's is found, with the white between.
    (Since chapters open a page, no release has one today: the check is tried on a made-up page.)"""
    lines = [
        Line(100, 110, 60, "Figuur 3: Contacten per maand"),
        Line(119, 129, 60, "Tabel 4: Kanaal per groep"),
        Line(140, 150, 60, "Tabel 5: Een tweede tabel"),
    ]
    assert caption_gaps(Page(5, 70, 770, lines, [])) == [(9, "Tabel 4: Kanaal per groep")]


# Known open: none (round 19: the 2020 campaigns table of round 14 #7 now stands under its lead-in).
OPEN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "release",
    [
        pytest.param(r, marks=pytest.mark.xfail(reason=OPEN_GAPS[r], strict=True)) if r in OPEN_GAPS else r
        for r in RELEASES
    ],
)
def test_no_page_left_largely_empty_before_a_table_and_its_lead_in(rendered, release):
    """2020 (r14 #7): p.20 was half empty, the campaigns table and its three-line lead-in ('Als controle …') on p.21;
    the table a little tighter fits under its lead-in on p.20."""
    pages = pages_of(rendered, release)
    gaps = [
        f"p.{before.number} {empty:.0%} empty, the table and its lead-in atop p.{page.number}"
        for before, page in zip(pages[2:], pages[3:])
        if any(line.text.startswith("Tabel") for line in page.lines[:LEAD_IN_LINES])
        and (empty := (before.bottom - before.content_bottom()) / before.height) > MAX_EMPTY
        and page.lines[0].text not in PARTS
    ]
    assert not gaps, "; ".join(gaps)


@pytest.mark.parametrize("release", RELEASES)
def test_the_colophon_opens_a_page_under_its_own_running_header(rendered, release):
    """Tele-Onthaal (r14 #9), 2020 (r54 #7): the colophon followed the annex's last lines on their page, under the
    running header 'Technische bijlage', and read as part of the annex. It opens a page of its own
    (report/colophon.md), whatever the annex's last page holds (r21 2021 #12 had let it follow under a rule after a
    page at most half full)."""
    pages = pages_of(rendered, release)
    wrong = opens_its_page(pages, ANNEX_END)
    assert wrong is None, wrong
    # its running header: test_running_header.py (the colophon's name when its heading opens the page)


def test_the_colophon_check_sees_a_colophon_under_the_annex():
    """The check is not vacuous: 2020 r54 p.17 (five lines of the annex, then the colophon under a rule) is found."""
    pages = [Page(n, 70, 770, [Line(80, 760, 60, "x")], []) for n in (1, 2, 3)]
    annex = [Line(72, 82, 60, "interval liep telkens van een daling tot een stijging)."), Line(120, 138, 60, "Colofon")]
    assert "under" in opens_its_page(pages + [Page(4, 70, 770, annex, [])], ANNEX_END)
    own = [Page(4, 70, 770, annex[:1], []), Page(5, 70, 770, annex[1:], [])]
    assert opens_its_page(pages + own, ANNEX_END) is None


def test_the_part_check_sees_a_part_after_a_near_empty_page():
    """The check is not vacuous: the 2021 r21 case (p.15 two glossary entries, the annex opening p.16) is found, and
    an annex under a rule in a page's top half passes."""
    entries = [Line(80, 90, 60, "poging"), Line(92, 102, 70, "Een keer bellen.")]
    annex = [Line(72, 90, 60, "Technische bijlage"), Line(100, 110, 60, "Deze bijlage is voor wie")]
    pages = [Page(n, 70, 770, [Line(80, 760, 60, "x")], []) for n in (1, 2, 3, 4)]
    old = pages + [Page(5, 70, 770, entries, []), Page(6, 70, 770, annex, [])]
    assert "only" in part_placement(old, "Technische bijlage")
    new = pages + [Page(5, 70, 770, entries + [Line(140, 158, 60, "Technische bijlage")], [])]
    assert part_placement(new, "Technische bijlage") is None


def by_rule(text: str) -> str:
    """The typst quarto/sticky-headings.lua writes for a piece of Markdown."""
    return run_filter("sticky-headings.lua", text)


def test_only_a_part_of_its_own_opens_a_page_by_rule():
    """2021 (r16 #2), 2020 (r16 #4): every numbered chapter opened a page by rule, which left 2021 p.8 three-quarters
    and p.14 all but empty. Chapters flow; only the technical annex (and the colophon, report/colophon.md) may break,
    through the template's part-break (a page break only after a page more than half full)."""
    typst = by_rule(
        "# Een {#sec-een}\n\nTekst.\n\n# Twee {#sec-twee}\n\nTekst.\n\n## Deel {#sec-deel}\n\nTekst.\n\n"
        "# Woordenlijst {.unnumbered}\n\nTekst.\n\n# Technische bijlage {#sec-annex .unnumbered}\n\nTekst.\n"
    )
    breaks = [m.start() for m in re.finditer(re.escape("#part-break()"), typst)]
    assert len(breaks) == 1 and typst.index("Woordenlijst") < breaks[0] < typst.index("Technische"), typst


ROOMY = 0.25  # a page before a chapter with at least this share of its text area empty had room to begin it
PARTS = {"Technische bijlage", "Colofon"}  # parts of their own that may open a page by rule


@pytest.mark.parametrize("release", RELEASES)
def test_chapters_flow_and_open_a_page_only_with_their_first_table_or_chart(rendered, release):
    """2020 (r13 #9, r15 #3): chapter 4 opened a page, leaving p.8 half empty, while chapters 5 and 6 began mid-page;
    round 16 then made every chapter open a page, which left 2021 p.8 (82 % empty) and p.14 (two lines), 2020 p.4
    (70 %) near-empty (r16 2021 #2, 2020 #4). One rule: a chapter flows on from the one before (only the technical
    annex and the colophon open a page); it opens a page only when its heading, its opening text and its first
    table or chart together did not fit on the page before, so a chapter that opens a page after a roomy one has
    its first table or chart near the page's top."""
    pages = pages_of(rendered, release)
    starts = chapter_starts(pages)
    assert len(starts) > len(PARTS), "no chapter found in the contents"
    forced = []
    for name, number, top in starts:
        page, before = pages[number - 1], pages[number - 2]
        if not top or name in PARTS or number <= 3:
            continue
        start = first_float(page)
        if (before.bottom - before.content_bottom()) / before.height >= ROOMY and (
            start is None or start > page.top + OPENING * page.height
        ):
            forced.append(f"'{name}' opens p.{number}, p.{before.number} has room, no table or chart at its top")
    assert not forced, "chapters forced onto a new page: " + "; ".join(forced)


NEAR_EMPTY = 0.6  # a page of the body with more than this share of its text area empty looks unfinished


@pytest.mark.parametrize("release", RELEASES)
def test_no_page_is_left_near_empty_but_the_last(rendered, release):
    """2021 (r16 #2): p.8 82 % and p.14 97 % empty, 2020 (r16 #4) p.4 70 %: each before a chapter that opened a page
    by rule. 2021 (r21 #12): p.15 86 % empty (two glossary entries) and p.23 88 % (a table's last two rows), each
    before a part that opened a page by rule; Tele-Onthaal (r21 #7) p.6 likewise. No page but the last ends
    near-empty: text flows on to fill it, and a part of its own follows under a rule where the page has room."""
    pages = pages_of(rendered, release)
    empty = [
        f"p.{before.number} {share:.0%} empty, p.{page.number} opens with '{page.lines[0].text[:40]}'"
        for before, page in zip(pages[2:], pages[3:])
        if (share := (before.bottom - before.content_bottom()) / before.height) > NEAR_EMPTY
        # r54 (2020 #7): the annex's last page, the colophon opening the next page, may end short
        and not (page.lines and page.lines[0].text == ANNEX_END)
    ]
    assert not empty, "near-empty pages in the body: " + "; ".join(empty)


ANNEX_EMPTY = 0.3  # a page inside the technical annex, between its blocks, has at most this share empty


@pytest.mark.parametrize("release", RELEASES)
def test_the_annex_flows_between_its_blocks(rendered, release):
    """2020 (r24 #17): pp.15, 16 and 18 were a third empty, each annex block ('Bij hoofdstuk 2 …') opening a page with
    its heading, introduction and table; Tele-Onthaal (r24 #12): p.6 half empty before 'Controles van de gegevens'.
    Inside the annex (not on its last page before the colophon, which may open a page of its own) text flows on and a
    table breaks over pages, so no page there ends early."""
    pages = pages_of(rendered, release)
    annex = in_annex(pages)
    assert annex, "the technical annex is found"
    early = [
        f"p.{page.number} {share:.0%} empty, p.{after.number} opens with '{after.lines[0].text[:40]}'"
        for page, after in zip(pages[2:], pages[3:])
        if page.number in annex
        and after.number in annex
        and after.lines
        and after.lines[0].text != ANNEX_END
        and (share := (page.bottom - page.content_bottom()) / page.height) > ANNEX_EMPTY
    ]
    assert not early, "pages inside the annex that end early: " + "; ".join(early)


# A table's note, as quarto/sticky-headings.lua's is_note knows it: a first word of at most six characters ending in
# a colon ('x:', 'Noot:'); it goes with the table above it (r17 demo: the x note under Tabel 3, Figuur 2 overleaf).
NOTE = re.compile(r"^\S{1,5}: ")


def closing_paragraph(page) -> list[str]:
    """The lines of the paragraph of running text a page ends with, when it begins on that page: at least two lines,
    all but its last as wide as the text (within 80 %); none when a caption stands among the page's last lines (a
    chart or table ends the page)."""
    full = max((len(line.text) for line in page.lines), default=0)
    if len(page.lines) < 3 or any(CAPTION.match(line.text) for line in page.lines[-4:]):
        return []
    lines = [page.lines[-1].text]
    for line in reversed(page.lines[:-1]):
        if len(line.text) < 0.8 * full:
            break
        lines.insert(0, line.text)
    begins_here = len(lines) < len(page.lines)
    return lines if len(lines) >= 2 and begins_here else []


def ends_with_a_table(page, published) -> bool:
    """The page's last line is a row of a table whose header stands on the page (demo r19: the last rows of Tabel 3,
    as wide as the text, read as a closing paragraph)."""
    headers = [line for line in page.lines if any(t.is_header(line) for t in published)]
    return bool(headers) and table_bottom(page, headers[-1]) >= page.lines[-1].bottom


def chapter_opening(page, lines: list[str]) -> bool:
    """The paragraph is a chapter's whole opening, right under its heading, longer than a lead-in sentence and
    pointing at nothing: it ends the page, the chapter's first table or chart follows (r27 2021 #8,
    quarto/sticky-headings.lua)."""
    texts = [line.text for line in page.lines]
    above = len(texts) - len(lines) - 1
    return above >= 0 and opens_a_chapter(texts[above], " ".join(lines))


@pytest.mark.parametrize("release", RELEASES)
def test_no_short_paragraph_ends_a_page_with_its_chart_or_table_overleaf(rendered, release):
    """Demo (r15 #6): p.4 ended with 'Per dag schommelt het aantal sterk … de figuur laat daar een gat.' (105 words),
    Figuur 1 atop p.5; p.8 with the patience paragraph (116 words), Figuur 5 atop p.9. A paragraph right before a
    chart or table goes along with it when it is short (SHORT_LEAD_IN_WORDS, quarto/sticky-blocks.lua). r44 (2020 p.5
    40 % empty): a longer paragraph that does not announce what follows ('hieronder', a colon; test_page_flow) stays
    on its page and the float alone moves, so only the short ones are checked here."""
    pages = pages_of(rendered, release)
    published = tables(rendered[release])
    annex = in_annex(pages)  # there only a paragraph of at most ANNEX_LEAD_IN_WORDS goes along: the annex flows
    alone = [
        f"p.{page.number}: '{lines[-1][-50:]}' ({words} words), a chart or table atop p.{after.number}"
        for page, after in zip(pages[2:], pages[3:])
        if (after.starts_with_image() or (after.lines and CAPTION.match(after.lines[0].text)))
        and (lines := closing_paragraph(page))
        and not ends_with_a_table(page, published)
        and not NOTE.match(lines[0])  # a table's note ('x: niet gepubliceerd, …') ends with its table, not the next
        and not chapter_opening(page, lines)
        and not stays_loose(page, lines, after)  # r66 (r65 demo #3)
        and (words := len(" ".join(lines).split())) <= min(SHORT_LEAD_IN_WORDS, lead_in_words(page, annex))
    ]
    assert not alone, "short paragraphs at a page's foot, the chart or table they lead to overleaf: " + "; ".join(alone)


SHORT_LEAD_IN_WORDS = 45  # quarto/sticky-blocks.lua: a paragraph this short goes with the float after it (r44)
FIRST_WORDS = 60  # a chapter's first paragraph this short takes the next one's first lines along (sticky-headings.lua)
SPARE_PT = 36.0  # the space above a chapter's heading (2em) and some slack
PARAGRAPH_GAP_PT = 10.0  # lines of a paragraph stand closer (leading 0.7em) than paragraphs (1.2em apart)


def opening_height(page) -> float | None:
    """The height of the chapter heading that opens the page with its opening paragraph (and two lines of the next
    when that one is short), or None when the text before the chapter's first table or chart points at it or is a
    short lead-in (then it goes over with it, by rule)."""
    start = first_float(page) or page.bottom
    before = [line for line in page.lines if line.top < start]
    if any("hieronder" in line.text or line.text.endswith(":") for line in before):
        return None
    end = 1
    while end < len(before) - 1 and before[end + 1].top - before[end].bottom < PARAGRAPH_GAP_PT:
        end += 1  # the opening paragraph's lines: the next paragraph starts after a wider gap
    words = sum(len(line.words) for line in before[1 : end + 1])
    if end == len(before) - 1 and start < page.bottom and words <= ANNEX_LEAD_IN_WORDS:
        return None  # a short opening right above the table or chart is its lead-in: it goes over with it
    if words <= FIRST_WORDS:
        end = min(end + 2, len(before) - 1)
    return before[end].bottom - before[0].top


@pytest.mark.parametrize("release", RELEASES)
def test_a_chapter_begins_where_its_heading_and_opening_fit(rendered, release):
    """2021 (r27 #8): chapters 1 to 3 each opened a page, leaving p.5 about 45 % and pp.6 and 7 a third empty, because
    a chapter's heading, its opening and its first table went over together. A chapter whose heading and opening
    paragraph fit in the room the page before leaves begins there; its first table or chart follows overleaf."""
    pages = pages_of(rendered, release)
    moved = [
        f"p.{page.number}: '{page.lines[0].text}' ({need:.0f} pt) fits the {empty:.0f} pt left on p.{before.number}"
        for before, page in zip(pages[2:], pages[3:])
        if page.lines
        and re.match(r"^\d+ \S", page.lines[0].text)
        and any(name == re.sub(r"^[\d.]+\s+", "", page.lines[0].text) for name, _, _ in chapter_starts(pages))
        and (need := opening_height(page)) is not None
        and need + SPARE_PT < (empty := before.bottom - before.content_bottom())
    ]
    assert not moved, "chapters that open a page although their heading and opening fit on the page before: " + (
        "; ".join(moved)
    )
