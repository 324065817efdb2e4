"""The summary's key messages on reachability (rule 2 of hulplijnen.pipeline.messages): the answered share where a
source states it, the rise in demand dated in the year, and the measures taken up to the year. Python chooses; every
sentence is in report/summary/messages.md."""

from __future__ import annotations

import pandas as pd

from ..config.paths import DATA
from ..data import load
from ..data.provenance import question_number
from ..facts import keys, recorded
from ..presentation.labels import peak_period


def _get(facts: dict, key: str):
    return recorded(key, facts[key]["value"]) if key in facts else None


def attempts_stated(facts: dict, helpline: str) -> list | None:
    """The attempts per caller the key figures state (fewest, most), as the capacity chapter recorded them."""
    tries = [_get(facts, keys.phone(helpline, f"attempts_per_caller_{bound}")) for bound in ("low", "high")]
    return None if None in tries else tries


def most_callers(facts: dict, helpline: str) -> str | None:
    """The key of the most callers the stated attempts allow (offered / the fewest attempts); None if none stated."""
    tries = attempts_stated(facts, helpline)
    return None if tries is None else keys.phone(helpline, f"callers_{int(tries[0])}_attempts")


def announced(helpline: str, year: int) -> str | None:
    """What the answer says will be published later (open_questions.csv, answer 'later': the 2021 analyses, in the
    annual report), as the question asked it; None if nothing. The summary says it with the measures' effect (r21
    2021 #2: 'is niet gemeten' went beyond the sources)."""
    rows = load.open_questions()
    rows = rows[
        (rows["helpline"] == helpline)
        & (rows["answer"] == "later")
        & (rows["first_year"] <= year)
        & (rows["last_year"] >= year)
    ]
    return str(rows["asked_nl"].iloc[0]) if len(rows) == 1 else None


def _asked_by(facts: dict, helpline: str, number: bool = False) -> str:
    """Who asked the question of the file the answered share comes from (data/provenance.yml, asked_by_nl), or its
    number (``number``: number_nl), or ''."""
    from ..config.paths import DATA
    from ..data.provenance import asked_by, question_number

    file = ((facts[keys.reach(helpline, "per_attempt_low_pct")].get("source") or {}).get("file") or "").split(",")[0]
    return (question_number if number else asked_by)(DATA, file.removeprefix("data/"))


def reachability(facts: dict, helpline: str, year: int) -> dict | None:
    if keys.reach(helpline, "per_attempt_low_pct") in facts:
        return {
            "low": _get(facts, keys.reach(helpline, "per_attempt_low_pct")),
            "high": _get(facts, keys.reach(helpline, "per_attempt_high_pct")),
            "start": _get(facts, keys.reach(helpline, "window_start_month")),
            "end": _get(facts, keys.reach(helpline, "window_end_month")),
            # said in the name of whoever states it (a questioner cites the helpline's internal analyses); the answer
            # neither confirms nor disputes it, but says what it does say (r20: conclusive figures are hard to give)
            "by_questioner": bool(_get(facts, keys.reach(helpline, "stated_by_questioner"))),
            "not_conclusive": bool(_get(facts, keys.reach(helpline, "answer_not_conclusive"))),
            # the attempts a caller makes, said with the share so it is read as one of calls, not callers (r21 2020 #1)
            "attempts_low": _get(facts, keys.reach(helpline, "stated_low_attempts")),
            "attempts_high": _get(facts, keys.reach(helpline, "stated_high_attempts")),
            "announced": announced(helpline, year),
            # who asked the question that states the share, and when; the phone contacts registered that year, which
            # the share does not count (r28 2020 #1, #2; 2021 #2)
            "asked_by": _asked_by(facts, helpline),
            "asked_number": _asked_by(facts, helpline, number=True),  # the question cited by its number (r32 #5)
            "asked_day": _get(facts, keys.reach(helpline, "question_date")),
            "phone": _get(facts, keys.reach(helpline, "registered_phone_contacts")),
        }
    if keys.phone(helpline, "answer_rate_pct") in facts:
        return {
            "rate": _get(facts, keys.phone(helpline, "answer_rate_pct")),
            "high": _get(facts, keys.phone(helpline, "answer_rate_high_pct")),
            # the rate counts calls outside the opening hours too; the share answered of the calls queued within them
            "in_hours": _get(facts, keys.staffing(helpline, "measured_pct")),
            "missed": _get(facts, keys.staffing(helpline, "unanswered_pct")),  # the headline's (demo r16 #1)
            "outside": _get(facts, keys.phone(helpline, "outside_hours")),  # made while the line was closed
            # made-up attempts that cannot fit the stated attempts per caller: fewer callers than answered (demo r23 #4)
            "few_callers": (_get(facts, most_callers(facts, helpline) or "") or float("inf"))
            < (_get(facts, keys.phone(helpline, "answered")) or 0),
            "tries": attempts_stated(facts, helpline),
            "start": None,
        }
    return None


