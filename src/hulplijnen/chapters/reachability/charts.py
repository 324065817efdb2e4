"""The reachability chapter's own charts: measures for the capacity on a timeline, reachability as ranges. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ...presentation import fmt
from ...presentation.figures_alt import Description, Point, Series, described_by
from ...presentation.figures_sources import not_empty
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, TEXT_PT, WIDTH

GOAL = "doel, niet gemeld als uitgevoerd"  # a measure the sources name only as an aim (events.csv status = goal)
# two styles only (r20 2020 #15, 2021 #9: five keys, a bracket, a fading box and an arrow could not be read): dark
# where the sources give the dates (to the day or the month), light where they give them only roughly (a year, a span
# of months, a period this project infers). What each row's dates are stands in words under its name. A measure
# without a stated end is drawn up to the date of the source and fades out after it (r21 2020 #5, 2021 #5: drawn to the
# chart's edge it looked as if it ran until then); a period this project infers ('voor een jaar', its start unknown)
# fades in over the months its start may fall in and out over those its end may, solid only where it surely ran.
DATED = "datum vermeld"
UNSURE = "datum bij benadering"
NO_END = "einde niet vermeld"
KNOWN_START = ("day", "month")  # a start dated to the day or the month is drawn from that day or month ('vanaf ...')
LIGHT = tuple(1 - 0.35 * (1 - c) for c in to_rgb(OKABE_ITO[0]))  # the dark blue at 35 % on white, opaque
EDGE = tuple(1 - 0.75 * (1 - c) for c in to_rgb(OKABE_ITO[0]))  # its outline: 3.3:1 on white (WCAG)
PLAIN = {"facecolor": "white", "edgecolor": "none", "pad": 0.5}  # a name over the year lines, readable
BAR, LINE, GAP = 1.3, 1.1, 0.8  # a row's bar, a line of its words and the space between rows, in lines of 9 pt type
INCH_PER_LINE = 0.155  # a line of 9 pt type and its leading
OPEN_DAYS = 300  # without a source date: how far past the latest start a measure without an end is drawn
FADE_DAYS = 150  # how long an open end fades out after the source's date
MEASURE, FADE = "measure", "fade"  # the gid of a row's bar and of its fades (a picture and its outline)


def _is_goal(r) -> bool:
    return getattr(r, "status", None) == "goal"


def _inferred_end(r) -> bool:
    return not r.open_end and getattr(r, "end_precision", None) == "inferred"


def _dated(r) -> bool:
    """Dark: a start to the day or the month, and an end stated or none (an inferred end is not stated)."""
    return getattr(r, "start_precision", None) in KNOWN_START and not _inferred_end(r)


def _label(r) -> str:
    return f"{r.name_nl} ({GOAL})" if _is_goal(r) else str(r.name_nl)


def when(r) -> str:
    """A row's dates in words, as the sources give them: the words under its name and in the alt text."""
    precision = getattr(r, "start_precision", None)
    if precision in KNOWN_START:
        start = f"vanaf {fmt.date(r.start_earliest, precision)}"
    elif r.start_latest <= r.start_earliest:
        start = f"vanaf {fmt.date(r.start_earliest)}"
    elif (r.start_earliest.month, r.start_earliest.day, r.start_latest.month, r.start_latest.day) == (1, 1, 12, 31):
        start = f"in {r.start_earliest.year}"
    else:
        start = f"begin tussen {fmt.date(r.start_earliest, 'month')} en {fmt.date(r.start_latest, 'month')}"
    if r.open_end or _inferred_end(r):
        return f"{start}; {NO_END}"
    return f"{start} tot {fmt.date(r.end_latest)}"


def carried_out(events: pd.DataFrame) -> pd.DataFrame:
    """The measures the timeline draws: those carried out. An aim has no period in the sources (the chapter's list
    names it), so it is not drawn with one."""
    return events[events["status"] != "goal"] if "status" in events else events


def _note(r, source_date) -> str | None:
    """What the alt text says of a row's end: none stated, and where an open end is drawn to."""
    if r.open_end and source_date is not None:
        return f"{NO_END}, getekend tot de datum van de bron ({fmt.date(pd.Timestamp(source_date), 'month')})"
    return NO_END if r.open_end or _inferred_end(r) else None


def describe_timeline(events: pd.DataFrame, title: str, source_date=None) -> Description:
    """Each row as drawn: its name and its dates in the words under it; an inferred end is no end on a day, and no
    stated end is not said to be unknown where only its day is (r20 2021 #9); an open end is said drawn up to the
    source's date, as the chart draws it (r21 2020 #5)."""
    rows = tuple(
        Point(
            _label(r),
            start=r.start_earliest,
            start_latest=r.start_latest,
            end=None if r.open_end or _inferred_end(r) else r.end_latest,
            note=_note(r, source_date),
        )
        for r in carried_out(events).itertuples()
    )
    return Description("timeline", title, "count", (Series(None, rows),))


def _open_until(r, source_date) -> pd.Timestamp:
    """Where a measure without an end is drawn up to: the source's date, or without one a while past its latest
    start; never before that latest start."""
    if source_date is None:
        return r.start_latest + pd.Timedelta(days=OPEN_DAYS)
    return max(pd.Timestamp(source_date), r.start_latest)


