"""What each chart shows, as data (a figures_alt.Description): one describer per chart function of
``figures`` and ``figures_sources``, with that function's arguments. Only what the chart draws goes in,
so the alt text carries the chart's own numbers."""

from __future__ import annotations

import pandas as pd

from . import fmt
from .figures_alt import Description, Point, Series, number, points
from .figures_points import DAYS  # noqa: F401 (the charts' name for it: describe.DAYS)
from .theme import CHANNEL_COLOURS, channel_label

# A share as published, rounded: its legend entry, and what the alt text says of it (r19 2021 #17: a published
# share is no estimate, so neither 'bij benadering' nor hatched like a value the report derived)
# r59 (r58 2021 #10): the years both sides come from ('{years}' filled from the shares drawn), not 'gepubliceerd'
# beside exact shares that were published too
ROUNDED = "kerncijfers {years} (afgerond)"  # r39 (r38 2021 #14)
# r41 (r41 2021 #6): beside dotted published bars, the solid ones are the report's own calculation, said in the legend
# r48 (r47 2021 #12): 'volle kleur', not 'effen', a word many readers do not know as a legend's
EXACT_FROM_TABLES = "tabellen {years} (exacte aantallen)"  # no wider than "effen: berekend …" (390 px)
ROUNDED_SAID = "gepubliceerd, afgerond"  # the same in the alt text, where it stands in brackets itself (no nesting)


def channels():
    return CHANNEL_COLOURS, channel_label


def month(period) -> str:
    return fmt.month(str(pd.Period(period, freq="M")))


def interval(label, value, low, high) -> Point:
    return Point(str(label), number(value), number(low), number(high))


def labelled_bars(rows: pd.DataFrame, title: str, xlabel: str, percent: bool = False) -> Description:
    series = Series(xlabel, points(rows["label"], rows["value"]))
    return Description("bars", title, "pct" if percent else "count", (series,))


def series_counts(
    series: pd.DataFrame,
    title: str,
    ylabel: str,
    whiskers: bool = True,
    about: dict | None = None,
    implied: str | None = None,
) -> Description:
    rows = series.sort_values("year")
    about = about or {}  # the round figure a chart writes on an implied bar is its value
    shown = tuple(interval(int(r.year), about.get(int(r.year)), r.low, r.high) for r in rows.itertuples())
    return Description("bars", title, "count", (Series(ylabel, shown),))


def share_series(
    shares: pd.DataFrame,
    title: str,
    column: str = "channel",
    labels: dict | None = None,
    whiskers: bool = True,
    rounded: str | None = None,
    values: bool = False,
    ylabel: str | None = None,
    missing: str | None = None,
    swatch: bool = True,  # the chart's legend only; the alt text names a rounded share either way
    exact: str | None = None,  # the legend only: what a solid bar beside dotted ones is (EXACT_FROM_TABLES)
    phone: bool = False,  # the layout only (lying bars on a phone)
) -> Description:
    if labels is None:
        colours, label = channels()
        names = {c: label(c) for c in colours if c in set(shares[column]) and c != "not_recorded"}
    else:
        names = {c: labels[c] for c in labels if c in set(shares[column])}
    series = []
    for category, name in names.items():
        part = shares[shares[column] == category].sort_values("year")
        # a rounded share as the chart draws it: at the share as published, with what its rounding allows (where a
        # whisker shows it); without a whisker, a share published rounded is named so, as its legend names it
        note = ROUNDED_SAID if rounded in (None, ROUNDED) and not whiskers else None
        series.append(
            Series(
                name,
                tuple(
                    Point(str(int(r.year)), None, number(r.low), number(r.high))
                    if r.exact
                    else Point(str(int(r.year)), (r.low + r.high) / 2, number(r.low), number(r.high), note=note)
                    for r in part.itertuples()
                )
                # a year the chart marks with ``missing`` ('niet gepubliceerd'): read out with that note, no number
                + tuple(
                    Point(str(int(y)), note=missing) for y in sorted(set(shares["year"]) - set(part["year"])) if missing
                ),
            )
        )
    return Description("bars", title, "pct", tuple(series))


def slot(day, hour) -> str:
    return f"{DAYS[int(day) - 1]} {hour} uur"
