"""A list in the PDF is set ragged right, not justified: demo (r13 #17) found the summary's bold key messages
stretched by justification ("Om  80  %  van  de  oproepen …"), with visibly wide gaps between the words. Every line of
a bullet item keeps the font's own word space. Body text too: justified without hyphenation, Dutch compounds
opened gaps of two words' width (r17: "registreerde  de  hulplijn"), so every paragraph is set ragged right."""

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


def justified_lines(lines: list[list[dict]]) -> list[list[dict]]:
    """Lines whose word gaps are all equal and wider than a word space: what justification does to a line (a table
    row's gaps between its cells differ from one another)."""
    found = []
    for line in lines:
        if len(line) < 5:
            continue
        gaps = [right["x0"] - left["x1"] for left, right in zip(line, line[1:])]
        if max(gaps) - min(gaps) < 0.3 and min(gaps) > MAX_GAP_EM * line[0]["size"]:
            found.append(line)
    return found


def stretched_body(pdf) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [
            f"p.{number}: '{' '.join(w['text'] for w in line)[:60]}'"
            for number, page in enumerate(document.pages, start=1)
            for line in justified_lines(lines_of(page))
        ]


def test_the_body_check_sees_a_justified_line():
    """Not vacuous: five words with equal gaps of 6 pt at 10 pt are a stretched line; unequal gaps (a table row) or
    the font's own 3 pt word space are not."""

    def line(gaps):
        words, x = [], 0.0
        for gap in [0.0, *gaps]:
            x += gap
            words.append({"text": "woord", "x0": x, "x1": x + 20, "size": 10.0})
            x += 20
        return words

    assert justified_lines([line([6.0, 6.0, 6.1, 6.0])])
    assert not justified_lines([line([3.0, 3.0, 3.1, 3.0]), line([6.0, 30.0, 6.0, 12.0])])


@pytest.mark.parametrize("release", RELEASES)
def test_no_body_line_is_stretched_by_justification(rendered, release):
    wide = stretched_body(rendered[release] / "report.pdf")
    assert not wide, "justified lines with wide word gaps: " + "; ".join(wide[:8])


TABLE_GAP_EM = 2.0  # r33 (demo r32 #4): a gap this wide is between a table's cells, not a stretched word space


def table_row(line: list[dict]) -> bool:
    """A table row whose label opens with a dash ('– slachtoffer zelf   2.854', the demo's table per contact person):
    one gap between its cells far wider than the others, where justification widens every gap of a line alike."""
    gaps = sorted(right["x0"] - left["x1"] for left, right in zip(line, line[1:]))
    size = line[0]["size"]
    return bool(gaps) and gaps[-1] > TABLE_GAP_EM * size and (len(gaps) == 1 or gaps[-2] <= MAX_GAP_EM * size)


def test_a_table_row_is_not_a_stretched_item():
    """Not vacuous: a dash-led row with one wide cell gap is a table row; an item with every gap wide is not."""

    def words(gaps):
        out, x = [], 0.0
        for gap in [0.0, *gaps]:
            x += gap
            out.append({"text": "woord", "x0": x, "x1": x + 20, "size": 10.0})
            x += 20
        return out

    assert table_row(words([3.0, 3.0, 120.0])) and table_row(words([150.0]))
    assert not table_row(words([6.0, 6.0, 6.0])) and not table_row(words([6.0, 6.0, 120.0]))


def stretched(pdf) -> list[str]:
    import pdfplumber

    wide = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            for line in item_lines(lines_of(page)):
                if table_row(line):
                    continue
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
