"""Bereikbaarheid en capaciteit, from what the sources state (no contact export): answered per attempt against callers
reached (a range), the demand gap, the first lockdown's peak, the dated capacity measures, what is not registered."""

from __future__ import annotations

import pandas as pd

from ...analysis.channels import monthly_totals
from ...config.errors import DataError, Problem
from ...config.paths import DATA
from ...data import history, load, provenance
from ...data.specs import STATED_BY
from ...facts import FactSheet, Source, keys
from ...maths.intervals import Interval
from ...presentation import text
from ...presentation.labels import peak_period
from ...presentation.parts import Text
from ..shared import published
from ..shared import series as sr
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from ..shared.checked import fact
from ..shared.reports import report_on
from . import analysis as rc

RATE, ATTEMPTS = "answer_rate", "call_attempts"
MEASURES = ("capacity", "funding")  # kinds of events.csv this chapter dates
CHANNELS = "contacts_by_month_channel"
FLAGS = ("peak_is_series_max", "stayed_higher")  # of the peak month (analysis.PeakComparison)


def stated_in(year: int, helpline: str) -> tuple[int, pd.DataFrame] | None:
    """The latest key figures up to ``year`` that state an answer rate and the attempts per caller."""
    found = [
        (y, f)
        for y, f in history.key_figures_by_year(helpline, year).items()
        if {RATE, ATTEMPTS} <= set(f.loc[f["reference_year"].isna(), "measure"])
    ]
    return found[-1] if found else None


SPEC = ChapterSpec(
    "reachability",
    "Bereikbaarheid en capaciteit",
    45,
    lambda p: leads_with_published_tables(p) and p.export is None and stated_in(p.year, p.helplines[0]) is not None,
)


def _pair(facts: FactSheet, helpline: str, part: str, interval: Interval, unit: str, src: Source, digits: int):
    suffix = {"percent": "_pct", "attempts": "_attempts", "ratio": "_ratio", "count": ""}[unit]
    low, high = round(interval.low, digits), round(interval.high, digits)
    if digits == 0:
        low, high = int(low), int(high)
    low = fact(facts, keys.reach(helpline, f"{part}_low{suffix}"), low, unit, src)
    high = fact(facts, keys.reach(helpline, f"{part}_high{suffix}"), high, unit, src)
    return {"low": low, "high": high}


def _reach(helpline: str, stated_year: int, figs: pd.DataFrame, facts: FactSheet) -> dict:
    category = figs.loc[figs["measure"] == RATE, "category"].iloc[0]
    rate = rc.stated_range(figs, RATE, category)
    attempts = rc.stated_range(figs, ATTEMPTS, figs.loc[figs["measure"] == ATTEMPTS, "category"].iloc[0])
    r = rc.reachability(Interval(rate.low / 100, rate.high / 100), attempts)
    file = f"data/{helpline}/{stated_year}/key_figures.csv"
    src = Source(file, "key_figures", f"{RATE} and {ATTEMPTS} as stated; see the methods")

    def pct(part: str, iv: Interval) -> dict:
        return _pair(facts, helpline, part, Interval(iv.low * 100, iv.high * 100), "percent", src, 1)

    return {
        "rate": _pair(facts, helpline, "per_attempt", rate, "percent", src, 1),
        "attempts": _pair(facts, helpline, "stated", attempts, "attempts", src, 1),
        "independent": pct("reached_if_independent", r.reached_if_independent),
        "together": pct("reached_if_all_fail_together", r.reached_if_all_fail_together),
        "range": pct("reached", r.reached_range),
        "per_caller": _pair(
            facts, helpline, "answered_per_caller", r.reached_if_one_answer_per_caller, "ratio", src, 1
        ),
        "accounting_holds": bool(
            fact(facts, keys.reach(helpline, "accounting_holds"), int(r.accounting_consistent), "verdict", src)
        ),
        "retry": _pair(facts, helpline, "if_retried", r.attempts_if_independent, "attempts", src, 1),
        "retry_holds": bool(
            fact(
                facts, keys.reach(helpline, "retry_holds"), int(r.attempts_consistent_with_independence), "verdict", src
            )
        ),
        "unanswered_per_answered": _pair(
            facts, helpline, "unanswered_per_answered", r.unanswered_per_answered, "ratio", src, 1
        ),
        "rate_interval": Interval(rate.low / 100, rate.high / 100),
        "stated_by": _stated_by(figs, RATE, file, facts, helpline),
    }


