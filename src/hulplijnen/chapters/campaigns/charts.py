"""The campaigns chapter's own chart: the monthly contacts with the campaigns' start dates marked (r20 2020 #6: the
model's expected course drew a June far above the observed one with no campaign in June, read as 'campaigns lowered
contacts'; with twelve monthly figures no effect can be shown, and the annex's table gives the model's estimates).
Each chart is described for its alt text by the describer beside it (figures_alt); a chart with nothing to draw
returns None or refuses empty data."""

from __future__ import annotations

import itertools

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from ...presentation import figures_describe as describe
from ...presentation import fmt
from ...presentation.figures import legend_below, month_ticks, thousands_ticks
from ...presentation.figures_alt import Description, Point, Series, described_by, points
from ...presentation.figures_phone import TALL
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
ROWS = 2  # label rows above the data (a third where two do not keep labels off each other and off the lines)
PHONE_TALL = 1.15  # the phone version's height over its width (r30 2020 #16: a plot about 160 px high was cramped)
MAX_SEARCHED = 8  # campaigns in a year whose rows are searched (more: each in the row of its index modulo ROWS)


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
    of its line read as the one before's). A campaign's line rises to its own label only, so a label never runs into
    another in its row, nor over a line rising past its row (r30 2020 #16: '7 mei' sat on the line of 23 March): the
    fewest rows that allow it, from ``ROWS`` up (each label in the row of its index modulo the rows when none does)."""
    # a label's room with a gap of three characters to the line before it: a label just past another line read as
    # that line's (r26 2020 #5: '6 okt 17 dec' on the phone)
    widths = [pd.Timedelta(days=DAYS_PER_CHAR * (len(text) + 3)) for text in texts]
    side = "right" if any(start + width > last for start, width in zip(starts, widths)) else "left"
    spans = [
        (start - width, start) if side == "right" else (start, start + width) for start, width in zip(starts, widths)
    ]

    def clear(rows: tuple[int, ...]) -> bool:
        for i, (lo, hi) in enumerate(spans):
            for j, (other_lo, other_hi) in enumerate(spans):
                if j == i:
                    continue
                if rows[j] == rows[i] and not (other_hi < lo or other_lo > hi):
                    return False  # two labels in one row run into each other
                if rows[j] < rows[i] and lo <= starts[j] <= hi:
                    return False  # the line of a label higher up rises through this label
        return True

    for count in range(ROWS, ROWS + 2) if len(starts) <= MAX_SEARCHED else ():
        found = next((rows for rows in itertools.product(range(count), repeat=len(starts)) if clear(rows)), None)
        if found is not None:
            return [(row, side) for row in found]
    return [(i % ROWS, side) for i in range(len(starts))]


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
    high = float(observed.max())
    starts = [pd.Timestamp(c.start_earliest) for c in campaigns.itertuples()]
    texts = [short_date(s) for s in starts]
    placed = label_rows(starts, texts, last)
    rows = max((row for row, _ in placed), default=-1) + 1
    # r30 2020 #16: the dates in their own rows above the data, where no band edge, month line or gridline runs: the
    # bands, the month lines and the gridlines stop at the data's ceiling, a campaign's line rises to its date
    ceiling = high * 1.1
    top = ceiling / (0.985 - 0.1 * rows)  # the lowest row of dates hangs down to the ceiling
    for i, event in enumerate(events.itertuples()):
        end = last if pd.isna(event.end_latest) else min(pd.Timestamp(event.end_latest), last)
        ax.axvspan(
            max(pd.Timestamp(event.start_earliest), first),
            end,
            ymax=ceiling / top,
            facecolor=matplotlib.colors.to_rgba([OKABE_ITO[6], OKABE_ITO[3]][i % 2], 0.2),
            edgecolor=".15",  # outlined: the period stands out from the page (WCAG 1.4.11)
            label=period_label(pd.Series(event._asdict())),
            zorder=1,
        )
    between = pd.date_range(first, last, freq="MS")[1:]  # the lines between the months, up to the ceiling
    ax.vlines(between, 0, ceiling, color=plt.rcParams["grid.color"], linewidth=plt.rcParams["grid.linewidth"], zorder=0)
    for start, text, (row, side) in zip(starts, texts, placed):
        at = top * (0.985 - 0.1 * row)
        ax.plot([start, start], [0, at], color=OKABE_ITO[5], linewidth=1.2, solid_capstyle="butt")
        ax.annotate(
            text,
            (start, at),
            xytext=(-3 if side == "right" else 3, 0),
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
    ax.grid(False, axis="x")
    month_ticks(ax)
    thousands_ticks(ax)
    ax.set_yticks([t for t in ax.get_yticks() if 0 <= t <= ceiling])  # no gridline through the dates' rows
    setattr(fig, TALL, PHONE_TALL)
    legend_below(fig, ncols=2, fontsize=SMALL_PT)  # r27: three in a row made the chart wider than the text
    return fig


SERIES = Figure(
    "fig-campaigns",
    "fig_campaigns",
    lambda data: campaign_series(
        data["observed"], data["campaigns"], data["events"], f"Campagnes en contacten, {data['year']}", data["year"]
    ),
    absent="no_series",  # a year without a monthly series, or a model that could not be fitted: the text says so
)
