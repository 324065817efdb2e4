"""The capacity chapter's own charts: calls per weekday x hour, the answer rate per month; and of its staffing part:
counsellors needed per weekday x hour, counsellor-hours per week against those logged in, the model's fit, and the
abandonment curve. Each takes what the chapter (staffing.py) prepared and returns None when there is nothing to
draw."""

from __future__ import annotations

import functools

import matplotlib.colors
import matplotlib.lines
import matplotlib.patches
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures import SUPPRESSED_HATCH
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.figures_contrast import heatmap_text
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, TEXT_PT, WIDTH, value_label
from ..shared.export_tables import export_chart
from .answer_chart import answer_rates

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
FROM_LIGHT_BLUE = matplotlib.colors.ListedColormap(plt.get_cmap("Blues")(np.linspace(0.2, 1, 256)))
FROM_LIGHT_BLUE.set_under("white")  # no call at all (under vmin 0,5)


def _number(value: float, decimals: int) -> str:
    return "" if pd.isna(value) else fmt.number(value, decimals)


HIDDEN_KEY = "niet gepubliceerd (te weinig oproepen)"


def _hatch_hidden(ax, values: pd.DataFrame) -> bool:
    """Hatch every suppressed (NA) cell of a heatmap drawn from ``values``; whether there was one."""
    return _hatch(ax, values.isna(), SUPPRESSED_HATCH)


def _hatch(ax, mask: pd.DataFrame, hatch: str) -> bool:
    cells = list(zip(*mask.to_numpy().nonzero()))
    for i, j in cells:
        ax.add_patch(matplotlib.patches.Rectangle((j, i), 1, 1, fill=False, hatch=hatch, edgecolor="#555555", lw=0))
    return bool(cells)


def _hidden_key(fig: plt.Figure, hidden: bool, closed: bool = False) -> None:
    """The keys below the chart, the hatch's only when a cell is hatched, the grey of closed hours only when one is
    greyed: a key never names a mark not drawn."""
    keys = []
    if hidden:
        keys.append(
            matplotlib.patches.Patch(facecolor="#dddddd", edgecolor="#555555", hatch=SUPPRESSED_HATCH, label=HIDDEN_KEY)
        )
    if closed:
        key = matplotlib.patches.Patch(facecolor="white", edgecolor="#555555", hatch=CLOSED_HATCH, label=CLOSED_KEY)
        keys.append(key)
    if keys:
        # under the figure (the saved picture grows to hold it): these heat maps have no constrained layout
        fig.legend(handles=keys, loc="upper center", bbox_to_anchor=(0.5, 0.0), frameon=False, ncol=len(keys))


NEEDED_COLOURS, LOGGED_IN_COLOURS = "Blues", "Greys"  # two meanings, two colours (demo r30 #18)
NEEDED_KEY, LOGGED_IN_KEY = "hulpverleners nodig", "hulpverleners aangemeld (gemiddeld)"
NEED_FONT = TEXT_PT  # the cell numbers and ticks of the need heat map (demo r24 #12: about 6 pt in print before)
CLOSED_KEY = "gesloten: geen belpoging beantwoord"  # r45 (r44 demo #12): the chapter's word for what the logs count
CLOSED_HATCH = ".."  # dark dots over the colour: a grey area alone has too little contrast with its neighbours


def _closed(ax, closed: pd.DataFrame) -> bool:
    """Dot the weekday-hours in which no call was answered (the line closed), over the colour; whether any."""
    return _hatch(ax, closed, CLOSED_HATCH)


def describe_need_heatmap(grids: dict[str, pd.DataFrame], title: str) -> Description:
    series = []
    for name, grid in grids.items():  # as the chart shows it: closed days and hours left out
        days = [d for d in grid.index if d in grid.attrs.get("open_days", grid.index)]
        hours = [h for h in grid.columns if h in grid.attrs.get("open_hours", grid.columns)]
        cells = grid.loc[days, hours].astype(float).round(grid.attrs.get("decimals", 0)).stack(future_stack=True)
        series.append(Series(name, points([describe.slot(d, h) for d, h in cells.index], cells)))
    return Description("heatmap", title, "persons", tuple(series))  # whole counsellors as whole numbers (3, not 3,0)