def _stated_by(figs: pd.DataFrame, measure: str, file: str, facts: FactSheet, helpline: str) -> str:
    """Who states the figures of ``measure`` (key_figures.csv, column stated_by): one speaker for both ends."""
    who = sorted(figs.loc[figs["measure"] == measure, "stated_by"].unique())
    if len(who) != 1:
        rule = f"the two ends of {measure} are stated by {', '.join(who)}: give both the same speaker"
        raise DataError([Problem(file, None, "stated_by", "one_speaker", rule)])
    src = Source(file, "key_figures", f"stated_by of {measure}")
    for speaker in STATED_BY:
        fact(facts, keys.reach(helpline, f"stated_by_{speaker}"), int(who[0] == speaker), "verdict", src)
    return str(who[0])


CHAT_EVENTS = "chat"  # events.csv: the event ids of measures on the chat start so


def _event_facts(
    helpline: str, events: pd.DataFrame, facts: FactSheet, published: str | None = None, stated: str | None = None
) -> list[dict]:
    """Each measure's dates, recorded; ``ended``: its end lies before ``published`` (ISO): past tense (r22 2021 #14);
    ``planned``: its end lies after ``stated`` (its source's date): a planned end (r24 2020 #13, 2021 #9)."""
    out = []
    for e in events.itertuples():
        src = Source("data/events.csv", "events", f"event_id = {e.event_id}")
        item = {
            "event_id": str(e.event_id),
            "name": e.name_nl,
            "start_precision": e.start_precision,
            "end_precision": e.end_precision,
            "evaluation": e.evaluation,
            "goal": e.status == "goal",
            # a goal's measure put in practice, by the event id its source note names (r30, r31): said with the goal
            "done": (str(e.locator).split("put in practice is ", 1) + [""])[1].split(",")[0] * (e.status == "goal"),
            "chat": str(e.event_id).startswith(CHAT_EVENTS),  # the chat lines at peak times belong to this measure
            # what was possible before the measure, said before its date (r37, r36 2020 #2); name_nl then follows it
            "before": None if pd.isna(getattr(e, "before_nl", None)) else str(e.before_nl),
            "short": None if pd.isna(getattr(e, "short_nl", None)) else str(e.short_nl),  # r48: the chat alone
            # said in the question, not in the answer: the list of what the answer names does not hold it (r21 2020 #8)
            "from_question": str(getattr(e, "locator", "")).startswith("question"),
        }
        for edge in ("start_earliest", "start_latest", "end_earliest", "end_latest"):
            value = getattr(e, edge)
            item[edge] = (
                None
                if pd.isna(value)
                else fact(facts, keys.event(helpline, e.event_id, edge), value.date().isoformat(), "date", src)
            )
        end = item["end_latest"]
        dated = end is not None and e.end_precision != "inferred"
        item["planned"] = bool(dated and stated and end > str(stated))
        item["ended"] = bool(dated and not item["planned"] and published and end < str(published))
        item["funding"] = e.kind == "funding"
        out.append(item)
    return out


def _event_with_months(events: pd.DataFrame, kind: str, helpline: str):
    """The one event of ``kind``, its year and that year's contacts per month and channel; else None."""
    found = events[events["kind"] == kind]
    if len(found) != 1:
        return None
    event = found.iloc[0]
    year = event["start_earliest"].year
    if not load.has_table(CHANNELS, helpline, year):
        return None
    return event, year, load.contacts_by_month_channel(year, helpline)


