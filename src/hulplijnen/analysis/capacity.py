"""Capacity from contact-level data: answer rates with intervals, callers versus attempts, routing
between provinces, and when calls arrive. Pure functions on published (protected) counts."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Rate:
    """A proportion with its 95 % Wilson interval. Attempts by the same caller are not independent,
    so the interval is a lower bound on the real uncertainty."""

    part: int
    whole: int
    rate: float
    low: float
    high: float


def answer_rate(answered: int, offered: int) -> Rate:
    from statsmodels.stats.proportion import proportion_confint  # statsmodels loads only where it is used

    low, high = proportion_confint(answered, offered, alpha=0.05, method="wilson")
    return Rate(answered, offered, answered / offered, float(low), float(high))


@dataclass(frozen=True)
class PerCaller:
    """What share of callers got through, if each caller makes ``attempts`` calls on average
    (the answered one included): callers = offered / attempts; reached = answered / callers.
    ``consistent`` is False where that share would exceed 100 %: the stated attempts and the
    measured per-attempt rate cannot both hold for every caller."""

    attempts: float
    callers: float
    reached: float
    consistent: bool


def per_caller(answered: int, offered: int, attempts: tuple[float, ...]) -> list[PerCaller]:
    """One estimate per stated number of attempts per caller (the key figures' range: data.history.stated_range)."""
    out = []
    for a in attempts:
        callers = offered / a
        share = answered / callers
        out.append(PerCaller(a, callers, min(share, 1.0), share <= 1.0))
    return out


def whole_callers(c: PerCaller, attempts: tuple[float, ...]) -> int:
    """The callers of ``c`` in whole callers, as a bound: under the fewest stated attempts per caller the most callers
    there can be (floored: 13.055 attempts at 3 each allow 4.351, not 4.352), under the most attempts the fewest
    (ceiled). r47 (r46 demo #11): rounded, an upper bound rounded up."""
    if c.attempts == min(attempts):
        return math.floor(c.callers + 1e-9)
    return math.ceil(c.callers - 1e-9)


def monthly_answer_rates(phone_by_month: pd.DataFrame) -> pd.DataFrame:
    """Per month: offered, answered, rate and interval, from the cells of phone_by_month
    (months with a suppressed count get no rate)."""
    cells = phone_by_month[phone_by_month["month_level"] == "leaf"]
    offered = cells[cells["answered_level"] == "total"].set_index("month")["count"]
    answered = cells[(cells["answered_level"] == "leaf") & (cells["answered"] == "true")].set_index("month")["count"]
    rows = []
    for month in offered.index:
        o, a = offered[month], answered[month]
        if pd.isna(o) or pd.isna(a) or o == 0:
            rows.append({"month": month, "offered": o, "answered": a, "rate": pd.NA, "low": pd.NA, "high": pd.NA})
            continue
        r = answer_rate(int(a), int(o))
        rows.append(
            {"month": month, "offered": int(o), "answered": int(a), "rate": r.rate, "low": r.low, "high": r.high}
        )
    return pd.DataFrame(rows)


def route_shares(phone_by_route: pd.DataFrame) -> pd.DataFrame:
    """Answered calls by route (own province, another province, option 0) with shares."""
    totals = phone_by_route[
        (phone_by_route["caller_region_level"] == "total") & (phone_by_route["route_level"] == "leaf")
    ]
    whole = phone_by_route[
        (phone_by_route["caller_region_level"] == "total") & (phone_by_route["route_level"] == "total")
    ]["count"].iloc[0]
    out = totals[["route", "count"]].rename(columns={"count": "calls"}).reset_index(drop=True)
    out["share_pct"] = out["calls"].astype("Float64") / whole * 100
    return out


def own_region_by_caller(phone_by_route: pd.DataFrame) -> pd.DataFrame:
    """Per caller province: answered calls and the share answered in the caller's own province
    (NA where a count is suppressed). Option-0 callers chose no province and are left out."""
    cells = phone_by_route[
        (phone_by_route["caller_region_level"] == "leaf") & (phone_by_route["caller_region"] != "option_0")
    ]
    total = cells[cells["route_level"] == "total"].set_index("caller_region")["count"]
    own = cells[(cells["route_level"] == "leaf") & (cells["route"] == "own")].set_index("caller_region")["count"]
    out = pd.DataFrame({"calls": total, "own": own})
    out["own_pct"] = out["own"].astype("Float64") / out["calls"].astype("Float64") * 100
    return out.reset_index(names="caller_region")


def weekday_hour(phone_by_weekday_hour: pd.DataFrame, answered: str | None) -> pd.DataFrame:
    """Calls per weekday (rows 1-7) and hour band (columns): offered (answered=None) or answered
    ('true'); suppressed cells stay NA."""
    cells = phone_by_weekday_hour[
        (phone_by_weekday_hour["weekday_level"] == "leaf") & (phone_by_weekday_hour["hour_level"] == "leaf")
    ]
    if answered is None:
        cells = cells[cells["answered_level"] == "total"]
    else:
        cells = cells[(cells["answered_level"] == "leaf") & (cells["answered"] == answered)]
    return cells.pivot(index="weekday", columns="hour", values="count")


def channel_mix(group_channel: pd.DataFrame) -> pd.DataFrame:
    """Per contact-person group (the table's mix groups, or its groups in an older table): contacts and channel
    shares (of the group's contacts); a share is NA where its count is suppressed. Column ``group``: its code."""
    if "mix_group" in group_channel:
        group_channel = group_channel.rename(columns={"mix_group": "group", "mix_group_level": "group_level"})
    cells = group_channel[group_channel["group_level"] == "leaf"]
    total = cells[cells["channel_level"] == "total"].set_index("group")["count"]
    leaf = cells[cells["channel_level"] == "leaf"].pivot(index="group", columns="channel", values="count")
    shares = leaf.astype("Float64").div(total.astype("Float64"), axis=0) * 100
    return shares.assign(contacts=total).reset_index()