def _first_month(start, months) -> str | None:
    """The first of the ``months`` months before ``start`` ('2020-01'), None without their count."""
    return None if months is None else str(start.to_period("M") - int(months))


def lockdown(facts: dict, helpline: str, year: int) -> dict | None:
    """The one rise in demand dated in the year (events.csv, kind demand) whose peak the facts hold: its name,
    the average a month over the period and how far above the months before it, and the busiest month (as the
    reachability chapter gives them)."""
    events = load.events()
    found = events[(events["helpline"] == helpline) & (events["kind"] == "demand")]
    found = found[found["start_earliest"].dt.year == year]
    month = _get(facts, keys.peak(helpline, "peak_month"))
    if len(found) != 1 or month is None or not str(month).startswith(str(year)):
        return None
    e = found.iloc[0]
    return {
        "name": e["name_nl"],
        # the peak by its months, the source's name for them apart (r15 2020 #1): the chapter says it so too
        "period": peak_period(e["name_nl"], e["start_earliest"], e["end_latest"], e["locator"]),
        "month": month,
        "contacts": _get(facts, keys.peak(helpline, "peak_contacts")),
        "pct": _get(facts, keys.peak(helpline, "peak_vs_baseline_pct")),
        "baseline_months": _get(facts, keys.peak(helpline, "baseline_months")),
        # which months those are, by name (r14 2020 #3: the months before the peak as the source dates it)
        "baseline_last": str(found.iloc[0]["start_earliest"].to_period("M") - 1),
        # the whole period, not its busiest month alone: the average a month and its rise on the months before
        "window_mean": _get(facts, keys.peak(helpline, "window_mean")),
        "window_pct": _get(facts, keys.peak(helpline, "window_vs_baseline_pct")),
        # r61 (r59 2020 #3): the months before by name and their average a month, so a mean is set beside a mean
        "baseline_mean": _get(facts, keys.peak(helpline, "baseline_mean")),
        "baseline_first": _first_month(
            found.iloc[0]["start_earliest"], _get(facts, keys.peak(helpline, "baseline_months"))
        ),
        # r64 (r64 2020 #6): the months after the period to the year's end, their average and its rise
        "after_mean": _get(facts, keys.peak(helpline, "after_mean")),
        "after_pct": _get(facts, keys.peak(helpline, "after_vs_baseline_pct")),
        "after_first": str(e["end_latest"].to_period("M") + 1),
        "after_last": f"{year}-12",
        # a campaign of the last month before names the lockdown: that month is partly in it (r30 2020 #5)
        "began": bool(_get(facts, keys.peak(helpline, "baseline_in_lockdown"))),
    }


