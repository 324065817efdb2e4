"""Charts that several chapters on the published tables draw (series over
the years), in the theme and palette of hulplijnen.presentation.figures. Every chart refuses empty data."""

from __future__ import annotations

import functools
import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.legend_handler import HandlerTuple
from matplotlib.patches import Patch

from ..config.errors import BuildError
from ..maths.intervals import roundest
from . import figures_describe as describe
from . import fmt
from .figures import thousands_ticks
from .figures_alt import described_by
from .figures_describe import ROUNDED
from .figures_phone import PHONE_FIGURE
from .theme import CHANNEL_COLOURS, GREY, OKABE_ITO, WIDTH, channel_label, value_label

# Every chart of shares per year (share_series) is this tall, so its plot is as tall as the next one's; a longer legend
# adds its rows under the plot. r35 (2021 #3): the contact persons' chart at 3.2 in had a plot a third taller than the
# channels' (2.5 in, channels.charts), missed the foot of 2021 p.5 by two lines and left a third of that page empty.
SHARES_HEIGHT = 2.5


def not_empty(frame: pd.DataFrame, title: str) -> None:
    if frame is None or len(frame) == 0:
        raise BuildError(f"figure '{title}': no data to draw (an empty chart is never drawn)")


def one_year(frame: pd.DataFrame, column: str | None = "year") -> bool:
    """Whether a series over the years holds a single year (``column`` None: one row per year). One bar
    or point is not a series: its chart is not drawn, and the chapter's text or table carries the value."""
    return (len(frame) if column is None else frame[column].nunique()) == 1


# A value known only as a range (a rounded share, or a count implied by a rounded change) is drawn as a light bar up
# to the middle of that range (for a share rounded once: the share as published, 18 % drawn at 18, not at the 17,5
# it may be at least), with a whisker over what the rounding allows; the legend names both marks in plain words, and
# the caption uses the same words (r15 2021 #14). A value the report derived is hatched and said to be 'bij
# benadering'; a share as published is not an estimate: dotted, not hatched, 'afgerond gepubliceerd'
# (ROUNDED, figures_describe; r19 2021 #17, r26 2021 #8). The same in every chart that draws such a bar.
IMPLIED = "schatting"  # r39 (r38 2021 #14): as the tables' "≈: schatting"
ALLOWED = "wat de afronding toelaat"
# A share published rounded is drawn in its category's own (saturated) colour, dotted with a dark outline: a pale
# bar (#A6CEE3 and the like) had 1.5-1.7:1 against the page, below WCAG 1.4.11's 3:1 (r26 2021 #8); a share the
# report derived is hatched instead. OUTLINE has 3:1 against the page and against every fill of the palette.
ROUNDED_HATCH, DERIVED_HATCH, OUTLINE = "...", "//", "#1a1a1a"
# A year's slot without a share (no bar: not zero) is marked in the chart, the legend says what the mark means
# (r26 2021 #8)
NOT_PUBLISHED = "n.g."
NOT_PUBLISHED_LEGEND = "n.g.: niet gepubliceerd"
# r66 (r65 2021 #5): a chart of shares per year with this many categories or more, each carrying its share, lies on a
# phone (share_series ``phone``): four columns a year left room only for shares written upright
UPRIGHT_FROM = 4
LYING_ROW_INCH = 0.25  # a lying bar's row with its share beside it, at the phone's type; a legend line as much
EXACT_WRAP = 30  # the legend entry of the exact bars, in characters per line (r41)
# An implied count's label: "ongeveer 5.420" was wider than its bar and ran into the axis (r26 2021 #20); the
# legend's hatched bar says what the hatched bar with "≈" is ('bij benadering')
ABOUT = "\u2248"
# A count per year over a few years only is drawn this wide (inches): the axis, and so much per year
FEW_YEARS_WIDTH, YEAR_WIDTH = 1.4, 0.85


def middle(r) -> float:
    """Where a range's bar ends: the middle of what the rounding allows (a share published rounded: that share)."""
    return (float(r["low"]) + float(r["high"])) / 2


