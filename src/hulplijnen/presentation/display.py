"""What notebooks show: Markdown text, tables as clean Markdown, figures as PNG."""

from __future__ import annotations

import base64
import re

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, Markdown, display

from ..config.errors import BuildError
from . import escape, figures, figures_alt, figures_phone
from .captions import PHONE_METADATA, YEAR_METADATA

TOTAL = "Totaal"  # a table's grand total row, whatever its code calls it: named so and set in bold (r61)
BOLD_ROWS = "bold_rows"  # a table's attrs: the positions of the rows shown in bold (a subtotal)
# a table's attrs: row position -> the label of a figure or table of the report its first cell names, written as a
# cross-reference before the cell's text ('Figuur 1: contacten per werkdag'; r36, demo r35 #13)
CROSS_REFS = "cross_refs"
# a table's attrs: the positions of columns set left-aligned although they hold numbers (a row's label that is a
# number: Tabel 7's targets, '80 %', under a header of words; r56, r55 demo #7)
LEFT_COLUMNS = "left_columns"
PART = "hulplijnen/part"  # output metadata: the chapter's part an output belongs to (label, caption, hidden)
EMPTY = "hulplijnen/nothing-to-show"  # output metadata: the part shows nothing in this release (parts.split)


def _part(part: dict | None) -> dict:
    """Output metadata naming the chapter's part an output belongs to (parts.show; assembly splits by it)."""
    return {} if part is None else {PART: part}


def show_text(text: str, part: dict | None = None) -> None:
    """A chapter's text or one of its sections; a section empty for this release shows nothing."""
    if text.strip():
        display(Markdown(text), metadata=_part(part))


def show_nothing(part: dict) -> None:
    """A part with nothing to show in this release: an empty output that keeps its labelled cell (parts.split
    leaves the cell without output, as the chapter declares: facts.nothing_to_show)."""
    display(Markdown(""), metadata={PART: part, EMPTY: True})


def _year(year: int | None) -> dict:
    """Output metadata naming the year of the data shown (captions.name_data_years adds it to the caption)."""
    return {} if year is None else {YEAR_METADATA: int(year)}


def show_table(
    frame: pd.DataFrame | None, widths: tuple[int, ...] | None = None, year: int | None = None, part: dict | None = None
) -> None:
    """A clean markdown table in HTML and typst; cells are pre-formatted strings (no numparse).
    None (the chapter has nothing to show and its text says so in a sentence) shows nothing, caption
    included. An empty table is shown as one row saying so, never as a bare header. ``widths``
    (relative, one per column) make the table as wide as the text column with those column shares;
    long values wrap. ``year``: the year the data are from (named in the caption when it is not the report's)."""
    if frame is None:
        return
    if frame.empty:
        frame = pd.DataFrame([["geen"] + [""] * (len(frame.columns) - 1)], columns=frame.columns)
    safe = frame.map(escape.md_cell).rename(columns=escape.md_cell)  # labels from data and params: text, not markup
    safe = safe.map(keep_together).rename(columns=keep_together)  # r59 (r58 2021 #8)
    totals = [i for i, c in enumerate(safe.iloc[:, 0]) if str(c).lower() == TOTAL.lower()]
    for i in totals:  # r61 (r59 demo #6): every grand total row the same: 'Totaal', in bold (subtotals are bold too)
        safe.iloc[i, 0] = TOTAL
    for i in sorted({*frame.attrs.get(BOLD_ROWS, ()), *totals}):  # a subtotal set in bold, not added in (r30 2020 #15)
        safe.iloc[i] = [f"**{c}**" if c else c for c in safe.iloc[i]]
    for i, label in frame.attrs.get(CROSS_REFS, {}).items():  # a label of the code's own parts (presentation.parts)
        if not re.fullmatch(r"(fig|tbl)-[a-z0-9-]+", label):
            raise BuildError(f"cross-reference {label!r}: not a figure's or table's label")
        safe.iloc[i, 0] = f"@{label}: {safe.iloc[i, 0]}"
    left = frame.attrs.get(LEFT_COLUMNS, ())
    display(Markdown(markdown_table(safe, widths, left)), metadata={**_year(year), **_part(part)})


def keep_together(cell):
    """A cell's footnote mark and 'ongeveer' kept on the line of what they belong to: a no-break space before
    '¹' and after 'ongeveer' (r58 2021 #8: 'Vlaamse provinciehoofdsteden' and '¹' on lines of their own in HTML)."""
    if not isinstance(cell, str):
        return cell
    return re.sub(r"(ongeveer) (?=[−+-]?\d)", "\\1\u00a0", re.sub(r" (?=[¹²³⁴](\s|$))", "\u00a0", cell))


