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
from .export_tables import SUPPRESSED, count_text, has_export, opening_values, pct_text

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


def text_values(year: int, helpline: str, export: dict, k: int, facts: FactSheet, callers: list, routes: list) -> dict:
    """What the template states, each number a recorded fact (chosen here, never computed)."""
    phone = f"{helpline}.export.phone"
    fewest, most = (f"{phone}.callers_{int(c.attempts)}_attempts" for c in (callers[-1], callers[0]))
    reached_low, reached_high = (f"{phone}.reached_{int(c.attempts)}_attempts_pct" for c in (callers[0], callers[-1]))
    return {
        **opening_values(export, k, helpline, facts),
        "year": str(year),
        "offered": facts.get(f"{phone}.offered"),
        "answered": facts.get(f"{phone}.answered"),
        "rate": {
            "rate": facts.get(f"{phone}.answer_rate_pct"),
            "low": facts.get(f"{phone}.answer_rate_low_pct"),
            "high": facts.get(f"{phone}.answer_rate_high_pct"),
            "attempts": facts.get(f"{phone}.attempts_per_answer"),
        },
        "callers": {
            "consistent": all(c.consistent for c in (callers[0], callers[-1])),
            "fewest": facts.get(fewest),
            "most": facts.get(most),
            "reached_low": facts.get(reached_low),
            "reached_high": facts.get(reached_high),
        },
        "worst": {
            "month": facts.get(f"{phone}.lowest_month"),
            **{p: facts.get(f"{phone}.lowest_month_{p}_pct") for p in ("rate", "low", "high")},
        },
        "routes": [
            {"share": facts.get(f"{phone}.route.{route}.share_pct"), "label": ROUTES_NL[route]} for route in routes
        ],
        "peak_day": WEEKDAYS_NL[facts.get(f"{phone}.peak_weekday")],
        "peak_hour": facts.get(f"{phone}.peak_hour"),
    }


def build(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    offered = tables.cell("phone_by_month")
    answered = tables.cell("phone_by_month", answered="true")
    rate = cap.answer_rate(answered, offered)
    facts.add(f"{helpline}.export.phone.offered", offered, "count", Source(None, TABLES, "phone calls offered"))
    facts.add(f"{helpline}.export.phone.answered", answered, "count", Source(None, TABLES, "phone calls answered"))
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
    monthly = cap.monthly_answer_rates(tables.cells("phone_by_month"))
    worst = monthly.dropna(subset=["rate"]).sort_values("rate").iloc[0]
    facts.add(
        f"{helpline}.export.phone.lowest_month",
        str(worst["month"]),
        "month",
        Source(None, TABLES, "month with the lowest answer rate"),
    )
    for part in ("rate", "low", "high"):
        facts.add(
            f"{helpline}.export.phone.lowest_month_{part}_pct",
            worst[part] * 100,
            "percent",
            Source(None, TABLES, "that month: answered / offered, Wilson 95 % interval"),
        )
    facts.add(
        f"{helpline}.export.phone.attempts_per_answer",
        1 / rate.rate,
        "ratio",
        Source(None, TABLES, "offered / answered"),
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
    peak_day, peak_hour = offered_grid.stack().dropna().idxmax()
    peak = Source(None, TABLES, "calls offered by weekday and hour: the largest cell")
    facts.add(f"{helpline}.export.phone.peak_weekday", str(peak_day), "weekday", peak)
    facts.add(f"{helpline}.export.phone.peak_hour", int(peak_hour), "hour", peak)
    body = text.render(
        "chapters/capacity.md",
        facts=facts,
        **text_values(year, helpline, export, k, facts, callers, list(routes["route"])),
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
