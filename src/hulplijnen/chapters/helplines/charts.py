"""The helplines chapter's own charts: the channel mix per helpline, the growth of each helpline as an index. Each
chart is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns
None or refuses empty data."""

from __future__ import annotations

import contextlib
import functools

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ...presentation import caption_text, figures_sources, fmt
from ...presentation import figures_describe as describe
from ...presentation.figures import legend_below
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.figures_phone import MIN_PT as PHONE_PT
from ...presentation.figures_phone import PHONE_FIGURE
from ...presentation.figures_phone import WIDTH as PHONE_WIDTH
from ...presentation.figures_shares import stacked_shares
from ...presentation.labels import measure_label
from ...presentation.parts import Figure
from ...presentation.theme import GREY, OKABE_ITO, TEXT_PT, VALUE_BOX, WIDTH, value_label
from .years_chart import DERIVED, calls_conversations  # the chapter's chart of the years (DERIVED: its words)


def describe_channel_shares(shares: pd.DataFrame, title: str) -> Description:
    colours, label = describe.channels()
    present = [c for c in colours if c in set(shares.loc[shares["share_pct"].fillna(0) > 0, "channel"])]
    parts = [shares[shares["channel"] == c] for c in present]
    # each share as the chart writes it on its segment (whole percents: 40 %, not 39,5 %)
    series = tuple(Series(label(c), points(p["label"], p["share_pct"].map(_whole))) for c, p in zip(present, parts))
    return Description("stacked", title, "pct", series)


def _whole(value):
    return value if pd.isna(value) else float(round(float(value)))  # rounded as fmt.pct(value, 0) rounds


@described_by(describe_channel_shares)
def channel_shares(shares: pd.DataFrame, title: str) -> plt.Figure:
    """Horizontal stacked bars: one bar per row label (year or helpline), segments per channel.

    ``shares`` has columns label, channel, share_pct.
    """
    # r49 (2021 #4, #5): lower bars; a share inside its segment where it fits at the picture's own width and type,
    # else under its bar in the legend's order, named by its channel; the phone's version drawn apart at its width
    return stacked_shares(shares)


def describe_intervals(
    rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None, marked: str = ""
) -> Description:
    shown = tuple(describe.interval(r.label, r.value, r.low, r.high) for r in rows.itertuples())
    # dots only: the range the rounding allows is too narrow to draw (r26 2021 #20: "met hun bereik" showed none)
    series = (Series(xlabel, shown),)
    if "previous" in rows and rows["previous"].notna().any():  # r32 2021 #6: the year between, as the chart shows it
        year = rows["previous_year"].dropna().iloc[0]
        # r33 2021 #13: a derived index is 'ongeveer' with its range, as the report year's
        between = tuple(
            describe.interval(
                r.label, r.previous, getattr(r, "previous_low", r.previous), getattr(r, "previous_high", r.previous)
            )
            for r in rows.itertuples()
        )
        series = (Series(f"{xlabel}, {rows['year'].iloc[0]}", shown), Series(f"{xlabel}, {year}", between))
    return Description("dots", title, "index", series)


@described_by(describe_intervals)
def intervals(
    rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None, marked: str = ""
) -> plt.Figure:
    """Point-and-interval chart: columns label, value, low, high, colour (optional). With ``reference``
    (e.g. index 100 of the base year) the axis still starts at 0, the reference a thin dashed line named
    ``marked`` and a stroke from it to each point; each point carries its value. Its phone version is drawn apart
    (figures_phone.PHONE_FIGURE): each row's name above its line, so the plot has the phone's whole width."""
    fig = _intervals(rows, xlabel, reference, marked)
    setattr(fig, PHONE_FIGURE, functools.partial(_intervals, rows, xlabel, reference, marked, phone=True))
    return fig


# r63 (r63 2021 #4): on a phone the row names ('Tele-Onthaal (oproepen)') took half the width, the numbers touched the
# dots: there each name stands above its line, from the axis' start, above its line's numbers; the rows taller
PHONE_ROW_INCH, PHONE_NAME_PT, PHONE_HEAD = 1.2, 29, 0.1


