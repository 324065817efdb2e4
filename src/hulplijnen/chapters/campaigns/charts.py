"""The campaigns chapter's own chart: the monthly contacts with the campaigns' start dates marked (r20 2020 #6: the
model's expected course drew a June far above the observed one with no campaign in June, read as 'campaigns lowered
contacts'; with twelve monthly figures no effect can be shown, and the annex's table gives the model's estimates).
Each chart is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw
returns None or refuses empty data."""

from __future__ import annotations

import matplotlib
import matplotlib.dates as mdates
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
OBSERVED = "contacten per maand"
STARTS = "start van een campagne"
BAND = "gekleurde band"
# a date label's width on the time axis, in days per character at SMALL_PT across the phone version's width (about 8;
# at the PDF's width about 4.5): two labels closer than that share no row, on a phone either (r20 2020 #16: rotated
# labels were cut off at 390 px)
DAYS_PER_CHAR = 8
ROWS = 2  # label rows above the data: a third label that would overlap returns to the first row


def describe_campaign_series(observed, campaigns, events, title: str, year: int) -> Description:
    months = [describe.month(p) for p in observed.index]
    series = [Series(OBSERVED, points(months, observed))]
    if len(campaigns):
        starts = tuple(
            Point(str(c.name_nl), start=c.start_earliest, end=c.start_earliest) for c in campaigns.itertuples()
        )
        series.append(Series(STARTS, starts))
    if len(events):  # the shaded band, by its legend's name and its months (r26 2020 #19)
        bands = tuple(
            Point(period_label(pd.Series(e._asdict())), start=e.start_earliest, end=e.end_latest)
            for e in events.itertuples()
        )
        series.append(Series(BAND, bands))
    return Description("line", title, "count", tuple(series))


def period_label(event: pd.Series) -> str:
    """A modelled event as the legend names it, short: a rise in demand as the peak in contacts with its months
    ('piek in contacten (april–juni 2020)'; r28 2020 #20: with the source's name for it, 'eerste lockdown', the band
    read as the lockdown's dates, which began before the band), any other by its name."""
    if event.get("kind") != "demand":
        return str(event["name_nl"]).split(":")[0]
    peak = peak_period(event["name_nl"], event["start_earliest"], event["end_latest"])
    return f"piek in contacten ({peak['months']})"


def mid_month(index: pd.PeriodIndex) -> pd.DatetimeIndex:
    """A month's point in the middle of its month (r15 2020 #10): a campaign late in December then lies inside
    December, left of the axis' end, not after the last point."""
    start = index.to_timestamp()
    return start + (index.to_timestamp(how="end") - start) / 2


def short_date(day: pd.Timestamp) -> str:
    """A campaign's start on the chart, horizontal and short: '23 mrt' (its full date: the table of campaigns)."""
    return f"{day.day} {fmt.month_short(day.strftime('%Y-%m'))}"


def label_rows(starts: list[pd.Timestamp], texts: list[str], last: pd.Timestamp) -> list[tuple[int, str]]:
    """Each date label's row (0: the top one) and its alignment, one for all: 'left' (the text starts at its line), or
    'right' (it ends there) when a label would run past the axis' end (r26 2020 #5: a last label on the other side
    of its line read as the one before's); a label never runs into an earlier one in its row."""
    placed: list[tuple[float, float, int]] = []
    out = []
    # a label's room with a gap of two characters to the line before it: a label just past another line read as
    # that line's (r26 2020 #5: '6 okt 17 dec' on the phone)
    widths = [pd.Timedelta(days=DAYS_PER_CHAR * (len(text) + 3)) for text in texts]
    side = "right" if any(start + width > last for start, width in zip(starts, widths)) else "left"
    for start, width in zip(starts, widths):
        lo, hi = (start - width, start) if side == "right" else (start, start + width)
        row = next(
            (r for r in range(ROWS) if all(end < lo or begin > hi for begin, end, rr in placed if rr == r)),
            len(placed) % ROWS,
        )
        placed.append((lo, hi, row))
        out.append((row, side))
    return out


@described_by(describe_campaign_series)
def campaign_series(
    observed: pd.Series | None, campaigns: pd.DataFrame, events: pd.DataFrame, title: str, year: int
) -> plt.Figure | None:
    """The observed monthly contacts, the campaigns' starts (a line each, dated above the data) and the periods of the
    modelled events, over the report year only; None when the year has no monthly series (nothing to draw)."""
    if observed is None or observed.empty:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 3.0), layout="constrained")
    first, last = pd.Timestamp(f"{year}-01-01"), pd.Timestamp(f"{year}-12-31")
    x = mid_month(observed.index)
    ax.plot(x, observed.astype(float), color="black", marker="o", label=OBSERVED)
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
    high = float(observed.max())
    top = high * (1.12 + 0.12 * ROWS) if len(campaigns) else high * 1.1  # room above the data for the dates
    starts = [pd.Timestamp(c.start_earliest) for c in campaigns.itertuples()]
    texts = [short_date(s) for s in starts]
    for start, text, (row, side) in zip(starts, texts, label_rows(starts, texts, last)):
        ax.axvline(start, color=OKABE_ITO[5], linewidth=1.2)
        ax.annotate(
            text,
            (start, top * (0.985 - 0.1 * row)),
            xytext=(-2 if side == "right" else 2, 0),
            textcoords="offset points",
            ha=side,
            va="top",
            fontsize=SMALL_PT,
            bbox=PLAIN,
        )
    if len(campaigns):
        ax.plot([], [], color=OKABE_ITO[5], label=STARTS)
    ax.set(ylabel="contacten", xlabel="", xlim=(first - pd.Timedelta(days=10), last))
    ax.set_ylim(0, top)  # a count's axis starts at 0
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonthday=15))  # a month's name under its point
    ax.xaxis.set_minor_locator(mdates.MonthLocator())  # the lines between the months
    ax.grid(False, axis="x", which="major")
    ax.grid(True, axis="x", which="minor")
    month_ticks(ax)
    thousands_ticks(ax)
    legend_below(fig, ncols=2, fontsize=SMALL_PT)  # r27: three in a row made the chart wider than the text
    return fig


SERIES = Figure(
    "fig-campaigns",
    "Contacten per maand, met de start van elke campagne",
    lambda data: campaign_series(
        data["observed"], data["campaigns"], data["events"], f"Campagnes en contacten, {data['year']}", data["year"]
    ),
    absent="no_series",  # a year without a monthly series, or a model that could not be fitted: the text says so
)