def _whisker(ax, x: float, r, capsize: float, lying: bool = False):
    """A whisker from the least to the most a rounded value allows, round the bar's top (its middle); ``lying``:
    along a lying bar."""
    top = middle(r)
    spread = [[top - r["low"]], [r["high"] - top]]
    where = {"x": top, "y": x, "xerr": spread} if lying else {"x": x, "y": top, "yerr": spread}
    drawn = ax.errorbar(**where, fmt="none", color="black", capsize=capsize, linewidth=1)
    drawn.set_label(ALLOWED)
    return drawn


@described_by(describe.series_counts)
def series_counts(
    series: pd.DataFrame,
    title: str,
    ylabel: str,
    whiskers: bool = True,
    about: dict | None = None,
    implied: str = IMPLIED,
) -> plt.Figure | None:
    """A count per year: bars for exact values; where a value is only implied, a light hatched bar up to the middle
    of the interval it allows, with that interval as a whisker round its top. Every bar carries its value
    (an implied one as the whole numbers it allows). Columns year, low, high, exact. None for a single year.
    ``about`` (year: the round figure a chapter's text and table print): an implied bar carries that figure as they
    do, after '≈' ('≈ 120.900'), without a whisker too narrow to see (review r13, TO #8). Without ``whiskers`` (a
    chapter's chart: a range of a few units is invisible at its scale) an implied value is labelled '≈' its
    roundest count; the range is the annex's."""
    not_empty(series, title)
    if one_year(series):
        return None
    series = series.sort_values("year").reset_index(drop=True)
    x = [int(y) for y in series["year"]]  # years on a time axis: a gap of years shows as a gap
    # a few years need not span the page: drawn narrower, such a chart fits a phone's screen at a readable scale
    # (report.css), its legend in one column and a range's label on two lines
    narrow = FEW_YEARS_WIDTH + YEAR_WIDTH * (x[-1] - x[0] + 1) < WIDTH
    fig, ax = plt.subplots(figsize=(FEW_YEARS_WIDTH + YEAR_WIDTH * (x[-1] - x[0] + 1) if narrow else WIDTH, 3.2))
    light = to_rgba(OKABE_ITO[0], 0.35)
    drawn, above, lines = [], {"xytext": (0, 6), "ha": "center"}, 1
    for i, r in zip(x, series.to_dict("records")):
        if r["exact"]:
            ax.bar(i, r["low"], color=OKABE_ITO[0], width=0.6)
            label = fmt.number(r["low"])
        else:
            ax.bar(i, middle(r), color=light, width=0.6, hatch="//", edgecolor=OKABE_ITO[0], linewidth=1)
            if about is not None and int(r["year"]) in about:
                label = f"{ABOUT}\u00a0{fmt.number(about[int(r['year'])])}"
            elif not whiskers:
                label = f"{ABOUT}\u00a0{fmt.number(roundest(r['low'], r['high']))}"
            else:
                drawn.append(_whisker(ax, i, r, capsize=8))
                label = fmt.count_range(r["low"], r["high"])
                label = label.replace(" tot ", "\ntot ") if narrow else label
        value_label(ax, label, (i, r["high"]), **above)
        lines = max(lines, label.count("\n") + 1)
    ax.set_xticks(x, [str(y) for y in x])
    # no vertical gridline on bars over years: it ran through the value labels above them and through a hatched
    # bar (r27 2021 #15, '≈ 5.420', '8.059'); the horizontal ones read the counts
    ax.xaxis.grid(False)
    # room above the highest bar for its label, a line more for a label on two lines ('ongeveer' above its figure)
    ax.set(ylabel=ylabel, ylim=(0, float(series["high"].max()) * (1.05 + 0.1 * lines)))
    thousands_ticks(ax)
    handles = [Patch(color=OKABE_ITO[0], label="gepubliceerd")]
    if not series["exact"].all():
        handles += [
            Patch(facecolor=light, edgecolor=OKABE_ITO[0], hatch="//", linewidth=1, label=implied),
            *drawn[:1],  # the whisker as drawn: a vertical stroke between two caps (none: no legend entry)
        ]
    ax.legend(handles=handles, frameon=False, ncols=1 if narrow else 3, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    fig.tight_layout()
    return fig


@described_by(describe.share_series)
def share_series(
    shares: pd.DataFrame,
    title: str,
    column: str = "channel",
    labels: dict | None = None,
    whiskers: bool = True,
    rounded: str = ROUNDED,
    values: bool = False,
    ylabel: str = "aandeel (%)",
    missing: str | None = None,
    swatch: bool = True,
    exact: str | None = None,
    phone: bool = False,
) -> plt.Figure | None:
    """Shares per year and category (a channel, or a role with ``labels``): a bar for an exact share; for a
    stated (rounded) one a dotted bar in its colour, outlined dark, up to the share as stated (the middle of what
    the rounding allows) and
    a whisker over what the rounding allows, as in series_counts (not without ``whiskers``). Columns year,
    ``column``, low, high, exact. None for a single year (see one_year). ``rounded``: the legend's words for a share
    that is not exact (a share derived from rounded changes is not 'afgerond gepubliceerd'). ``values``: each bar
    carries its share with one decimal, so shares a few tenths apart can be told apart (review r16, TO #10), or with
    the decimals a column ``decimals`` gives (a derived share pins no more, r19 TO #3). ``ylabel``: what the share is
    of, where 'aandeel' alone does not say it (r19 TO #19). ``missing``: the words written upright in the place of a
    category a year has no share for (a reader took the gap for zero, r20 2021 #7); None: the gap stays empty;
    NOT_PUBLISHED ('n.g.') is explained in the legend. The
    legend's swatch for a rounded share is each category's own bar, as drawn (r20 2021 #7: it was grey);
    ``swatch=False``: every bar in its full colour and a plain note naming the years published rounded instead of
    the swatch; the labels give each share as published (r22 2021 #17). ``exact``: the legend's words for the solid
    bars beside dotted ones ('{years}' filled with their years), e.g. EXACT_FROM_TABLES. ``phone``: the phone's
    version (figures_phone.PHONE_FIGURE) of a chart with more than ``UPRIGHT_FROM`` - 1 categories carrying their
    shares: lying bars, a year's categories under each other, each share beside its bar, level (r66, r65 2021 #5:
    at 390 px four columns a year left room only for shares written upright)."""
    not_empty(shares, title)
    if one_year(shares):
        return None
    lying = phone  # the phone's lying bars: x and y swapped, each share beside its bar's end
    rows = shares["year"].nunique() * shares[column].nunique()  # a lying bar's row each, the legend's lines under
    tall = LYING_ROW_INCH * (rows + shares[column].nunique() + 6) + 0.8
    fig, ax = plt.subplots(figsize=(WIDTH, tall if lying else SHARES_HEIGHT))
    if labels is None:
        categories = [c for c in CHANNEL_COLOURS if c in set(shares[column]) and c != "not_recorded"]
        colours, names = CHANNEL_COLOURS, {c: channel_label(c) for c in categories}
    else:
        categories = [c for c in labels if c in set(shares[column])]
        colours, names = {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(categories)}, labels
    years = sorted(shares["year"].unique())
    width = 0.8 / max(len(categories), 1)
    hatch = ROUNDED_HATCH if rounded == ROUNDED else DERIVED_HATCH  # a published share is no estimate (r19 #17)
    drawn, gaps = [], False
    bar = functools.partial(ax.barh if lying else ax.bar, **{"height" if lying else "width": width * 0.9})
    for j, category in enumerate(categories):
        part = shares[shares[column] == category].set_index("year")
        for year, r in part.iterrows():
            x = years.index(year) - 0.4 + width * (j + 0.5)
            if r["exact"]:
                bar(x, r["low"], color=colours[category])
            else:  # the rounded share: its colour, dotted, up to the share as stated (r26 2021 #8)
                bar(
                    x,
                    middle(r),
                    facecolor=colours[category],
                    hatch=hatch if swatch else None,
                    edgecolor=OUTLINE if swatch else colours[category],
                    linewidth=0.8 if swatch else 0,
                )
                drawn += [_whisker(ax, x, r, capsize=3, lying=lying)] if whiskers else []
            if values:
                shown = float(r["low"]) if r["exact"] else middle(r)
                # a frame may say its precision; a share published rounded keeps its whole percent
                places = int(r["decimals"]) if "decimals" in r else (1 if r["exact"] else 0)
                beside = (
                    {"xytext": (4, 0), "ha": "left", "va": "center"} if lying else {"xytext": (0, 3), "ha": "center"}
                )
                value_label(ax, fmt.pct(shown, places), (shown, x) if lying else (x, shown), **beside)
        for year in years if missing else []:
            if year not in set(part.index):
                x = years.index(year) - 0.4 + width * (j + 0.5)
                if lying:
                    ax.text(1, x, missing, ha="left", va="center", color=GREY)
                else:
                    ax.text(x, 1, missing, ha="center", va="bottom", color=GREY)
                gaps = True
    handles: list = [Patch(color=colours[c], label=names[c]) for c in categories]
    labels_shown = [names[c] for c in categories]
    light = [c for c in categories if not shares[(shares[column] == c)]["exact"].all()]
    if light and not swatch:  # a plain note, the years whose shares are published rounded (r22 2021 #17)
        rounded_years = sorted({int(y) for y in shares.loc[~shares["exact"].astype(bool), "year"]})
        handles.append(Patch(visible=False))
        said = ", ".join(map(str, rounded_years))
        labels_shown.append(rounded.format(years=said) if "{years}" in rounded else f"{said}: {rounded}")
    if light and swatch:
        handles.append(tuple(Patch(facecolor=colours[c], hatch=hatch, edgecolor=OUTLINE, linewidth=0.8) for c in light))
        rounded_years = sorted({int(y) for y in shares.loc[~shares["exact"].astype(bool), "year"]})
        labels_shown.append(rounded.format(years=" en ".join(map(str, rounded_years))))  # r59 (r58 2021 #10)
        handles += drawn[:1]
        labels_shown += [h.get_label() for h in drawn[:1]]
        solid = sorted({int(y) for y in shares.loc[shares["exact"].astype(bool), "year"]})
        if exact and solid:  # which bars are the report's own calculation, with their swatch (r41 2021 #6)
            full = [c for c in categories if shares[(shares[column] == c)]["exact"].astype(bool).any()]
            handles.append(tuple(Patch(facecolor=colours[c], edgecolor=colours[c]) for c in full))
            # on two lines: one long entry widened the legend past the chart, and the chart's type shrank with it
            labels_shown.append(textwrap.fill(exact.format(years=" en ".join(map(str, solid))), EXACT_WRAP))
    if gaps and missing == NOT_PUBLISHED:
        handles.append(Patch(visible=False))
        labels_shown.append(NOT_PUBLISHED_LEGEND)
    top = min(100.0, float(shares["high"].max()) * 1.2)
    if lying:  # room right of the longest bar for its share; the first year on top
        ax.set_yticks(range(len(years)), [str(y) for y in years])
        ax.set(xlabel=ylabel, xlim=(0, float(shares["high"].max()) * 1.35), ylim=(len(years) - 0.5, -0.5))
        ax.yaxis.grid(False)
        ax.tick_params(axis="y", length=0)
    else:
        ax.set_xticks(range(len(years)), [str(y) for y in years])
        ax.set(ylabel=ylabel, ylim=(0, top), xlim=(-0.5, len(years) - 0.5))  # every category's slot, a gap's too
    ax.legend(
        handles,
        labels_shown,
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0)},
        frameon=False,
        ncols=2,
        loc="upper center",
        # under the year labels at a fixed distance in type sizes, whatever the plot's height (r35: -0.12 of a
        # lower plot ran into them)
        bbox_to_anchor=(0.5, 0),
        borderaxespad=4.5 if lying else 2.5,  # under the axis' title too
    )
    fig.tight_layout()
    if values and not phone and len(categories) >= UPRIGHT_FROM:
        setattr(
            fig,
            PHONE_FIGURE,
            functools.partial(
                share_series,
                shares,
                title,
                column,
                labels,
                whiskers,
                rounded,
                values,
                ylabel,
                missing,
                swatch,
                exact,
                phone=True,
            ),
        )
    return fig
