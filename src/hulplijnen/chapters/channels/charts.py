"""The channels chapter's charts: its own (contacts per month and channel) and the figures it shows (label, caption,
what each draws from the chapter's data; presentation.parts). Each chart is described for its alt text by the
describer beside it (figures_alt); a chart with nothing to draw returns None or refuses empty data."""

from __future__ import annotations

from dataclasses import replace

import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation import figures_sources
from ...presentation.figures import month_ticks, thousands_ticks
from ...presentation.figures_alt import Description, Point, Series, described_by, points
from ...presentation.figures_phone import TALL
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


def without_channel(wide: pd.DataFrame | None) -> int:
    """For the caption's note on the contacts the monthly chart leaves out (captions.md, fig_channels_monthly): how
    many had no registered channel, 0 for none (review r14 2021 #19: 'de enkele contacten ...: zie de tabel per
    kanaal' pointed to a table the year lacks). r39: the words are the template's."""
    if wide is None or "not_recorded" not in wide.columns:
        return 0
    return int(wide["not_recorded"].fillna(0).sum())


def two_panels(wide: pd.DataFrame | None) -> bool:
    """Whether the monthly chart has two panels: its caption then says the lower one has a smaller scale (r38, r37
    2020 #14: a panel title '(eigen schaal)' was jargon, and the panels read as if they shared one)."""
    return not (wide is None or wide.empty or len(panels(wide, CHANNEL_COLOURS)) < 2)


def lower_panel(wide: pd.DataFrame | None) -> list[str]:
    """The channels of the monthly chart's lower panel, as its legend names them, for the caption (r41, r41 2020 #14:
    which panel has the other scale, said plainly); empty with one panel."""
    if not two_panels(wide):
        return []
    return [channel_label(c) for c in panels(wide, CHANNEL_COLOURS)[-1]]


def describe_monthly_channels(wide: pd.DataFrame, title: str, remarks: dict | None = None) -> Description:
    """``remarks``: per (month, channel) a corrected cell's remark, for the values file (r45, r44 2020 #8)."""
    colours, label = describe.channels()
    months = [describe.month(p) for p in wide.index]
    shown = drawn(wide, colours)

    def series(c: str) -> tuple[Point, ...]:
        said = remarks or {}
        return tuple(replace(p, remark=said.get((str(m), c))) for p, m in zip(points(months, wide[c]), wide.index))

    return Description("line", title, "count", tuple(Series(label(c), series(c)) for c in shown))


SMALL = 0.5  # a channel whose busiest month stays under this share of the busiest channel's: a panel of its own
# inches, two panels: the busiest channel above, the small ones under it (r45: 3.4 left p.4 empty); r52 (r51 2020 #10):
# drawn at this height the chart fits p.4 at the full text width (2.7 was shrunk to about 80 %, its type with it), the
# upper panel the taller one (PANEL_RATIOS: it was about 1,5 cm high) and the legend beside the lower panel's title
# r53 (2020 #4): the lower panel (e-mail and chat) was about 1 cm high, April's jump in chat hard to see: it is three
# quarters of the upper one now, the chart a little taller (2.6 inches was drawn at 80 % on p.4, narrower, its type too)
# r56 (r55 2020 #10): still flat in the PDF (the upper panel about 2 cm high): about 1,5 times as tall
PANELS_HEIGHT = 3.45
PANEL_RATIOS = (1.3, 1)
PHONE_TALL = 1.25  # the phone version's height over its width: two panels of twelve months
# r56 (r55 2020 #10): e-mail and chat lie on top of each other from August on: each its own mark, not only its colour
MARKERS = {"email": "s", "chat": "^"}


def panels(wide: pd.DataFrame, channels) -> list[list[str]]:
    """The channels of each panel of the monthly chart: one panel, or (r37: 2020 #8, chat's rise from 21 to 108 a
    month lay flat at the foot of a 0-600 axis, under e-mail) the large channels above and the small ones, whose
    busiest month stays under half the busiest channel's, under them on a scale of their own."""
    shown = drawn(wide, channels)
    top = max((float(wide[c].max()) for c in shown), default=0.0)
    small = [c for c in shown if float(wide[c].max()) < SMALL * top]
    large = [c for c in shown if c not in small]
    return [large, small] if small and large else [shown]


@described_by(describe_monthly_channels)
def monthly_channels(wide: pd.DataFrame | None, title: str, remarks: dict | None = None) -> plt.Figure | None:  # noqa: ARG001
    if wide is None or wide.empty or wide.fillna(0).to_numpy().sum() == 0:
        return None
    groups = panels(wide, CHANNEL_COLOURS)
    # low enough to share a page with the chapter's opening (r20 2020 #5: p. 4 was 40 % empty, the chart overleaf)
    height = HEIGHT if len(groups) == 1 else PANELS_HEIGHT
    ratios = {"height_ratios": PANEL_RATIOS} if len(groups) == 2 else None
    fig, axes = plt.subplots(
        len(groups), 1, figsize=(WIDTH, height), sharex=True, squeeze=False, layout="constrained", gridspec_kw=ratios
    )
    x = wide.index.to_timestamp()
    handles = {}
    for ax, group in zip(axes[:, 0], groups):
        for channel in group:
            (handles[channel],) = ax.plot(
                x,
                wide[channel].astype(float),
                marker=MARKERS.get(channel, "o"),
                color=CHANNEL_COLOURS[channel],
                label=channel_label(channel),
            )
        ax.set(xlabel="", ylabel="contacten")
        # a count's axis starts at 0, in each panel; room above the busiest month for its whole mark
        ax.set_ylim(0, 1.1 * float(wide[group].max().max()))
        thousands_ticks(ax)
        if len(groups) > 1:  # each panel names its channels; the caption says the lower one's scale is smaller
            ax.set_title(" en ".join(channel_label(c) for c in group), loc="left")
    ax = axes[-1, 0]
    ax.set_xticks(x)  # every month its name, not every other one
    month_ticks(ax)
    shown = [c for c in CHANNEL_COLOURS if c in handles]
    if len(groups) > 1:
        # the lower panel's channels in a legend on its title's line: the upper panel's title names its one channel
        lower = [c for c in shown if c in groups[-1]]
        ax.legend([handles[c] for c in lower], [channel_label(c) for c in lower], frameon=False, ncols=len(lower),
                  loc="lower right", bbox_to_anchor=(1, 1), borderaxespad=0.1)  # fmt: skip
        setattr(fig, TALL, PHONE_TALL)
    else:
        fig.legend(
            [handles[c] for c in shown],
            [channel_label(c) for c in shown],
            frameon=False,
            ncols=len(shown),
            loc="outside lower center",
        )
    return fig


YEARS = Figure(
    "fig-contacts-years",
    "fig_contacts_years",
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
    "fig_channel_mix",
    lambda data: _lower(
        figures_sources.share_series(
            data["shares"],
            "Aandeel van elk kanaal per jaar",
            whiskers=False,
            values=True,
            swatch=True,
            missing=figures_sources.NOT_PUBLISHED,
            exact=describe.EXACT_FROM_TABLES,  # r41 (r41 2021 #6)
        ),
        MIX_HEIGHT,
    ),
)
MONTHLY = Figure(
    "fig-channels-monthly",
    "fig_channels_monthly",
    lambda data: monthly_channels(
        data["monthly"], f"Contacten per maand, {data['monthly_year']}", data.get("monthly_remarks")
    ),
    year="monthly_year",
)
