"""What each chart shows, as data (a figures_alt.Description): one describer per chart function of
``figures`` and ``figures_sources``, with that function's arguments. Only what the chart draws goes in,
so the alt text carries the chart's own numbers."""

from __future__ import annotations

import pandas as pd

from . import fmt
from .figures_alt import Description, Point, Series, number, points
from .theme import CHANNEL_COLOURS, channel_label

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def _channels():
    return CHANNEL_COLOURS, channel_label


def _month(period) -> str:
    return fmt.month(str(pd.Period(period, freq="M")))


def _interval(label, value, low, high) -> Point:
    return Point(str(label), number(value), number(low), number(high))


def monthly_channels(wide: pd.DataFrame, title: str) -> Description:
    colours, label = _channels()
    months = [_month(p) for p in wide.index]
    shown = [c for c in colours if c in wide.columns and wide[c].fillna(0).sum() > 0]
    return Description("line", title, "count", tuple(Series(label(c), points(months, wide[c])) for c in shown))


def channel_shares(shares: pd.DataFrame, title: str) -> Description:
    colours, label = _channels()
    present = [c for c in colours if c in set(shares.loc[shares["share_pct"].fillna(0) > 0, "channel"])]
    parts = [shares[shares["channel"] == c] for c in present]
    series = tuple(Series(label(c), points(p["label"], p["share_pct"])) for c, p in zip(present, parts))
    return Description("stacked", title, "pct", series)


def group_bars(groups: pd.DataFrame, title: str) -> Description:
    rows = tuple(_interval(r.label_nl, None, r.low, r.high) for r in groups.itertuples())
    return Description("bars", title, "count", (Series(None, rows),))


