"""What a chapter shows, declared in its folder: its text sections, tables and figures in reading order.

A chapter lists its parts (``SHOWN`` in ``chapters/<name>/__init__.py``): ``Text("section")`` for a section of its
template, ``Table(label, caption, key)`` for a table of its build, and the figures its ``charts.py`` declares beside
the chart functions (``Figure(label, caption, draw)``: the label Quarto cross-references, the block of the chapter's
``captions.md`` that words the caption it prints, and what to draw from the chapter's data). Its notebook shows them
all in one cell (``show(chapter)``): each output carries its part's label and caption in its metadata. Assembly then
splits that cell of the staged notebook, the one Quarto embeds, into a cell per part (``split``), each figure and
table in a cell of its own with ``#| label:`` and its caption, exactly as if the notebook had been written cell by
cell: cross-references, captions and alt text work in HTML and PDF alike. A chart's caption or a new chart of a
chapter is then an edit of its folder only."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import nbfile
from ..config.errors import BuildError
from . import caption_text, display
from .display import EMPTY, PART

# A table in the PDF: the text width in ems of a table's text (A4 with 2.2 cm margins, 0.9 × 9.5 pt), a wide
# character of DejaVu Sans in ems (on average, a little over), and a cell's inset left and right.
LINE_EMS = 55
CHAR_EMS = 0.6
INSET_EMS = 1.2
WHOLE_CHARS = 20  # a cell this short is never wrapped where the columns have room


def fit_words(widths: tuple[int, ...], frame) -> tuple[int, ...]:
    """The relative column widths, with each column at least as wide as its longest word (header included): the
    PDF never breaks a word, so a narrower column broke "Tele-Onthaal" over two lines (2021 annex table, r14). A
    column of short cells only (at most ``WHOLE_CHARS`` characters: "+13,9 % t.o.v. 2019", the header "Gepubliceerd
    als") keeps its cells on one line where the room allows, the column needing least extra room first (they wrapped
    as "+13,9 % t.o.v. / 2019" and "Gepubliceerd / als", Tele-Onthaal r14 #9, 2021 r14 #16). The room a column
    gets is taken from the others in proportion; widths that cannot all fit are left as they are."""
    if len(widths) != len(frame.columns):
        return widths
    cells = [[str(column), *frame[column].astype(str)] for column in frame.columns]
    chars = [max((len(w) for cell in column for w in cell.split(" ")), default=0) for column in cells]
    least = [(n * CHAR_EMS + INSET_EMS) / LINE_EMS for n in chars]
    if sum(least) >= 1:
        return widths
    # the columns of short cells only, their cells kept whole where the room allows, the one needing least first
    whole = [(max(len(c) for c in column) * CHAR_EMS + INSET_EMS) / LINE_EMS for column in cells]
    # a column empty on most rows is not kept whole for its few cells: it took the room of the year's column, whose
    # cells then wrapped over five or six lines (r28 2021 #7, the annex table of every published key figure)
    filled = [sum(c.strip() != "" for c in column[1:]) for column in cells]
    short = [
        i
        for i, column in enumerate(cells)
        if all(len(c) <= WHOLE_CHARS for c in column) and 2 * filled[i] >= len(column) - 1
    ]
    for i in sorted(short, key=lambda i: whole[i] - least[i]):
        if sum(least) - least[i] + whole[i] < 1:
            least[i] = max(least[i], whole[i])
    return _widen(widths, least)


def _widen(widths: tuple[int, ...], least: list[float]) -> tuple[int, ...]:
    """The widths with each column at least its share ``least``, the rest shared in proportion to ``widths``."""
    shares = [w / sum(widths) for w in widths]
    fixed: set[int] = set()
    while under := [i for i, s in enumerate(shares) if i not in fixed and s < least[i] - 1e-9]:
        fixed |= set(under)
        free = 1 - sum(least[i] for i in fixed)
        rest = sum(widths[i] for i in range(len(widths)) if i not in fixed)
        shares = [least[i] if i in fixed else free * widths[i] / rest for i in range(len(widths))]
    return tuple(max(1, round(s * 1000)) for s in shares)


@dataclass(frozen=True)
class Text:
    """A section of the chapter's template (``{% block <section> %}``), shown before the charts it discusses."""

    section: str


@dataclass(frozen=True)
class Table:
    """A table of the chapter's build (``chapter.tables[key]``), its ``caption`` the block of the chapter's caption
    template (``captions.md``, presentation.caption_text) that words it, after the section ``lead`` where it has one
    (in the table's own cell). ``annex``: shown only in the technical annex (label ``tbl-appendix-…``, the cell
    hidden from the chapter); an annex table without ``key`` is a check told in words, its ``lead`` only."""

    label: str
    caption: str
    key: str | None = None
    widths: tuple[int, ...] | Callable[[object], tuple[int, ...]] | None = None  # or from the table's columns
    lead: str | None = None
    year: str | None = None  # the key of chapter.data holding the year the table's data are from, when not the report's
    absent: str | None = None  # the section that tells the reader why the table shows nothing (see Figure)

    @property
    def annex(self) -> bool:
        return self.label.startswith("tbl-appendix-")


@dataclass(frozen=True)
class Figure:
    """A chart: ``caption`` names the block of the chapter's caption template (``captions.md``) that words it,
    filled from the chapter's data (presentation.caption_text); ``draw(chapter.data)`` returns the matplotlib figure
    or None (nothing to draw in this release; the chapter then declares why, facts.nothing_to_show). ``year``: the
    key of chapter.data holding the year the chart's data are from, when it may not be the report's (the caption
    then names it). ``absent``: where a reader needs to know why the chart is missing in a release, the section of
    the chapter's template that says so in a plain Dutch sentence; it is shown in the chart's place exactly when the
    chart shows nothing (facts.nothing_to_show declares it; the section must then say something)."""

    label: str
    caption: str
    draw: Callable[[dict], object]
    year: str | None = None
    absent: str | None = None
    narrow: bool = False  # drawn narrower than the text (a few bars): on a phone it fits the screen, no sideways scroll


Part = Text | Table | Figure


def check(parts: tuple[Part, ...]) -> None:
    """A chapter's parts: labels of the right kind, each once."""
    labels = [p.label for p in parts if not isinstance(p, Text)]
    for part in parts:
        prefix = "fig-" if isinstance(part, Figure) else "tbl-" if isinstance(part, Table) else None
        if prefix and not part.label.startswith(prefix):
            raise BuildError(f"part {part.label!r}: a {type(part).__name__.lower()}'s label starts with {prefix!r}")
        if prefix and not part.caption.strip():
            raise BuildError(f"part {part.label!r} has no caption")
    doubled = sorted({x for x in labels if labels.count(x) > 1})
    if doubled:
        raise BuildError(f"the chapter's parts name {', '.join(doubled)} more than once")


def show(chapter) -> None:
    """Show every part of a built chapter in its order (one notebook cell; assembly splits it by part)."""
    check(chapter.parts)
    shows = any(not isinstance(p, Text) for p in chapter.parts)
    captions = caption_text.render(chapter.captions, chapter.data) if shows and chapter.captions else None
    for part in chapter.parts:
        if isinstance(part, Text):
            texts = chapter.section(part.section)
            for text in (texts,) if isinstance(texts, str) else texts:  # a section of several texts: each on its own
                display.show_text(text)
            continue
        caption = captions.plain.get(part.caption) if captions else None
        if caption is None:
            raise BuildError(f"{part.label}: its caption {part.caption!r} is no block of {chapter.captions or 'none'}")
        # words from the chapter's data: plain in the alt text and metadata, escaped in the cell option
        meta = {"label": part.label, "caption": caption, "hidden": isinstance(part, Table) and part.annex}
        meta |= {"option": captions.option[part.caption]} if captions.option[part.caption] != caption else {}
        year = chapter.data.get(part.year) if part.year else None
        if isinstance(part, Figure):
            meta |= {"narrow": True} if part.narrow else {}
            figure = part.draw(chapter.data)
            display.show_figure(figure, year=year, part=meta)
            shown = figure is not None
        else:
            lead = chapter.section(part.lead) if part.lead is not None else ""
            frame = chapter.tables[part.key] if part.key is not None else None
            display.show_text(lead, part=meta)
            widths = part.widths(frame) if callable(part.widths) and frame is not None else part.widths
            widths = fit_words(widths, frame) if widths is not None and frame is not None else widths
            display.show_table(frame, widths, year=year, part=meta)
            shown = bool(lead.strip()) or frame is not None
        if not shown:
            display.show_nothing(meta)
            _why(chapter, part)


def _why(chapter, part: Table | Figure) -> None:
    """The sentence of the chapter's template that tells the reader why ``part`` shows nothing, where it has one."""
    if part.absent is None:
        return
    sentence = chapter.section(part.absent)
    if not sentence.strip():
        raise BuildError(f"{part.label} shows nothing and its section {part.absent!r} does not tell the reader why")
    display.show_text(sentence)


def _group(outputs: list[dict]) -> list[tuple[dict | None, list[dict]]]:
    """Consecutive outputs of one part (or of no part: text) together, in order."""
    groups: list[tuple[dict | None, list[dict]]] = []
    for output in outputs:
        part = output.get("metadata", {}).get(PART)
        if groups and groups[-1][0] == part and part is not None:
            groups[-1][1].append(output)
        elif groups and part is None and groups[-1][0] is None:
            groups[-1][1].append(output)
        else:
            groups.append((part, [output]))
    return groups


def options(part: dict) -> str:
    """The cell options Quarto reads for a part: its label, its caption (a YAML string), hidden where it is."""
    kind = part["label"].split("-", 1)[0]
    caption = part.get("option", part["caption"])  # a caption with words from data carries them escaped
    lines = [f"#| label: {part['label']}", f"#| {kind}-cap: {json.dumps(caption, ensure_ascii=False)}"]
    lines += ["#| classes: narrow-chart"] if part.get("narrow") else []
    return "\n".join(lines + (["#| include: false"] if part.get("hidden") else [])) + "\n"


def split_cells(cells: list) -> tuple[list, bool]:
    """Every cell whose outputs belong to parts becomes a cell per part (and per run of text between them)."""
    import nbformat

    result, changed = [], False
    for cell in cells:
        outputs = cell.get("outputs", []) if cell.cell_type == "code" else []
        if not any(PART in o.get("metadata", {}) for o in outputs):
            result.append(cell)
            continue
        changed = True
        for i, (part, group) in enumerate(_group(outputs)):
            shown = [o for o in group if not o.get("metadata", {}).get(EMPTY)]
            new = nbformat.v4.new_code_cell((options(part) if part else "") + cell.source, outputs=shown)
            new.metadata = {k: v for k, v in cell.metadata.items() if k != "tags"}
            new.execution_count = cell.execution_count
            new.id = f"{cell.get('id', 'cell')}-{i}"
            result.append(new)
    return result, changed


def split(staging: Path, names: list[str]) -> None:
    """Each staged notebook's cells showing a chapter's parts become a cell per part (before anything reads labels)."""
    for name in names:
        path = staging / "notebooks" / f"{name}.ipynb"
        node = nbfile.read(path, own=True)
        node.cells, changed = split_cells(node.cells)
        if changed:
            nbfile.write(node, path)
