"""Bereikbaarheid: answer rates per attempt and per caller, routing between provinces, and calls
per weekday and hour, from the protected tables of the contact export."""

from __future__ import annotations

import pandas as pd

from ...analysis import capacity as cap
from ...data import history, load
from ...export.tables import PublishedTables
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec
from ..shared.export_tables import (
    SUPPRESSED,
    call_time_question,
    count_text,
    counted,
    has_export,
    is_synthetic,
    made_up,
    opening_values,
    pct_text,
)
from . import charts, demand
from .busiest import busiest_band as _busiest_band

SPEC = ChapterSpec("capacity", "Bereikbaarheid", 50, has_export)
TABLES = "protected tables of the contact export"
ROUTES_NL = {"own": "in de eigen provincie", "other": "in een andere provincie", "option_0": "via optie 0 (overloop)"}
# demo r21 #3: a synthetic export's table says in each header which column is published and which is made up, so a
# screenshot or a copied table keeps it
SYNTHETIC_COLUMNS = {
    # demo r29 #5, #12: the range is computed, from made-up counts. r41 (r41 demo #13): the headers say what is made up
    # ('Aangeboden' was jargon, 'Geregistreerd' did not say it was the published count)
    "Aangeboden": "Belpogingen (verzonnen)",  # demo r30 #11: the headers in the text's words, made up or published
    "Beantwoord": "Geregistreerd (gepubliceerd)",  # demo r31 #2: the source says registered, not answered
    "% beantwoord": "% beantwoord (verzonnen)",  # r61 (r61 demo #1): from the made-up attempts, as its range
    "Schommeling door toeval": "Schommeling door toeval",  # demo r31 #14: the caption says made up (table too wide)
}
WEEKDAYS_NL = {
    "1": "maandag",
    "2": "dinsdag",
    "3": "woensdag",
    "4": "donderdag",
    "5": "vrijdag",
    "6": "zaterdag",
    "7": "zondag",
}


def text_values(
    year: int, helpline: str, export: dict, k: int, facts: FactSheet, callers: list | None, found: dict, routes: list
) -> dict:
    """What the template states, each number a recorded fact (chosen here, never computed). A part the
    protected tables cannot support (a suppressed total, no calls, no published month) is None."""
    return {
        **opening_values(export, k, helpline, facts, SPEC.name),
        "call_time_question": call_time_question(export, helpline, facts),
        "year": str(year),
        "offered": facts.get(keys.phone(helpline, "offered")),
        "answered": facts.get(keys.phone(helpline, "answered")),
        "rate": None if callers is None else _rate_values(helpline, facts, found["attempts"]),
        "callers": _caller_values(helpline, facts, callers) if callers else None,  # none where no year states attempts
        "worst": {
            "month": facts.get(keys.phone(helpline, "lowest_month")),
            **{p: facts.get(keys.phone(helpline, f"lowest_month_{p}_pct")) for p in ("rate", "low", "high")},
        }
        if found["worst"]
        else None,
        "routes": [
            {"share": facts.get(keys.phone(helpline, "route", route, "share_pct")), "label": ROUTES_NL[route]}
            for route in routes
        ],
        "peak_day": WEEKDAYS_NL[facts.get(keys.phone(helpline, "peak_weekday"))] if found["peak"] else None,
        "peak_hour": facts.get(keys.phone(helpline, "peak_hour")) if found["peak"] else None,
        "band": found["band"],
        "margin": facts.add(
            keys.phone(helpline, "peak_margin_pct"),
            round(PEAK_MARGIN * 100),
            "percent",
            Source(None, "the capacity chapter's rule", "a weekday-hour is named only this far above the next"),
        ),
        "demand": found["demand"],
        "overflow": "option_0" in routes,
        "transferred": "other" in routes,
    }


PEAK_MARGIN = 0.10  # one weekday-hour is "the busiest moment" only when it has this much more calls than the next


def _stands_out(cells: pd.Series) -> bool:
    """Whether the largest cell exceeds the second largest by ``PEAK_MARGIN`` (a 2 % lead is noise, no finding)."""
    top = cells.sort_values(ascending=False).to_numpy(dtype=float)
    return len(top) == 1 or (len(top) > 1 and top[0] >= (1 + PEAK_MARGIN) * top[1])


