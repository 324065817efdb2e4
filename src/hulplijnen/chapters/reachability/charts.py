"""The reachability chapter's own charts: measures for the capacity on a timeline, reachability as ranges. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures_alt import Description, Point, Series, described_by
from ...presentation.figures_sources import not_empty
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, SMALL_PT, WIDTH, value_label

GOAL = "doel, niet gemeld als uitgevoerd"  # a measure the sources name only as an aim (events.csv status = goal)


def _end(r):
    return None if r.open_end else r.end_latest


def _is_goal(r) -> bool:
    return getattr(r, "status", None) == "goal"


def _label(r) -> str:
    return f"{r.name_nl} ({GOAL})" if _is_goal(r) else str(r.name_nl)


def describe_timeline(events: pd.DataFrame, title: str) -> Description:
    rows = tuple(
        Point(_label(r), start=r.start_earliest, start_latest=r.start_latest, end=_end(r)) for r in events.itertuples()
    )
    return Description("timeline", title, "count", (Series(None, rows),))


@described_by(describe_timeline)
def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Dated measures as bars from the latest start to the stated end; a measure without an end runs (hatched,
    in another colour) up to the latest start the sources date (the last moment they describe), not on to
    the end of the axis: nothing is drawn past what the sources know. The span in which an undated start
    may lie is drawn lighter. Columns name_nl, start_earliest, start_latest, end_latest, open_end."""
    not_empty(events, title)
    known = events["start_latest"].max()  # after this the sources say nothing of a measure without an end
    until = max(known, events["end_latest"].max()) if events["end_latest"].notna().any() else known
    fig, ax = plt.subplots(figsize=(WIDTH, 1.5 + 0.55 * len(events)), layout="constrained")
    for i, r in enumerate(events.itertuples()):
        end = known if r.open_end else r.end_latest
        if _is_goal(r):  # an aim, not a measure carried out: its whole span as a dashed outline, never filled
            outline = {"facecolor": "none", "edgecolor": OKABE_ITO[0], "linestyle": "--", "linewidth": 1.5}
            ax.barh(i, end - r.start_earliest, left=r.start_earliest, **outline)
            continue
        if r.start_latest > r.start_earliest:
            ax.barh(i, r.start_latest - r.start_earliest, left=r.start_earliest, facecolor=to_rgba(OKABE_ITO[4], 0.4))
        colour = OKABE_ITO[2] if r.open_end else OKABE_ITO[0]
        ax.barh(i, end - r.start_latest, left=r.start_latest, color=colour, hatch="//" if r.open_end else None)
        if r.open_end:  # where the drawing stops, not where the measure does
            ax.plot([known], [i], marker=">", color=OKABE_ITO[2], markersize=7, linestyle="")
    ax.set_yticks(range(len(events)), [_wrap(_label(r)) for r in events.itertuples()], fontsize=SMALL_PT)
    handles = [Patch(facecolor=OKABE_ITO[0], label="met begin- en einddatum")]
    if events["open_end"].any():
        last = fmt.date(known, "month")
        handles.append(Patch(facecolor=OKABE_ITO[2], hatch="//", label="zonder bekende einddatum"))
        handles.append(
            Line2D([], [], marker=">", color=OKABE_ITO[2], linestyle="", label=f"laatste datum in de bronnen ({last})")
        )
    if any(_is_goal(r) for r in events.itertuples()):
        handles.append(Patch(facecolor="none", edgecolor=OKABE_ITO[0], linestyle="--", label=GOAL))
    if (events["start_latest"] > events["start_earliest"]).any():
        handles.append(Patch(facecolor=to_rgba(OKABE_ITO[4], 0.4), label="begint ergens in deze periode"))
    fig.legend(handles=handles, frameon=False, ncols=1, loc="outside lower center")
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set(
        ylim=(len(events) - 0.5, -0.5),
        xlim=(pd.Timestamp(events["start_earliest"].min().year, 1, 1), until + pd.Timedelta(days=20)),
    )
    return fig


def _wrap(name: str, width: int = 38) -> str:
    words, lines, line = name.split(), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])


def describe_ranges(rows: pd.DataFrame, title: str, xlabel: str) -> Description:
    shown = tuple(describe.interval(r.label, None, r.low, r.high) for r in rows.itertuples())
    return Description("ranges", title, "pct", (Series(None, shown),))


@described_by(describe_ranges)
def ranges(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Ranges without a point inside them (no value is more likely than another): columns label, low, high (percent)."""
    not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.5 * len(rows)))
    for i, r in enumerate(rows.itertuples()):
        ax.barh(i, r.high - r.low, left=r.low, color=OKABE_ITO[0], height=0.5)  # one colour: rows are named
        value_label(ax, f"{fmt.pct(r.low, 0)} tot {fmt.pct(r.high, 0)}", (r.high, i), xytext=(4, 0), va="center")
    ax.set_yticks(range(len(rows)), rows["label"])
    ax.set(xlabel=xlabel, xlim=(0, 110), ylim=(len(rows) - 0.5, -0.5))
    fig.tight_layout()
    return fig


RANGES = Figure(
    "fig-reachability-ranges",
    "Beantwoord per oproep tegenover bellers die uiteindelijk doorkomen, onder twee aannames",
    lambda data: ranges(data["ranges"], "Bereikbaarheid: per oproep en per beller", "procent"),
)
TIMELINE = Figure(
    "fig-capacity-timeline",
    "Maatregelen voor de capaciteit volgens de bronnen (lichte balk: onzekere start; gearceerd: geen einde; "
    "alleen omlijnd: een doel dat niet als uitgevoerd gemeld is)",
    lambda data: timeline(data["timeline"], "Maatregelen voor de capaciteit"),
)