def export_peak(facts: dict, helpline: str, year: int) -> dict | None:
    """A contact export's calls in the rise in demand dated in the year (events.csv, kind demand) against the months
    before it, as the capacity chapter recorded them (chapters/capacity/demand.py): its name, the calls offered a
    month and the share answered, in and before the period."""
    events = load.events()
    found = events[(events["helpline"] == helpline) & (events["kind"] == "demand")]
    found = found[found["start_earliest"].dt.year == year]
    parts = ("offered_calls", "offered_before_calls", "answered_pct", "answered_before_pct", "before_months")
    parts += ("answered_calls", "answered_before_calls", "answered_change_pct")  # the real rise leads (demo r16 #3)
    values = {p: _get(facts, keys.phone(helpline, "demand", p)) for p in parts}
    if len(found) != 1 or None in values.values():
        return None
    # a synthetic export records what it imitates of the published totals: only its answered counts are real
    synthetic = keys.export(helpline, "calibration_contacts") in facts
    # the contacts of all channels (demo r22 #14)
    values |= {p: _get(facts, keys.phone(helpline, "demand", p)) for p in ("contacts", "contacts_before")}
    values["contacts_change_pct"] = _get(facts, keys.phone(helpline, "demand", "contacts_change_pct"))
    start = found.iloc[0]["start_earliest"].to_period("M")
    # r36 (demo r35 #2): every month of the year before the period, the last one partly in it where the chapter
    # recorded so (no month left out); campaigns launched in the period or in that month (campaigns.csv): the rise
    # is no cause's measure (demo r23 #5)
    began = bool(_get(facts, keys.phone(helpline, "demand", "baseline_in_lockdown")))
    first = (start - 1 if began else start).start_time
    ran = load.campaigns()
    ran = ran[(ran["helpline"] == helpline) & (ran["start_latest"] >= first)]
    ran = ran[ran["start_earliest"] <= found.iloc[0]["end_latest"]]
    # the baseline's months by name, as the chapter names them (demo r27 #7: not 'the two months before' April)
    last = start - 1
    return {
        "name": found.iloc[0]["name_nl"],
        # the name without its months, as the chapter says whether it was the cause (r56, r55 demo #1)
        "period": peak_period(
            found.iloc[0]["name_nl"], start.start_time, found.iloc[0]["end_latest"], found.iloc[0]["locator"]
        ),
        "synthetic": synthetic,
        # r57 (r57 demo #2): the question that names the period, by its number, as the chapter attributes it
        "question": question_number(DATA, f"{helpline}/{year}/contacts_by_month_channel.csv"),
        "began": began,
        # the period's busiest month where it is the year's busiest too, with its published count (r36)
        "busiest": _get(facts, keys.phone(helpline, "demand", "busiest_month")),
        "busiest_calls": _get(facts, keys.phone(helpline, "demand", "busiest_calls")),
        "first_before": str(last - (int(values["before_months"]) - 1)),
        "last_before": str(last),
        **values,
        "campaigns": "several" if len(ran) > 1 else "one" if len(ran) else None,
        # each with its date and name, as the answer lists them (demo r31 #17: 'campagnes' alone stayed vague)
        "campaign_list": [
            {"date": c.start_earliest, "precision": c.precision, "name": c.name_nl} for c in ran.itertuples()
        ],
    }


def call_logs(facts: dict, helpline: str) -> dict | None:
    """What a synthetic export's call logs stand for and the helpline does not keep (demo r16 #2): the month of the
    question whose answer says the time of a call is not recorded (registration_fields.csv, recorded by the
    capacity chapter), and whether that answer says the answered calls are not known conclusively. None without."""
    month = _get(facts, keys.export(helpline, "call_time_question_month"))
    if month is None:
        return None
    fields = load.registration_fields()
    answered = fields[(fields["helpline"] == helpline) & (fields["field"] == "call_answered")]
    from ..config.paths import DATA
    from ..data.provenance import question_number

    return {
        "month": month,
        "not_conclusive": bool((answered["status"] == "not_conclusive").any()),
        # the number of the question whose answer says so (data/provenance.yml), as the summary names it (r36)
        "number": question_number(DATA, "registration_fields.csv"),
    }


EDGES = ("start_earliest", "start_latest", "end_latest")
PRELIMINARY = "preliminary_more_answered"  # events.csv evaluation: the minister's provisional figures, no measurement


