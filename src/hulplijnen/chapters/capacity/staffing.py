"""The capacity chapter's second part, for an export with timing columns: waiting, patience, conversation length, and
the counsellors Erlang A needs per weekday x hour for the target answer rates of params, against those logged in,
cross-checked by a simulation with redials. Text: staffing.md beside it; charts: charts.py; analysis: analysis/. An
export without timing columns gives None (the chapter stays as it was)."""

from __future__ import annotations

import pandas as pd

from ...analysis import capacity as cap
from ...export.tables import PublishedTables
from ...export.timing_tables import WAIT_BANDS
from ...facts import FactSheet, Source, keys
from ...presentation import display, fmt, text
from ..shared.base import Chapter
from ..shared.export_tables import count_text, is_synthetic
from .analysis import simulate, staffing
from .busiest import fewer_hours

TIMING = "timing statistics of the contact export (over at least k contacts)"
TABLES = "protected tables of the contact export"
REDIAL_DELAY = 600.0  # seconds between a hang-up and the next attempt in the simulation (an assumption)
SIMULATED_WEEKS = 20  # weeks simulated for the cross-check (the same week, over again)
SEED = 1


def _share_within(cells: pd.DataFrame, seconds: int) -> float | None:
    """Share of queued calls answered within ``seconds`` (a band edge), from phone_by_wait's cells."""
    quick = [f"answered:{label}" for label, lower in WAIT_BANDS if lower < seconds]
    leaf = cells[cells["wait_level"] == "leaf"].set_index("wait")["count"]
    outcome = cells[cells["wait_level"] == "outcome"].set_index("wait")["count"]
    parts = [leaf[q] for q in quick] + [outcome["answered"], outcome["abandoned"]]
    if any(pd.isna(p) for p in parts) or not outcome["answered"] + outcome["abandoned"]:
        return None
    return round(float(sum(leaf[q] for q in quick)) / float(outcome["answered"] + outcome["abandoned"]) * 100, 1)


def _measured(helpline: str, tables: PublishedTables, timings: dict, facts: FactSheet) -> dict:
    def add(part: tuple[str, ...], value, unit: str, source: str = TIMING):
        selection = ".".join(part)  # the key after its phone prefix
        return facts.add(
            keys.phone(helpline, *part), value, unit, Source(None, TABLES if source == TABLES else TIMING, selection)
        )

    wait, patience, handle = timings["answered_wait"], timings["patience"], timings["handle"]
    cells = tables.cells("phone_by_wait")
    curve = {p["seconds"]: p["still_waiting_pct"] for p in patience["curve"]} if patience else {}
    return {
        "wait": None
        if wait is None
        else {
            "mean": add(("wait", "mean_s"), round(wait["mean"]), "seconds"),
            "p90": add(("wait", "tenth_longest_s"), round(wait["p90"]), "seconds"),
        },
        "within": {s: add((f"within_{s}s_pct",), _share_within(cells, s), "percent", TABLES) for s in (20, 60)},
        "patience": None
        if patience is None
        else {
            **{p: add(("patience", f"{p}_s"), round(patience[p]), "seconds") for p in ("mean", "low", "high")},
            "median": add(
                ("patience", "median_s"), None if patience["median"] is None else round(patience["median"]), "seconds"
            ),
            "after_60": add(("still_waiting_60s_pct",), curve.get(60), "percent"),
        },
        "handle": None
        if handle is None
        else {
            p: add(("handle", f"{name}_min"), round(handle[k] / 60, 1), "minutes")
            for p, name, k in (
                ("mean", "mean", "mean"),
                ("low", "low", "mean_low"),
                ("high", "high", "mean_high"),
                ("p50", "median", "p50"),
                ("p90", "tenth_longest", "p90"),
            )
        },
    }


