"""The reachability chapter's own charts: measures for the capacity on a timeline, reachability as ranges. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgb
from matplotlib.legend_handler import HandlerBase, HandlerPatch
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrow, Patch, Rectangle

from ...presentation import fmt
from ...presentation.figures_alt import Description, Point, Series, described_by
from ...presentation.figures_sources import not_empty
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, SMALL_PT, TEXT_PT, WIDTH

GOAL = "doel, niet gemeld als uitgevoerd"  # a measure the sources name only as an aim (events.csv status = goal)
INFERRED_END = "einde niet vermeld, afgeleid"  # events.csv end_precision = inferred (the alt text names its span)
# two styles, one per kind of date (r16 2020 #1, 2021 #8: four encodings and a caption of nested brackets could not be
# read): dark where the sources give the dates, light where they do not give them precisely (a period inferred, or
# the span in which an undated start lies, drawn as a bracket and labelled 'begin ergens in 2021', not as a bar); an
# arrow past the last date the sources describe where they state no end (not a bar that stops there)
DATED = "datum vermeld in de bronnen"
UNSURE = "datum niet precies vermeld"
OPEN = "geen einde vermeld: loopt door"
SPAN = "begin ergens in deze periode (niet precies vermeld)"  # the bracket has a key of its own (r19 2021 #4)
# an end inferred from a duration ('voor een jaar') is as uncertain as the start it is counted from (r19 #3: the bar
# stopped on a day no source gives): the bar fades out over that span, keyed so
FADED = "einde niet vermeld: ergens in het vervagende deel"
FADE_STEPS = 12
KNOWN_START = ("day", "month")  # a start dated to the day or the month is drawn from that day or month ('vanaf ...')
BAR_HEIGHT = 0.3
LIGHT = tuple(1 - 0.35 * (1 - c) for c in to_rgb(OKABE_ITO[0]))  # the dark blue at 35 % on white, opaque
EDGE = tuple(1 - 0.75 * (1 - c) for c in to_rgb(OKABE_ITO[0]))  # its outline and a bracket: 3.3:1 on white (WCAG)
PLAIN = {"facecolor": "white", "edgecolor": "none", "pad": 0.5}  # a name over the year lines, readable
ARROW_DAYS = 240  # how far past the last described date an open end's arrow points


def _end(r):
    return None if r.open_end else r.end_latest


def _is_goal(r) -> bool:
    return getattr(r, "status", None) == "goal"


def _inferred_end(r) -> bool:
    return not r.open_end and getattr(r, "end_precision", None) == "inferred"


def fade_from(r):
    """Where an inferred end may lie from: its stated earliest end, else the latest end less the span in which the
    start lies (a period of a stated length, started somewhere in that span, ends somewhere in it shifted)."""
    if pd.notna(getattr(r, "end_earliest", None)) and r.end_earliest < r.end_latest:
        return r.end_earliest
    return max(r.start_latest, r.end_latest - (r.start_latest - r.start_earliest))


def _label(r) -> str:
    return f"{r.name_nl} ({GOAL})" if _is_goal(r) else str(r.name_nl)


def carried_out(events: pd.DataFrame) -> pd.DataFrame:
    """The measures the timeline draws: those carried out. An aim has no period in the sources (the chapter's list
    names it), so it is not drawn with one."""
    return events[events["status"] != "goal"] if "status" in events else events


def describe_timeline(events: pd.DataFrame, title: str) -> Description:
    rows = tuple(
        Point(
            f"{_label(r)} ({INFERRED_END}: ergens tussen {fmt.date(fade_from(r), 'month')} en "
            f"{fmt.date(r.end_latest, 'month')})"
            if _inferred_end(r)
            else _label(r),
            start=r.start_earliest,
            start_latest=r.start_latest,
            end=None if _inferred_end(r) else _end(r),  # the span is in the label: no end on a day (r19 #3)
        )
        for r in carried_out(events).itertuples()
    )
    return Description("timeline", title, "count", (Series(None, rows),))


@described_by(describe_timeline)
def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Dated measures carried out, in two styles (r16 2020 #1, 2021 #8): a dark bar over dates the sources give
    (to the day or the month: 'vanaf september 2021' is a start, not a span); light where they do not: a bracket over
    the span in which an undated start lies, named on the chart ('begin ergens in 2021'), and a light bar over a
    period this project infers, its inferred end fading out over the span in which it lies (r19 #3). Where no end is
    stated, an arrow runs on past the last date the sources describe. Each measure's name stands above its row, the
    full width of the chart (readable at a phone's width), at the text size of the other charts' labels. Aims
    (status goal) are not drawn: no source gives them a period. Columns name_nl, start_earliest, start_latest,
    end_latest, open_end (start_precision, end_precision, status where known)."""
    events = carried_out(events)
    not_empty(events, title)
    known = events["start_latest"].max()  # after this the sources say nothing of a measure without an end
    ends = [known + pd.Timedelta(days=ARROW_DAYS)] if events["open_end"].any() else [known]
    until = max([*ends, *events["end_latest"].dropna()])
    fig, ax = plt.subplots(figsize=(WIDTH, 1.2 + 0.95 * len(events)), layout="constrained")
    drawn = set()
    for i, r in enumerate(events.itertuples()):
        start = r.start_latest
        if r.start_latest > r.start_earliest and getattr(r, "start_precision", None) in KNOWN_START:
            start = r.start_earliest  # 'vanaf september 2021': the month is the start, not a span to mark
        elif r.start_latest > r.start_earliest:  # the start lies somewhere in this span: a bracket, named
            _bracket(ax, i, r)
            drawn.add(SPAN)
        end = known if r.open_end else r.end_latest
        if end > start and _inferred_end(r):  # an inferred period never in a stated one's colour, its end fading
            _fading_bar(ax, i, start, fade_from(r), end)
            drawn.update({UNSURE, FADED})
        elif end > start:
            ax.barh(i, end - start, left=start, height=BAR_HEIGHT, facecolor=OKABE_ITO[0])
            drawn.add(DATED)
        if r.open_end:
            ax.add_patch(_arrow(max(end, r.start_latest), i))
            drawn.add(OPEN)
        name = _wrap(_label(r))
        # a row's name is its category label, at the text size of the other charts' labels (r19 #3); wrapped to fit
        # the phone version's width, and left out of the layout, which would otherwise narrow the time axis for it
        ax.text(
            0.005, i - 0.22, name, transform=ax.get_yaxis_transform(), va="bottom", fontsize=TEXT_PT, bbox=PLAIN
        ).set_in_layout(False)
    ax.set_yticks([])
    ax.grid(False, axis="y")
    handles = {  # every style drawn gets its own key, and only those; the bracket too (r19 2021 #4: it had none)
        DATED: Patch(facecolor=OKABE_ITO[0], label=DATED),
        UNSURE: Patch(facecolor=LIGHT, edgecolor=EDGE, label=UNSURE),
        SPAN: Line2D([], [], color=EDGE, linewidth=2.5, label=SPAN),
        FADED: Fading(label=FADED),
        OPEN: FancyArrow(0, 0, 1, 0, color=ARROW_COLOUR, label=OPEN),
    }
    fig.legend(
        handles=[h for style, h in handles.items() if style in drawn],
        handler_map={FancyArrow: HandlerPatch(patch_func=_arrow_key), Line2D: _BracketKey(), Fading: FadingKey()},
        frameon=False,
        ncols=1,
        loc="outside lower center",
    )
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set(
        ylim=(len(events) - 0.5, -0.75),
        xlim=(pd.Timestamp(events["start_earliest"].min().year, 1, 1), until + pd.Timedelta(days=20)),
    )
    return fig