def _intervals(
    rows: pd.DataFrame, xlabel: str, reference: float | None = None, marked: str = "", phone: bool = False
) -> plt.Figure:
    size = PHONE_PT if phone else TEXT_PT
    fonts = {k: size for k in ("font.size", "axes.labelsize", "xtick.labelsize", "legend.fontsize")}
    with plt.rc_context(fonts) if phone else contextlib.nullcontext():  # the PDF's as before
        if phone:
            fig, ax = plt.subplots(figsize=(PHONE_WIDTH - 0.2, 1.3 + PHONE_ROW_INCH * len(rows)), layout="constrained")
        else:
            fig, ax = plt.subplots(figsize=(WIDTH, 1.2 + 0.55 * len(rows)), layout="constrained")
        _draw(fig, ax, rows, xlabel, reference, marked, size)
        if phone:
            ax.tick_params(axis="y", left=False, labelleft=False)
            ax.set_ylim(len(rows) - 0.5, -0.5 - PHONE_HEAD)
            for i, row in enumerate(rows.itertuples()):
                ax.annotate(
                    row.label,
                    (0, i),
                    xycoords=("axes fraction", "data"),
                    xytext=(0, PHONE_NAME_PT),
                    textcoords="offset points",
                    ha="left",
                    va="center",  # not a number above its mark: figures_phone leaves it where it is
                    fontsize=size,
                    bbox=VALUE_BOX,
                )
    return fig


def _draw(fig: plt.Figure, ax, rows: pd.DataFrame, xlabel: str, reference, marked: str, size: float) -> None:
    # every value with the precision of the least precise: '114' beside '157', not '113,9' (r22 2021 #16)
    decimals = int(rows["decimals"].min()) if "decimals" in rows else 1
    for i, row in enumerate(rows.itertuples()):
        colour = getattr(row, "colour", OKABE_ITO[0])
        # the range the rounding allows is a few tenths wide: too narrow to draw, it is the alt text's (r22 2021 #16)
        ax.plot([row.value], [i], "o", color=colour, markersize=8)
        # the value above its dot, not beside it: on a phone a label beside the rightmost dot was moved back inside
        # the plot, over its dot (r24 2021 #1: '157' hid 1712's dot)
        value_label(
            ax,
            fmt.number(row.value, decimals),
            (row.value, i),
            xytext=(0, 7),
            ha="center",
            va="bottom",
            fontsize=size,
        )
    if reference is not None:
        # the axis from 0, the base a thin dashed line named above the plot: an axis starting at the base with a
        # heavy line there read as a zero, so 114 beside 157 looked like a fourfold growth (r27 2021 #18); the
        # growth itself is the coloured stroke from the base to each dot
        for i, row in enumerate(rows.itertuples()):
            colour = getattr(row, "colour", OKABE_ITO[0])
            ax.plot([reference, row.value], [i, i], color=colour, linewidth=2, solid_capstyle="butt", zorder=1.5)
        ax.axvline(reference, color=GREY, linewidth=0.8, linestyle="--", zorder=1)
        if marked:
            ax.annotate(
                marked,
                (reference, 1),
                xycoords=("data", "axes fraction"),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=size,
                color=GREY,
                annotation_clip=False,
            )
        top = max(float(rows["high"].max()), reference)
        ax.set_xlim(0, top * 1.1)
        # r30 2021 #20: a few ticks as large as the values, so a phone shows more than '0' and '100'
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 5, 10]))
        ax.tick_params(axis="x", labelsize=size)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt.number(v)))
    ax.set_yticks(range(len(rows)), rows["label"])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set(xlabel=xlabel)  # one mark per row, named by its label (r22 2021 #16: a grey dot for coloured)
    if "previous" in rows and rows["previous"].notna().any():
        _previous(fig, ax, rows, decimals, size)


# the open dot is drawn this part of a row lower, its value beside it (r32 2021 #10); r66 (r65 2021 #6): on every
# row, its value always to its right, so the three rows read alike and no value meets the line or the other dot
SHIFT = 0.3
ROOM = 1.25  # the axis up to this much of the largest value: room for an open dot's value to its right


