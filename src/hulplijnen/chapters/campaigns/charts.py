"""The campaigns chapter's own chart: the monthly contacts against what the model expects without campaigns. Each chart
is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw returns None or
refuses empty data."""

from __future__ import annotations

import matplotlib
import matplotlib.dates as mdates
import matplotlib.lines
import matplotlib.patches
import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures import legend_below, month_ticks, thousands_ticks
from ...presentation.figures_alt import Description, Point, Series, described_by, points
from ...presentation.labels import peak_period
from ...presentation.parts import Figure
from ...presentation.theme import OKABE_ITO, SMALL_PT, WIDTH

PLAIN = {"facecolor": "white", "edgecolor": "none", "pad": 0.5}  # a campaign's date over the gridlines, readable
NOT_ESTIMATED = "niet geschat"  # a month whose expected course the effects table calls 'niet te schatten'
OPAQUE_BAND = tuple(1 - 0.3 * (1 - c) for c in matplotlib.colors.to_rgb(OKABE_ITO[4]))  # sky blue at 30 %, opaque


def describe_campaign_series(band, campaigns, events, title: str, year: int) -> Description:
    months = [describe.month(p) for p in band.index]
    series = [Series("waargenomen", points(months, band["observed"]))]
    series.append(
        Series(
            expected_label(events),
            tuple(
                describe.interval(m, e, lo, hi)
                for m, e, lo, hi in zip(months, band["expected"], band["low"], band["high"])
                if pd.notna(e)  # a month without an estimate (without_estimate) has no expected point
            ),
        )
    )
    if len(campaigns):
        starts = tuple(
            Point(str(c.name_nl), start=c.start_earliest, end=c.start_earliest) for c in campaigns.itertuples()
        )
        series.append(Series("start van een campagne", starts))
    return Description("line", title, "count", tuple(series))


def expected_label(events: pd.DataFrame) -> str:
    """The legend of the expected course: where the model has a sustained event, the line carries that event's
    jump (the trend alone is not what it draws), and the legend names it (r15 2020 #10: not 'the coloured period')."""
    if events.empty:
        return "verwacht zonder campagnes (trend)"
    return "verwacht zonder campagnes, rekening houdend met " + " en ".join(
        period_label(e, short=True) for _, e in events.iterrows()
    )


def period_label(event: pd.Series, short: bool = False) -> str:
    """A modelled event as the legend names it: a rise in demand by its months, the source's name for them as the
    source's words ('piek van april–juni 2020 (volgens de bron tijdens de eerste lockdown)', r18 2020 #1: not as if
    the lockdown were April–June); any other by its name."""
    if event.get("kind") != "demand":
        return ("de " if short else "") + str(event["name_nl"]).split(":")[0]
    p = peak_period(event["name_nl"], event["start_earliest"], event["end_latest"])
    return f"de piek van {p['short']}" if short else f"piek van {p['months']} (volgens de bron tijdens de {p['named']})"


def without_estimate(band: pd.DataFrame, starts, window: int) -> pd.DataFrame:
    """The band without an expected course in the months of a campaign whose own effect is not estimated (r18 2020
    #2): the effects table says 'niet te schatten' for them, so the chart draws no expected value there either.
    ``starts``: those campaigns' start dates; ``window``: the months of a campaign's pulse from its start."""
    out = band.copy()
    for start in starts:
        months = pd.period_range(pd.Period(start, freq="M"), periods=window, freq="M")
        out.loc[out.index.isin(months), ["expected", "low", "high"]] = float("nan")
    return out


def mid_month(index: pd.PeriodIndex) -> pd.DatetimeIndex:
    """A month's point in the middle of its month (r15 2020 #10): a campaign late in December then lies inside
    December, left of the axis' end, not after the last point."""
    start = index.to_timestamp()
    return start + (index.to_timestamp(how="end") - start) / 2