def _window(helpline: str, events: pd.DataFrame, facts: FactSheet) -> dict | None:
    """The months of the measured window (the chapter names them), if that window's year has monthly counts; no
    estimate of the calls offered in it, which read the phone contacts as answered calls (r20 2020 #10)."""
    found = _event_with_months(events, "measurement", helpline)
    if found is None:
        return None
    w, year, _ = found
    start, end = w["start_earliest"].to_period("M"), w["end_latest"].to_period("M")
    src = Source(f"data/{helpline}/{year}/{CHANNELS}.csv", CHANNELS, f"the measured window, {start} to {end}")
    return {
        "start": fact(facts, keys.reach(helpline, "window_start_month"), str(start), "month", src),
        "end": fact(facts, keys.reach(helpline, "window_end_month"), str(end), "month", src),
    }


def _peak(helpline: str, events: pd.DataFrame, facts: FactSheet) -> dict | None:
    found = _event_with_months(events, "demand", helpline)
    if found is None:
        return None
    e, year, months = found
    monthly = monthly_totals(months)
    p = rc.peak_against_baseline(monthly, e["start_earliest"].to_period("M"), e["end_latest"].to_period("M"))
    src = Source(f"data/{helpline}/{year}/{CHANNELS}.csv", CHANNELS, f"monthly totals; event {e['event_id']}")
    return {
        "name": e["name_nl"],  # the period as the data name it; said by its months apart (r15 2020 #1, 2021 #15)
        "period": peak_period(e["name_nl"], e["start_earliest"], e["end_latest"], e["locator"]),
        # r34a (2020 #2): the busiest month said as the peak only where it is the series' maximum; 'bleef daarna hoger'
        **{k: bool(fact(facts, keys.peak(helpline, f"{k}_flag"), int(getattr(p, k)), "verdict", src)) for k in FLAGS},
        # the months compared with, named (r14 2020 #3: 'de drie maanden ervoor' hid that March is among them)
        "baseline_first": str(monthly.index[0]),
        "baseline_last": str(e["start_earliest"].to_period("M") - 1),
        "month": fact(facts, keys.peak(helpline, "peak_month"), str(p.peak_month), "month", src),
        "value": fact(facts, keys.peak(helpline, "peak_contacts"), int(p.peak_value), "count", src),
        "window_mean": fact(facts, keys.peak(helpline, "window_mean"), round(p.window_mean), "count", src),
        "baseline_mean": fact(facts, keys.peak(helpline, "baseline_mean"), round(p.baseline_mean), "count", src),
        "baseline_months": fact(facts, keys.peak(helpline, "baseline_months"), p.baseline_months, "count", src),
        **{  # r39 (r38 2020 #2): the months after the window too, where the series has them
            f"{k}_pct": fact(facts, keys.peak(helpline, f"{k}_vs_baseline_pct"), round(v, 1), "percent", src)
            for k in ("window", "peak", "after")
            if (v := getattr(p, f"{k}_vs_baseline_pct")) is not None
        },
        "after_mean": p.after and fact(facts, keys.peak(helpline, "after_mean"), round(p.after_mean), "count", src),
        "after": None if p.after is None else [str(m) for m in p.after],
        "lockdown_began": _lockdown_began(helpline, e["start_earliest"].to_period("M") - 1, facts),
        "before": {  # r44 (2020 #6): the months before the peak one by one: did the last one stand out?
            str(m): fact(facts, keys.peak(helpline, f"{m.year}.m{m.month:02d}"), int(v), "count", src)
            for m, v in monthly[monthly.index < e["start_earliest"].to_period("M")].items()
        },
    }


