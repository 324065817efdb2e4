"""One theme, one palette, one function per chart. Every function returns a matplotlib Figure.

Colours come from the Okabe-Ito palette (colour-blind safe), and only from it; a channel always has
the same colour, in every chart and every year; a chart is checked for contrast as it is shown
(figures_contrast: lines 3:1, bars by fill or outline 3:1, text 4.5:1). Legends stand outside the
plotting area (below it, in the space constrained layout reserves), so they never cover bars or tick
labels. A function whose data hold nothing to draw returns None instead of an empty chart. Notebooks show a figure with
``display.show_figure``, as PNG bytes with fixed metadata: the same figure always gives the same bytes.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.rcParams.update({"svg.hashsalt": "hulplijnen", "text.parse_math": False})  # fixed SVG ids; labels: no math
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.lines  # noqa: E402
import matplotlib.patches  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from . import figures_describe as describe  # noqa: E402
from . import fmt, theme  # noqa: E402
from .figures_alt import ATTRIBUTE, described_by  # noqa: E402
from .figures_contrast import text_on  # noqa: E402
from .theme import CHANNEL_COLOURS, GREY, OKABE_ITO, SMALL_PT, WIDTH, channel_label, value_label  # noqa: E402


def apply_theme() -> None:
    theme.apply(OKABE_ITO)  # seaborn's whitegrid theme, without importing seaborn (theme.py)
    matplotlib.rcParams.update(
        {
            **theme.TYPE,  # one font, one size system (theme.py)
            "figure.figsize": (theme.WIDTH, 3.6),
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "patch.edgecolor": ".15",  # every bar outlined: 3:1 against the page whatever its fill (WCAG 1.4.11)
            "patch.linewidth": 0.6,
        }
    )


def thousands_ticks(ax, axis: str = "y") -> None:
    """Dutch numbers on a count axis (1.000); across the page at most five of them, so that "4.000" and
    "5.000" never run into each other."""
    formatter = matplotlib.ticker.FuncFormatter(lambda v, _: fmt.number(v))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)
    if axis == "x":
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))


def _months(ax) -> None:
    """Short Dutch month names on the x axis (a time axis)."""
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt.month_short(mdates.num2date(v).strftime("%Y-%m"))))


def _legend_below(fig: plt.Figure, ncols: int = 4, fontsize: float | None = None) -> None:
    """One legend for the figure, under the plot, in space the constrained layout reserves for it."""
    handles, labels = fig.axes[0].get_legend_handles_labels()
    if handles:
        fig.legend(
            handles,
            labels,
            frameon=False,
            ncols=min(ncols, len(handles)),
            loc="outside lower center",
            fontsize=fontsize,
        )


@described_by(describe.monthly_channels)
def monthly_channels(wide: pd.DataFrame | None, title: str) -> plt.Figure | None:
    if wide is None or wide.empty or wide.fillna(0).to_numpy().sum() == 0:
        return None
    fig, ax = plt.subplots(layout="constrained")
    x = wide.index.to_timestamp()
    for channel in [c for c in CHANNEL_COLOURS if c in wide.columns and wide[c].fillna(0).sum() > 0]:
        ax.plot(
            x, wide[channel].astype(float), marker="o", color=CHANNEL_COLOURS[channel], label=channel_label(channel)
        )
    _months(ax)
    ax.set(xlabel="", ylabel="contacten")
    ax.set_ylim(bottom=0)  # a count's axis starts at 0
    thousands_ticks(ax)
    _legend_below(fig)
    return fig


@described_by(describe.channel_shares)
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
                    fontsize=SMALL_PT,
                )
        left += part
    ax.set(xlabel="aandeel (%)", xlim=(0, 100))
    ax.invert_yaxis()
    _legend_below(fig)
    return fig


@described_by(describe.group_bars)
def group_bars(groups: pd.DataFrame, title: str) -> plt.Figure:
    """Contact-person groups: bar of the filled cells, a hatched bar on to the bound from constraints. A linear
    axis from 0 (a logarithmic one has no 0, and its short bars looked longer than they are); every bar carries
    its number, so a small group is read from its number, not its length."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.4 + 0.42 * len(groups)), layout="constrained")
    y = groups["label_nl"]
    ax.barh(y, groups["low"], color=OKABE_ITO[0], label="getelde contacten")
    extra = groups["high"] - groups["low"]
    empty_cells = "lege cellen (begrensd door vermelde totalen)"
    ax.barh(y, extra, left=groups["low"], color=OKABE_ITO[4], hatch="//", label=empty_cells)
    for label, low, high in zip(y, groups["low"], groups["high"]):
        value_label(ax, fmt.count_range(low, high), (high, label), xytext=(4, 0), va="center")
    top = float(groups["high"].max())
    ax.set(xlabel="contacten", xlim=(0, top * 1.18))  # room for the numbers printed after the bars
    thousands_ticks(ax, "x")
    ax.invert_yaxis()
    if (extra > 0).any():
        _legend_below(fig, ncols=2)
    return fig