ARROW_COLOUR = ".25"


def _fading_bar(ax, row: int, start, fade, end) -> None:
    """A light bar from ``start``, fading out from ``fade`` to ``end`` inside a dashed outline: the end lies somewhere
    in the fading part. The fade is an image (a gradient); its outline gives the contrast the checks ask of an area."""
    fade = min(max(fade, start), end)
    if fade > start:
        ax.barh(row, fade - start, left=start, height=BAR_HEIGHT, facecolor=LIGHT, edgecolor=EDGE)
    gradient = np.ones((1, 64, 4))
    gradient[..., :3] = LIGHT
    gradient[..., 3] = np.linspace(1, 0, 64)
    left, right = mdates.date2num(fade), mdates.date2num(end)
    top, bottom = row - BAR_HEIGHT / 2, row + BAR_HEIGHT / 2
    ax.imshow(gradient, extent=(left, right, bottom, top), aspect="auto", interpolation="bilinear", zorder=2)
    ax.add_patch(
        Rectangle((left, top), right - left, BAR_HEIGHT, fill=False, edgecolor=EDGE, linestyle=DASHED, zorder=2)
    )


DASHED = (0, (3, 2))


class Fading(Patch):
    """The legend's key of a fading end (drawn by FadingKey)."""


class FadingKey:
    """A light key that fades out from left to right, as a bar's inferred end."""

    def legend_artist(self, legend, orig_handle, fontsize, handlebox):
        x, y, w, h = -handlebox.xdescent, -handlebox.ydescent, handlebox.width, handlebox.height
        for k in range(FADE_STEPS):
            handlebox.add_artist(
                Rectangle(
                    (x + k * w / FADE_STEPS, y),
                    w / FADE_STEPS,
                    h,
                    facecolor=LIGHT,
                    linewidth=0,
                    alpha=1 - (k + 0.5) / FADE_STEPS,
                    transform=handlebox.get_transform(),
                )
            )
        outline = Rectangle(
            (x, y), w, h, fill=False, edgecolor=EDGE, linestyle=DASHED, transform=handlebox.get_transform()
        )
        handlebox.add_artist(outline)
        return outline


