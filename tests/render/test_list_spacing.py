"""A list in the PDF is set ragged right, not justified: demo (r13 #17) found the summary's bold key messages
stretched by justification ("Om  80  %  van  de  oproepen …"), with visibly wide gaps between the words. Every line of
a bullet item keeps the font's own word space."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
# An item starts with a marker: a bullet at any level (typst: • then ‣ then –) or an enum number ("2." or "2)").
# The gap after the marker is the list's own indent, not a stretched word space: the text starts after it (2020 and
# 2021 r14 read the nested measures' "‣  Na de eerste lockdown" as stretched).
MARKER = re.compile(r"[•‣–]|\d+[.)]")
MAX_GAP_EM = 0.45  # DejaVu Sans' word space is 0.32 em; justification stretches it well beyond
WORD_X_TOLERANCE = 1.5  # pt: letters closer than this are one word (a word space is about 3 pt)


def lines_of(page) -> list[list[dict]]:
    """The page's words, line by line (top to bottom), each line left to right."""
    rows: dict[int, list[dict]] = {}
    for word in page.extract_words(x_tolerance=WORD_X_TOLERANCE, keep_blank_chars=False, extra_attrs=["size"]):
        rows.setdefault(round(word["bottom"]), []).append(word)
    return [sorted(words, key=lambda w: w["x0"]) for _, words in sorted(rows.items())]


def item_lines(lines: list[list[dict]]) -> list[list[dict]]:
    """The lines of bullet items: a line that starts with a bullet, and the lines under it that start where the
    item's text starts."""
    found, indent = [], None
    for line in lines:
        if MARKER.fullmatch(line[0]["text"]) and len(line) > 1:
            indent = line[1]["x0"]
            found.append(line[1:])
        elif indent is not None and abs(line[0]["x0"] - indent) < 1:
            found.append(line)
        else:
            indent = None
    return found


def stretched(pdf) -> list[str]:
    import pdfplumber

    wide = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            for line in item_lines(lines_of(page)):
                for left, right in zip(line, line[1:]):
                    if right["x0"] - left["x1"] > MAX_GAP_EM * left["size"]:
                        text = " ".join(w["text"] for w in line)[:60]
                        wide.append(f"p.{number}: '{left['text']} {right['text']}' in '{text}'")
                        break
    return wide


@pytest.mark.parametrize("release", RELEASES)
def test_no_list_item_is_stretched_by_justification(rendered, release):
    wide = stretched(rendered[release] / "report.pdf")
    assert not wide, "list lines with wide word gaps (justified): " + "; ".join(wide[:8])


def test_the_check_sees_bullet_items(rendered):
    """Not vacuous: the releases' summaries have bullet items of more than one line."""
    import pdfplumber

    with pdfplumber.open(rendered[RELEASES[0]] / "report.pdf") as document:
        assert len(item_lines(lines_of(document.pages[2]))) >= 4