def _fade(ax, middle: float, start, end, face, rising: bool) -> None:
    """From ``start`` to ``end``: ``face`` fading in (rising) or out, a picture (no outline of its own: it has none
    to show), within a dashed outline that has the contrast of a bar's (WCAG 1.4.11)."""
    if end <= start:
        return
    alpha = np.linspace(0.05, 1, 64) if rising else np.linspace(1, 0.05, 64)
    colours = np.zeros((1, 64, 4))
    colours[0, :, :3], colours[0, :, 3] = to_rgb(face), alpha
    x0, x1 = mdates.date2num(start), mdates.date2num(end)
    top, bottom = middle - BAR / 2, middle + BAR / 2
    image = ax.imshow(colours, extent=(x0, x1, bottom, top), aspect="auto", interpolation="bilinear", zorder=1)
    image.set_gid(FADE)
    outline = Rectangle((x0, top), x1 - x0, BAR, fill=False, edgecolor=EDGE, linewidth=0.8, linestyle=(0, (2, 2)))
    outline.set_gid(FADE)
    ax.add_patch(outline)


def _draw(ax, r, middle: float, face, source_date) -> pd.Timestamp:
    """A row's bar and its fades; returns where the drawing ends."""
    start, end = r.start_earliest, r.end_latest
    if r.open_end:
        end = _open_until(r, source_date)
        _fade(ax, middle, end, end + pd.Timedelta(days=FADE_DAYS), face, rising=False)
    elif _inferred_end(r):  # a span that lasted (end_latest - start_latest), begun somewhere in the start's window
        lasted = r.end_latest - r.start_latest
        start, end = r.start_latest, max(r.start_latest, r.start_earliest + lasted)
        _fade(ax, middle, r.start_earliest, start, face, rising=True)
        _fade(ax, middle, end, r.end_latest, face, rising=False)
    bar = ax.barh(middle, end - start, left=start, height=BAR, facecolor=face, edgecolor=EDGE, linewidth=0.8)
    bar.patches[0].set_gid(MEASURE)
    return end + pd.Timedelta(days=FADE_DAYS) if r.open_end else max(end, r.end_latest)


@described_by(describe_timeline)
def timeline(events: pd.DataFrame, title: str, source_date=None) -> plt.Figure:
    """Dated measures carried out, in two styles (r20 2020 #15, 2021 #9): a dark bar where the sources give the dates
    (to the day or the month: 'vanaf september 2021' is a start, not a span), a light one where they give them only
    roughly. Each row's name, and under it its dates in words, stand above its bar at the text size, the full width of
    the chart (readable at a phone's width). A measure without a stated end is drawn up to ``source_date`` (the date
    of the source, a dotted line keyed in the legend) and fades out after it; a period inferred from a duration and
    a window for its start fades in and out (r21 2020 #5, 2021 #5). The axis ends where the drawing does. Aims
    (status goal) are not drawn: no source gives them a period. Columns name_nl, start_earliest, start_latest,
    end_latest, open_end (start_precision, end_precision, status where known)."""
    events = carried_out(events)
    not_empty(events, title)
    names = [f"{_wrap(_label(r))}\n{_wrap_when(when(r))}" for r in events.itertuples()]
    tops, y = [], 0.0
    for name in names:
        tops.append(y)
        y += LINE * (name.count("\n") + 1) + BAR + GAP
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + INCH_PER_LINE * y), layout="constrained")
    drawn, right = set(), []
    for r, name, top in zip(events.itertuples(), names, tops):
        middle = top + LINE * (name.count("\n") + 1) + BAR / 2
        style = DATED if _dated(r) else UNSURE
        right.append(_draw(ax, r, middle, {DATED: OKABE_ITO[0], UNSURE: LIGHT}[style], source_date))
        drawn.add(style)
        # a row's name and its dates are its label, at the text size (r20 2020 #16, 2021 #8: 6-9 px on a phone), left
        # out of the layout, which would otherwise narrow the time axis for them
        ax.text(0.005, top, name, transform=ax.get_yaxis_transform(), va="top", fontsize=TEXT_PT, bbox=PLAIN)
        ax.texts[-1].set_in_layout(False)
    ax.set_yticks([])
    ax.grid(False, axis="y")
    handles = [
        Patch(facecolor=face, edgecolor=EDGE, label=style)
        for style, face in ((DATED, OKABE_ITO[0]), (UNSURE, LIGHT))
        if style in drawn
    ]
    if source_date is not None and events["open_end"].any():
        at = pd.Timestamp(source_date)
        ax.axvline(at, color=EDGE, linestyle=":", linewidth=1.2, zorder=0)
        handles.append(Line2D([], [], color=EDGE, linestyle=":", label=f"datum van de bron ({fmt.date(at, 'month')})"))
    fig.legend(handles=handles, frameon=False, ncols=2, loc="outside lower center", fontsize=TEXT_PT)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.tick_params(axis="x", labelsize=TEXT_PT)
    first = pd.Timestamp(events["start_earliest"].min().year, 1, 1)
    ax.set(ylim=(y, -0.2), xlim=(first, max(right) + pd.Timedelta(days=20)))
    return fig


def _wrap_when(said: str, width: int = 46) -> str:
    """A row's dates on one line, or on two at their semicolon: start and end each whole."""
    if len(said) <= width:
        return said
    return "\n".join(_wrap(part, width) for part in said.replace("; ", ";\n").split("\n"))


def _wrap(name: str, width: int = 46) -> str:  # 9 pt: within the phone version's 4 in
    words, lines, line = name.split(), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])


TIMELINE = Figure(
    "fig-capacity-timeline",
    "Maatregelen voor de bereikbaarheid, met hun data zoals de bronnen ze geven",
    lambda data: timeline(data["timeline"], "Maatregelen voor de bereikbaarheid", data.get("source_date")),
)