@described_by(describe_need_heatmap)
def need_heatmap(grids: dict[str, pd.DataFrame] | None, title: str) -> plt.Figure | None:
    """Counsellors per weekday x hour band, one panel per grid (panel title -> grid): needed per target,
    and logged in on average (a grid whose ``attrs['decimals']`` is 1); an hour without queued calls is
    left out, a suppressed one hatched."""
    if not grids:
        return None
    import seaborn as sns

    # demo r24 #12: numbers a reader can read at print size and on a phone, in the theme's text size; demo r30 #18: a
    # colour bar lying under the panels of each colour (upright beside them its title was the smallest text), and
    # the counsellors logged in in grey, apart from the blue of those needed; r45 (r44 demo #6): 1.25 in a panel;
    # r56 (r56 demo #4): 1.65, at 1.25 the rows were lower than their digits (which touched the row lines in print)
    fig, axes = plt.subplots(
        len(grids), 1, figsize=(WIDTH, 1.2 + 1.65 * len(grids)), squeeze=False, layout="constrained"
    )
    vmax = max(float(g.astype(float).max().max()) for g in grids.values())
    open_rows = {label: [i for i in g.index if i in g.attrs.get("open_days", g.index)] for label, g in grids.items()}
    open_columns = {
        label: [c for c in g.columns if c in g.attrs.get("open_hours", g.columns)] for label, g in grids.items()
    }
    hidden = False
    for ax, (label, grid) in zip(axes[:, 0], grids.items()):
        values = grid.astype(float)
        # an hour or a day without a queue (the line closed) is left out; a suppressed hour stays, hatched
        shown = values.loc[open_rows[label], open_columns[label]]
        decimals = grid.attrs.get("decimals", 0)
        sns.heatmap(
            shown,
            ax=ax,
            cmap=LOGGED_IN_COLOURS if decimals else NEEDED_COLOURS,
            vmin=0,
            vmax=vmax,
            annot=shown.map(functools.partial(_number, decimals=decimals)),
            annot_kws={"fontsize": NEED_FONT},
            fmt="",  # Dutch numbers (1,6), as in the text
            linewidths=0.3,
            linecolor="white",
            mask=shown.isna(),
            cbar=False,
        )
        ax.set_facecolor("#dddddd")
        ax.grid(False)  # cells, not a grid: no line under the numbers
        hidden |= _hatch_hidden(ax, shown)
        ax.set_yticks([i + 0.5 for i in range(len(shown.index))], [DAYS[int(d) - 1] for d in shown.index], rotation=0)
        hours = [band_label(c) if "-" in str(c) else str(int(c)) for c in shown.columns]  # r53 demo #11: not '09'
        ax.set_xticks([i + 0.5 for i in range(len(hours))], hours, rotation=0)  # a column: the hour begun then
        ax.set(xlabel="uur (begin van het uur)" if ax is axes[-1, 0] else "", ylabel="", title=label)  # r29: once
        ax.tick_params(labelsize=NEED_FONT)
        heatmap_text(ax)  # each number in black or white, whichever reads at 4.5:1 on its cell
    for logged_in, name in ((False, NEEDED_KEY), (True, LOGGED_IN_KEY)):
        panels = [ax for ax, g in zip(axes[:, 0], grids.values()) if bool(g.attrs.get("decimals", 0)) == logged_in]
        if panels:
            key = fig.colorbar(
                panels[0].collections[0], ax=panels, location="bottom", label=name, aspect=40, shrink=0.6
            )
            key.locator = MaxNLocator(integer=True)  # whole counsellors, in Dutch numbers
            key.formatter = FuncFormatter(lambda v, _: fmt.number(v))
    _hidden_key(fig, hidden)
    return fig


def describe_weekly_hours(bars: pd.DataFrame, title: str) -> Description:
    return Description(
        "bars", title, "count", (Series("hulpverlenersuren per week", points(bars["label"], bars["hours"])),)
    )


