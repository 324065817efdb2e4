"""Charts of the chapters on the published tables (gender, age, context, reachability, series over
the years), in the theme and palette of hulplijnen.figures. Every chart refuses empty data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.patches import Patch

from . import figures_describe as describe
from . import fmt
from .errors import BuildError
from .figures import thousands_ticks
from .figures_alt import described_by
from .theme import CHANNEL_COLOURS, GREY, OKABE_ITO, channel_label

GENDER_COLOURS = {"female": OKABE_ITO[0], "male": OKABE_ITO[1], "unknown": GREY}


def _not_empty(frame: pd.DataFrame, title: str) -> None:
    if frame is None or len(frame) == 0:
        raise BuildError(f"figure '{title}': no data to draw (an empty chart is never drawn)")


def one_year(frame: pd.DataFrame, column: str | None = "year") -> bool:
    """Whether a series over the years holds a single year (``column`` None: one row per year). One bar
    or point is not a series: its chart is not drawn, and the chapter's text or table carries the value."""
    return (len(frame) if column is None else frame[column].nunique()) == 1


@described_by(describe.gender_months)
def gender_months(by_month: pd.DataFrame, labels: pd.Series, title: str) -> plt.Figure:
    """Stacked bars per month: contacts per gender (columns male, female, unknown of gender_by_month)."""
    _not_empty(by_month, title)
    fig, ax = plt.subplots(figsize=(7.0, 3.4))
    x = [fmt.month_short(m) for m in by_month["month"]]
    bottom = pd.Series(0.0, index=range(len(by_month)))
    for gender in ("female", "male", "unknown"):
        values = by_month[gender].astype(float).reset_index(drop=True)
        ax.bar(x, values, bottom=bottom, color=GENDER_COLOURS[gender], label=labels[gender])
        bottom += values
    ax.set(title=title, ylabel="contacten")
    thousands_ticks(ax)
    ax.legend(frameon=False, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.1))
    fig.tight_layout()
    return fig


@described_by(describe.labelled_bars)
def labelled_bars(rows: pd.DataFrame, title: str, xlabel: str, percent: bool = False) -> plt.Figure:
    """Horizontal bars: columns label, value (in the order given); values are counts or percentages."""
    value_label = fmt.pct if percent else fmt.number
    _not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(7.0, 0.9 + 0.4 * len(rows)))
    ax.barh(rows["label"], rows["value"].astype(float), color=OKABE_ITO[0])
    top = float(rows["value"].max())
    for label, value in zip(rows["label"], rows["value"]):
        ax.text(float(value) + top * 0.01, label, value_label(value), va="center", fontsize=9)
    ax.set(title=title, xlabel=xlabel, xlim=(0, top * 1.15))
    ax.invert_yaxis()
    fig.tight_layout()
    return fig


