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
INFERRED_END = "einde afgeleid, niet vermeld in de bronnen"  # events.csv end_precision = inferred (the alt text)
# one style per kind of knowledge (r15 2020 #5, 2021 #7), each its own key, the caption names them in the same words:
# a bar's height says whether its start is dated (full) or lies somewhere in a span (thin), its colour whether the
# period is stated (dark) or inferred (light), a hatch that no end is stated
DATED = "begin vermeld (einde ook, tenzij gearceerd)"
UNSURE = "begin ergens in deze periode, niet precies vermeld"  # the span in which an undated start lies: thin
INFERRED = INFERRED_END  # a period this project infers from the sources: light
OPEN = "geen einddatum vermeld"
KNOWN_START = ("day", "month")  # a start dated to the day or the month is drawn from that day or month ('vanaf ...')
WINDOW_HEIGHT = 0.3
PALE = to_rgba(OKABE_ITO[0], 0.3)


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
    """Dated measures carried out as bars, one style per kind of knowledge (r15 2020 #5, 2021 #7): dark from a start
    the sources date (to the day or the month: 'vanaf september 2021' is a start, not a span); a thin light bar for
    the span in which an undated start lies ('ergens tussen april en december 2020'); light for a period this project
    infers (an end not in the sources); hatched where no end is stated. A measure without an end is drawn up to the
    latest start the sources date (the last moment they describe), not on to the end of the axis; the legend says up
    to when. Aims (status goal) are not drawn: no source gives them a period. Columns name_nl, start_earliest,
    start_latest, end_latest, open_end (start_precision, end_precision, status where known)."""
    events = carried_out(events)
    not_empty(events, title)
    known = events["start_latest"].max()  # after this the sources say nothing of a measure without an end
    until = max(known, events["end_latest"].max()) if events["end_latest"].notna().any() else known
    fig, ax = plt.subplots(figsize=(WIDTH, 1.5 + 0.55 * len(events)), layout="constrained")
    drawn = set()
    for i, r in enumerate(events.itertuples()):
        end = known if r.open_end else r.end_latest
        hatch = "//" if r.open_end else None
        start = r.start_latest
        if r.start_latest > r.start_earliest and getattr(r, "start_precision", None) in KNOWN_START:
            start = r.start_earliest  # 'vanaf september 2021': the month is the start, not a span to mark
        elif r.start_latest > r.start_earliest:  # the start lies somewhere in this span: a thin bar
            span = r.start_latest - r.start_earliest
            ax.barh(i, span, left=r.start_earliest, height=WINDOW_HEIGHT, facecolor=PALE, hatch=hatch)
            drawn.add(UNSURE)
        if end > start:
            colour = PALE if _inferred_end(r) else OKABE_ITO[0]  # an inferred period never in a stated one's colour
            ax.barh(i, end - start, left=start, facecolor=colour, hatch=hatch)
            drawn.add(INFERRED if _inferred_end(r) else DATED)
        if r.open_end:
            drawn.add(OPEN)
    ax.set_yticks(range(len(events)), [_wrap(_label(r)) for r in events.itertuples()], fontsize=SMALL_PT)
    styles = {  # every style drawn gets its own key, and only those
        DATED: Patch(facecolor=OKABE_ITO[0], label=DATED),
        UNSURE: Line2D([], [], color=PALE, linewidth=4, solid_capstyle="butt", label=UNSURE),  # thin, as drawn
        INFERRED: Patch(facecolor=PALE, edgecolor=".15", label=INFERRED),
        OPEN: Patch(
            facecolor="white", edgecolor=".3", hatch="//", label=f"{OPEN} (getekend tot {fmt.date(known, 'month')})"
        ),
    }
    handles = [patch for style, patch in styles.items() if style in drawn]
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
    f"Uitgevoerde maatregelen voor de capaciteit volgens de bronnen (donker: {DATED}; smal: {UNSURE}; "
    f"licht: {INFERRED}; gearceerd: {OPEN})",
    lambda data: timeline(data["timeline"], "Maatregelen voor de capaciteit"),
)