def _arrow(start, row: int) -> FancyArrow:
    """An open end: an arrow from the last date drawn, on past the last date the sources describe."""
    days = mdates.date2num(start + pd.Timedelta(days=ARROW_DAYS)) - mdates.date2num(start)
    return FancyArrow(
        mdates.date2num(start),
        row,
        days,
        0,
        width=0.06,
        head_width=0.26,
        head_length=days / 3,
        length_includes_head=True,
        color=ARROW_COLOUR,
        linewidth=0,
    )


def _arrow_key(legend, orig_handle, xdescent, ydescent, width, height, fontsize):
    """The legend's arrow, as an open end is drawn."""
    at = (-xdescent, height / 2 - ydescent)
    return FancyArrow(
        *at, width, 0, width=height / 4, head_width=height, head_length=width / 3, length_includes_head=True
    )


class _BracketKey(HandlerBase):
    """The legend's bracket, as the span of an undated start is drawn."""

    def create_artists(self, legend, orig_handle, xdescent, ydescent, width, height, fontsize, trans):
        left, right, low = -xdescent + 2, -xdescent + width - 2, height * 0.3 - ydescent
        xs, ys = [left, left, right, right], [low + height * 0.45, low, low, low + height * 0.45]
        return [Line2D(xs, ys, color=orig_handle.get_color(), linewidth=2.5, transform=trans)]


def _bracket(ax, row: int, r) -> None:
    """The span in which an undated start lies: a light bracket, with what it means written under it."""
    left, right = r.start_earliest, r.start_latest
    ax.plot([left, left, right, right], [row - 0.1, row, row, row - 0.1], color=EDGE, linewidth=2.5)
    if (left.month, left.day, right.month, right.day, left.year) == (1, 1, 12, 31, right.year):  # 'in 2021'
        said = f"begin ergens in {left.year}"
    else:
        said = f"begin ergens tussen {fmt.date(left, 'month')} en {fmt.date(right, 'month')}"
    ax.text(left, row + 0.17, said, va="top", fontsize=SMALL_PT, color=".2", bbox=PLAIN)


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
    "Uitgevoerde maatregelen voor de capaciteit, van begin tot einde zoals de bronnen ze dateren",
    lambda data: timeline(data["timeline"], "Maatregelen voor de capaciteit"),
)
