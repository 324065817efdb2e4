"""The gender-and-age chapter's own charts: contacts per month and gender, and exact against rounded shares. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures import thousands_ticks
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.figures_sources import not_empty, one_year
from ...presentation.parts import Figure
from ...presentation.theme import GREY, OKABE_ITO, WIDTH, value_label

TOO_FEW_TO_DRAW = 2  # two shares side by side are a sentence, not a chart of two dots (the text compares them)
# one age class holding more than this share of the contacts: the chart is a bar and slivers that only repeat the
# table beside it (r19 2020 #14: 7.605 of 8.059 adults), so the table alone shows it
ONE_CLASS_SHARE = 0.9
GENDER_COLOURS = {"female": OKABE_ITO[0], "male": OKABE_ITO[1], "unknown": GREY}


SHARE = "female_share_known_pct"  # gender_by_month's women's share of the contacts with a known gender, per month


def describe_gender_months(by_month: pd.DataFrame, labels: pd.Series, title: str) -> Description:
    months = [describe.month(m) for m in by_month["month"]]
    series = (Series(labels["female"], points(months, by_month[SHARE])),)
    return Description("line", title, "pct", series)  # months in order: a course to read


@described_by(describe_gender_months)
def gender_months(by_month: pd.DataFrame, labels: pd.Series, title: str) -> plt.Figure:
    """The women's share of the contacts with a known gender, per month (column female_share_known_pct of
    gender_by_month), on an axis from 0 to 100 %: the chapter's message is that it barely moves (r28 2020 #16: the
    stacked counts repeated the monthly totals). The lowest and highest month carry their share."""
    not_empty(by_month, title)
    fig, ax = plt.subplots(figsize=(WIDTH, 2.6), layout="constrained")
    x = [fmt.month_short(m) for m in by_month["month"]]
    share = by_month[SHARE].astype(float).reset_index(drop=True)
    ax.plot(x, share, marker="o", color=GENDER_COLOURS["female"], label=labels["female"])
    # the highest month's share above its dot, the lowest's below: each beside its own month
    value_label(ax, fmt.pct(share.max()), (int(share.idxmax()), share.max()), xytext=(0, 6), ha="center", va="bottom")
    value_label(ax, fmt.pct(share.min()), (int(share.idxmin()), share.min()), xytext=(0, -6), ha="center", va="top")
    # a share's axis from 0 to 100 %: a narrow window would make a point's difference look large
    ax.set(ylabel="aandeel vrouwen (%)", ylim=(0, 100), yticks=range(0, 101, 25))
    return fig


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
    handles = [Line2D([], [], marker="o", linestyle="", color=OKABE_ITO[0], label="exact of gepubliceerd")]
    if (rows["high"] > rows["low"]).any():
        handles.append(Patch(facecolor=OKABE_ITO[4], label="wat het afgeronde cijfer toelaat"))
    fig.legend(handles=handles, frameon=False, ncols=2, loc="outside lower center")
    return fig


def _months(data: dict) -> plt.Figure | None:
    """The women's share per month (None in a later year's report: its comparison needs only the share)."""
    if data["by_month"] is None:
        return None
    return gender_months(data["by_month"], data["labels"], f"Aandeel vrouwen per maand, {data['since']}")


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
    return labelled_bars(
        data["ages"].rename(columns={"label_nl": "label", "contacts": "value"}),
        f"Leeftijd van de contactnemer, {data['since']}",
        "contacten",
    )


# the share the text says barely moves (r28 2020 #16); the counts per gender and month are the annex's table
MONTHS = Figure(
    "fig-gender-months",
    "Aandeel vrouwen per maand onder de contacten met een bekend geslacht",
    _months,
    year="since",
)
SHARE_YEARS = Figure(
    "fig-gender-share-years",
    "Aandeel vrouwen onder de contacten met een bekend geslacht, per jaar",  # plain: rounding is the annex's (r22)
    lambda data: (
        None
        if len(data["comparison"]) <= TOO_FEW_TO_DRAW
        else exact_and_rounded(data["comparison"], "Aandeel vrouwen (van bekend geslacht)", "procent")
    ),
)
AGES = Figure("fig-age-classes", "Contacten naar leeftijdsklasse van de contactnemer", _ages, year="since")
