"""The channels chapter's charts: its own (contacts per month and channel) and the figures it shows (label, caption,
what each draws from the chapter's data; presentation.parts). Each chart is described for its alt text by the
describer beside it (figures_alt); a chart with nothing to draw returns None or refuses empty data."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation import figures_sources, fmt
from ...presentation.figures import legend_below, month_ticks, thousands_ticks
from ...presentation.figures_alt import Description, Series, described_by, points
from ...presentation.parts import Figure
from ...presentation.theme import CHANNEL_COLOURS, WIDTH, channel_label

HEIGHT = 2.2  # inches: twelve months of three lines need no more
# the chapter's charts over the years, lower than the shared charts' default: the chapter's opening, its two charts
# over the years and the months of the earlier year fill two pages, with no quarter page left empty (r24 2021 #18);
# the shares per year as tall as every chart of shares per year (r35 2021 #3)
YEARS_HEIGHT, MIX_HEIGHT = 2.3, figures_sources.SHARES_HEIGHT


def _lower(fig: plt.Figure | None, height: float) -> plt.Figure | None:
    """The chart at ``height`` inches, its layout fitted again (the shared charts lay out with tight_layout)."""
    if fig is not None:
        fig.set_size_inches(fig.get_figwidth(), height)
        fig.tight_layout()
    return fig


UNDRAWN = ("not_recorded",)  # a handful of contacts without a channel: a flat line at 0; the caption counts them


def drawn(wide: pd.DataFrame, channels) -> list[str]:
    """The channels the monthly chart draws: those with contacts, not the contacts without a registered channel."""
    return [c for c in channels if c in wide.columns and c not in UNDRAWN and wide[c].fillna(0).sum() > 0]


def without_channel(wide: pd.DataFrame | None) -> str:
    """The caption's note on the contacts the monthly chart leaves out: how many had no registered channel
    (review r14 2021 #19: 'de enkele contacten ...: zie de tabel per kanaal' pointed to a table the year lacks)."""
    if wide is None or "not_recorded" not in wide.columns:
        return ""
    n = int(wide["not_recorded"].fillna(0).sum())
    if n == 0:
        return ""
    return f" (zonder {'het contact' if n == 1 else f'de {fmt.number(n)} contacten'} zonder geregistreerd kanaal)"


def describe_monthly_channels(wide: pd.DataFrame, title: str) -> Description:
    colours, label = describe.channels()
    months = [describe.month(p) for p in wide.index]
    shown = drawn(wide, colours)
    return Description("line", title, "count", tuple(Series(label(c), points(months, wide[c])) for c in shown))


@described_by(describe_monthly_channels)
def monthly_channels(wide: pd.DataFrame | None, title: str) -> plt.Figure | None:
    if wide is None or wide.empty or wide.fillna(0).to_numpy().sum() == 0:
        return None
    # low enough to share a page with the chapter's opening (r20 2020 #5: p. 4 was 40 % empty, the chart overleaf)
    fig, ax = plt.subplots(figsize=(WIDTH, HEIGHT), layout="constrained")
    x = wide.index.to_timestamp()
    for channel in drawn(wide, CHANNEL_COLOURS):
        ax.plot(
            x, wide[channel].astype(float), marker="o", color=CHANNEL_COLOURS[channel], label=channel_label(channel)
        )
    ax.set_xticks(x)  # every month its name, not every other one
    month_ticks(ax)
    ax.set(xlabel="", ylabel="contacten")
    ax.set_ylim(bottom=0)  # a count's axis starts at 0
    thousands_ticks(ax)
    legend_below(fig)
    return fig


YEARS = Figure(
    "fig-contacts-years",
    "Contacten per jaar",
    # None for two years or fewer: the text compares them
    lambda data: (
        None
        if data["series"] is None
        else _lower(
            figures_sources.series_counts(data["series"], "Contacten per jaar", "contacten", whiskers=False),
            YEARS_HEIGHT,
        )
    ),
)
MIX = Figure(
    "fig-channel-mix",
    # every bar labelled, a rounded share with its whole percent; a year published rounded in its paler bars, with
    # their swatch in the legend (r24 2021 #12: a legend entry without a swatch pointed at nothing visible)
    "Aandeel van elk kanaal per jaar",
    lambda data: _lower(
        figures_sources.share_series(
            data["shares"],
            "Aandeel van elk kanaal per jaar",
            whiskers=False,
            values=True,
            swatch=True,
            missing=figures_sources.NOT_PUBLISHED,
        ),
        MIX_HEIGHT,
    ),
)
MONTHLY = Figure(
    "fig-channels-monthly",
    "Contacten per maand en kanaal{}",
    lambda data: monthly_channels(data["monthly"], f"Contacten per maand, {data['monthly_year']}"),
    year="monthly_year",
    fill="without_channel",
)