@described_by(describe.exact_and_rounded)
def exact_and_rounded(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure | None:
    """An exact value next to later rounded ones (a row per year): a dot, and for a rounded one the band
    it allows. Columns label, value, low, high. None for a single row (see one_year)."""
    _not_empty(rows, title)
    if one_year(rows, None):
        return None
    fig, ax = plt.subplots(figsize=(7.0, 0.9 + 0.5 * len(rows)))
    for i, r in enumerate(rows.itertuples()):
        if r.high > r.low:
            ax.barh(i, r.high - r.low, left=r.low, height=0.25, color=OKABE_ITO[4])  # outlined (theme)
        ax.plot([r.value], [i], "o", color=OKABE_ITO[0])
        ax.text(r.high, i - 0.25, f"  {fmt.pct(r.value, 1 if r.high == r.low else 0)}", fontsize=9)
    ax.set_yticks(range(len(rows)), rows["label"])
    lo, hi = float(rows["low"].min()), float(rows["high"].max())
    ax.set(title=title, xlabel=xlabel, xlim=(lo - 2, hi + 2), ylim=(len(rows) - 0.5, -0.5))
    fig.tight_layout()
    return fig


@described_by(describe.timeline)
def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Dated measures as bars from the latest start to the stated end; a measure without an end runs
    (in another colour) to half a year after the last date of the chart. The span in which an undated
    start may lie is drawn lighter. Columns name_nl, start_earliest, start_latest, end_latest, open_end."""
    _not_empty(events, title)
    dates = pd.concat([events["start_latest"], events["end_latest"].dropna()])
    until = dates.max() + pd.DateOffset(months=6)
    fig, ax = plt.subplots(figsize=(7.0, 0.9 + 0.55 * len(events)))
    for i, r in enumerate(events.itertuples()):
        end = until if r.open_end else r.end_latest
        if r.start_latest > r.start_earliest:
            ax.barh(i, r.start_latest - r.start_earliest, left=r.start_earliest, facecolor=to_rgba(OKABE_ITO[4], 0.4))
        colour = OKABE_ITO[2] if r.open_end else OKABE_ITO[0]
        ax.barh(i, end - r.start_latest, left=r.start_latest, color=colour, hatch="//" if r.open_end else None)
    ax.set_yticks(range(len(events)), [_wrap(n) for n in events["name_nl"]], fontsize=8)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set(
        title=title,
        ylim=(len(events) - 0.5, -0.5),
        xlim=(pd.Timestamp(events["start_earliest"].min().year, 1, 1), until),
    )
    fig.tight_layout()
    return fig


@described_by(describe.ranges)
def ranges(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Ranges without a point inside them (no value is more likely than another): columns label, low, high (percent)."""
    _not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(7.0, 0.9 + 0.5 * len(rows)))
    for i, r in enumerate(rows.itertuples()):
        ax.barh(i, r.high - r.low, left=r.low, color=OKABE_ITO[i % 3], height=0.5)
        ax.text(r.high + 1, i, f"{fmt.pct(r.low, 0)} à {fmt.pct(r.high, 0)}", va="center", fontsize=9)
    ax.set_yticks(range(len(rows)), rows["label"])
    ax.set(title=title, xlabel=xlabel, xlim=(0, 110), ylim=(len(rows) - 0.5, -0.5))
    fig.tight_layout()
    return fig


def _wrap(name: str, width: int = 38) -> str:
    words, lines, line = name.split(), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])


