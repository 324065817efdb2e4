"""The capacity chapter's answer-rate chart: the share of offered call attempts answered per month, with the band
chance alone would give."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation.figures import legend_below, month_ticks
from ...presentation.figures_alt import Description, Series, described_by
from ...presentation.theme import CHANNEL_COLOURS, GREY, WIDTH

BAND = "schommeling door toeval"
# demo r30 #12: around made-up shares a band in the line's colour read as real precision: in a synthetic release it is
# grey. r33 (demo r32 #2): its legend says what it is, a lower bound (the annex: a caller who calls again makes the
# real swing larger), never 'zo zou een echte schommeling eruitzien'; short enough for two columns at 390 px; r36
# (demo r35 #10): not 'de echte', which read as pointing nowhere
SAMPLE_BAND = "schommeling door toeval (in werkelijkheid groter)"
# demo r33 #1: in a synthetic export the months whose share was matched to a published figure (the table's *, one
# flag: the frame's ``anchored`` column) are a solid line, the freely chosen ones a grey dashed line, both in the legend
# r44 (demo r42 #8): the 40 to 45 % is from the helpline's internal analyses quoted in the question, not published
# r63 (r63 demo #5): 'afgestemd op interne analyses' read as points from those analyses: both say they are made up
MATCHED = "verzonnen, afgestemd op interne analyses"
FREE = "verzonnen, vrij gekozen"
HEIGHT = 2.0  # inches (r45): low enough to stand with its lead-in under the opening of the chapter
CLEAR = 2.0  # percentage points between the key's box and the highest band under it (r47, demo r46 #14)


def _split(shown: pd.DataFrame) -> pd.Series | None:
    """The matched-month flag of ``shown`` when it parts the months in two (None: one line, as a real export)."""
    if "anchored" not in shown:
        return None
    flag = shown["anchored"].fillna(False).astype(bool)
    return flag if flag.any() and not flag.all() else None


def describe_answer_rates(monthly: pd.DataFrame, title: str, synthetic: bool = False) -> Description:
    shown = monthly.dropna(subset=["rate"])

    def rows(part: pd.DataFrame) -> tuple:
        return tuple(
            describe.interval(describe.month(r.month), r.rate * 100, r.low * 100, r.high * 100)
            for r in part.itertuples()
        )

    flag = _split(shown)
    if flag is None:
        return Description("line", title, "pct", (Series("beantwoord", rows(shown)),))
    return Description("line", title, "pct", (Series(FREE, rows(shown[~flag])), Series(MATCHED, rows(shown[flag]))))


def _key(fig: plt.Figure, ax, x, high) -> None:
    """The key in the plot's empty top, left or else right, where its box stays ``CLEAR`` above every band under it
    (r47, demo r46 #14: the February band, up to 60,7 %, ran into its last row; a fixed threshold counted two rows for
    three), else under the plot. One column anchored inside the axes' top (r45: two columns, or anchored above the
    axes, widened the drawing and changed its scale on screen), on white, so no gridline runs through its words; the
    phone version puts it under the plot (figures_phone._legends_below)."""
    handles, labels = ax.get_legend_handles_labels()
    half = 16  # days: half a month, a point's marker and band either side of it
    for loc, anchor in (("upper left", (0.01, 0.99)), ("upper right", (0.99, 0.99))):
        key = fig.legend(
            handles,
            labels,
            ncols=1,
            loc=loc,
            bbox_to_anchor=anchor,
            bbox_transform=ax.transAxes,
            frameon=True,
            facecolor="white",
            edgecolor="none",
            framealpha=1,
        )
        fig.canvas.draw()
        box = key.get_window_extent().transformed(ax.transData.inverted())
        under = high[(x >= box.x0 - half) & (x <= box.x1 + half)]
        if not len(under) or under.max() + CLEAR <= box.y0:
            return
        key.remove()
    legend_below(fig, ncols=2)


@described_by(describe_answer_rates)
def answer_rates(monthly: pd.DataFrame, title: str, synthetic: bool = False) -> plt.Figure:
    """Share of offered calls answered per month, with its 95 % interval (grey, a sample of its look, where the
    release's data are ``synthetic``: export_tables.export_chart passes the release's flag)."""
    # r44 (demo p.7): 2.9 in high, not 3.4: with its lead-in it fits under the opening of its chapter (40 % was empty).
    # r45 (r44 demo #6): still 317 pt with its lead-in for 244 left under the opening (p.7 40 % empty, Tabel 5 pushed
    # to p.9): lower (HEIGHT), its key inside the plot above the lines where it clears them (_key)
    fig, ax = plt.subplots(figsize=(WIDTH, HEIGHT), layout="constrained")
    shown = monthly.dropna(subset=["rate"])
    x = pd.PeriodIndex(shown["month"], freq="M").to_timestamp()
    rate = shown["rate"].astype(float) * 100
    sample = synthetic
    ax.fill_between(
        x,
        shown["low"].astype(float) * 100,
        shown["high"].astype(float) * 100,
        color=GREY if sample else CHANNEL_COLOURS["phone"],
        alpha=0.25 if sample else 0.2,
        linewidth=0,
        label=SAMPLE_BAND if sample else BAND,
    )
    flag = _split(shown)
    if flag is None:
        ax.plot(x, rate, marker="o", color=CHANNEL_COLOURS["phone"], label="beantwoord")
    else:  # the dashed line runs through every month, the solid one over it where the months were matched
        free = list(~flag)
        ax.plot(x, rate, marker="o", markevery=free, color=GREY, linestyle="--", mfc="white", label=FREE)
        ax.plot(x, rate.where(flag.values), marker="o", color=CHANNEL_COLOURS["phone"], label=MATCHED)
    ax.xaxis.set_major_locator(mdates.MonthLocator())  # every month named, not every other one
    month_ticks(ax)
    ax.set(xlabel="", ylabel="% beantwoord", ylim=(0, 100))
    _key(fig, ax, mdates.date2num(x), shown["high"].astype(float).to_numpy() * 100)
    return fig