@described_by(describe.campaign_series)
def campaign_series(
    band: pd.DataFrame | None, campaigns: pd.DataFrame, events: pd.DataFrame, title: str, year: int
) -> plt.Figure | None:
    """The monthly series with the counterfactual band, campaign starts and the modelled events,
    drawn over the report year only; None when the year has no monthly series (nothing to draw)."""
    if band is None or band.empty:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 4.6), layout="constrained")
    first, last = pd.Timestamp(f"{year}-01-01"), pd.Timestamp(f"{year}-12-31")
    x = band.index.to_timestamp()
    ax.fill_between(
        x,
        band["low"],
        band["high"],
        color=OKABE_ITO[4],
        alpha=0.3,
        linewidth=0,
        label="verwacht zonder campagnes (95 %)",
    )
    ax.plot(x, band["expected"], color=OKABE_ITO[0], linestyle="--", linewidth=1.2, label="verwacht zonder campagnes")
    ax.plot(x, band["observed"], color="black", marker="o", label="waargenomen")
    for i, event in enumerate(events.itertuples()):
        end = last if pd.isna(event.end_latest) else min(pd.Timestamp(event.end_latest), last)
        ax.axvspan(
            max(pd.Timestamp(event.start_earliest), first),
            end,
            facecolor=matplotlib.colors.to_rgba([OKABE_ITO[6], OKABE_ITO[3]][i % 2], 0.2),
            edgecolor=".15",  # outlined: the period stands out from the page (WCAG 1.4.11)
            label=str(event.name_nl).split(":")[0],
        )
    for campaign in campaigns.itertuples():
        ax.axvline(campaign.start_earliest, color=OKABE_ITO[5], linewidth=1.2)
    if len(campaigns):
        ax.plot([], [], color=OKABE_ITO[5], label="start van een campagne")
    ax.set(ylabel="contacten per maand", xlabel="", xlim=(first - pd.Timedelta(days=10), last))
    ax.set_ylim(0, float(band[["high", "observed"]].max().max()) * 1.05)  # a count's axis starts at 0
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    _months(ax)
    thousands_ticks(ax)
    _legend_below(fig, ncols=2, fontsize=SMALL_PT)
    return fig