def _routes_taken(routes: pd.DataFrame) -> list[str]:
    """The routes a call took (a route no answered call took, such as option 0 before it existed, is left out)."""
    return [r.route for r in routes.itertuples() if pd.isna(r.calls) or r.calls > 0]


def _rate_values(helpline: str, facts: FactSheet, attempts: bool) -> dict:
    return {
        "rate": facts.get(keys.phone(helpline, "answer_rate_pct")),
        "low": facts.get(keys.phone(helpline, "answer_rate_low_pct")),
        "high": facts.get(keys.phone(helpline, "answer_rate_high_pct")),
        "attempts": facts.get(keys.phone(helpline, "attempts_per_answer")) if attempts else None,
    }


def _caller_values(helpline: str, facts: FactSheet, callers: list) -> dict:
    fewest, most = (keys.phone(helpline, f"callers_{int(c.attempts)}_attempts") for c in (callers[-1], callers[0]))
    reached_low, reached_high = (
        keys.phone(helpline, f"reached_{int(c.attempts)}_attempts_pct") for c in (callers[0], callers[-1])
    )
    return {
        "consistent": all(c.consistent for c in (callers[0], callers[-1])),
        "attempts": [facts.get(keys.phone(helpline, f"attempts_per_caller_{b}")) for b in ("low", "high")],
        "fewest": facts.get(fewest),
        "most": facts.get(most),
        "reached_low": facts.get(reached_low),
        "reached_high": facts.get(reached_high),
    }


