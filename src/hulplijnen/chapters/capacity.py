"""Bereikbaarheid: answer rates per attempt and per caller, routing between provinces, and calls
per weekday and hour, from the protected tables of the contact export."""

from __future__ import annotations

import pandas as pd

from .. import fmt, text
from ..analysis import capacity as cap
from ..data import load
from ..export.stage import PublishedTables
from ..facts import FactSheet, Source
from .base import Chapter, ChapterSpec
from .export_tables import SUPPRESSED, count_text, has_export, is_synthetic, pct_text

SPEC = ChapterSpec("capacity", "Bereikbaarheid", 50, has_export)
TABLES = "protected tables of the contact export"
ROUTES_NL = {"own": "in de eigen provincie", "other": "in een andere provincie", "option_0": "via optie 0 (overloop)"}
WEEKDAYS_NL = {
    "1": "maandag",
    "2": "dinsdag",
    "3": "woensdag",
    "4": "donderdag",
    "5": "vrijdag",
    "6": "zaterdag",
    "7": "zondag",
}


def build(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    offered = tables.cell("phone_by_month")
    answered = tables.cell("phone_by_month", answered="true")
    facts.add(f"{helpline}.export.phone.offered", offered, "count", Source(None, TABLES, "phone calls offered"))
    facts.add(f"{helpline}.export.phone.answered", answered, "count", Source(None, TABLES, "phone calls answered"))
    rated = bool(offered) and answered is not None  # a suppressed total or no calls: no rate, and the text says so
    rate = cap.answer_rate(answered, offered) if rated else None
    callers = _rates(helpline, rate, answered, offered, facts) if rated else None
    monthly = cap.monthly_answer_rates(tables.cells("phone_by_month"))
    ranked = monthly.dropna(subset=["rate"]).sort_values("rate")
    worst = ranked.iloc[0] if len(ranked) else None
    if worst is not None:
        facts.add(
            f"{helpline}.export.phone.lowest_month",
            str(worst["month"]),
            "month",
            Source(None, TABLES, "month with the lowest answer rate"),
        )
    routes = cap.route_shares(tables.cells("phone_by_route"))
    for r in routes.itertuples():
        facts.add(
            f"{helpline}.export.phone.route.{r.route}.share_pct",
            None if pd.isna(r.share_pct) else round(float(r.share_pct), 1),
            "percent",
            Source(None, TABLES, "answered calls by route"),
        )
    offered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), None)
    answered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), "true")
    stacked = offered_grid.stack().dropna()
    peak_day, peak_hour = stacked.idxmax() if len(stacked) else (None, None)
    body = text.render(
        "chapters/capacity.md",
        synthetic=is_synthetic(export),
        k=k,
        year=year,
        offered=offered,
        answered=answered,
        rate=None
        if rate is None
        else {
            "rate": rate.rate * 100,
            "low": rate.low * 100,
            "high": rate.high * 100,
            "attempts": 1 / rate.rate if rate.rate else None,
        },
        callers=callers,
        worst=None
        if worst is None
        else {
            "month": worst["month"],
            "rate": worst["rate"] * 100,
            "low": worst["low"] * 100,
            "high": worst["high"] * 100,
        },
        routes=[{"share": r.share_pct, "label": ROUTES_NL[r.route]} for r in routes.itertuples()],
        peak_day=WEEKDAYS_NL.get(peak_day),
        peak_hour=peak_hour,
    )
    month_table = pd.DataFrame(
        {
            "Maand": [fmt.month(m) for m in monthly["month"]],
            "Aangeboden": [count_text(v) for v in monthly["offered"]],
            "Beantwoord": [count_text(v) for v in monthly["answered"]],
            "% beantwoord": [pct_text(None if pd.isna(v) else v * 100) for v in monthly["rate"]],
            "95 %-interval": [
                SUPPRESSED if pd.isna(lo) else f"{fmt.pct(lo * 100)} à {fmt.pct(hi * 100)}"
                for lo, hi in zip(monthly["low"], monthly["high"])
            ],
        }
    )
    regions = load.codebook("regions").set_index("region")["label_nl"]
    own = cap.own_region_by_caller(tables.cells("phone_by_route"))
    route_table = pd.DataFrame(
        {
            "Provincie van de beller": [regions[r] for r in own["caller_region"]],
            "Beantwoorde oproepen": [count_text(v) for v in own["calls"]],
            "In eigen provincie": [count_text(v) for v in own["own"]],
            "% eigen provincie": [pct_text(v) for v in own["own_pct"]],
        }
    )
    return Chapter(
        body,
        {"months": month_table, "routes": route_table},
        {"monthly": monthly, "offered": offered_grid, "answered": answered_grid},
    )


def _rates(helpline: str, rate, answered: int, offered: int, facts: FactSheet) -> dict:
    """The answer rate and the estimate per caller as facts (offered > 0, both published)."""
    for name, value in (("rate_pct", rate.rate), ("rate_low_pct", rate.low), ("rate_high_pct", rate.high)):
        facts.add(
            f"{helpline}.export.phone.answer_{name}",
            round(value * 100, 1),
            "percent",
            Source(None, TABLES, "answered / offered, Wilson 95 % interval"),
        )
    callers = cap.per_caller(answered, offered)
    for c in callers:
        facts.add(
            f"{helpline}.export.phone.callers_{int(c.attempts)}_attempts",
            round(c.callers),
            "count",
            Source(None, TABLES, f"offered / {c.attempts:g} attempts per caller (assumption)"),
        )
        facts.add(
            f"{helpline}.export.phone.reached_{int(c.attempts)}_attempts_pct",
            round(c.reached * 100, 1),
            "percent",
            Source(None, TABLES, "answered / callers, capped at 100 %"),
        )
    low, high = callers[0], callers[-1]
    return {
        "consistent": low.consistent and high.consistent,
        "fewest": high.callers,
        "most": low.callers,
        "reached_low": low.reached * 100,
        "reached_high": high.reached * 100,
    }