def _previous(fig: plt.Figure, ax, rows: pd.DataFrame, decimals: int, size: float = TEXT_PT) -> None:
    """r32 2021 #6: the year between as an open dot, so a fall in the report's year shows (Stop it Now! 165 then
    146); a legend names the two years. r66 (r65 2021 #6): on every row the open dot a little under the row's line
    (SHIFT) with its value to its right, the same for all rows: both dots and both values show, none over another,
    however close the two dots (r32 2021 #10: 114 and 115)."""
    top = max(float(rows["high"].max()), float(rows["previous"].max()))
    ax.set_xlim(0, max(ax.get_xlim()[1], top * ROOM))
    for i, row in enumerate(rows.itertuples()):
        if pd.isna(row.previous):
            continue
        colour = getattr(row, "colour", OKABE_ITO[0])
        y = i + SHIFT
        ax.plot([row.previous], [y], "o", markerfacecolor="white", markeredgecolor=colour, markersize=8, zorder=1.8)
        value_label(
            ax,
            f"{figures_sources.ABOUT}\u00a0{fmt.number(row.previous, decimals)}",  # r61 (r61 2021 #4): derived
            (row.previous, y),
            xytext=(7, 0),
            ha="left",
            va="center",
            fontsize=size,
        )
    ax.plot([], [], "o", color=GREY, markersize=8, label=rows["year"].iloc[0])
    ax.plot(
        [],
        [],
        "o",
        markerfacecolor="white",
        markeredgecolor=GREY,
        markersize=8,
        label=f"{rows['previous_year'].dropna().iloc[0]} (bij benadering)",  # r61 (r61 2021 #4): an estimate
    )
    legend_below(fig)  # in the phone's type there (its rc_context)


def _years(data: dict) -> plt.Figure | None:
    """The report's one helpline over the years: its calls and conversations per year (only its main count where it
    counts no conversations), published or implied by a published change. None when the report has several
    helplines (the comparison shows them side by side)."""
    if len(data["sections"]) != 1:
        return None
    chapter = next(iter(data["sections"].values()))
    implied, main = chapter.data["implied"], chapter.data["main"]
    measures = [main, *(["conversations"] if (implied["measure"] == "conversations").any() else [])]
    shown = implied[implied["measure"].isin(measures) & (implied["category"] == "all") & implied["preferred"]]
    if shown["year"].nunique() < 2:
        return None
    title = _caption(YEARS, data)  # the alt text names the chart as its caption does
    about = chapter.data.get("about", {})  # the round figures the text and the table print
    if len(measures) == 1:  # one count per year: the shared chart of a count per year
        label = fmt.capfirst(measure_label(main, "all"))
        columns = shown[["year", "low", "high", "exact"]]
        return figures_sources.series_counts(columns, title, label, about=about.get(main, {}), implied=DERIVED)
    rows = shown[["year", "measure", "low", "high", "exact"]].reset_index(drop=True)
    return calls_conversations(rows, title, about)


def _mix(data: dict) -> plt.Figure | None:
    """The channel mix side by side; None for a single helpline (no comparison, its text gives the mix)."""
    if data["mix"]["label"].nunique() < 2:
        return None
    return channel_shares(data["mix"], _caption(MIX, data))


def _growth(data: dict) -> plt.Figure | None:
    """Growth since two years earlier side by side; None for fewer than two helplines (one point is not a
    comparison: the text gives the change)."""
    if len(data["growth"]) < 2:
        return None
    base = data["base_year"]
    return intervals(data["growth"], _caption(GROWTH, data), f"index ({base} = 100)", 100, f"{base} = 100")


def _caption(figure: Figure, data: dict) -> str:
    """A chart's caption as plain text (its title in the alt text), from the chapter's caption template."""
    return caption_text.plain("chapters/helplines/captions.md", figure.caption, data)


NARROW = 0.62 * WIDTH  # a few bars: drawn narrower, so on a phone the chart fits the screen (parts.Figure.narrow)
YEARS = Figure(
    "fig-helpline-years",
    "fig_helpline_years",  # what the chart shows, as its caption says it (review r14, TO #14)
    _years,
)  # at the text's width, as every chart (r22 TO #10: drawn narrow, its type was half the text's on a wide screen)
MIX = Figure("fig-helpline-mix", "fig_helpline_mix", _mix)
# r38 (r37 2021 #13): the open dot's year by name, as the legend names it (captions.md, fig_helpline_growth)
GROWTH = Figure(
    "fig-helpline-growth",
    "fig_helpline_growth",
    _growth,
)