def build(
    year: int, helpline: str, export: dict, k: int, targets: list[float], redial_share: float, facts: FactSheet
) -> Chapter | None:
    tables = PublishedTables.of(year, export, k)
    timings = tables.timings()
    if timings is None:
        for label in (*FIGURES, NEED_TABLE):
            facts.nothing_to_show(label, "the export has no timing columns: no staffing part")
        return None
    measured = _measured(helpline, tables, timings, facts)
    can_model = timings["handle"] is not None and timings["patience"] is not None
    frame = None
    values: dict = {"measured": measured, "model": None, "synthetic": is_synthetic(export)}
    if can_model:
        handle_mean, patience_mean = timings["handle"]["mean"], timings["patience"]["mean"]
        frame = staffing.slots(
            tables.cells("phone_by_weekday_hour_outcome"), year, handle_mean, patience_mean, targets, tables.logged_in()
        )
        offered = tables.cell("phone_by_month")
        values["model"] = _model(
            helpline, frame, year, targets, handle_mean, patience_mean, redial_share, offered, facts
        )
    body = text.sections("chapters/capacity/staffing.md", facts=facts, **values)
    grids = None if frame is None else _grids(frame, targets)
    # a demo's logged-in hours are made to fit the model: its check per hour shows nothing, the annex says so
    # (demo r20 #6)
    made_to_fit = values["synthetic"]
    if made_to_fit:
        facts.nothing_to_show("fig-export-model-fit", "made-up call logs fit the model by construction (the annex)")
        # demo r22 #11, #13: the weekly bars repeat the hours table, beside made-up logged-in hours equal to the talk
        # time by construction: the table says it once
        facts.nothing_to_show(WEEKLY_FIGURE, "the hours table says it; made-up logged-in hours say nothing")
    data = {
        "grids": grids,
        "weekly": None if frame is None or made_to_fit else _weekly_bars(values["model"]),
        "fit": None
        if frame is None or "predicted_rate" not in frame or made_to_fit
        else frame.dropna(subset=["predicted_rate", "measured_rate"]),
        "curve": pd.DataFrame(timings["patience"]["curve"]) if timings["patience"] else None,
    }
    for label, name in FIGURES.items():
        if (data[name] is None or len(data[name]) == 0) and not (made_to_fit and name in ("fit", "weekly")):
            facts.nothing_to_show(label, f"too few timed contacts (at least k = {k}) for the {name} of the model")
    need = None if values["model"] is None else need_table(values["model"])
    if need is None:
        facts.nothing_to_show(NEED_TABLE, f"too few timed contacts (at least k = {k}) for the hours of the model")
    return Chapter.written(body, {"need": need}, data)


NEED_TABLE = "tbl-export-staffing-need"
WEEKLY_FIGURE = "fig-export-staffing-weekly"
# the base of every target named (demo r15 #3), a noun phrase (r52); short, left-aligned (r56, r55 demo #7)
NEED_TARGET = "Doel (aandeel beantwoord tijdens de openingsuren)"


def need_table(model: dict) -> pd.DataFrame | None:
    """The counsellor-hours a week per target, for all calls together and for every hour apart: the numbers the
    text would otherwise list one by one (None when no target has either)."""
    rows = [
        {
            NEED_TARGET: fmt.pct(t["pct"], 0),
            "Over de hele week": count_text(t["overall_hours"]),
            "Elk uur apart": count_text(t["hours"]),
        }
        for t in model["targets"]
        if t["overall_hours"] is not None or t["hours"] is not None
    ]
    frame = pd.DataFrame(rows) if rows else None
    if frame is not None:
        frame.attrs[display.LEFT_COLUMNS] = [0]  # the targets label the rows: left-aligned (r56, r55 demo #7)
    return frame


# the notebook's figures of the staffing part, and what each draws from the part's data
FIGURES = {
    "fig-export-still-waiting": "curve",
    "fig-export-staffing-weekly": "weekly",
    "fig-export-staffing-need": "grids",
    "fig-export-model-fit": "fit",
}


def _all_calls(helpline, frame, year, offered, handle_mean, facts, src) -> dict:
    """The calls behind the load: those queued within opening hours (the load's), and the conversation time all
    calls offered would ask for, outside opening hours too (offered x mean handle time, per average week)."""
    queued = None if frame["queued"].isna().any() else int(frame["queued"].sum())
    weeks = staffing.weeks_in_year(year)
    all_load = None if not offered else offered * handle_mean / 3600 / weeks
    # demo r26 #20: counts of the call logs, not the model's output
    logs = Source(None, TABLES, "calls queued in opening hours per weekday x hour band; calls offered per month")
    return {
        "queued": facts.add(keys.phone(helpline, "queued"), queued, "count", logs),
        # r37 (demo r36 #8): those in an average week, the first factor of the talk time the text works out
        "queued_week": facts.add(
            keys.phone(helpline, "queued_per_week"), None if queued is None else round(queued / weeks), "count", logs
        ),
        "offered": facts.add(
            keys.phone(helpline, "offered"), offered, "count", Source(None, TABLES, "phone calls offered")
        ),
        "all_load": facts.add(keys.staffing(helpline, "all_calls_load_hours"), _round(all_load), "hours", src),
        # the calls no queue took: made while the line was closed (offered, all hours, less queued in opening hours)
        "closed": facts.add(
            keys.phone(helpline, "outside_hours"),
            None if queued is None or not offered else offered - queued,
            "count",
            logs,
        ),
        # demo r25 #7: their share of all calls offered, said beside their number; r66 (r66 demo #7): on one decimal
        "closed_pct": facts.add(
            keys.staffing(helpline, "outside_hours_pct"),
            None if queued is None or not offered else round((offered - queued) / offered * 100, 1),
            "percent",
            logs,
        ),
    }


