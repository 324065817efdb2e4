"""The helplines chapter's chart of the years: calls and conversations per year, published or known only from a
published change (hatched). Described for its alt text by the describer beside it (figures_alt). Its phone version is
drawn apart (figures_phone.PHONE_FIGURE): one panel per measure, so each column keeps its number above it at a size
a phone reads (r37 TO #7; r34 TO #11 had dropped the numbers, which ran into each other and stood upright)."""

from __future__ import annotations

import functools

import matplotlib.patches
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures_alt import Description, Series, described_by
from ...presentation.figures_phone import PHONE_FIGURE
from ...presentation.figures_phone import WIDTH as PHONE_WIDTH
from ...presentation.labels import measure_label
from ...presentation.theme import OKABE_ITO, TEXT_PT, WIDTH, value_label

MEASURE_COLOURS = {"calls": OKABE_ITO[0], "conversations": OKABE_ITO[2]}
AXIS_COUNT = "aantal per jaar"  # the x axis of the chart of the years (r28 TO #12)
# a year known only from a published rounded change, in the same words in both charts of the chapter (review r16,
# TO #11: 'afgeleid uit een afgerond groeicijfer' beside 'afgeleid uit afgeronde wijzigingen')
# r33 TO #8: plain words (a range from a published rounded change: the annex explains); r37 (r36 TO #9): the word of
# the annex's table and Methods ('afgeleid uit +13,9 %'), with the mark its bars carry ('≈ 120.900'), not 'geschat'
DERIVED = "schatting (≈)"  # r39 (r38 2021 #14): the tables' word, "≈: schatting"
PANEL_INCH = 2.1  # the phone version: the height of one measure's panel


def describe_calls_conversations(rows: pd.DataFrame, title: str, about: dict) -> Description:
    series = []
    for measure in [m for m in MEASURE_COLOURS if m in set(rows["measure"])]:
        own = rows[rows["measure"] == measure].sort_values("year")
        shown = tuple(
            describe.interval(int(r.year), about.get(measure, {}).get(int(r.year)), r.low, r.high)
            for r in own.itertuples()
        )
        series.append(Series(measure_label(measure, "all"), shown))
    return Description("bars", title, "count", tuple(series))


def _columns(ax, rows: pd.DataFrame, years: list[int], measures: list[str], about: dict) -> None:
    """The columns of ``measures`` side by side per year, each with its value above it: a published one solid, one
    known only from a published change hatched, with the round figure the text prints."""
    width = 0.8 / len(measures)
    for j, measure in enumerate(measures):
        colour = MEASURE_COLOURS[measure]
        for r in rows[rows["measure"] == measure].itertuples():
            x = years.index(int(r.year)) + (j - (len(measures) - 1) / 2) * width
            if r.exact:
                value, label = r.low, fmt.number(r.low)
                # r31 TO #15: every bar (and legend swatch) the theme's outline, the published ones as the derived ones
                ax.bar(x, value, width=width * 0.9, color=colour)
            else:
                value = about.get(measure, {}).get(int(r.year), (r.low + r.high) / 2)
                label = f"≈\u00a0{fmt.number(value)}"  # r41 (r40 TO #12): never apart
                # r30 TO #15: the theme's dark outline as every other bar; the hatch in the measure's colour
                ax.bar(x, value, width=width * 0.9, facecolor=to_rgba(colour, 0.35), hatch="//", hatchcolor=colour)
            value_label(ax, label, (x, value), xytext=(0, 3), ha="center", va="bottom", fontsize=TEXT_PT)
    ax.set_xticks(range(len(years)), [str(y) for y in years], fontsize=TEXT_PT)
    ax.set_xlim(-0.5, len(years) - 0.5)
    # few ticks, so they stay level on a phone too (r23 TO #12)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt.number(v)))
    # r28 TO #12: what the axis counts, and its ticks as large as the values above the columns
    ax.tick_params(axis="y", labelsize=TEXT_PT)
    ax.set_ylabel(AXIS_COUNT, fontsize=TEXT_PT)
    ax.grid(False)  # the values stand above the columns: no gridline through them


