"""The contact-persons chapter's own charts: contacts per contact-person group, and the published shares. Each chart is
described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation import figures_sources, fmt
from ...presentation.figures import legend_below, thousands_ticks
from ...presentation.figures_alt import Description, Series, described_by
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, WIDTH, value_label


def describe_group_bars(groups: pd.DataFrame, title: str) -> Description:
    rows = tuple(describe.interval(r.label_nl, None, r.low, r.high) for r in groups.itertuples())
    return Description("bars", title, "count", (Series(None, rows),))


@described_by(describe_group_bars)
def group_bars(groups: pd.DataFrame, title: str) -> plt.Figure:
    """Contact-person groups: bar of the filled cells, a hatched bar on to the bound from constraints. A linear
    axis from 0 (a logarithmic one has no 0, and its short bars looked longer than they are); every bar carries
    its number, so a small group is read from its number, not its length."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.4 + 0.42 * len(groups)), layout="constrained")
    y = groups["label_nl"]
    ax.barh(y, groups["low"], color=OKABE_ITO[0], label="getelde contacten")
    extra = groups["high"] - groups["low"]
    empty_cells = "niet precies bekend: hoogstens zoveel meer"
    ax.barh(y, extra, left=groups["low"], color=OKABE_ITO[4], hatch="//", label=empty_cells)
    for label, low, high in zip(y, groups["low"], groups["high"]):
        value_label(ax, fmt.count_range(low, high), (high, label), xytext=(4, 0), va="center")
    top = float(groups["high"].max())
    ax.set(xlabel="contacten", xlim=(0, top * 1.18))  # room for the numbers printed after the bars
    thousands_ticks(ax, "x")
    ax.invert_yaxis()
    if (extra > 0).any():
        legend_below(fig, ncols=2)
    return fig


def describe_published_shares(rows: pd.DataFrame, title: str) -> Description:
    shown = tuple(describe.interval(r.label_nl, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("bars", title, "pct", (Series(None, shown),))


@described_by(describe_published_shares)
def published_shares(rows: pd.DataFrame, title: str) -> plt.Figure:
    """Published (rounded) percentages as bars, with the interval their rounding allows: one panel per base
    (a share of the possible victims is never drawn beside a share of the contacts as if comparable), and a
    share published as "more than" shows no upper end ("meer dan 58 %", not a whisker to 100)."""
    rows = rows.assign(base=rows["base"] if "base" in rows else "", open_above=rows.get("open_above", False))
    groups = list(dict.fromkeys(rows["base"]))
    heights = [len(rows[rows["base"] == b]) + 0.9 for b in groups]  # a row per share, room for the panel title
    fig, axes = plt.subplots(
        len(groups),
        1,
        figsize=(WIDTH, 0.45 + 0.25 * sum(heights)),  # compact: it stays on the page of the text before it
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": heights},
        layout="constrained",
    )
    for ax, base in zip(axes[:, 0], groups):
        part = rows[rows["base"] == base]
        ax.barh(part["label_nl"], part["value"], color=OKABE_ITO[0], height=0.65)
        closed = part[~part["open_above"].astype(bool)]
        ax.errorbar(
            closed["value"],
            closed["label_nl"],
            xerr=[closed["value"] - closed["low"], closed["high"] - closed["value"]],
            fmt="none",
            ecolor="black",
            capsize=3,
        )
        for label, value, open_ in zip(part["label_nl"], part["value"], part["open_above"]):
            shown = ("meer dan " if open_ else "") + fmt.pct(value, 0)
            value_label(ax, shown, (value, label), xytext=(6, 0), va="center")
        ax.set_title(f"aandeel van de {base}" if base else "", loc="left")
        ax.set(xlim=(0, 110))
        ax.grid(axis="y", visible=False)
        ax.invert_yaxis()
    axes[-1, 0].set(xlabel="procent (zoals gepubliceerd, met het bereik van de afronding)")
    return fig


def unpublished(years: pd.DataFrame, labels: dict[str, str]) -> list[dict]:
    """For the caption's note on the roles a year has no share for (captions.md, fig_contact_person_years): their
    slots stay empty in the chart, and the caption names them (r24 2021 #13: tiny grey rotated 'niet gepubliceerd'
    labels in the slots were barely legible, and an empty slot read as zero). Per set of years lacking, the roles
    (their labels) and the years; [] when every role has a share in every year. r39: the words are the template's."""
    all_years = sorted(years["year"].unique())
    gaps: dict[tuple, list[str]] = {}
    for role in [r for r in labels if r in set(years["role"])]:
        lacking = tuple(y for y in all_years if y not in set(years.loc[years["role"] == role, "year"]))
        if lacking:
            gaps.setdefault(lacking, []).append(labels[role])
    return [{"roles": names, "years": [str(y) for y in ys]} for ys, names in gaps.items()]


PUBLISHED = Figure(
    "fig-contact-person-published",
    "fig_contact_person_published",
    # None with a table per code
    lambda data: (
        None
        if data["published"] is None
        else published_shares(data["published"], f"Gepubliceerde aandelen {data['year']}")
    ),
)
YEARS = Figure(
    "fig-contact-person-years",
    # a plain caption (r22 2021 #2): the legend says which bar is exact and which rounded as published (r15 2021
    # #14, r19 2021 #17); the other contact persons together have their bar where a year gives them (r22 2021 #8)
    "fig_contact_person_years",
    # None for a single year: the table carries it
    lambda data: figures_sources.share_series(
        data["years"],
        "Contactnemers per jaar",
        "role",
        data["role_labels"],
        whiskers=False,
        # each bar carries its share, so the figure says what the table says (r29 2021 #12)
        values=True,
        missing=figures_sources.NOT_PUBLISHED,
        exact=describe.EXACT_FROM_TABLES,  # r41 (r41 2021 #6)
    ),
)
