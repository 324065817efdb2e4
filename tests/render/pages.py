"""The flow of a PDF's pages as a reader sees it, read from the PDF (pdfplumber text lines and image boxes):
where the text area of each page begins and ends, which lines and images are on it, and where a table
(known by its header row from the release's tables/<label>.md) starts, continues or ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from .layout import margin_pt

ROW_GAP_PT = 14.0  # a new table row starts lower than the next line of a wrapped cell (measured: 16 against 12 pt)
INSET_PT = 2.0  # a table row's first word stands where the header's first word stands (cell inset), within this
SLACK_PT = 6.0  # a line's box reaches a little above the text area (its ascent); header and footer stand far out
CAPTION = re.compile(r"^(Tabel|Figuur) \d+:")
CONTENTS_ENTRY = re.compile(r"^(?P<heading>.*?)\s*\.{3,}\s*(?P<page>\d+)$")


@dataclass(frozen=True)
class Line:
    top: float
    bottom: float
    x0: float
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass(frozen=True)
class Page:
    number: int
    top: float  # the text area, between the running header and the footer
    bottom: float
    lines: list[Line]  # in the text area, top to bottom
    images: list[tuple[float, float]]  # top and bottom of each image in the text area

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def content_bottom(self) -> float:
        """The lowest text line or image on the page (the page's top when it is empty)."""
        return max([line.bottom for line in self.lines] + [bottom for _, bottom in self.images] + [self.top])

    def starts_with_image(self) -> bool:
        first_line = self.lines[0].top if self.lines else self.bottom
        return any(top < first_line for top, _ in self.images)


def read(pdf: Path) -> list[Page]:
    import pdfplumber

    margin = margin_pt("y")
    pages = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            top, bottom = margin, page.height - margin
            lines = [
                Line(raw["top"], raw["bottom"], raw["x0"], raw["text"])
                for raw in page.extract_text_lines()
                if raw["top"] >= top - SLACK_PT and raw["bottom"] <= bottom + SLACK_PT
            ]
            images = [
                (i["top"], i["bottom"])
                for i in page.images
                if i["top"] >= top - SLACK_PT and i["bottom"] <= bottom + SLACK_PT
            ]
            pages.append(Page(number, top, bottom, sorted(lines, key=lambda line: line.top), images))
    return pages


def cells(markdown_row: str) -> list[str]:
    return [c.strip().replace("\\", "") for c in re.split(r"(?<!\\)\|", markdown_row.strip())[1:-1]]


@dataclass(frozen=True)
class Table:
    label: str
    header: list[str]  # the header row's words
    rows: int  # body rows

    def is_header(self, line: Line) -> bool:
        """The line is this table's header row, or its first line when a header cell wraps."""
        words = line.words
        return len(words) >= min(2, len(self.header)) and words[0] == self.header[0] and set(words) <= set(self.header)


def tables(output: Path) -> list[Table]:
    """Every table the release published (tables/<label>.md: a header row, a rule, the body rows)."""
    found = []
    for path in sorted((output / "tables").glob("*.md")):
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
        if len(rows) >= 2:
            found.append(Table(path.stem, " ".join(cells(rows[0])).split(), len(rows) - 2))
    return found


def rows_after(page: Page, header: Line) -> int:
    """The table rows below a header line on its page: lines that start lower than a wrapped cell's next line, up
    to the first line left of the table, a caption or the page's end."""
    count, previous = 0, header.top
    for line in [line for line in page.lines if line.top > header.top]:
        if line.x0 < header.x0 - INSET_PT or CAPTION.match(line.text):
            break
        # a row starts lower than a wrapped cell's next line; its first word stands in the first column, or further
        # right when its first cell is empty (the annex's key figures name a helpline on its group's first row only)
        if line.x0 >= header.x0 - INSET_PT and line.top - previous >= ROW_GAP_PT:
            count += 1
        previous = line.top
    return count


def table_bottom(page: Page, header: Line) -> float:
    """The bottom of a table's last line below a header line on its page (the same edge rules as rows_after)."""
    bottom = header.bottom
    for line in [line for line in page.lines if line.top > header.top]:
        if line.x0 < header.x0 - INSET_PT or CAPTION.match(line.text):
            break
        bottom = line.bottom
    return bottom


MARK = re.compile(r"^(Tabel|Figuur) \d+ \(vervolg\)$")  # r37 (TO r36 #14): a table's number over its repeated header


def continued(pages: list[Page], table_list: list[Table]) -> list[tuple[Page, Table]]:
    """Every page that begins with a table's repeated header: the table went on from the page before. r37 (TO r36
    #14): above that header stands the table's number and "(vervolg)"; the page as returned begins with the header
    (that line left out), as the checks of a table's rows read it."""
    found = []
    for page in pages:
        marked = bool(page.lines) and MARK.match(page.lines[0].text) is not None
        lines = page.lines[1:] if marked else page.lines
        for table in table_list:
            if lines and table.is_header(lines[0]) and not CAPTION.match(lines[0].text):
                found.append((replace(page, lines=lines), table))
    return found


def headings(pages: list[Page]) -> list[str]:
    """The headings as the table of contents lists them (its own page, the second)."""
    return [m.group("heading") for line in pages[1].lines if (m := CONTENTS_ENTRY.match(line.text))]


HALF = 0.5  # a part of its own opens a page only after a page more than this share full


def part_placement(pages: list[Page], title: str) -> str | None:
    """What is wrong with where the part titled ``title`` begins, or None: it opens a page (under its own running
    header, checked apart) after a page more than HALF full, or it follows on a page whose text above it ends in the
    page's top half (a rule between, the template's part-break)."""
    found = [page for page in pages[2:] if any(line.text == title for line in page.lines)]
    if not found:
        return f"no '{title}' heading found"
    page = found[-1]
    at = next(i for i, line in enumerate(page.lines) if line.text == title)
    if at == 0:
        before = pages[page.number - 2]
        fill = (before.content_bottom() - before.top) / before.height
        return None if fill > HALF else f"'{title}' opens p.{page.number}, p.{before.number} only {fill:.0%} full"
    above = (page.lines[at - 1].bottom - page.top) / page.height
    return None if above <= HALF else f"'{title}' follows on p.{page.number} under text reaching {above:.0%} down"


def opens_its_page(pages: list[Page], title: str) -> str | None:
    """What is wrong with where the part titled ``title`` begins, or None: its heading is the first line of its page
    (r54 2020 #7: the colophon)."""
    found = [page for page in pages[2:] if any(line.text == title for line in page.lines)]
    if not found:
        return f"no '{title}' heading found"
    page = found[-1]
    first = page.lines[0].text
    return None if first == title else f"'{title}' follows on p.{page.number} under '{first[:40]}'"


ANNEX = "Technische bijlage"
ANNEX_END = "Colofon"


def in_annex(pages: list[Page]) -> set[int]:
    """The numbers of the pages of the technical annex: from the page its heading stands on to the last page before
    the colophon's heading (the colophon's own page when it follows the annex on it). There the blocks flow: a heading
    and its introduction may end a page with their table at the top of the next (quarto/sticky-headings.lua, r24 2020
    #17, Tele-Onthaal #12)."""
    starts = [page.number for page in pages[2:] if any(line.text == ANNEX for line in page.lines)]
    ends = [page.number for page in pages[2:] if any(line.text == ANNEX_END for line in page.lines)]
    if not starts:
        return set()
    return set(range(starts[-1], (ends[-1] if ends else pages[-1].number) + 1))