def _model(helpline, frame, year, targets, handle_mean, patience_mean, redial_share, offered, facts) -> dict:
    src = Source(None, TABLES, "Erlang A per weekday x hour band (analysis/staffing.py)")
    weekly = staffing.weekly_hours(frame, year, targets)
    out = {
        "targets": [_target(helpline, frame, t, weekly, facts, src) for t in targets],
        "load": facts.add(keys.staffing(helpline, "load_hours"), _round(weekly["load"]), "hours", src),
        **_all_calls(helpline, frame, year, offered, handle_mean, facts, src),
        "logged_in": facts.add(
            keys.staffing(helpline, "logged_in_hours"), _round(weekly.get("logged_in")), "hours", src
        ),
        "per_open_hour": facts.add(  # r63 (r63 demo #11): two decimals ('58 uur' / 40 = 1,45 read as a slip)
            keys.staffing(helpline, "logged_in_per_open_hour"),
            round(weekly["logged_in"] / weekly["open"], 2) if weekly.get("open") else None,
            "ratio",
            src,
        ),
    }
    out["targets"][0]["fewer"] = fewer_hours(helpline, frame, staffing.need_column(targets[0]), facts)  # r44
    known = frame.dropna(subset=["queued"])
    weights = known["queued"].astype(float)
    if "predicted_rate" in known and len(known):
        for name, column in (("predicted", "predicted_rate"), ("measured", "measured_rate")):
            rate = (known[column].astype(float) * weights).sum() / weights.sum() * 100
            out[name] = facts.add(keys.staffing(helpline, f"{name}_pct"), round(float(rate), 1), "percent", src)
        # r56 (r55 demo #6): the opening hours' share with its Wilson range, as the share of all attempts has one
        got = cap.answer_rate(int(round((known["measured_rate"].astype(float) * weights).sum())), int(weights.sum()))
        wilson = Source(None, TABLES, "answered / queued in opening hours, Wilson 95 % interval")
        for b in ("low", "high"):
            facts.add(keys.staffing(helpline, f"measured_{b}_pct"), round(getattr(got, b) * 100, 1), "percent", wilson)
        # the share of the calls in opening hours left unanswered: the summary's headline (demo r16 #1)
        facts.add(keys.staffing(helpline, "unanswered_pct"), round(100 - out["measured"], 1), "percent", src)
    else:
        out["predicted"] = out["measured"] = None
    out["simulation"] = (
        _simulation(helpline, known, targets[0], handle_mean, patience_mean, redial_share, facts)
        if len(known)
        else None
    )
    return out


def _target(helpline: str, frame: pd.DataFrame, target: float, weekly: dict, facts: FactSheet, src: Source) -> dict:
    """One target's facts: the target, counsellor-hours per week for it in every hour and for it over all calls
    together, the most counsellors at one hour and in how many hours of a week, and the hours needed per hour logged in
    (where the export has the logged-in file)."""
    pct, column = round(target * 100), staffing.need_column(target)
    hours, logged_in = weekly[column], weekly.get("logged_in")
    overall = weekly[staffing.pooled_column(target)]  # the fewest hours for the target of all calls together
    peak = None if frame[column].isna().all() else int(frame[column].max())
    return {
        "pct": facts.add(keys.staffing(helpline, f"target_{pct}_pct"), pct, "percent", src),
        "hours": facts.add(keys.staffing(helpline, f"need_{pct}_hours"), _round(hours), "hours", src),
        "peak": facts.add(keys.staffing(helpline, f"peak_{pct}_counsellors"), peak, "count", src),
        # the hours of a week with calls in the queue that need the most counsellors, and all such hours
        "peak_slots": facts.add(
            keys.staffing(helpline, f"peak_{pct}_hours_a_week"),
            None if peak is None or frame[column].isna().any() else int((frame[column] == peak).sum()),
            "count",
            src,
        ),
        "slots": facts.add(keys.phone(helpline, "queue_hours_a_week"), len(frame), "count", src),
        "overall_hours": facts.add(keys.staffing(helpline, f"need_{pct}_overall_hours"), _round(overall), "hours", src),
        "overall_per_logged_in": facts.add(
            keys.staffing(helpline, f"need_{pct}_overall_per_logged_in"),
            None if overall is None or not logged_in else round(overall / logged_in, 1),
            "ratio",
            src,
        ),
        "per_logged_in": facts.add(
            keys.staffing(helpline, f"need_{pct}_per_logged_in"),
            None if hours is None or not logged_in else round(hours / logged_in, 1),
            "ratio",
            src,
        ),
    }