def build(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    offered = tables.cell("phone_by_month")
    answered = tables.cell("phone_by_month", answered="true")
    facts.add(keys.phone(helpline, "offered"), offered, "count", Source(None, TABLES, "phone calls offered"))
    facts.add(
        keys.phone(helpline, "answered"), answered, "count", counted(export, Source(None, TABLES, "answered"), "phone")
    )
    rated = bool(offered) and answered is not None  # a suppressed total or no calls: no rate, and the text says so
    rate = cap.answer_rate(answered, offered) if rated else None
    attempts = history.stated_range(helpline, "call_attempts", "per_caller", year)  # e.g. '3 à 4' (Proximus samples)
    callers = _rates(helpline, rate, answered, offered, attempts, facts) if rated else None
    monthly = cap.monthly_answer_rates(tables.cells("phone_by_month"))
    ranked = monthly.dropna(subset=["rate"]).sort_values("rate")
    worst = ranked.iloc[0] if len(ranked) else None
    if worst is not None:
        _lowest_month(helpline, worst, facts)
    routes = cap.route_shares(tables.cells("phone_by_route"))
    for r in routes.itertuples():
        facts.add(
            keys.phone(helpline, "route", r.route, "share_pct"),
            None if pd.isna(r.share_pct) else round(float(r.share_pct), 1),
            "percent",
            Source(None, TABLES, "answered calls by route"),
        )
    offered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), None)
    answered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), "true")
    stacked = offered_grid.stack().dropna()
    stands_out = _stands_out(stacked)
    if stands_out:
        peak_day, peak_hour = stacked.idxmax()
        peak = Source(
            None, TABLES, f"calls offered by weekday and hour: the largest cell, {PEAK_MARGIN:.0%} above the next"
        )
        facts.add(keys.phone(helpline, "peak_weekday"), str(peak_day), "weekday", peak)
        hour = int(peak_hour) if str(peak_hour).isdigit() else str(peak_hour)  # a night band: "00-06"
        facts.add(keys.phone(helpline, "peak_hour"), hour, "hour", peak)
    band = None if stands_out else _busiest_band(helpline, offered_grid, facts)
    found = {"attempts": bool(rate and rate.rate), "worst": worst is not None, "peak": stands_out, "band": band}
    # a lockdown the data date in the year, in calls and in contacts of all channels
    found["demand"] = demand.peak(helpline, year, monthly, facts, demand.contacts(tables, monthly), export)
    values = text_values(year, helpline, export, k, facts, callers, found, _routes_taken(routes))
    body = text.sections("chapters/capacity/text.md", facts=facts, **values)
    month_table = pd.DataFrame(
        {
            # a month on one line, 'januari 2020' not 'januari / 2020' (demo r16 #16)
            "Maand": demand.month_labels(monthly["month"], values.get("anchors")),
            "Aangeboden": [count_text(v) for v in monthly["offered"]],
            "Beantwoord": [count_text(v) for v in monthly["answered"]],
            "% beantwoord": [pct_text(None if pd.isna(v) else v * 100) for v in monthly["rate"]],
            "Schommeling door toeval": [
                # r45 (r44 demo #15): a range on one line ('50,0 % tot / 56,9 %' wrapped at desktop width)
                SUPPRESSED if pd.isna(lo) else f"{fmt.pct(lo * 100)}\u00a0tot\u00a0{fmt.pct(hi * 100)}"
                for lo, hi in zip(monthly["low"], monthly["high"])
            ],
        }
    )
    if rate is not None:  # the year's total under its months, as the text gives it (demo r20 #19)
        total_row = {
            "Aangeboden": count_text(offered),
            "Beantwoord": count_text(answered),
            "% beantwoord": pct_text(rate.rate * 100),
            "Schommeling door toeval": f"{fmt.pct(rate.low * 100)}\u00a0tot\u00a0{fmt.pct(rate.high * 100)}",
        }
        month_table = demand.with_year_row(month_table, year, total_row)
    month_table = month_table.rename(columns=SYNTHETIC_COLUMNS) if is_synthetic(export) else month_table
    regions = load.codebook("regions").set_index("region")["label_nl"]
    own = cap.own_region_by_caller(tables.cells("phone_by_route"))
    route_table = (
        None
        if _all_own(own)
        else pd.DataFrame(
            {
                "Provincie van de beller": [regions[r] for r in own["caller_region"]],
                "Beantwoorde oproepen": [count_text(v) for v in own["calls"]],
                "In eigen provincie": [count_text(v) for v in own["own"]],
                "% eigen provincie": [pct_text(v) for v in own["own_pct"]],
            }
        )
    )
    if route_table is None:
        facts.nothing_to_show("tbl-export-routes", "every call answered in its caller's province: the annex says it")
    return Chapter.written(
        body,
        {"months": month_table, "routes": route_table},
        dict(
            # demo r33 #1: the chart draws the months the table marks (one flag) apart from the freely chosen ones
            monthly=monthly.assign(anchored=demand.matched(monthly["month"], values.get("anchors"))),
            offered=offered_grid,
            answered=answered_grid,
            export=export,
            made_up=made_up(export),
            merged=[charts.band_label(b) for b in offered_grid.columns if "-" in str(b)],  # the caption's (r45)
            anchored=demand.months_caption(values.get("anchors")),  # what the months' caption says of the marks
        ),
        SHOWN,
        SPEC.captions,
    )


def _all_own(own: pd.DataFrame) -> bool:
    """Whether every province's calls were all answered there: a table of 100 % cells says nothing a sentence does
    not (a hidden share or none at all keeps the table)."""
    shares = own["own_pct"]
    return len(own) > 0 and not shares.isna().any() and bool((shares.astype(float) == 100).all())