@described_by(describe_weekly_hours)
def weekly_hours(bars: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """Counsellor-hours per week: logged in, the conversation time asked for, and needed per target."""
    if bars is None or bars.empty:
        return None
    # low: six bars need no more, and it fits on the page of the heatmaps before it (demo r21 #13: it stood alone)
    fig, ax = plt.subplots(figsize=(WIDTH, 2.3))
    ax.barh(bars["label"], bars["hours"], color=OKABE_ITO[0])  # one colour: each bar is named on the axis
    for y, hours in enumerate(bars["hours"]):
        value_label(ax, fmt.number(round(hours)), (hours, y), xytext=(4, 0), va="center")
    ax.invert_yaxis()
    ax.set(xlabel="hulpverlenersuren per week", ylabel="")
    ax.set_xlim(0, float(bars["hours"].max()) * 1.15)
    fig.tight_layout()
    return fig


def describe_model_fit(frame: pd.DataFrame, title: str) -> Description:
    slots = [describe.slot(d, h) for d, h in zip(frame["weekday"], frame["hour"])]
    return Description(
        "scatter",
        title,
        "pct",
        (
            Series("gemeten % beantwoord", points(slots, frame["measured_rate"] * 100)),
            Series("voorspeld % beantwoord", points(slots, frame["predicted_rate"] * 100)),
        ),
    )


@described_by(describe_model_fit)
def model_fit(frame: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """Per weekday x hour: the answer rate Erlang A predicts for the counsellors logged in against the
    one measured; the diagonal is a perfect fit."""
    if frame is None or frame.empty:
        return None
    fig, ax = plt.subplots(figsize=(5.2, 2.9))  # low: it fits under the text before it (a third of a page was blank)
    measured, predicted = frame["measured_rate"] * 100, frame["predicted_rate"] * 100
    ax.scatter(measured, predicted, s=18, color=OKABE_ITO[0], alpha=0.8, label="een uur van een weekdag")
    low = max(0.0, float(min(measured.min(), predicted.min())) - 10)
    high = min(100.0, float(max(measured.max(), predicted.max())) + 10)
    ax.plot([low, high], [low, high], color="#555555", linewidth=1, linestyle="--", label="perfecte voorspelling")
    ax.set(xlabel="gemeten % beantwoord", ylabel="voorspeld % beantwoord", xlim=(low, high), ylim=(low, high))
    ax.set_aspect("equal")
    ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False)  # beside the square, over no point
    fig.tight_layout()
    return fig


def describe_still_waiting(curve: pd.DataFrame, title: str) -> Description:
    seconds = ["na 0 seconden", *(f"na {int(s)} seconden" for s in curve["seconds"])]  # as drawn: from 100 %
    values = [100, *curve["still_waiting_pct"]]
    return Description("line", title, "pct", (Series("nog niet opgehangen", points(seconds, values)),))


@described_by(describe_still_waiting)
def still_waiting(curve: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """The abandonment curve: share of callers still waiting after t seconds (Kaplan-Meier)."""
    if curve is None or curve.empty:
        return None
    # demo r30 #18: at 2,2 inches the curve was flat and its axis title cramped; as high as the other line charts
    fig, ax = plt.subplots(figsize=(WIDTH, 3.0))
    x = [0, *curve["seconds"]]
    y = [100, *curve["still_waiting_pct"]]
    ax.plot(x, y, "-o", color=OKABE_ITO[0], markersize=4)  # the curve at the published points only
    ax.set(xlabel="seconden in de wachtrij", ylabel="% nog niet opgehangen", ylim=(0, 102))
    fig.tight_layout()
    return fig


def per_hour(frame: pd.DataFrame) -> pd.DataFrame:
    """Calls per weekday x hour band as an average per hour: a band of several hours ("00-06", "22-23") is divided
    by its number of hours, so a merged night band is not drawn as one heavy hour (demo r15 #10)."""
    hours = [int(str(c).split("-")[1]) - int(str(c).split("-")[0]) + 1 if "-" in str(c) else 1 for c in frame.columns]
    return (frame.astype(float) / pd.Series(hours, index=frame.columns)).round(1)


# each cell is the year's calls in that weekday-hour, not the calls of one hour (demo r16 #6: "oproepen per uur" up to
# 300 read as 300 calls in a Monday 10:00 hour, which gets about 6)
SCALE = "belpogingen per jaar op dat uur"  # demo r26 #3: one word per meaning


def band_label(band) -> str:
    """An hour band as the hours it spans, its end excluded ("00-06" -> "0-7"; demo r26 #9: "00-06" left open whether
    hour 6 was in it); a single hour stays as it is ("09")."""
    if "-" not in str(band):
        return str(band)
    first, last = (int(part) for part in str(band).split("-"))
    return f"{first}-{last + 1}"


AVERAGE = "gem./uur"  # demo r28 #18: a merged band's average per hour (r29 #14: the caption says it, not a tick)


def hour_ticks(columns) -> list[str]:
    """The ticks under columns of hours, upright (demo r29 #14): a band as its span ('0–7'), an odd hour as its number,
    an even one blank (r63 demo #7: '0–7, 7, 8, 10' was uneven), none right beside a band (r66, r65 demo #5: '7' next
    to '0–7' read as a typo in print, '21' touched '22–24'; the phone, thinning every second label, showed 0–7, 9)."""
    bands = [str(c) for c in columns]
    near = [any("-" in b for b in bands[max(i - 1, 0) : i] + bands[i + 1 : i + 2]) for i in range(len(bands))]
    return [
        band_label(b).replace("-", "–") if "-" in b else (str(int(b)) if int(b) % 2 == 1 and not n else "")
        for b, n in zip(bands, near, strict=True)
    ]


def merged_bands(frame: pd.DataFrame) -> list[str]:
    return [band_label(c) for c in frame.columns if "-" in str(c)]


def describe_weekday_hour_heatmap(offered: pd.DataFrame, answered: pd.DataFrame, title: str) -> Description:
    series = []
    for name, frame in (("binnengekomen belpogingen", offered), ("beantwoorde belpogingen", answered)):
        cells = per_hour(frame).stack(future_stack=True)
        labels = [f"{describe.DAYS[int(day) - 1]} {band_label(hour)} uur" for day, hour in cells.index]
        series.append(Series(f"{name} per jaar op dat uur", points(labels, cells)))
    return Description("heatmap", title, "persons", tuple(series))  # a merged band's average has a decimal


@described_by(describe_weekday_hour_heatmap)
def weekday_hour_heatmap(offered: pd.DataFrame, answered: pd.DataFrame, title: str) -> plt.Figure:
    """Two heatmaps side by side (weekday x hour band): calls offered and calls answered; a
    suppressed cell is grey and hatched."""
    import seaborn as sns  # only this chart needs seaborn (and scipy with it)

    # r45 (r44 demo #6): 3.8 in, not 5.6: it fits whole under the patience chart and its lead-in (p.9 was 55 %
    # empty; drawn smaller only, it went back and forth between the pages)
    fig, axes = plt.subplots(2, 1, figsize=(WIDTH, 3.8), sharex=True, layout="constrained")
    vmax = float(per_hour(offered).max().max())
    hidden = False
    # demo r24 #12: the hours in which no call was answered (the line closed) greyed out in both panels
    closed = per_hour(answered).fillna(1).eq(0) & per_hour(offered).notna()
    for ax, frame, label in zip(axes, (offered, answered), ("binnengekomen belpogingen", "beantwoorde belpogingen")):
        values = per_hour(frame)
        sns.heatmap(
            values,
            ax=ax,
            cmap=FROM_LIGHT_BLUE,  # demo r25 #7: a few calls an hour light blue, no call white (linear scale)
            vmin=0.5,
            vmax=vmax,
            cbar=False,
            linewidths=0.3,
            linecolor="white",
            mask=values.isna(),
            xticklabels=hour_ticks(values.columns),
        )
        ax.set_facecolor("#dddddd")
        ax.grid(False)  # cells, not a grid: no line under the numbers
        hidden |= _hatch_hidden(ax, values)
        shut = _closed(ax, closed) if frame is answered else False  # demo r25 #7: offered while closed: no dots
        ax.set_yticks([i + 0.5 for i in range(len(values.index))], [DAYS[int(d) - 1] for d in values.index], rotation=0)
        ax.set(title=label, xlabel="", ylabel="")
    axes[-1].tick_params(axis="x", labelrotation=0)  # seaborn turns labels it finds crowded upright
    axes[-1].set_xlabel("uur")
    # demo r28 #17: one colour scale for both panels, lying under them (upright beside each it was small on a phone)
    fig.colorbar(axes[0].collections[0], ax=axes, location="bottom", label=SCALE, aspect=40, shrink=0.8)
    _hidden_key(fig, hidden, shut)
    return fig


ANSWER_RATE = Figure(
    "fig-export-answer-rate",
    # demo r28 #5, #8: the chart's stamp says the data are made up, not the caption; r33 (demo r32 #2): the band is a
    # lower bound; r36 (demo r35 #10): what the band shows, and why the real swing is larger
    "fig_export_answer_rate",
    export_chart(answer_rates, "Beantwoorde belpogingen per maand", "monthly", flagged=True),
)
WEEKDAY_HOUR = Figure(
    "fig-export-weekday-hour",
    # demo r26 #9: the merged bands as the hours they span (analysis/staffing.py BAND_HOURS: 0 to 7, 22 to 24)
    "fig_export_weekday_hour",
    export_chart(weekday_hour_heatmap, "Belpogingen per weekdag en uur", "offered", "answered"),
)
STILL_WAITING = Figure(
    "fig-export-still-waiting",
    "fig_export_still_waiting",
    export_chart(still_waiting, "Geduld van de bellers", "curve"),
)
WEEKLY = Figure(
    "fig-export-staffing-weekly",
    "fig_export_staffing_weekly",
    export_chart(weekly_hours, "Uren per week", "weekly"),
)
NEED = Figure(
    "fig-export-staffing-need",
    "fig_export_staffing_need",
    export_chart(need_heatmap, "Nodige bezetting", "grids"),
)
MODEL_FIT = Figure(
    "fig-export-model-fit",
    "fig_export_model_fit",
    export_chart(model_fit, "Model en meting", "fit"),
)