def markdown_table(frame: pd.DataFrame, widths: tuple[int, ...] | None = None, left=()) -> str:
    """A pipe table of cells already escaped (escape.md_cell). With ``widths``, the separator line holds
    dashes in those proportions and is longer than pandoc's line width, so pandoc (and Quarto's typst
    writer) gives the columns those relative widths. ``left``: positions of columns left-aligned whatever they hold."""
    if widths is None:
        align = ["right" if _numeric(frame[c]) and i not in left else "left" for i, c in enumerate(frame.columns)]
        return frame.to_markdown(index=False, disable_numparse=True, colalign=align)
    if len(widths) != len(frame.columns):
        raise ValueError(f"{len(widths)} widths for {len(frame.columns)} columns")
    scale = 160 / sum(widths)
    cells = [[str(c) for c in row] for row in frame.itertuples(index=False)]
    header = "| " + " | ".join(str(c) for c in frame.columns) + " |"
    rules = (_rule(round(w * scale), frame[c], i in left) for i, (w, c) in enumerate(zip(widths, frame.columns)))
    rule = "|" + "|".join(rules) + "|"
    return "\n".join([header, rule, *("| " + " | ".join(row) + " |" for row in cells)])


_NUMBER = r"(≈\s)?[−+-]?\d[\d.]*(,\d+)?(\s?%)?"  # \s: fmt writes a no-break space before %; ≈: an estimate
# a number may carry a short note in brackets ('377 (afgerond)') or a footnote marker ('94.509 ¹'): still a number
# '(leeg)': a blank cell of the source beside the value used (Tabel „Correcties op de bron”, r31 2020 #18); '–':
# none, as a table's note says ('–: geen gesprekken over corona', r36 TO #12); an estimate with its range in brackets
# ('≈ 13.600 (13.000 tot 14.200)', r37: r36 TO #11)
_RANGE = rf"\s\({_NUMBER}\stot\s{_NUMBER}\)"
_NUMERIC_CELL = rf"{_NUMBER}(\stot\s{_NUMBER})?({_RANGE})?(\s\([a-z ]+\))?(\s[¹²³])?|x|onbekend|\(leeg\)|–"


def _numeric(values: pd.Series) -> bool:
    """A column of numbers as the report writes them (Dutch thousands and decimals, signs, %, 'x tot y' ranges);
    empty cells do not count, and a column with no number is text."""
    cells = values.astype(str).str.strip().str.replace(r"^\*\*(.*)\*\*$", r"\1", regex=True)  # a row in bold
    cells = cells[cells != ""]
    return len(cells) > 0 and bool(cells.str.fullmatch(_NUMERIC_CELL).all())


def _rule(dashes: int, values: pd.Series, left: bool = False) -> str:
    """A column's separator: numbers right-aligned, text (and a column set ``left``) left-aligned."""
    return "-" * max(3, dashes - 1) + ":" if _numeric(values) and not left else ":" + "-" * max(3, dashes - 1)


XREF_SENTENCE = re.compile(r"\s*[^.]*@(?:tbl|fig)-[\w-]+[^.]*\.")


def show_figure(fig: plt.Figure | None, year: int | None = None, part: dict | None = None) -> None:
    """Display a figure as a PNG output (what Quarto embeds) and close it. None (a figure function
    had nothing to draw, e.g. no monthly series, or a series over the years of a single year) shows
    nothing, caption and alt text included: no empty or one-bar chart; the text or a table carries it.
    The output's metadata holds the alt text written from the chart's data and the values drawn
    (figures_alt), or why the chart could not be described: assembly then fails naming chapter and figure."""
    if fig is None:
        return
    title = part.get("caption") if part else None  # the alt text names the chart as its caption does
    # r44 (2020 #2): without a sentence that points to a table by cross-reference ('@tbl-…' is Quarto's, resolved in
    # the caption only: the alt text is read as it is)
    title = XREF_SENTENCE.sub("", title) if title else title
    meta = {**figures_alt.metadata(fig, title), **_year(year), **_part(part)}
    shown = figures.png_bytes(fig)  # the PDF's picture, saved before the phone version redraws the figure
    meta[PHONE_METADATA] = base64.b64encode(figures_phone.png_bytes(fig)).decode("ascii")
    display(Image(data=shown, format="png"), metadata=meta)
    plt.close(fig)