def _rates(helpline: str, rate, answered: int, offered: int, attempts: tuple, facts: FactSheet) -> list:
    """The answer rate and the estimate per caller as facts (offered > 0, both published)."""
    for name, value in (("rate_pct", rate.rate), ("rate_low_pct", rate.low), ("rate_high_pct", rate.high)):
        facts.add(
            keys.phone(helpline, f"answer_{name}"),
            round(value * 100, 1),
            "percent",
            Source(None, TABLES, "answered / offered, Wilson 95 % interval"),
        )
    if rate.rate:
        facts.add(
            keys.phone(helpline, "attempts_per_answer"),
            1 / rate.rate,
            "ratio",
            Source(None, TABLES, "offered / answered"),
        )
    callers = cap.per_caller(answered, offered, attempts)
    for bound, c in zip(("low", "high"), sorted(callers, key=lambda c: c.attempts)):  # said beside the example (r30)
        facts.add(
            keys.phone(helpline, f"attempts_per_caller_{bound}"),
            int(c.attempts),
            "count",
            Source(None, TABLES, "the answer's attempts per caller (Proximus samples): analysis.capacity"),
        )
    for c in callers:
        facts.add(
            keys.phone(helpline, f"callers_{int(c.attempts)}_attempts"),
            cap.whole_callers(c, attempts),
            "count",
            Source(None, TABLES, f"offered / {c.attempts:g} attempts per caller (assumption), a bound"),
        )
        facts.add(
            keys.phone(helpline, f"reached_{int(c.attempts)}_attempts_pct"),
            round(c.reached * 100, 1),
            "percent",
            Source(None, TABLES, "answered / callers, capped at 100 %"),
        )
    return callers


def _lowest_month(helpline: str, worst, facts: FactSheet) -> None:
    facts.add(
        keys.phone(helpline, "lowest_month"),
        str(worst["month"]),
        "month",
        Source(None, TABLES, "month with the lowest answer rate"),
    )
    for part in ("rate", "low", "high"):
        facts.add(
            keys.phone(helpline, f"lowest_month_{part}_pct"),
            worst[part] * 100,
            "percent",
            Source(None, TABLES, "that month: answered / offered, Wilson 95 % interval"),
        )


# the month and the province as the widest column: 'december 2020' and 'Vlaams-Brabant en Brussel' on one line
MONTH_WIDTHS = (26, 16, 16, 16, 26)
ROUTE_WIDTHS = (34, 22, 22, 22)
SHOWN = (
    Text("rate"),
    charts.ANSWER_RATE,
    # r37 (demo r36 #3): the months' text (anchored months, lockdown) right under Figure 2, which it reads, and above
    # the months' table (contract test_text_beside_charts; r52: moving it above the figure left 'rate' without one)
    Text("hours"),
    Table(
        "tbl-export-answer-rate",
        "tbl_export_answer_rate",  # r26 #3; demo r29 #18: one parenthesis, no colons
        "months",
        widths=MONTH_WIDTHS,
    ),
    Text("routes"),
    Table(
        "tbl-export-routes",
        "tbl_export_routes",
        "routes",
        widths=ROUTE_WIDTHS,
    ),
    # the staffing part (staffing.py, staffing.md), where the export has timing columns; r37 (demo r36 #3): the
    # waiting fills the months' table's page, the hours' chart (too tall for it) leads to the staffing per hour
    Text("waiting"),
    charts.STILL_WAITING,
    Text("band"),
    charts.WEEKDAY_HOUR,
    # r54 (demo r54 #1), r56 (r55 demo #7): the need per hour and the week's totals right under the text that reads
    # them; r59 (r58 demo #7): the short table first, filling the page where the tall chart left a quarter empty
    Text("staffing"),
    Table(
        "tbl-export-staffing-need",
        "tbl_export_staffing_need",
        "need",
        widths=(40, 30, 30),
        lead="made_up_note",
    ),
    charts.NEED,
    Text("load"),
    charts.WEEKLY,
    Text("model_fit"),
    charts.MODEL_FIT,
    Text("closing"),
)
STAFFING_DATA = ("curve", "weekly", "grids", "fit")  # what the staffing part's figures draw


def with_staffing(chapter: Chapter, staffing: Chapter | None) -> Chapter:
    """The chapter with its staffing part, shown after it (None: the export has no timing columns; the part's
    sections then say nothing and its figures draw nothing, as staffing.build declares)."""
    own = {p.section if isinstance(p, Text) else getattr(p, "lead", None) for p in SHOWN} - {None, *chapter.sections}
    sections = staffing.sections if staffing else dict.fromkeys(own, "")
    data = staffing.data if staffing else dict.fromkeys(STAFFING_DATA)
    tables = {**chapter.tables, **(staffing.tables if staffing else {"need": None})}
    return Chapter.written({**chapter.sections, **sections}, tables, {**chapter.data, **data}, SHOWN, SPEC.captions)