@described_by(describe.intervals)
def intervals(rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None) -> plt.Figure:
    """Point-and-interval chart: columns label, value, low, high, colour (optional). With ``reference``
    (e.g. index 100 of the base year) the axis starts there, with a line at it, so a narrow interval is read
    against its base instead of filling the axis; each point carries its value."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.2 + 0.45 * len(rows)), layout="constrained")
    for i, row in enumerate(rows.itertuples()):
        colour = getattr(row, "colour", OKABE_ITO[0])
        ax.barh(i, row.high - row.low, left=row.low, height=0.3, facecolor=matplotlib.colors.to_rgba(colour, 0.5))
        ax.plot([row.value], [i], "o", color=colour)
        value_label(ax, fmt.number(row.value, 1), (row.high, i), xytext=(6, 0), va="center")
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


DPI = 150  # print quality at the report's 6.5-inch text width
SYNTHETIC = "synthetische gegevens"  # a chart's title ends with it in brackets when its data are made up


def _mark_synthetic(fig: plt.Figure) -> None:
    """A chart of made-up data says so in the picture itself (its title, which said it, is not drawn): a copied
    PNG never passes for real figures."""
    description = getattr(fig, ATTRIBUTE, None)
    title = getattr(description, "title", "")
    if title.endswith(f"({SYNTHETIC})") and not any(t.get_text() == SYNTHETIC.capitalize() for t in fig.texts):
        fig.text(  # above the chart, right: over no tick label or mark (the saved picture grows to hold it)
            0.995, 1.0, SYNTHETIC.capitalize(), ha="right", va="bottom", fontsize=SMALL_PT, style="italic"
        )


def png_bytes(fig: plt.Figure) -> bytes:
    """The figure as PNG with fixed metadata (no software version, no timestamp): same figure, same bytes."""
    _mark_synthetic(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None}, dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


SUPPRESSED_HATCH = "////"


@described_by(describe.daily_contacts)
def daily_contacts(daily: pd.DataFrame, title: str) -> plt.Figure:
    """Contacts per day; a suppressed day is a gap, not a zero. ``daily`` has date and contacts."""
    fig, ax = plt.subplots(figsize=(WIDTH, 3.2))
    x = pd.to_datetime(daily["date"])
    ax.plot(x, daily["contacts"].astype(float), color=CHANNEL_COLOURS["phone"], linewidth=0.9)
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    _months(ax)
    ax.set(xlabel="", ylabel="contacten per dag")
    ax.set_ylim(bottom=0)  # a count's axis starts at 0
    fig.tight_layout()
    return fig


@described_by(describe.weekday_hour_heatmap)
def weekday_hour_heatmap(offered: pd.DataFrame, answered: pd.DataFrame, title: str) -> plt.Figure:
    """Two heatmaps side by side (weekday x hour band): calls offered and calls answered; a
    suppressed cell is grey and hatched."""
    import seaborn as sns  # only this chart needs seaborn (and scipy with it)

    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    fig, axes = plt.subplots(2, 1, figsize=(WIDTH, 5.2), sharex=True)
    vmax = float(offered.astype(float).max().max())
    for ax, frame, label in zip(axes, (offered, answered), ("aangeboden oproepen", "beantwoorde oproepen")):
        values = frame.astype(float)
        sns.heatmap(
            values,
            ax=ax,
            cmap="Blues",
            vmin=0,
            vmax=vmax,
            cbar=True,
            linewidths=0.3,
            linecolor="white",
            mask=values.isna(),
            cbar_kws={"label": "oproepen"},
        )
        ax.set_facecolor("#dddddd")
        ax.grid(False)  # cells, not a grid: no line under the numbers
        for i, j in zip(*values.isna().to_numpy().nonzero()):
            ax.add_patch(
                matplotlib.patches.Rectangle(
                    (j, i), 1, 1, fill=False, hatch=SUPPRESSED_HATCH, edgecolor="#555555", linewidth=0
                )
            )
        ax.set_yticks([i + 0.5 for i in range(len(values.index))], [days[int(d) - 1] for d in values.index], rotation=0)
        ax.set(title=label, xlabel="", ylabel="")
    axes[-1].set_xlabel("uur (00-06 en 22-23: samengenomen)")
    fig.tight_layout()
    return fig


@described_by(describe.answer_rates)
def answer_rates(monthly: pd.DataFrame, title: str) -> plt.Figure:
    """Share of offered calls answered per month, with its 95 % interval."""
    fig, ax = plt.subplots(figsize=(WIDTH, 3.4), layout="constrained")
    shown = monthly.dropna(subset=["rate"])
    x = pd.PeriodIndex(shown["month"], freq="M").to_timestamp()
    rate = shown["rate"].astype(float) * 100
    ax.fill_between(
        x,
        shown["low"].astype(float) * 100,
        shown["high"].astype(float) * 100,
        color=CHANNEL_COLOURS["phone"],
        alpha=0.2,
        linewidth=0,
        label="onzekerheid van de schatting",
    )
    ax.plot(x, rate, marker="o", color=CHANNEL_COLOURS["phone"], label="beantwoord")
    _months(ax)
    ax.set(xlabel="", ylabel="% beantwoord", ylim=(0, 100))
    _legend_below(fig, ncols=2)
    return fig


@described_by(describe.channel_mix_bars)
def channel_mix_bars(mix: pd.DataFrame, labels: dict[str, str], title: str) -> plt.Figure:
    """Stacked horizontal bars: per contact-person group the channel shares; a group with a
    suppressed count shows only what is published."""
    channels = [c for c in ("phone", "email", "chat") if c in mix.columns]
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6 + 0.42 * len(mix)), layout="constrained")
    named: set[str] = set()  # a channel is named in the legend where it is first drawn (a group may hide it)
    for i, row in enumerate(mix.itertuples()):
        left = 0.0
        for channel in channels:
            value = getattr(row, channel)
            if pd.isna(value):
                continue
            label = channel_label(channel) if value > 0 and channel not in named else None
            named |= {channel} if label else set()
            ax.barh(i, float(value), left=left, color=CHANNEL_COLOURS[channel], label=label)
            left += float(value)
    ax.set_yticks(range(len(mix)), [labels.get(g, g) for g in mix["group"]])
    ax.invert_yaxis()
    ax.set(xlabel="% van de contacten van de groep", xlim=(0, 100))
    _legend_below(fig, ncols=3)
    return fig