def _lockdown_began(helpline: str, month: pd.Period, facts: FactSheet) -> str | None:
    """The day (or 'month') a campaign of the month before the peak named the lockdown (campaigns.csv; r25, r49)."""
    day, src = load.campaign_day_lockdown(helpline, month), Source("data/campaigns.csv", "campaigns", f"{month}")
    named = fact(facts, keys.peak(helpline, "baseline_in_lockdown"), int(day is not None), "verdict", src)
    if named and day != "month":
        day = fact(facts, keys.reach(helpline, "lockdown_campaign_date"), day, "date", src)
    return day


def build(year: int, helpline: str, facts: FactSheet, publication_date: str | None = None) -> Chapter:
    stated_year, figs = stated_in(year, helpline)
    events = load.events()
    events = events[events["helpline"] == helpline]
    reach = _reach(helpline, stated_year, figs, facts)
    measures = rc.timeline(load.events(), helpline, MEASURES)
    fields = load.registration_fields()
    not_recorded = rc.fields_with_status(fields, helpline, year, "not_recorded")
    # the answer calls figures of answered calls not conclusive (registration_fields.csv, call_answered)
    not_conclusive = bool(
        fact(
            facts,
            keys.reach(helpline, "answer_not_conclusive"),
            int(not rc.fields_with_status(fields, helpline, stated_year, "not_conclusive").empty),
            "verdict",
            Source("data/registration_fields.csv", "registration_fields", "status = not_conclusive"),
        )
    )
    chat_lines = _stated(helpline, stated_year, figs, "chat_lines", facts)
    anonymous = published.answer_anonymity(helpline, stated_year, facts)  # 'ruim driekwart' (r27); a later year
    stated = _source_date()
    items = _event_facts(helpline, measures, facts, publication_date, None if stated is None else f"{stated:%Y-%m-%d}")
    order = list(load.events()["event_id"])
    _registered_phone(helpline, stated_year, facts)  # recorded for the checks; the text no longer says it (r31)
    asked = load.open_questions()
    asked = asked[(asked["helpline"] == helpline) & (asked["first_year"] <= year) & (asked["last_year"] >= year)]
    body = text.sections(
        "chapters/reachability/text.md",
        facts=facts,
        year=str(year),
        stated_year=str(stated_year),
        earlier_report=report_on(stated_year, helpline) if stated_year != year else None,
        reach={k: v for k, v in reach.items() if k != "rate_interval"},
        disputed=not_conclusive,
        short=str(load.helplines().set_index("helpline").loc[helpline, "short_name"]),
        demand=_window(helpline, events, facts),
        peak=(peak := _peak(helpline, events, facts)),
        lockdown_began=peak["lockdown_began"] if peak else None,
        campaign_names=load.lockdown_campaign_names(),  # r59 (r58 2020 #3): what the campaign of that day was
        measures=items,
        # the subsidy's aims in the data's order: as the answer lists them (r21 2020 #8)
        goals=sorted((m for m in items if m["goal"]), key=lambda m: order.index(m["event_id"])),
        chat_lines=chat_lines,
        anonymous=anonymous,
        chat_rose=_chat_rose(helpline, year, facts),
        open_questions=[
            {"question": q.question, "asked": q.asked_nl, "answer": q.answer, "last": str(q.last_year)}
            for q in asked.itertuples()
        ],
        asked_day=_asked_day(helpline, facts),
        number=provenance.question_number(DATA, "events.csv"),  # r52 (r51 2020 #6): the measures' source, said once
        monthly=load.has_table(CHANNELS, helpline, year),  # r52 (r51 2021 #11): no monthly figures, said
        not_recorded=list(not_recorded["name_nl"]),
        statements=_statements(helpline, year, facts),
    )
    return Chapter.written(body, {}, {"year": year}, SHOWN)