def _top(rows: pd.DataFrame) -> float:
    """The axis' end: room above the longest column for its value."""
    longest = float(rows["high"].max())
    ticks = MaxNLocator(nbins=4, steps=[1, 2, 5, 10]).tick_values(0, longest * 1.12)
    return next(t for t in ticks if t >= longest * 1.12)


def _legend(fig: plt.Figure, rows: pd.DataFrame, measures: list[str]) -> None:
    """The measures' swatches, outlined as the bars (the theme's outline), and each estimated one as its bars."""
    handles = [matplotlib.patches.Patch(facecolor=MEASURE_COLOURS[m], label=measure_label(m, "all")) for m in measures]
    if not rows["exact"].all():  # r34 TO #10: each estimated swatch as its bars, in its measure's colour
        handles += [
            matplotlib.patches.Patch(
                facecolor=to_rgba(MEASURE_COLOURS[m], 0.35),
                hatch="//",
                hatchcolor=MEASURE_COLOURS[m],
                label=f"{measure_label(m, 'all')}, {DERIVED}",
            )
            for m in measures
            if not rows[rows["measure"] == m]["exact"].all()
        ]
    columns = len(measures) if len(handles) > len(measures) else len(handles)
    fig.legend(handles=handles, frameon=False, ncols=columns, loc="outside lower center", fontsize=TEXT_PT)


@described_by(describe_calls_conversations)
def calls_conversations(rows: pd.DataFrame, title: str, about: dict) -> plt.Figure:
    """Calls and conversations side by side per year (r22 TO #9: the help given beside the calls), as vertical
    grouped columns, the years from left to right as a trend reads (r33 TO #16: years from top to bottom read oddly),
    the value above each column and the ticks at the text's size; a year known only from a published change
    hatched, with the round figure the text prints. Columns year, measure, low, high, exact; ``about``: measure ->
    year -> that round figure."""
    years = sorted(int(y) for y in rows["year"].unique())
    measures = [m for m in MEASURE_COLOURS if m in set(rows["measure"])]
    fig, ax = plt.subplots(figsize=(WIDTH, 3.4), layout="constrained")
    _columns(ax, rows, years, measures, about)
    ax.set_ylim(0, _top(rows))
    _legend(fig, rows, measures)
    setattr(fig, PHONE_FIGURE, functools.partial(phone_calls_conversations, rows, about))
    return fig


def phone_calls_conversations(rows: pd.DataFrame, about: dict) -> plt.Figure:
    """The phone's version: a panel per measure, one scale for both (a column as high in each for the same number),
    the years from left to right; so every column is as wide as a year's two were together and its number fits
    above it, level, at the phone's size (r37 TO #7)."""
    years = sorted(int(y) for y in rows["year"].unique())
    measures = [m for m in MEASURE_COLOURS if m in set(rows["measure"])]
    fig, axes = plt.subplots(
        len(measures),
        1,
        figsize=(PHONE_WIDTH - 0.2, PANEL_INCH * len(measures) + 0.8),
        sharex=True,
        sharey=True,
        squeeze=False,
        layout="constrained",
    )
    for ax, measure in zip(axes[:, 0], measures):
        _columns(ax, rows, years, [measure], about)
        # r61 (r59 TO #4): the panel's title says what it counts and what the axis counts, as the desktop's axis
        # title does; no axis title of its own, so the columns keep the width
        ax.set_title(f"{measure_label(measure, 'all')} ({AXIS_COUNT})", loc="left")
        ax.set_ylabel("")
        ax.set_ylim(0, _top(rows))
        # r52 (r51 TO #11): the years under every panel, not only the lowest (sharex hides the upper one's)
        ax.tick_params(axis="x", labelbottom=True)
    _legend(fig, rows, measures)
    return fig