def published_shares(rows: pd.DataFrame, title: str) -> Description:
    shown = tuple(_interval(r.label_nl, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("bars", title, "pct", (Series(None, shown),))


def campaign_series(band, campaigns, events, title: str, year: int) -> Description:
    months = [_month(p) for p in band.index]
    series = [Series("waargenomen", points(months, band["observed"]))]
    series.append(
        Series(
            "verwacht zonder campagnes",
            tuple(_interval(m, e, lo, hi) for m, e, lo, hi in zip(months, band["expected"], band["low"], band["high"])),
        )
    )
    if len(campaigns):
        starts = tuple(
            Point(str(c.name_nl), start=c.start_earliest, end=c.start_earliest) for c in campaigns.itertuples()
        )
        series.append(Series("start van een campagne", starts))
    return Description("line", title, "count", tuple(series))


def intervals(rows: pd.DataFrame, title: str, xlabel: str, reference: float | None = None) -> Description:
    shown = tuple(_interval(r.label, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("points", title, "index", (Series(xlabel, shown),))


def daily_contacts(daily: pd.DataFrame, title: str) -> Description:
    days = [fmt.date(d) for d in pd.to_datetime(daily["date"])]
    return Description("line", title, "count", (Series("contacten per dag", points(days, daily["contacts"])),))


def weekday_hour_heatmap(offered: pd.DataFrame, answered: pd.DataFrame, title: str) -> Description:
    series = []
    for name, frame in (("aangeboden oproepen", offered), ("beantwoorde oproepen", answered)):
        cells = frame.stack(future_stack=True)
        labels = [f"{DAYS[int(day) - 1]} {hour} uur" for day, hour in cells.index]
        series.append(Series(name, points(labels, cells)))
    return Description("heatmap", title, "count", tuple(series))


def answer_rates(monthly: pd.DataFrame, title: str) -> Description:
    shown = monthly.dropna(subset=["rate"])
    rows = tuple(_interval(_month(r.month), r.rate * 100, r.low * 100, r.high * 100) for r in shown.itertuples())
    return Description("line", title, "pct", (Series("beantwoord", rows),))


def channel_mix_bars(mix: pd.DataFrame, labels: dict[str, str], title: str) -> Description:
    _, label = _channels()
    groups = [labels.get(g, g) for g in mix["group"]]
    shown = [c for c in ("phone", "email", "chat") if c in mix.columns]
    return Description("stacked", title, "pct", tuple(Series(label(c), points(groups, mix[c])) for c in shown))


def gender_months(by_month: pd.DataFrame, labels: pd.Series, title: str) -> Description:
    months = [_month(m) for m in by_month["month"]]
    series = tuple(Series(labels[g], points(months, by_month[g])) for g in ("female", "male", "unknown"))
    return Description("stacked", title, "count", series)


def labelled_bars(rows: pd.DataFrame, title: str, xlabel: str, percent: bool = False) -> Description:
    series = Series(xlabel, points(rows["label"], rows["value"]))
    return Description("bars", title, "pct" if percent else "count", (series,))


def exact_and_rounded(rows: pd.DataFrame, title: str, xlabel: str) -> Description:
    shown = tuple(_interval(r.label, r.value, r.low, r.high) for r in rows.itertuples())
    return Description("points", title, "pct", (Series(None, shown),))


def timeline(events: pd.DataFrame, title: str) -> Description:
    rows = tuple(
        Point(str(r.name_nl), start=r.start_latest, end=None if r.open_end else r.end_latest)
        for r in events.itertuples()
    )
    return Description("timeline", title, "count", (Series(None, rows),))


def ranges(rows: pd.DataFrame, title: str, xlabel: str) -> Description:
    shown = tuple(_interval(r.label, None, r.low, r.high) for r in rows.itertuples())
    return Description("ranges", title, "pct", (Series(None, shown),))


def series_counts(series: pd.DataFrame, title: str, ylabel: str) -> Description:
    rows = series.sort_values("year")
    shown = tuple(_interval(int(r.year), None, r.low, r.high) for r in rows.itertuples())
    return Description("bars", title, "count", (Series(ylabel, shown),))


def share_series(shares: pd.DataFrame, title: str, column: str = "channel", labels: dict | None = None) -> Description:
    if labels is None:
        colours, label = _channels()
        names = {c: label(c) for c in colours if c in set(shares[column]) and c != "not_recorded"}
    else:
        names = {c: labels[c] for c in labels if c in set(shares[column])}
    series = []
    for category, name in names.items():
        part = shares[shares[column] == category].sort_values("year")
        series.append(Series(name, tuple(_interval(int(r.year), None, r.low, r.high) for r in part.itertuples())))
    return Description("bars", title, "pct", tuple(series))


def _slot(day, hour) -> str:
    return f"{DAYS[int(day) - 1]} {hour} uur"


def need_heatmap(grids: dict[str, pd.DataFrame], title: str) -> Description:
    series = []
    for name, grid in grids.items():  # as the chart shows it: closed days and hours left out
        days = [d for d in grid.index if d in grid.attrs.get("open_days", grid.index)]
        hours = [h for h in grid.columns if h in grid.attrs.get("open_hours", grid.columns)]
        cells = grid.loc[days, hours].stack(future_stack=True)
        series.append(Series(name, points([_slot(d, h) for d, h in cells.index], cells)))
    return Description("heatmap", title, "index", tuple(series))


def weekly_hours(bars: pd.DataFrame, title: str) -> Description:
    return Description(
        "bars", title, "count", (Series("hulpverlenersuren per week", points(bars["label"], bars["hours"])),)
    )


def model_fit(frame: pd.DataFrame, title: str) -> Description:
    slots = [_slot(d, h) for d, h in zip(frame["weekday"], frame["hour"])]
    return Description(
        "scatter",
        title,
        "pct",
        (
            Series("gemeten % beantwoord", points(slots, frame["measured_rate"] * 100)),
            Series("voorspeld % beantwoord", points(slots, frame["predicted_rate"] * 100)),
        ),
    )


def still_waiting(curve: pd.DataFrame, title: str) -> Description:
    seconds = ["na 0 seconden", *(f"na {int(s)} seconden" for s in curve["seconds"])]  # as drawn: from 100 %
    values = [100, *curve["still_waiting_pct"]]
    return Description("line", title, "pct", (Series("nog aan de lijn", points(seconds, values)),))
