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

from ...presentation import fmt
from ...presentation.figures_alt import Description, Point, Series, described_by
from ...presentation.figures_sources import not_empty
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, SMALL_PT, WIDTH

GOAL = "doel, niet gemeld als uitgevoerd"  # a measure the sources name only as an aim (events.csv status = goal)
INFERRED_END = "einde afgeleid, niet vermeld in de bronnen"  # events.csv end_precision = inferred
DERIVED = "periode afgeleid, niet vermeld in de bronnen"  # a bar whose end is inferred: drawn light, not as dated
SPAN = "begint ergens in deze periode"
SPAN_OPEN = "begint ergens in deze periode, geen einddatum vermeld"
DATED = "met begin- en einddatum"
OPEN = "zonder bekende einddatum"


def _end(r):
    return None if r.open_end else r.end_latest


def _is_goal(r) -> bool:
    return getattr(r, "status", None) == "goal"


def _inferred_end(r) -> bool:
    return not r.open_end and getattr(r, "end_precision", None) == "inferred"


def _label(r) -> str:
    return f"{r.name_nl} ({GOAL})" if _is_goal(r) else str(r.name_nl)


def carried_out(events: pd.DataFrame) -> pd.DataFrame:
    """The measures the timeline draws: those carried out. An aim has no period in the sources (the chapter's list
    names it), so it is not drawn with one."""
    return events[events["status"] != "goal"] if "status" in events else events


def describe_timeline(events: pd.DataFrame, title: str) -> Description:
    rows = tuple(
        Point(
            f"{_label(r)} ({INFERRED_END})" if _inferred_end(r) else _label(r),
            start=r.start_earliest,
            start_latest=r.start_latest,
            end=_end(r),
        )
        for r in carried_out(events).itertuples()
    )
    return Description("timeline", title, "count", (Series(None, rows),))


@described_by(describe_timeline)
def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Dated measures carried out as bars from the latest start to the stated end; a measure without an end runs
    (hatched, in another colour) up to the latest start the sources date (the last moment they describe), not on to
    the end of the axis: nothing is drawn past what the sources know. The span in which an undated start may lie is
    drawn lighter (hatched too when the measure has no end). An end the sources do not state but this project infers
    is marked by a dotted line. Aims (status goal) are not drawn: no source gives them a period. Columns name_nl,
    start_earliest, start_latest, end_latest, open_end (end_precision, status where known)."""
    events = carried_out(events)
    not_empty(events, title)
    known = events["start_latest"].max()  # after this the sources say nothing of a measure without an end
    until = max(known, events["end_latest"].max()) if events["end_latest"].notna().any() else known
    fig, ax = plt.subplots(figsize=(WIDTH, 1.5 + 0.55 * len(events)), layout="constrained")
    inferred, drawn = False, set()
    for i, r in enumerate(events.itertuples()):
        end = known if r.open_end else r.end_latest
        hatch = "//" if r.open_end else None
        if r.start_latest > r.start_earliest:
            light = to_rgba(OKABE_ITO[4], 0.4)
            ax.barh(i, r.start_latest - r.start_earliest, left=r.start_earliest, facecolor=light, hatch=hatch)
            drawn.add(SPAN_OPEN if r.open_end else SPAN)
        if _inferred_end(r):  # no source dates it: light, outlined, never in the colour of a dated measure
            ax.barh(
                i,
                end - r.start_latest,
                left=r.start_latest,
                facecolor=to_rgba(OKABE_ITO[0], 0.3),
                edgecolor=OKABE_ITO[0],
                linestyle=":",
                linewidth=1.2,
            )
            drawn.add(DERIVED)
        else:
            colour = OKABE_ITO[2] if r.open_end else OKABE_ITO[0]
            ax.barh(i, end - r.start_latest, left=r.start_latest, color=colour, hatch=hatch)
            drawn.add(OPEN if r.open_end else DATED)
        if r.open_end:  # where the drawing stops, not where the measure does
            ax.plot([max(known, r.start_latest)], [i], marker=">", color=OKABE_ITO[2], markersize=7, linestyle="")
        if _inferred_end(r):
            ax.plot([end, end], [i - 0.45, i + 0.45], color="black", linestyle=":", linewidth=2)
            inferred = True
    ax.set_yticks(range(len(events)), [_wrap(_label(r)) for r in events.itertuples()], fontsize=SMALL_PT)
    styles = {  # every bar style drawn gets its own key, and only those
        DATED: Patch(facecolor=OKABE_ITO[0], label=DATED),
        DERIVED: Patch(
            facecolor=to_rgba(OKABE_ITO[0], 0.3), edgecolor=OKABE_ITO[0], linestyle=":", linewidth=1.2, label=DERIVED
        ),
        OPEN: Patch(facecolor=OKABE_ITO[2], hatch="//", label=OPEN),
        SPAN: Patch(facecolor=to_rgba(OKABE_ITO[4], 0.4), label=SPAN),
        SPAN_OPEN: Patch(facecolor=to_rgba(OKABE_ITO[4], 0.4), hatch="//", label=SPAN_OPEN),
    }
    handles = [patch for style, patch in styles.items() if style in drawn]
    if events["open_end"].any():
        last = fmt.date(known, "month")
        handles.append(
            Line2D(
                [],
                [],
                marker=">",
                color=OKABE_ITO[2],
                linestyle="",
                label=f"loopt mogelijk verder (getekend tot {last})",
            )
        )
    if inferred:
        handles.append(Line2D([], [], color="black", linestyle=":", linewidth=2, label=INFERRED_END))
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


TIMELINE = Figure(
    "fig-capacity-timeline",
    "Uitgevoerde maatregelen voor de capaciteit volgens de bronnen (lichte balk: begin ergens in die periode; "
    "gearceerd: geen einddatum vermeld; lichte balk met stippelrand: periode afgeleid, niet vermeld)",
    lambda data: timeline(data["timeline"], "Maatregelen voor de capaciteit"),
)