@described_by(describe.series_counts)
def series_counts(series: pd.DataFrame, title: str, ylabel: str) -> plt.Figure | None:
    """A count per year: bars for exact values; where a value is only implied, a light bar up to the least it can
    be with the interval it allows on top (whiskers), so no bar floats above the axis. Every bar carries its value
    (an implied one as the whole numbers it allows). Columns year, low, high, exact. None for a single year."""
    _not_empty(series, title)
    if one_year(series):
        return None
    series = series.sort_values("year").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(7.0, 3.2))
    x = [int(y) for y in series["year"]]  # years on a time axis: a gap of years shows as a gap
    light = to_rgba(OKABE_ITO[0], 0.35)
    for i, r in zip(x, series.to_dict("records")):
        if r["exact"]:
            ax.bar(i, r["low"], color=OKABE_ITO[0], width=0.6)
            label = fmt.number(r["low"])
        else:
            ax.bar(i, r["low"], color=light, width=0.6, hatch="//", edgecolor=OKABE_ITO[0], linewidth=1)
            ax.errorbar(i, r["high"], yerr=[[r["high"] - r["low"]], [0]], color="black", capsize=8, linewidth=1)
            label = fmt.count_range(r["low"], r["high"])
        ax.annotate(label, (i, r["high"]), xytext=(0, 6), textcoords="offset points", ha="center", fontsize=9)
    ax.set_xticks(x, [str(y) for y in x])
    ax.set(title=title, ylabel=ylabel, ylim=(0, float(series["high"].max()) * 1.15))
    thousands_ticks(ax)
    handles = [
        Patch(color=OKABE_ITO[0], label="gepubliceerd"),
        Patch(
            facecolor=light, edgecolor=OKABE_ITO[0], hatch="//", linewidth=1, label="afgeleid: tussen de twee streepjes"
        ),
    ]
    ax.legend(handles=handles, frameon=False, ncols=2, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    fig.tight_layout()
    return fig


@described_by(describe.share_series)
def share_series(
    shares: pd.DataFrame, title: str, column: str = "channel", labels: dict | None = None
) -> plt.Figure | None:
    """Shares per year and category (a channel, or a role with ``labels``): a bar for an exact share,
    a hatched band for a stated (rounded) one. Columns year, ``column``, low, high, exact. None for a
    single year (see one_year)."""
    _not_empty(shares, title)
    if one_year(shares):
        return None
    fig, ax = plt.subplots(figsize=(7.0, 3.2))
    if labels is None:
        categories = [c for c in CHANNEL_COLOURS if c in set(shares[column]) and c != "not_recorded"]
        colours, names = CHANNEL_COLOURS, {c: channel_label(c) for c in categories}
    else:
        categories = [c for c in labels if c in set(shares[column])]
        colours, names = {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(categories)}, labels
    years = sorted(shares["year"].unique())
    width = 0.8 / max(len(categories), 1)
    for j, category in enumerate(categories):
        part = shares[shares[column] == category].set_index("year")
        for year, r in part.iterrows():
            x = years.index(year) - 0.4 + width * (j + 0.5)
            if r["exact"]:
                ax.bar(x, r["low"], width=width * 0.9, color=colours[category])
            else:  # the rounded share: a light bar up to its lowest value, the band it allows on top
                ax.bar(x, r["low"], width=width * 0.9, facecolor=to_rgba(colours[category], 0.35))
                ax.bar(x, r["high"] - r["low"], bottom=r["low"], width=width * 0.9, color=colours[category])
                ax.errorbar(x, (r["low"] + r["high"]) / 2, yerr=(r["high"] - r["low"]) / 2, color="black", capsize=3)
    handles = [Patch(color=colours[c], label=names[c]) for c in categories]
    handles.append(Patch(facecolor=to_rgba(GREY, 0.35), label="alleen afgerond bekend (bereik)"))
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    top = min(100.0, float(shares["high"].max()) * 1.2)
    ax.set(title=title, ylabel="aandeel (%)", ylim=(0, top))
    ax.legend(handles=handles, frameon=False, ncols=2, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    fig.tight_layout()
    return fig


@described_by(describe.published_shares)
def published_shares(rows: pd.DataFrame, title: str) -> plt.Figure:
    """Published (rounded) percentages as bars, with the interval their rounding allows: one panel per base
    (a share of the possible victims is never drawn beside a share of the contacts as if comparable), and a
    share published as "more than" shows no upper end ("meer dan 58 %", not a whisker to 100)."""
    rows = rows.assign(base=rows["base"] if "base" in rows else "", open_above=rows.get("open_above", False))
    groups = list(dict.fromkeys(rows["base"]))
    heights = [len(rows[rows["base"] == b]) + 0.8 for b in groups]
    fig, axes = plt.subplots(
        len(groups),
        1,
        figsize=(7.0, 0.5 + 0.42 * sum(heights)),
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": heights},
        layout="constrained",
    )
    for ax, base in zip(axes[:, 0], groups):
        part = rows[rows["base"] == base]
        ax.barh(part["label_nl"], part["value"], color=OKABE_ITO[0])
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
            ax.text(value + 2, label, shown, va="center", fontsize=9)
        ax.set_title(f"aandeel van de {base}" if base else "", fontsize=10, loc="left")
        ax.set(xlim=(0, 110))
        ax.grid(axis="y", visible=False)
        ax.invert_yaxis()
    axes[-1, 0].set(xlabel="procent (zoals gepubliceerd, met het bereik van de afronding)")
    fig.suptitle(title)
    return fig
