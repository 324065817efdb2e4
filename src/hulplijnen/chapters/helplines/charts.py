"""The helplines chapter's own charts: the channel mix per helpline, the growth of each helpline as an index. Each
chart is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns
None or refuses empty data."""

from __future__ import annotations

import matplotlib
import matplotlib.lines
import matplotlib.patches
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter

from ...presentation import figures_describe as describe
from ...presentation import figures_sources, fmt
from ...presentation.figures import legend_below
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.figures_contrast import text_on
from ...presentation.labels import measure_label
from ...presentation.parts import Figure
from ...presentation.theme import CHANNEL_COLOURS, GREY, OKABE_ITO, TEXT_PT, WIDTH, channel_label, value_label


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
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6 + 0.55 * shares["label"].nunique()), layout="constrained")
    labels = list(dict.fromkeys(shares["label"]))
    left = pd.Series(0.0, index=labels)
    present = set(shares.loc[shares["share_pct"].fillna(0) > 0, "channel"])  # an empty segment: no legend entry
    for channel in [c for c in CHANNEL_COLOURS if c in present]:
        part = shares[shares["channel"] == channel].set_index("label")["share_pct"].reindex(labels).fillna(0.0)
        ax.barh(labels, part, left=left, color=CHANNEL_COLOURS[channel], label=channel_label(channel))
        for label, value in part.items():
            if value >= 6:
                ax.text(
                    left[label] + value / 2,
                    label,
                    fmt.pct(value, 0),
                    ha="center",
                    va="center",
                    color=text_on(CHANNEL_COLOURS[channel]),
                    fontsize=TEXT_PT,  # a share on its bar read at the size of the text (review r14, 2021 #15)
                    fontweight="bold",
                )
        left += part
    ax.set(xlabel="aandeel (%)", xlim=(0, 100))
    ax.invert_yaxis()
    legend_below(fig)
    return fig


def describe_intervals(rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None) -> Description:
    shown = tuple(describe.interval(r.label, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("points", title, "index", (Series(xlabel, shown),))


@described_by(describe_intervals)
def intervals(rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None) -> plt.Figure:
    """Point-and-interval chart: columns label, value, low, high, colour (optional). With ``reference``
    (e.g. index 100 of the base year) the axis starts there, with a line at it, so a narrow interval is read
    against its base instead of filling the axis; each point carries its value."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.2 + 0.45 * len(rows)), layout="constrained")
    for i, row in enumerate(rows.itertuples()):
        colour = getattr(row, "colour", OKABE_ITO[0])
        ax.barh(i, row.high - row.low, left=row.low, height=0.3, facecolor=matplotlib.colors.to_rgba(colour, 0.5))
        ax.plot([row.value], [i], "o", color=colour)
        # with the precision of the change it comes from: '157' from a published '+57 %', '113,9' from '+13,9 %'
        shown = fmt.number(row.value, int(getattr(row, "decimals", 1)))
        value_label(ax, shown, (row.high, i), xytext=(6, 0), va="center")
    if reference is not None:
        ax.axvline(reference, color=GREY, linewidth=1)
        top = max(float(rows["high"].max()), reference)
        low = min(float(rows["low"].min()), reference)
        ax.set_xlim(low - 0.05 * (top - low + 1), top + 0.15 * (top - low + 1))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt.number(v)))
    ax.set_yticks(range(len(rows)), rows["label"])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set(xlabel=xlabel)
    marks = [matplotlib.lines.Line2D([], [], marker="o", linestyle="", color=GREY, label="waarde")]
    if (rows["high"] > rows["low"]).any():
        band = matplotlib.colors.to_rgba(GREY, 0.5)
        marks.append(matplotlib.patches.Patch(facecolor=band, label="wat de afronding toelaat"))
    fig.legend(handles=marks, frameon=False, ncols=2, loc="outside lower center")
    return fig


def _years(data: dict) -> plt.Figure | None:
    """The report's one helpline over the years: its main count per year, published or implied by a published
    change (an interval). None when the report has several helplines (the comparison shows them side by side)."""
    if len(data["sections"]) != 1:
        return None
    chapter = next(iter(data["sections"].values()))
    implied, main = chapter.data["implied"], chapter.data["main"]
    shown = implied[(implied["measure"] == main) & (implied["category"] == "all") & implied["preferred"]]
    title = YEARS.caption.format(data["years_message"])  # the alt text names the chart as its caption does
    columns = shown[["year", "low", "high", "exact"]]
    about = chapter.data.get("about", {}).get(main, {})  # the round figures the text and the table print
    label = fmt.capfirst(measure_label(main, "all"))
    fig = figures_sources.series_counts(columns, title, label, about=about, implied=DERIVED)
    if fig is not None:  # no vertical gridline through a year's bar and its value label (r21 TO #12)
        for ax in fig.axes:
            ax.xaxis.grid(False)
    return fig


def _mix(data: dict) -> plt.Figure | None:
    """The channel mix side by side; None for a single helpline (no comparison, its text gives the mix)."""
    if data["mix"]["label"].nunique() < 2:
        return None
    return channel_shares(data["mix"], MIX.caption.format(data["units"]))


def _growth(data: dict) -> plt.Figure | None:
    """Growth since two years earlier side by side; None for fewer than two helplines (one point is not a
    comparison: the text gives the change)."""
    if len(data["growth"]) < 2:
        return None
    base = data["base_year"]
    return intervals(data["growth"], GROWTH.caption.format(base), f"index ({base} = 100)", 100)


NARROW = 0.62 * WIDTH  # a few bars: drawn narrower, so on a phone the chart fits the screen (parts.Figure.narrow)
YEARS = Figure(
    "fig-helpline-years",
    "{}",
    _years,
    fill="years_message",  # what the chart shows, as its caption says it (review r14, TO #14)
    narrow=True,
)
# a year known only from a published rounded change, in the same words in both charts of the chapter (review r16,
# TO #11: 'afgeleid uit een afgerond groeicijfer' beside 'afgeleid uit afgeronde wijzigingen')
DERIVED = "schatting"  # r20 TO #4: short; "Over deze cijfers" says what an estimate is
MIX = Figure("fig-helpline-mix", "Kanaalmix per hulplijn, elk in de eigen telling: {}", _mix, fill="units")
GROWTH = Figure(
    "fig-helpline-growth",
    "Groei sinds {0} (index {0} = 100), met het bereik dat de afronding toelaat",
    _growth,
    fill="base_year",  # the caption names the base year as the axis does (review r13, 2021 #18)
)