@described_by(describe_campaign_series)
def campaign_series(
    band: pd.DataFrame | None, campaigns: pd.DataFrame, events: pd.DataFrame, title: str, year: int
) -> plt.Figure | None:
    """The monthly series with the counterfactual band, campaign starts and the modelled events,
    drawn over the report year only; None when the year has no monthly series (nothing to draw)."""
    if band is None or band.empty:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 4.6), layout="constrained")
    first, last = pd.Timestamp(f"{year}-01-01"), pd.Timestamp(f"{year}-12-31")
    x = mid_month(band.index)
    ax.fill_between(
        x,
        band["low"],
        band["high"],
        color=OPAQUE_BAND,  # opaque over a period: no third, mixed colour the legend does not name (r15 2020 #10)
        linewidth=0,
        zorder=1.5,
        label="marge van onzekerheid rond dat verwachte verloop",  # no bare "95 %" (r14 2020 #9)
    )
    known = band["expected"].notna()
    # a month between two without an estimate stands alone: its margin as a bar, its value as a point
    ax.vlines(x[known.to_numpy()], band["low"][known], band["high"][known], color=OPAQUE_BAND, linewidth=6, zorder=1.5)
    ax.plot(
        x,
        band["expected"],
        color=OKABE_ITO[0],
        linestyle="--",
        linewidth=1.2,
        marker="o",
        markersize=3,
        label=expected_label(events),
    )
    for month in x[~known.to_numpy()]:  # no expected value where the table says 'niet te schatten' (r18 2020 #2)
        ax.text(month, 0, NOT_ESTIMATED, rotation=90, ha="center", va="bottom", fontsize=SMALL_PT, bbox=PLAIN)
    ax.plot(x, band["observed"], color="black", marker="o", label="waargenomen")
    for i, event in enumerate(events.itertuples()):
        end = last if pd.isna(event.end_latest) else min(pd.Timestamp(event.end_latest), last)
        ax.axvspan(
            max(pd.Timestamp(event.start_earliest), first),
            end,
            facecolor=matplotlib.colors.to_rgba([OKABE_ITO[6], OKABE_ITO[3]][i % 2], 0.2),
            edgecolor=".15",  # outlined: the period stands out from the page (WCAG 1.4.11)
            label=period_label(pd.Series(event._asdict())),
            zorder=1,
        )
    top = float(band[["high", "observed"]].max().max()) * 1.3  # room above the data for the campaigns' dates
    for campaign in campaigns.itertuples():
        ax.axvline(campaign.start_earliest, color=OKABE_ITO[5], linewidth=1.2)
        # each line named by its date on the chart (r16 2020 #6), as the table of campaigns dates it
        when = fmt.date(campaign.start_earliest, "day").rsplit(" ", 1)[0]
        ax.text(
            campaign.start_earliest, top * 0.985, when, rotation=90, ha="right", va="top", fontsize=SMALL_PT, bbox=PLAIN
        )
    if len(campaigns):
        ax.plot([], [], color=OKABE_ITO[5], label="start van een campagne")
    ax.set(ylabel="contacten per maand", xlabel="", xlim=(first - pd.Timedelta(days=10), last))
    ax.set_ylim(0, top if len(campaigns) else top / 1.3 * 1.05)  # a count's axis starts at 0
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonthday=15))  # a month's name under its point
    ax.xaxis.set_minor_locator(mdates.MonthLocator())  # the lines between the months
    ax.grid(False, axis="x", which="major")
    ax.grid(True, axis="x", which="minor")
    month_ticks(ax)
    thousands_ticks(ax)
    legend_below(fig, ncols=1, fontsize=SMALL_PT)
    return fig


SERIES = Figure(
    "fig-campaigns",
    "Contacten per maand met campagnes, gebeurtenissen en het verwachte verloop zonder campagnes",
    lambda data: campaign_series(
        data["band"], data["campaigns"], data["events"], f"Campagnes en contacten, {data['year']}", data["year"]
    ),
    absent="no_series",  # a year without a monthly series, or a model that could not be fitted: the text says so
)