def measures(facts: dict, helpline: str, year: int, later: bool = False) -> list[dict]:
    """The capacity measures and funding carried out (not the aims) that started in or before the year, each
    with its dates as the reachability chapter recorded them; with later, those that started after the year (the
    summary names them as what followed, e.g. a subsidy continued, so a reader of the summary alone learns of them)."""
    events = load.events()
    started = events["start_earliest"].dt.year
    chosen = events[
        (events["helpline"] == helpline)
        & events["kind"].isin(["capacity", "funding"])
        & (events["status"] == "implemented")
        & ((started > year) if later else (started <= year))
    ].sort_values(["start_earliest", "event_id"])
    asked = _get(facts, keys.reach(helpline, "question_date"))  # the source's date: an end after it is planned
    out = [
        {
            "name": e.name_nl,
            "short": None if pd.isna(e.short_nl) else str(e.short_nl),  # the summary's few words (r24 2020 #8)
            "brief": None if pd.isna(e.brief_nl) else str(e.brief_nl),  # fewer, for one line (r66 2020 #3)
            # what there was before it (r59, r58 2020 #2: the subsidy a continuation continues, said at its first use)
            "before": None if pd.isna(e.before_nl) else str(e.before_nl),
            "funding": e.kind == "funding",
            "preliminary": e.evaluation == PRELIMINARY,
            "evaluated": e.evaluation != "not_stated",  # qualitatively, by the minister's words (r21 2021 #2)
            "start_precision": e.start_precision,
            "end_precision": e.end_precision,
            "asked": None if asked is None else str(asked),  # the summary dates what the answer said (r64 2020 #1)
            **{edge: _get(facts, keys.event(helpline, e.event_id, edge)) for edge in EDGES},
        }
        for e in chosen.itertuples()
        if keys.event(helpline, e.event_id, "start_earliest") in facts
    ]
    for m in out:  # r24 2020 #13, 2021 #9: the source gives the end it planned, not that the measure ran so long
        dated = m["end_latest"] is not None and m["end_precision"] != "inferred"
        m["planned"] = bool(dated and asked is not None and str(m["end_latest"]) > str(asked))
    return out


def _either(*values):
    return next((v for v in values if v is not None), None)


def export(facts: dict, helpline: str) -> dict | None:
    """What a contact export measures (rule 8): hours a week needed for the lower answer target against the hours
    logged in, how long callers hold on, and the busiest weekday and hour. None without an export."""
    if keys.export(helpline, "contacts") not in facts:
        return None
    prefix = keys.staffing(helpline, "target_")
    targets = sorted(k.removeprefix(prefix).removesuffix("_pct") for k in facts if k.startswith(prefix))
    lowest = min(targets, key=float) if targets else None  # the targets are the params' answer rates
    return {
        "target": _get(facts, keys.staffing(helpline, f"target_{lowest}_pct")),
        # the hours for the target of all calls together where known (whole counsellors for it in every hour answer
        # more, and that is not the cost of the target; the chapter says it, demo r15 #15)
        "need": _either(
            _get(facts, keys.staffing(helpline, f"need_{lowest}_overall_hours")),
            _get(facts, keys.staffing(helpline, f"need_{lowest}_hours")),
        ),
        "logged_in": _get(facts, keys.staffing(helpline, "logged_in_hours")),
        "per_open_hour": _get(facts, keys.staffing(helpline, "logged_in_per_open_hour")),  # r44 (demo r42 #12)
        # the hours for the target in every hour apart beside them (demo r16 #4: 96 alone was the optimistic one)
        "every": _get(facts, keys.staffing(helpline, f"need_{lowest}_hours")),
        "every_times": _get(facts, keys.staffing(helpline, f"need_{lowest}_per_logged_in")),
        "times": _either(
            _get(facts, keys.staffing(helpline, f"need_{lowest}_overall_per_logged_in")),
            _get(facts, keys.staffing(helpline, f"need_{lowest}_per_logged_in")),
        ),
        "patience": _get(facts, keys.phone(helpline, "patience", "median_s")),  # half hang up within it
        "after_60": _get(facts, keys.phone(helpline, "still_waiting_60s_pct")),
        "peak_day": _get(facts, keys.phone(helpline, "peak_weekday")),
        "peak_hour": _get(facts, keys.phone(helpline, "peak_hour")),
    }


def stated_rate_row(facts: dict, helpline: str, name: str, year: int) -> list[dict]:
    """r56 (r55 2020 #4): the answered share a source states for months of the release's own year, as a row of the
    summary's key figures (the figure a reader looks for first); another year's share is never shown unlabelled in a
    later year's table: none then."""
    r = reachability(facts, helpline, year)
    if not r or not r.get("start") or not str(r["end"]).startswith(str(year)):
        return []
    short = load.helplines().set_index("helpline").loc[helpline, "short_name"]
    bounds = [keys.reach(helpline, f"per_attempt_{b}_pct") for b in ("low", "high")]
    return [{**r, "kind": "stated_rate", "name": name, "short": short, "value": r["low"], "keys": bounds}]
