"""r66 (r66 2020 #10): one house style for captions. The PDF centred a chart's caption under it while it set a
table's caption flush left; the HTML did the reverse (a table's caption centred above it). Every caption now stands
flush left with the text, in both formats."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from . import browse
from .layout import TOLERANCE_PT, text_margin_pt

pytestmark = pytest.mark.quarto
CAPTION = re.compile(r"(?:Tabel|Figuur)\xa0\d+:")

ALIGNED = """(() => Array.from(document.querySelectorAll('main figcaption.quarto-float-caption')).map(caption => {
  const box = caption.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(caption);
  const text = range.getClientRects()[0];
  return {text: caption.textContent.trim().slice(0, 40), gap: text ? text.left - box.left : 0,
          align: getComputedStyle(caption).textAlign};
}))()"""


def caption_starts(pdf) -> list[tuple[int, str, float]]:
    """(page, caption number, x of its first character) of every caption a line begins with, in the PDF."""
    import pdfplumber

    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            chars = page.chars
            text = "".join(c["text"] for c in chars)
            for match in CAPTION.finditer(text):
                first = chars[match.start()]
                before = chars[match.start() - 1] if match.start() else None
                if before is None or abs(before["top"] - first["top"]) > 2:  # the caption opens its line
                    found.append((number, match.group(0), first["x0"]))
    return found


@pytest.mark.parametrize("release", release_ids())
def test_every_pdf_caption_stands_flush_left(rendered, release):
    starts = caption_starts(rendered[release] / "report.pdf")
    assert any(label.startswith("Figuur") for _, label, _ in starts), "no chart caption found"
    margin = text_margin_pt()
    off = [(page, label, round(x, 1)) for page, label, x in starts if abs(x - margin) > TOLERANCE_PT]
    assert off == [], f"captions not at the left margin ({margin:.1f} pt)"


@pytest.mark.parametrize("release", release_ids())
def test_every_html_caption_stands_flush_left(browser, rendered, release):
    captions = browse.evaluate(browser, rendered[release] / "report.html", 1280, ALIGNED)[0]
    assert captions, "no caption in the HTML"
    off = [c for c in captions if c["align"] not in ("left", "start") or c["gap"] > 2]
    assert off == [], off[:5]
