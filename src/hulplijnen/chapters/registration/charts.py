"""The registration chapter's own charts: contacts per day, and the channel mix per group. Each chart is described for
its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or refuses empty
data."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import transforms
from matplotlib.markers import CARETUPBASE

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures import SUPPRESSED_HATCH, legend_below, month_ticks
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.parts import Figure
from ...presentation.theme import CHANNEL_COLOURS, WIDTH, channel_label
from ..shared.export_tables import export_chart


def describe_daily_contacts(daily: pd.DataFrame, title: str) -> Description:
    days = [fmt.date(d) for d in pd.to_datetime(daily["date"])]
    # r37 (demo #5, #15): as the chart draws them: a published count at its level (a holiday's published 0 too), a
    # day whose count is not published left out (read out as not published, with their number)
    return Description("line", title, "count", (Series("contacten per dag", points(days, daily["contacts"])),))


HIDDEN_MARK = "#555555"  # the mark under a day whose count is not published: dark grey, as a hidden cell's hatch
HIDDEN_DAY = "dag zonder gepubliceerd aantal"


MARK_SIZE = 7  # points: a hidden day's triangle, and how far apart two close marks stand (with a gap of one point)


def _mark_offsets(days: list, apart: int = 4) -> list[tuple]:
    """Each hidden day with its sideways offset in points: days fewer than ``apart`` days after the one before form a
    group whose marks stand side by side around the group's middle, each a mark's width and a point apart, all on
    the axis (r56, r55 demo #5: a mark a row higher read as a data point at about 3 contacts)."""
    groups: list[list] = []
    for day in sorted(days):
        groups[-1].append(day) if groups and (day - groups[-1][-1]).days < apart else groups.append([day])
    step = MARK_SIZE + 1
    return [(day, (i - (len(g) - 1) / 2) * step) for g in groups for i, day in enumerate(g)]


@described_by(describe_daily_contacts)
def daily_contacts(daily: pd.DataFrame, title: str) -> plt.Figure:
    """Contacts per day. A day whose count is not published is a gap in the line, marked by a small triangle on the
    axis under it, named in the legend (r37 demo #15: single-day gaps in a year's line could not be seen); a
    published count is drawn at its level, a holiday's published 0 at 0 (r37 demo #5: drawn as gaps, the two
    holidays published as 0 made nine gaps where the annex counts seven days not published). ``daily`` has date and
    contacts (missing where not published)."""
    fig, ax = plt.subplots(figsize=(WIDTH, 3.2), layout="constrained")
    x = pd.to_datetime(daily["date"])
    y = daily["contacts"].astype(float)
    ax.plot(x, y, color=CHANNEL_COLOURS["phone"], linewidth=0.9)
    hidden = x[y.isna()]
    # on the axis, pointing up at the gap; clipped by nothing, so the whole triangle shows. r41 (r41 demo #10): a
    # mark within a few days of the one before stands beside it, so both show (23 and 25 December were one); r56
    # (r55 demo #5): beside it on the axis, not a row higher, where it looked like a data point
    for i, (day, dx) in enumerate(_mark_offsets(list(hidden))):
        aside = transforms.offset_copy(ax.transData, fig=fig, x=dx, units="points")
        ax.plot([day], [0], linestyle="none", marker=CARETUPBASE, markersize=MARK_SIZE, color=HIDDEN_MARK,
                clip_on=False, zorder=3, transform=aside, label=None if i else HIDDEN_DAY)  # fmt: skip
    if len(hidden):
        legend_below(fig)
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    if len(x):  # from the first day of the first month to the last of the last: no tick of a month not shown
        ax.set_xlim(x.min().to_period("M").start_time, x.max().to_period("M").end_time.normalize())
    month_ticks(ax)
    ax.set(xlabel="", ylabel="contacten per dag")
    ax.set_ylim(bottom=0)  # a count's axis starts at 0
    return fig


def published_groups(mix: pd.DataFrame) -> pd.DataFrame:
    """The groups with a published number of contacts: a group whose count is hidden has nothing to draw."""
    return mix[mix["contacts"].notna()].reset_index(drop=True) if "contacts" in mix else mix


def describe_channel_mix_bars(mix: pd.DataFrame, labels: dict[str, str], title: str) -> Description:
    _, label = describe.channels()
    mix = published_groups(mix)
    groups = [labels.get(g, g) for g in mix["group"]]
    shown = [c for c in ("phone", "email", "chat") if c in mix.columns]
    return Description("stacked", title, "pct", tuple(Series(label(c), points(groups, mix[c])) for c in shown))


HIDDEN = "niet gepubliceerd"
HIDDEN_FILL = "#dddddd"  # grey, hatched: as the heat maps draw a hidden cell


@described_by(describe_channel_mix_bars)
def channel_mix_bars(mix: pd.DataFrame, labels: dict[str, str], title: str) -> plt.Figure:
    """Stacked horizontal bars: per contact-person group the channel shares. A group whose count is hidden is
    left out (the text names it); within a group, the channels whose shares are hidden share one grey hatched
    bar for what the published shares leave (100 % less those, as the table gives it): never one hidden cell."""
    mix = published_groups(mix)
    channels = [c for c in ("phone", "email", "chat") if c in mix.columns]
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6 + 0.42 * len(mix)), layout="constrained")
    named: set[str] = set()  # a channel is named in the legend where it is first drawn (a group may hide it)
    rest = {}  # group row -> where its published shares end, for a group with a hidden share
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
        if any(pd.isna(getattr(row, c)) for c in channels) and left < 100:
            rest[i] = left
    for channel in channels:  # a channel never drawn (0 % or hidden everywhere) is still in the key (demo r15 #21)
        if channel not in named:
            # said in the key, so no reader looks for its bar (demo r16 #15: 'chat' and no chat bar)
            label = f"{channel_label(channel)} (geen balk: 0 % of niet gepubliceerd)"
            ax.barh(0, 0, left=0, color=CHANNEL_COLOURS[channel], label=label)
    for n, (i, left) in enumerate(rest.items()):  # after the channels: the key names it last
        ax.barh(
            i,
            100 - left,
            left=left,
            color=HIDDEN_FILL,
            hatch=SUPPRESSED_HATCH,
            edgecolor="#555555",
            lw=0.6,
            label=None if n else HIDDEN,
        )
    ax.set_yticks(range(len(mix)), [labels.get(g, g) for g in mix["group"]])
    ax.invert_yaxis()
    ax.set(xlabel="% van de contacten van de groep", xlim=(0, 100))
    legend_below(fig, ncols=4)
    return fig


DAILY = Figure(
    "fig-export-daily",
    # r37 (demo #5, #15): a gap is a day not published, and only that; the triangle under it shows where it is
    "fig_export_daily",
    export_chart(daily_contacts, "Contacten per dag", "daily"),
)
MIX = Figure(
    "fig-export-channel-mix",
    "Kanaalmix per groep contactnemers",
    export_chart(channel_mix_bars, "Kanaal per contactnemer", "mix", "group_labels"),
)
