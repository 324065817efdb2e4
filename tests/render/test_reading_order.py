"""Text next to its chart, as a reader meets it (issue 23): in the rendered HTML and PDF of every release, each
section of a chapter's text stands after the chart shown before it and right before the chart it discusses, with
no other chart in between. The order comes from the executed notebooks (what the report embeds, cell by cell);
tests/contract/test_text_beside_charts.py checks the notebooks and templates themselves."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from hulplijnen.config.params import release_ids

from . import pages

LABEL = re.compile(r"^#\| label: ((?:fig|tbl)-[\w-]+)\s*$", re.M)
CAPTION = re.compile(r'^#\| (?:fig|tbl)-cap: "(.*)"\s*$', re.M)
HIDDEN = re.compile(r"^#\| include: false\s*$", re.M)
SNIPPET = 60  # letters and digits of a section's opening that find it in the page
CAPTION_SNIPPET = 40


def squeezed(text: str) -> str:
    """Letters and digits only, lower case: immune to line breaks, hyphenation, non-breaking spaces, quotes, markup."""
    return "".join(c for c in text.lower() if c.isalnum())


@dataclass(frozen=True)
class Beside:
    chapter: str
    text: str  # the section's text as the notebook shows it (Markdown)
    chart: str  # the label of the chart right after it
    caption: str
    before: tuple[str, str] | None  # (label, caption) of the chart shown right before it in the same chapter


def sections_beside_charts(out: Path) -> list[Beside]:
    """Each section of text that the release shows with a chart after it, with that chart and the one before."""
    found = []
    for nb_path in sorted((out / "notebooks").glob("*.ipynb")):
        shown: list[tuple[str, str, str]] = []  # ("text", markdown, "") or ("chart", label, caption)
        for cell in nbformat.read(nb_path, as_version=4).cells:
            if cell.cell_type != "code" or HIDDEN.search(cell.source) or not cell.get("outputs"):
                continue
            label = LABEL.search(cell.source)
            if label:
                shown.append(("chart", label.group(1), CAPTION.search(cell.source).group(1)))
            else:  # a cell of the chapter's text (assembly splits chapter.show() into one cell per part)
                markdown = [o["data"]["text/markdown"] for o in cell.outputs if "text/markdown" in o.get("data", {})]
                shown += [("text", m, "") for m in markdown if m.strip()]
        for i, (kind, value, _) in enumerate(shown):
            if kind != "text" or i + 1 >= len(shown) or shown[i + 1][0] != "chart":
                continue
            before = shown[i - 1] if i and shown[i - 1][0] == "chart" else None
            found.append(
                Beside(nb_path.stem, value, shown[i + 1][1], shown[i + 1][2], before and (before[1], before[2]))
            )
    return found


def opening(markdown: str) -> str:
    """The opening of a section, up to its first cross-reference (which the page shows as 'Figuur 1')."""
    before_ref = re.split(r"@(?:fig|tbl)-", markdown, maxsplit=1)[0]
    return squeezed(html.unescape(before_ref.replace("\\", "")))[:SNIPPET]


def html_positions(page: str) -> tuple[str, dict[str, int]]:
    """The HTML page as squeezed text with each chart's place marked: (text, label -> position of its mark)."""
    marked = re.sub(r'\bid="((?:fig|tbl)-(?:(?!-caption-)[\w-])+)"', lambda m: f">@@{squeezed(m.group(1))}@@<", page)
    plain = html.unescape(re.sub(r"<[^>]*>", " ", marked))
    text = "".join(c for c in plain.lower() if c.isalnum() or c == "@")
    return text, {m.group(1): m.start() for m in re.finditer(r"@@([a-z0-9]+)@@", text)}


def check_html(page: str, found: list[Beside]) -> list[str]:
    text, marks = html_positions(page)
    order = sorted(marks, key=marks.get)
    problems = []
    for b in found:
        chart = squeezed(b.chart)
        if chart not in marks:
            problems.append(f"{b.chapter}: {b.chart} is not in report.html")
            continue
        low = marks[squeezed(b.before[0])] if b.before else 0
        at = text.rfind(opening(b.text), low, marks[chart])
        if at < 0:
            problems.append(f"{b.chapter}: the text before {b.chart} is not between {b.before or 'the start'} and it")
        elif b.before and order.index(chart) != order.index(squeezed(b.before[0])) + 1:
            problems.append(f"{b.chapter}: another chart stands between {b.before[0]} and {b.chart}")
    return problems


PAGE_BREAK = "zzpaginazz"  # between two pages' text: letters, so squeezed() keeps it


