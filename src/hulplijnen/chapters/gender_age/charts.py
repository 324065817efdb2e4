"""The gender-and-age chapter's own charts: exact against rounded shares, and the age classes. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ...presentation import caption_text, fmt
from ...presentation import figures_describe as describe
from ...presentation.figures import thousands_ticks
from ...presentation.figures_alt import Description, Series, described_by
from ...presentation.figures_sources import not_empty, one_year
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, WIDTH, value_label

TOO_FEW_TO_DRAW = 2  # two shares side by side are a sentence, not a chart of two dots (the text compares them)
# one age class holding more than this share of the contacts: the chart is a bar and slivers that only repeat the
# table beside it (r19 2020 #14: 7.605 of 8.059 adults), so the table alone shows it
ONE_CLASS_SHARE = 0.9
WORDS = "chapters/gender_age/chart_words.md"  # r47: the charts' Dutch words, a block each


def words(data: dict | None = None) -> dict[str, str]:
    """The words of the chapter's charts (chart_words.md), filled from the chapter's data (the age table's year)."""
    return caption_text.render(WORDS, {"since": "", **(data or {})}).plain


def describe_exact_and_rounded(rows: pd.DataFrame, title: str, xlabel: str) -> Description:
    shown = tuple(describe.interval(r.label, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("points", title, "pct", (Series(None, shown),))


@described_by(describe_exact_and_rounded)
def exact_and_rounded(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure | None:
    """An exact value next to later rounded ones (a row per year): a dot, and for a rounded one the band
    it allows. Columns label, value, low, high. None for a single row (see one_year)."""
    not_empty(rows, title)
    if one_year(rows, None):
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 1.3 + 0.5 * len(rows)), layout="constrained")
    for i, r in enumerate(rows.itertuples()):
        if r.high > r.low:
            ax.barh(i, r.high - r.low, left=r.low, height=0.25, color=OKABE_ITO[4])  # outlined (theme)
        ax.plot([r.value], [i], "o", color=OKABE_ITO[0])
        value_label(ax, fmt.pct(r.value, 1 if r.high == r.low else 0), (r.high, i), xytext=(6, 0), va="center")
    ax.set_yticks(range(len(rows)), rows["label"])
    # a share's axis runs from 0 to 100 %: a narrow window (71-75 %) would make a difference of a point look large
    ax.set(xlabel=xlabel, xlim=(0, 100), xticks=range(0, 101, 25), ylim=(len(rows) - 0.5, -0.5))
    said = words()
    handles = [Line2D([], [], marker="o", linestyle="", color=OKABE_ITO[0], label=said["share_exact"])]
    if (rows["high"] > rows["low"]).any():
        handles.append(Patch(facecolor=OKABE_ITO[4], label=said["share_band"]))
    fig.legend(handles=handles, frameon=False, ncols=2, loc="outside lower center")
    return fig


@described_by(describe.labelled_bars)
def labelled_bars(rows: pd.DataFrame, title: str, xlabel: str, percent: bool = False) -> plt.Figure:
    """Horizontal bars: columns label, value (in the order given); values are counts or percentages."""
    shown = fmt.pct if percent else fmt.number
    not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.32 * len(rows)))
    ax.barh(rows["label"], rows["value"].astype(float), color=OKABE_ITO[0])
    top = float(rows["value"].max())
    for label, value in zip(rows["label"], rows["value"]):
        value_label(ax, shown(value), (float(value), label), xytext=(4, 0), va="center")
    ax.set(xlabel=xlabel, xlim=(0, top * 1.15))
    if not percent:
        thousands_ticks(ax, "x")
    ax.invert_yaxis()
    fig.tight_layout()
    return fig


def one_class_dominates(ages: pd.DataFrame) -> bool:
    """Whether one age class holds more than ONE_CLASS_SHARE of the contacts of the age table (column contacts)."""
    counts = ages["contacts"].astype(float)
    total = float(counts.sum())
    return total > 0 and float(counts.max()) > ONE_CLASS_SHARE * total


def _ages(data: dict) -> plt.Figure | None:
    """Contacts by age class (None in a later year's report, which has no age table of its own, and where one class
    holds nearly all contacts: the table says it, see one_class_dominates)."""
    if data["ages"] is None or one_class_dominates(data["ages"]):
        return None
    said = words(data)
    return labelled_bars(
        data["ages"].rename(columns={"label_nl": "label", "contacts": "value"}), said["ages_title"], said["ages_axis"]
    )


# no chart of the women's share per month: flat at 71-75 % on an axis from 0 to 100 %, it repeated the sentence that
# says it (r31 2020 #19); the counts per gender and month are the annex's table
SHARE_YEARS = Figure(
    "fig-gender-share-years",
    "fig_gender_share_years",  # plain: rounding is the annex's (r22)
    lambda data: (
        None
        if len(data["comparison"]) <= TOO_FEW_TO_DRAW
        else exact_and_rounded(data["comparison"], words()["share_title"], words()["share_axis"])
    ),
)
AGES = Figure("fig-age-classes", "fig_age_classes", _ages, year="since")
