"""Alt text of every chart, written from the data it draws (its key numbers), never a fixed claim.

Each chart function (``figures_sources``, a chapter's ``charts.py``) is decorated with ``described_by(describer)``:
the describer takes the chart function's own arguments and returns a ``Description`` (what kind of chart,
its title, its series and their points). ``alt_text`` fills report/figures/alt.md from it: a short series
is read out point by point, a long one by where most values lie, its highest and lowest and its course
(figures_course). The notebook shows
the alt text with the figure (``display.show_figure``); assembly puts it where Quarto reads it (the cell's
``fig-alt``) and fails, naming chapter and figure, when a figure has none (``apply``).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..config import nbfile
from ..config.errors import BuildError
from . import fmt
from .figures_points import SHORT, Point, Series, _attribute, _point  # noqa: F401 (the package's names for them)

ATTRIBUTE = "hulplijnen_description"  # where a drawn figure keeps its Description (or why it has none)
METADATA = "fig-alt"  # the PNG output's metadata key for the alt text, and the cell option Quarto reads
FAILED = "fig-alt-error"  # the PNG output's metadata key when the chart could not be described
CONTRAST = "fig-contrast"  # the PNG output's metadata key for what is drawn with too little contrast
DATA = "fig-data"  # the PNG output's metadata key for the values drawn (written as figures/<label>.csv)
COLUMNS = ["reeks", "categorie", "waarde", "laag", "hoog", "begin", "einde", "opmerking"]  # of figures/<label>.csv
OPTIONAL = ("begin", "einde", "opmerking")  # columns written only where a row fills them
MARKED = "gegevens"  # the column a release's mark fills on every row (a synthetic release: its data are made up)


@dataclass(frozen=True)
class Description:
    kind: str  # a key of the kinds in report/figures/alt.md: line, bars, stacked, points, scatter, ranges, heatmap, …
    title: str
    unit: str  # count, pct or index
    series: tuple[Series, ...] = field(default_factory=tuple)
    ordered: bool | None = None  # the points follow an order (time, seconds) so a trend can be read; None: a line

    @property
    def in_order(self) -> bool:
        return self.kind == "line" if self.ordered is None else self.ordered


def number(value) -> float | None:
    """A drawn value as a float; None for a value not drawn (NaN, None)."""
    return None if value is None or pd.isna(value) else float(value)


def points(labels, values) -> tuple[Point, ...]:
    return tuple(Point(str(label), number(value)) for label, value in zip(labels, values))


def described_by(describer):
    """Decorate a chart function: the figure it returns carries ``describer(*args, **kwargs)`` (or the
    reason it could not be described, reported by ``apply`` with the chapter and figure named)."""

    def wrap(draw):
        @functools.wraps(draw)
        def drawn(*args, **kwargs):
            fig = draw(*args, **kwargs)
            if fig is not None:
                try:
                    setattr(fig, ATTRIBUTE, describer(*args, **kwargs))
                except Exception as exc:  # reported where chapter and figure are known (apply)
                    setattr(fig, ATTRIBUTE, f"{draw.__name__}: {type(exc).__name__}: {exc}")
            return fig

        return drawn

    return wrap


def _checked(description: Description) -> Description:
    if not description.series or not any(s.points for s in description.series):
        raise BuildError("the chart's description holds no values")
    for series in description.series:
        for p in series.points:
            for v in (p.value, p.low, p.high):
                if v is not None and not math.isfinite(v):
                    raise BuildError(f"the value of {p.label!r} is not a number ({v})")
    return description


def alt_text(fig, title: str | None = None) -> str:
    """The figure's alt text from its Description; BuildError when it has none or it cannot be read out. ``title``:
    the name it gives the chart, where that is not the title it was drawn with (the caption the reader sees)."""
    from . import text
    from .figures_course import summary

    description = getattr(fig, ATTRIBUTE, None)
    if isinstance(description, str):
        raise BuildError(f"the chart could not be described ({description})")
    if not isinstance(description, Description):
        raise BuildError("the chart has no description: draw it with a function of hulplijnen.presentation.figures")
    description = _checked(description)
    alt = text.render(
        "figures/alt.md",
        kind=description.kind,
        title=_attribute(description.title if title is None else title),
        unit=description.unit,
        series=[summary(s, description.in_order, description.unit) for s in description.series],
    )
    return " ".join(alt.split())


def metadata(fig, title: str | None = None) -> dict:
    """The PNG output's metadata: the alt text (naming the chart ``title``, its caption, where given), the values
    drawn and what has too little contrast (WCAG), or why the chart cannot be described."""
    from .figures_contrast import problems

    try:
        alt, contrast = alt_text(fig, title), problems(fig)
    except BuildError as exc:
        return {FAILED: str(exc)}
    except Exception as exc:  # reported where chapter and figure are known (apply)
        return {FAILED: f"{type(exc).__name__}: {exc}"}
    description = getattr(fig, ATTRIBUTE)
    rows = [
        [s.name or "", p.label, *csv_values(description.unit, _point(p)), _iso(p.start), _iso(p.end), p.remark]
        for s in description.series
        for p in s.points
    ]
    return {METADATA: alt, DATA: rows, CONTRAST: contrast}


def csv_values(unit: str, point: dict) -> list:
    """A point's value and bounds as the report states them (r25 2021 #18: '157.0033891932027', bounds '5406.3' for
    the text's 5.407): the bounds of a count as the whole numbers its range allows (the lower up, the upper down, as
    fmt.count_range), one count where they meet; any other value to one decimal."""
    value, low, high = (point[k] for k in ("value", "low", "high"))
    if unit in ("count", "persons") and low is not None and high is not None:
        first, last = fmt.whole_bounds(low, high)
        if first >= last:
            return [value if value is not None else round((low + high) / 2), None, None]
        low, high = first, last
    return [None if v is None or pd.isna(v) else round(float(v), 1) for v in (value, low, high)]


def _iso(value) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def write_csv(target: Path, rows: list[list], mark: str | None = None) -> None:
    """The values a chart draws as CSV (a number not published is an empty cell), beside its PNG; with ``mark``,
    a last column says it on every row (a synthetic release: a row copied out of the file still says so)."""
    import csv

    # r24 TO #17: as a reader opens it in a spreadsheet: the category column named 'jaar' where every category is a
    # year, 'begin' and 'einde' only where a row has one, a whole number without '.0'; r45 (r44 2020 #8): 'opmerking'
    # likewise (a corrected cell and what the source read); rows of an older notebook may lack it
    columns = list(COLUMNS)
    rows = [list(r) + [None] * (len(COLUMNS) - len(r)) for r in rows]
    if rows and all(re.fullmatch(r"(19|20)\d\d", str(r[1])) for r in rows):
        columns[1] = "jaar"
    kept = [i for i, c in enumerate(columns) if c not in OPTIONAL or any(r[i] is not None for r in rows)]
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([columns[i] for i in kept] + ([MARKED] if mark else []))
        writer.writerows([[_cell(row[i]) for i in kept] + ([mark] if mark else []) for row in rows])


def _cell(value):
    """A value as its CSV cell: empty for none, a whole number without its '.0'."""
    if value is None:
        return ""
    return int(value) if isinstance(value, float) and value.is_integer() else value


LABEL = re.compile(r"^#\| label: (fig-[\w-]+)", re.M)
STATIC = re.compile(r"^#\| fig-alt:", re.M)


def apply(staging: Path, names: list[str], mark: str | None = None, lead: str | None = None) -> int:
    """Every figure of the staged notebooks gets the alt text its chart carried, as the cell's ``fig-alt``
    (what Quarto reads), and its values as figures/<label>.csv; a figure without them fails the build,
    naming chapter and figure (``mark``: write_csv; ``lead``: the words every alt text starts with). Returns how
    many figures were described. A notebook with the same bytes as one done before in this process (a preview's
    unchanged chapters) gets the files written then."""
    described = 0
    for name in names:
        path = staging / "notebooks" / f"{name}.ipynb"
        source = path.read_bytes()
        known = _DONE.get((str(path), mark, lead))
        if known is None or known[0] != source:
            csvs = {p.name: p.read_bytes() for p in _describe(name, path, mark, lead)}
            known = _DONE[(str(path), mark, lead)] = (source, len(csvs), csvs, path.read_bytes())
        _, count, csvs, written = known
        if csvs:
            (staging / "figures").mkdir(exist_ok=True)
        for file, content in csvs.items():
            (staging / "figures" / file).write_bytes(content)
        if written != source:
            path.write_bytes(written)
        described += count
    return described


_DONE: dict[tuple, tuple[bytes, int, dict[str, bytes], bytes]] = {}  # (path, mark, lead) -> what apply made of it


def _describe(name: str, path: Path, mark: str | None = None, lead: str | None = None) -> list[Path]:
    """``apply`` on one notebook; the values files it wrote, one per figure described."""
    written = []
    staging = path.parent.parent
    notebook = nbfile.read(path, own=True)
    changed = False
    for cell in notebook.cells:
        label = LABEL.search(cell.source) if cell.cell_type == "code" else None
        if label is None:
            continue
        where = f"chapter {name}, figure {label.group(1)}"
        if STATIC.search(cell.source):
            raise BuildError(f"{where}: a fixed '#| fig-alt:' line; the alt text is written from the chart's data")
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        if not images:
            continue  # the chart function had nothing to draw: no figure, no caption
        for output in images:
            meta = output.get("metadata", {})
            if meta.get(FAILED) or not str(meta.get(METADATA, "")).strip():
                why = meta.get(FAILED) or "no alt text (show it with display.show_figure)"
                raise BuildError(f"{where} cannot be described: {why}")
            if meta.get(CONTRAST):
                raise BuildError(f"{where}: too little contrast (WCAG 2.1 AA): " + "; ".join(meta[CONTRAST]))
        cell.metadata[METADATA] = (f"{lead}: " if lead else "") + images[0]["metadata"][METADATA]
        (staging / "figures").mkdir(exist_ok=True)
        write_csv(staging / "figures" / f"{label.group(1)}.csv", images[0]["metadata"].get(DATA, []), mark)
        written.append(staging / "figures" / f"{label.group(1)}.csv")
        changed = True
    if changed:
        nbfile.write(notebook, path)
    return written
