"""What a reader sees on the PDF's pages, measured from the PDF itself (pdfplumber word and image
boxes): words printed over other words, words off the page, anything outside the text column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hulplijnen.config.paths import QUARTO_PROJECT

UNITS_PT = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
TOLERANCE_PT = 1.0  # rounding of glyph boxes; anything beyond is a real overrun
HANGING_PT = 2.6  # typst hangs punctuation and hyphens into the margin (up to a quarter em at 10.5 pt)


def margin_pt(axis: str) -> float:
    """The PDF's page margin as _quarto.yml sets it (format: typst: margin: x: or y:)."""
    value = str(yaml.safe_load(QUARTO_PROJECT.read_text(encoding="utf-8"))["format"]["typst"]["margin"][axis])
    number, unit = re.fullmatch(r"([\d.]+)\s*([a-z]+)", value).groups()
    return float(number) * UNITS_PT[unit]


def text_margin_pt() -> float:
    """The PDF's left and right margin."""
    return margin_pt("x")


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    def overlaps(self, other: Word) -> bool:
        """Two words overprint when their boxes share more than a sliver in both directions."""
        ix = min(self.x1, other.x1) - max(self.x0, other.x0)
        iy = min(self.bottom, other.bottom) - max(self.top, other.top)
        return ix > 0.5 and iy > 0.5 * min(self.bottom - self.top, other.bottom - other.top)

    def __str__(self) -> str:
        return f"p.{self.page} '{self.text}' at ({self.x0:.0f}, {self.top:.0f})"


@dataclass
class Layout:
    pages: int = 0
    images: int = 0
    overprints: list[tuple[Word, Word]] = field(default_factory=list)
    off_page: list[Word] = field(default_factory=list)
    outside_column: list[str] = field(default_factory=list)
    page_text: list[str] = field(default_factory=list)

    def overprinted_pages(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for a, _ in self.overprints:
            counts[a.page] = counts.get(a.page, 0) + 1
        return counts


def overprinted(words: list[Word]) -> list[tuple[Word, Word]]:
    """Every pair of overlapping words (sweep over x, so a dense page stays fast)."""
    ordered = sorted(words, key=lambda w: w.x0)
    pairs = []
    for i, word in enumerate(ordered):
        for other in ordered[i + 1 :]:
            if other.x0 >= word.x1:
                break
            if word.overlaps(other):
                pairs.append((word, other))
    return pairs


def measure(pdf: Path) -> Layout:
    import pdfplumber

    margin = text_margin_pt()
    layout = Layout()
    with pdfplumber.open(pdf) as document:
        layout.pages = len(document.pages)
        for number, page in enumerate(document.pages, start=1):
            raw = page.extract_words(use_text_flow=True, keep_blank_chars=False, x_tolerance=1.5)
            words = [Word(number, w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw]
            layout.page_text.append(page.extract_text() or "")
            layout.overprints += overprinted(words)
            layout.off_page += [
                w
                for w in words
                if w.x0 < -TOLERANCE_PT
                or w.top < -TOLERANCE_PT
                or w.x1 > page.width + TOLERANCE_PT
                or w.bottom > page.height + TOLERANCE_PT
            ]
            left, right = margin - HANGING_PT, page.width - margin + HANGING_PT
            layout.outside_column += [f"word {w}" for w in words if w.x0 < left or w.x1 > right]
            layout.outside_column += [
                f"p.{number} rule of a table or figure, {line['x0']:.0f}-{line['x1']:.0f} pt"
                for line in page.lines + page.rects
                if line["x0"] < left or line["x1"] > right
            ]
            layout.outside_column += [
                f"p.{number} image at {image['x0']:.0f}-{image['x1']:.0f} pt"
                for image in page.images
                if image["x0"] < left or image["x1"] > right
            ]
            layout.images += len(page.images)
    return layout


_measured: dict[str, Layout] = {}


def layout(rendered, release: str) -> Layout:
    """A release's PDF measured once per test session (several test modules read the same layout)."""
    if release not in _measured:
        _measured[release] = measure(rendered[release] / "report.pdf")
    return _measured[release]


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def header_name(params) -> str:
    """The report's name in the PDF's running header: a synthetic report's header_title under its banner (r35 demo #2),
    else the title."""
    return params.header_title if params.is_synthetic and params.header_title else params.title