def _chat_rose(helpline: str, year: int, facts: FactSheet) -> bool | dict:
    """Whether the chat's share of all contacts rose from the year before to the year, beyond the rounding of either
    (the channels chapter gives both shares), recorded: the chapter says it beside the chat's extension, without
    a cause (r24 2021 #16). False when either year's share is not known; r61: the key figures' 'one in n' if given."""
    shares = sr.channel_share_series(
        year, history.channel_tables(helpline, year), history.key_figures_by_year(helpline, year)
    )
    chat = shares[shares["channel"] == CHAT_EVENTS].set_index("year")
    if year not in chat.index or year - 1 not in chat.index:
        return False
    rose = int(chat.loc[year - 1, "high"] < chat.loc[year, "low"])
    name = {y: CHANNELS if chat.loc[y, "source"] == "table" else "key_figures" for y in (year - 1, year)}
    files = ", ".join(f"data/{helpline}/{y}/{t}.csv" for y, t in name.items())
    src = Source(files, "channel shares", f"the chat's share, {year - 1} against {year} (as the channels chapter)")
    rose = bool(fact(facts, keys.reach(helpline, "chat_share_rose"), rose, "verdict", src))
    return (published.one_in(helpline, year, CHAT_EVENTS, facts) or True) if rose else False


def _registered_phone(helpline: str, year: int, facts: FactSheet) -> int | None:
    """The phone contacts of ``year``, recorded: the answered share counts attempts, not these (r28 2020 #1)."""
    months = load.contacts_by_month_channel(year, helpline) if load.has_table(CHANNELS, helpline, year) else None
    if (n := rc.year_total(months, year, "phone")) is None:
        return None
    src = Source(f"data/{helpline}/{year}/{CHANNELS}.csv", CHANNELS, f"phone contacts, {year}")
    return fact(facts, keys.reach(helpline, "registered_phone_contacts"), n, "count", src)


def _source_date():
    """The date of the document events.csv comes from (data/provenance.yml: the question's), or None."""
    from ...config import yamlfile

    provenance = yamlfile.load(DATA / "provenance.yml")[0]
    return provenance["documents"][provenance["files"]["events.csv"]["document"]].get("date")


def _asked_day(helpline: str, facts: FactSheet) -> str | None:
    """The day of the question whose answer names the measures (data/provenance.yml; the answer's own date is not
    in its text), recorded: the chapter dates what the answer said by it ('de vraag van <dag>', r22 2020 #15)."""
    date = _source_date()
    if date is None:
        return None
    src = Source("data/events.csv", "events", "its document's date (the question's, data/provenance.yml)")
    return fact(facts, keys.reach(helpline, "question_date"), f"{date:%Y-%m-%d}", "date", src)


def _stated(helpline: str, year: int, figs: pd.DataFrame, measure: str, facts: FactSheet, by: str | None = None):
    """The one figure of ``measure`` the key figures of ``year`` state (by ``by``, when given), recorded; else None."""
    rows = figs[(figs["measure"] == measure) & figs["reference_year"].isna()]
    if by is not None:
        rows = rows[rows["stated_by"] == by]
    if len(rows) != 1:
        return None
    row = next(rows.itertuples())
    key, unit = keys.fact_key(helpline, row)
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row.key}")
    return fact(facts, key, row.value, unit, src)


def _statements(helpline: str, year: int, facts: FactSheet) -> dict[str, str]:
    """What the answer says of the helpline (answer_statements.csv), recorded, with what it is about (about_nl)."""
    rows = load.answer_statements()
    rows = rows[(rows["helpline"] == helpline) & (rows["first_year"] <= year) & (rows["last_year"] >= year)]
    src = Source("data/answer_statements.csv", "answer_statements", "statements of the answer about the helpline")
    said = {r.statement: "" if pd.isna(r.about_nl) else str(r.about_nl) for r in rows.itertuples()}
    return {s: about for s, about in said.items() if fact(facts, keys.reach(helpline, f"says_{s}"), 1, "verdict", src)}


# the measures are one dated list in the text (r22 2020 #7, 2021 #4: the timeline figure could not be read)
SHOWN = (Text("closing"),)