def _simulation(helpline, frame, target, handle_mean, patience_mean, redial_share, facts) -> dict:
    from ...maths import erlang

    src = Source(None, TABLES, f"ciw simulation, {SIMULATED_WEEKS} weeks, seed {SEED}")
    column = staffing.need_column(target)
    lam = frame["calls_per_hour"].to_numpy(float) / 3600
    expected = erlang.answer_rate(lam, 1 / handle_mean, 1 / patience_mean, frame[column].to_numpy(float))
    erlang_pct = float((expected * lam).sum() / lam.sum() * 100)
    plain = simulate.simulate(frame, column, handle_mean, patience_mean, 0.0, REDIAL_DELAY, SIMULATED_WEEKS, SEED)
    fresh = frame.assign(
        fresh_per_hour=simulate.fresh_rate(frame["calls_per_hour"], frame["measured_rate"], redial_share)
    )
    redials = simulate.simulate(
        fresh, column, handle_mean, patience_mean, redial_share, REDIAL_DELAY, SIMULATED_WEEKS, SEED
    )
    return {
        "erlang": facts.add(
            keys.staffing(helpline, "erlang_at_need_pct"),
            round(erlang_pct, 1),
            "percent",
            Source(None, TABLES, "Erlang A at the staffing of the first target (maths/erlang.py)"),
        ),
        "simulated": facts.add(
            keys.staffing(helpline, "simulated_at_need_pct"),
            round(plain.answered / plain.attempts * 100, 1),
            "percent",
            src,
        ),
        "redial_share": facts.add(
            keys.staffing(helpline, "redial_share_pct"), round(redial_share * 100), "percent", src
        ),
        "per_attempt": facts.add(
            keys.staffing(helpline, "redials_per_attempt_pct"),
            round(redials.answered / redials.attempts * 100, 1),
            "percent",
            src,
        ),
        "per_caller": facts.add(
            keys.staffing(helpline, "redials_per_caller_pct"),
            round(redials.callers_reached / redials.callers * 100, 1),
            "percent",
            src,
        ),
        "delay": facts.add(keys.staffing(helpline, "redial_delay_min"), round(REDIAL_DELAY / 60), "minutes", src),
    }


def _grids(frame: pd.DataFrame, targets: list[float]) -> dict[str, pd.DataFrame]:
    """The heat map's panels: counsellors needed per target, and logged in on average where known."""
    out = {
        # demo r25 #12: the target the grid adds up to (every hour apart), named
        f"nodig om in elk uur {fmt.pct(t * 100, 0)} van de belpogingen te beantwoorden": staffing.grid(
            frame, staffing.need_column(t)
        )
        for t in targets
    }
    if "logged_in" in frame:
        logged_in = staffing.grid(frame, "logged_in")
        logged_in.attrs["decimals"] = 1
        out["gemiddeld aangemeld"] = logged_in
    return out


def _round(value):
    return None if value is None else round(float(value))


def _weekly_bars(model: dict) -> pd.DataFrame:
    """The bars of the weekly hours (a real export's: a synthetic one's repeat the hours table, demo r22 #13)."""
    rows = [("aangemeld", model["logged_in"])] if model["logged_in"] is not None else []
    rows.append(("gesprekstijd, elke belpoging beantwoord", model["load"]))
    for t in model["targets"]:
        rows += [
            (f"nodig voor {fmt.pct(t['pct'], 0)} over de hele week", t["overall_hours"]),
            (f"nodig voor {fmt.pct(t['pct'], 0)} in elk uur apart", t["hours"]),
        ]
    return pd.DataFrame([r for r in rows if r[1] is not None], columns=["label", "hours"])
