"""Charts of the chapters on the published tables (gender, age, context, reachability, series over
the years), in the theme and palette of hulplijnen.figures. Every chart refuses empty data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import figures_describe as describe
from . import fmt
from .errors import BuildError
from .figures import thousands_ticks
from .figures_alt import described_by
from .theme import CHANNEL_COLOURS, GREY, OKABE_ITO, SMALL_PT, WIDTH, channel_label, value_label

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
    fig, ax = plt.subplots(figsize=(WIDTH, 3.4))
    x = [fmt.month_short(m) for m in by_month["month"]]
    bottom = pd.Series(0.0, index=range(len(by_month)))
    for gender in ("female", "male", "unknown"):
        values = by_month[gender].astype(float).reset_index(drop=True)
        ax.bar(x, values, bottom=bottom, color=GENDER_COLOURS[gender], label=labels[gender])
        bottom += values
    ax.set(ylabel="contacten")
    thousands_ticks(ax)
    ax.legend(frameon=False, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.1))
    fig.tight_layout()
    return fig


@described_by(describe.labelled_bars)
def labelled_bars(rows: pd.DataFrame, title: str, xlabel: str, percent: bool = False) -> plt.Figure:
    """Horizontal bars: columns label, value (in the order given); values are counts or percentages."""
    shown = fmt.pct if percent else fmt.number
    _not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.4 * len(rows)))
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


@described_by(describe.exact_and_rounded)
def exact_and_rounded(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure | None:
    """An exact value next to later rounded ones (a row per year): a dot, and for a rounded one the band
    it allows. Columns label, value, low, high. None for a single row (see one_year)."""
    _not_empty(rows, title)
    if one_year(rows, None):
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 1.3 + 0.5 * len(rows)), layout="constrained")
    for i, r in enumerate(rows.itertuples()):
        if r.high > r.low:
            ax.barh(i, r.high - r.low, left=r.low, height=0.25, color=OKABE_ITO[4])  # outlined (theme)
        ax.plot([r.value], [i], "o", color=OKABE_ITO[0])
        value_label(ax, fmt.pct(r.value, 1 if r.high == r.low else 0), (r.high, i), xytext=(6, 0), va="center")
    ax.set_yticks(range(len(rows)), rows["label"])
    lo, hi = float(rows["low"].min()), float(rows["high"].max())
    ax.set(xlabel=xlabel, xlim=(lo - 2, hi + 2), ylim=(len(rows) - 0.5, -0.5))
    handles = [Line2D([], [], marker="o", linestyle="", color=OKABE_ITO[0], label="exact of gepubliceerd")]
    if (rows["high"] > rows["low"]).any():
        handles.append(Patch(facecolor=OKABE_ITO[4], label="wat het afgeronde cijfer toelaat"))
    fig.legend(handles=handles, frameon=False, ncols=2, loc="outside lower center")
    return fig


@described_by(describe.timeline)
def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Dated measures as bars from the latest start to the stated end; a measure without an end runs (hatched,
    in another colour) up to the latest start the sources date (the last moment they describe), not on to
    the end of the axis: nothing is drawn past what the sources know. The span in which an undated start
    may lie is drawn lighter. Columns name_nl, start_earliest, start_latest, end_latest, open_end."""
    _not_empty(events, title)
    known = events["start_latest"].max()  # after this the sources say nothing of a measure without an end
    until = max(known, events["end_latest"].max()) if events["end_latest"].notna().any() else known
    fig, ax = plt.subplots(figsize=(WIDTH, 1.5 + 0.55 * len(events)), layout="constrained")
    for i, r in enumerate(events.itertuples()):
        end = known if r.open_end else r.end_latest
        if r.start_latest > r.start_earliest:
            ax.barh(i, r.start_latest - r.start_earliest, left=r.start_earliest, facecolor=to_rgba(OKABE_ITO[4], 0.4))
        colour = OKABE_ITO[2] if r.open_end else OKABE_ITO[0]
        ax.barh(i, end - r.start_latest, left=r.start_latest, color=colour, hatch="//" if r.open_end else None)
        if r.open_end:  # where the drawing stops, not where the measure does
            ax.plot([known], [i], marker=">", color=OKABE_ITO[2], markersize=7, linestyle="")
    ax.set_yticks(range(len(events)), [_wrap(n) for n in events["name_nl"]], fontsize=SMALL_PT)
    handles = [Patch(facecolor=OKABE_ITO[0], label="met begin- en einddatum")]
    if events["open_end"].any():
        last = fmt.date(known, "month")
        handles.append(Patch(facecolor=OKABE_ITO[2], hatch="//", label="zonder bekende einddatum"))
        handles.append(
            Line2D([], [], marker=">", color=OKABE_ITO[2], linestyle="", label=f"laatste datum in de bronnen ({last})")
        )
    if (events["start_latest"] > events["start_earliest"]).any():
        handles.append(Patch(facecolor=to_rgba(OKABE_ITO[4], 0.4), label="begint ergens in deze periode"))
    fig.legend(handles=handles, frameon=False, ncols=1, loc="outside lower center")
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set(
        ylim=(len(events) - 0.5, -0.5),
        xlim=(pd.Timestamp(events["start_earliest"].min().year, 1, 1), until + pd.Timedelta(days=20)),
    )
    return fig


@described_by(describe.ranges)
def ranges(rows: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Ranges without a point inside them (no value is more likely than another): columns label, low, high (percent)."""
    _not_empty(rows, title)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.5 * len(rows)))
    for i, r in enumerate(rows.itertuples()):
        ax.barh(i, r.high - r.low, left=r.low, color=OKABE_ITO[0], height=0.5)  # one colour: rows are named
        value_label(ax, f"{fmt.pct(r.low, 0)} à {fmt.pct(r.high, 0)}", (r.high, i), xytext=(4, 0), va="center")
    ax.set_yticks(range(len(rows)), rows["label"])
    ax.set(xlabel=xlabel, xlim=(0, 110), ylim=(len(rows) - 0.5, -0.5))
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
    fig, ax = plt.subplots(figsize=(WIDTH, 3.2))
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
        value_label(ax, label, (i, r["high"]), xytext=(0, 6), ha="center")
    ax.set_xticks(x, [str(y) for y in x])
    ax.set(ylabel=ylabel, ylim=(0, float(series["high"].max()) * 1.15))
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
    """Shares per year and category (a channel, or a role with ``labels``): a bar for an exact share; for a
    stated (rounded) one a light hatched bar up to the least it can be and whiskers over what the rounding allows,
    as in series_counts. Columns year, ``column``, low, high, exact. None for a single year (see one_year)."""
    _not_empty(shares, title)
    if one_year(shares):
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 3.2))
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
            else:  # the rounded share: a light bar up to its lowest value, whiskers over what the rounding allows
                light = to_rgba(colours[category], 0.35)
                ax.bar(x, r["low"], width=width * 0.9, facecolor=light, hatch="//", edgecolor=colours[category])
                ax.errorbar(x, r["high"], yerr=[[r["high"] - r["low"]], [0]], color="black", capsize=3, linewidth=1)
    handles = [Patch(color=colours[c], label=names[c]) for c in categories]
    if not shares["exact"].all():
        rounded = "alleen afgerond bekend: tussen de twee streepjes"
        handles.append(Patch(facecolor=to_rgba(GREY, 0.35), hatch="//", edgecolor=GREY, label=rounded))
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    top = min(100.0, float(shares["high"].max()) * 1.2)
    ax.set(ylabel="aandeel (%)", ylim=(0, top))
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