def caption_position(text: str, caption: str, start: int = 0) -> int:
    """Where the caption 'Figuur n: …' or 'Tabel n: …' stands in the squeezed PDF text (-1: not found)."""
    found = re.compile(r"(?:figuur|tabel)\d+" + re.escape(squeezed(caption)[:CAPTION_SNIPPET])).search(text, start)
    return found.start() if found else -1


def pdf_text(pdf: Path) -> str:
    """The text of the PDF's pages in reading order, without running headers and footers."""
    return f" {PAGE_BREAK} ".join(" ".join(line.text for line in page.lines) for page in pages.read(pdf))


def check_pdf(page_text: str, found: list[Beside]) -> list[str]:
    text = squeezed(page_text)
    problems = []
    for b in found:
        low = caption_position(text, b.before[1]) if b.before else 0
        chart = caption_position(text, b.caption, max(low, 0) + 1)
        if low < 0 or chart < 0:
            problems.append(f"{b.chapter}: the caption of {b.chart if chart < 0 else b.before[0]} is not in the PDF")
            continue
        # r66 (r65 demo #2): a chart that did not fit floats to the top of the next page and the text after it fills
        # the page before: that text then stands before the chart it follows in the source, still before its own
        # (the chart's caption then stands on the next page: a page break lies between the text and it)
        at = text.rfind(opening(b.text), 0, low) if b.before is not None and b.before[0].startswith("fig-") else -1
        floated = at >= 0 and PAGE_BREAK in text[at:low]
        if text.rfind(opening(b.text), low, chart) < 0 and not floated:
            problems.append(f"{b.chapter}: the text before {b.chart} does not stand between its charts in the PDF")
    return problems


@pytest.mark.quarto
@pytest.mark.e2e
@pytest.mark.parametrize("release", release_ids())
def test_each_section_reads_right_before_its_chart_in_html_and_pdf(rendered, release):
    out = rendered[release]
    found = sections_beside_charts(out)
    assert found, f"{release}: no section of text is followed by a chart"
    problems = check_html((out / "report.html").read_text(encoding="utf-8"), found) + check_pdf(
        pdf_text(out / "report.pdf"), found
    )
    assert not problems, "\n".join(problems)


def test_the_html_check_finds_text_that_is_not_right_before_its_chart():
    page = (
        '<p>Eerst <strong>de</strong> tekst.</p><div id="fig-a">A</div><p>Dan&nbsp;meer tekst.</p>'
        '<div id="tbl-b"><span id="tbl-b-caption-0ce">B</span></div><div id="fig-c">C</div>'
    )
    assert check_html(page, [Beside("x", "Dan **meer** tekst.", "tbl-b", "B", ("fig-a", "A"))]) == []
    assert check_html(page, [Beside("x", "Eerst de tekst.", "fig-a", "A", None)]) == []
    # a cross-reference in the opening reads 'Figuur 1' on the page: the opening is what stands before it
    assert check_html(page, [Beside("x", "Eerst **de** tekst (@fig-a).", "fig-a", "A", None)]) == []
    assert "is not between" in check_html(page, [Beside("x", "Eerst de tekst.", "tbl-b", "B", ("fig-a", "A"))])[0]
    assert "is not between" in check_html(page, [Beside("x", "Dan meer tekst.", "fig-c", "C", ("tbl-b", "B"))])[0]
    assert "another chart" in check_html(page, [Beside("x", "Dan meer tekst.", "fig-c", "C", ("fig-a", "A"))])[0]


def test_the_pdf_check_finds_text_that_is_not_right_before_its_chart():
    text = "Eerst de tekst. Figuur 1: Een figuur A Dan meer-\ntekst. Tabel 1: De tabel B"
    assert check_pdf(text, [Beside("x", "Dan meer tekst.", "tbl-b", "De tabel B", ("fig-a", "Een figuur A"))]) == []
    wrong = Beside("x", "Eerst de tekst.", "tbl-b", "De tabel B", ("fig-a", "Een figuur A"))
    assert "does not stand between" in check_pdf(text, [wrong])[0]
    # r66 (r65 demo #2): a chart floated to the next page's top, the text after it filling the page before it
    floated = f"Eerst. Dan meer tekst. {PAGE_BREAK} Figuur 1: Een figuur A Tabel 1: De tabel B"
    assert check_pdf(floated, [Beside("x", "Dan meer tekst.", "tbl-b", "De tabel B", ("fig-a", "Een figuur A"))]) == []
    assert "not in the PDF" in check_pdf(text, [Beside("x", "Eerst", "fig-c", "Andere", None)])[0]
