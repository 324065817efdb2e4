"""The summary's key messages: what matters in the year, chosen from the recorded facts by rules.

Python chooses (which change is largest, which statement exists); every sentence is in report/summary/messages.md and
every number it prints is a recorded fact. No year and no helpline is written here: the rules read the release's year
and helplines and the facts figures.json holds.

Rules, per helpline, in this order (a message whose facts are absent is left out):
1. trend: this year's total with the published change against the year before and the statement about the oldest
   year a published figure compares with ("ongeveer drie keer zoveel als in …"); a rise in demand dated in the year
   (events.csv, kind demand) with its peak month against the months before it, named as the data name the event
   (``lockdown``); in a contact export, its calls a month and their answered share against the months before it
   (``demand``);
2. reachability: the answered share of telephone calls where a source states it (with "more than half went
   unanswered" when the upper end is below 50 %), said in the name of whoever states it; what was done about it: the
   measures carried out that started in or before the year (events.csv, ``measures``);
2b. a figure on reachability from an earlier year (the year states none of its own) comes after every message about
   the year itself, headed by the plain statement that the year has none;
3. the biggest shift: the channel whose share moved most between the previous and this year, when the two years'
   shares differ beyond rounding;
4. who makes contact: the share of victims among contact persons;
5. what contacts are about: the most frequent kind of violence, the share of minors among the possible victims (r21
   2021 #6), and the share that stays anonymous;
6. the website's visitors when they moved more than the helpline's counts (a helpline counting calls and
   conversations; the calls less the conversations, the same share each year, are no key message: r32 TO #1);
6b. a subject that moved: a share published for this year and for an earlier year (what the conversations were
   about), when the two differ beyond their rounding;
7. who and where from (``profile``): the share of women among contact persons of known gender, the share of possible
   victims whose known context is the family (r44, 2020 #1: whether from the table per context, which the chapter
   says stands in the source without a year), and how many contacts came from the victim's and from the perpetrator's
   side; each from the year's own tables where they give it, else as the year's key figures publish it;
8. staffing, waiting and the busiest moment where a contact export measures them (``export``).
"""

from __future__ import annotations

import pandas as pd

from ..data import load
from ..data.statements import about_the_same
from ..facts import keys, recorded
from ..maths.intervals import Interval, rounding_interval
from ..presentation import text
from ..presentation.labels import base_label, category_label, measure_label
from . import helpline_messages
from .helpline_messages import by_channel, level, open_questions, other_conversations, website, without_conversation
from .reach_messages import call_logs, export, export_peak, lockdown, measures, reachability


def _get(facts: dict, key: str):
    return recorded(key, facts[key]["value"]) if key in facts else None


def statements(helpline: str, year: int, measure: str) -> pd.DataFrame:
    """The published changes and ratios of a measure's total against earlier years, newest first."""
    if not load.has_table("key_figures", helpline, year):
        return pd.DataFrame()
    figs = load.key_figures(year, helpline)
    rows = figs[
        (figs["measure"] == measure)
        & (figs["category"] == "all")
        & figs["unit"].isin(["pct_change", "times"])
        & figs["reference_year"].notna()
    ]
    return rows.sort_values("reference_year", ascending=False)


def trend(facts: dict, helpline: str, year: int) -> dict | None:
    measure = next((m for m in ("contacts", "calls") if keys.total(helpline, m) in facts), None)
    if measure is None:
        return None
    stated = statements(helpline, year, measure)
    compared = []
    for row in [stated.iloc[0], stated.iloc[-1]] if len(stated) > 1 else list(stated.itertuples()):
        row = row if isinstance(row, pd.Series) else pd.Series(row._asdict())
        compared.append(
            {
                "year": str(int(row["reference_year"])),
                "kind": row["unit"],
                "about": row["qualifier"] == "about",
                "value": _get(facts, keys.fact_key(helpline, row)[0]),
                "decimals": int(row["decimals"]),
            }
        )
    if not any(c["year"] == str(year - 1) for c in compared):
        compared += _derived_growth(facts, helpline, year, measure)
    peak = None
    if keys.contacts(helpline, "peak_month") in facts:
        peak = {
            "month": _get(facts, keys.contacts(helpline, "peak_month")),
            "contacts": _get(facts, keys.contacts(helpline, "peak_month_contacts")),
        }
    return {
        "total": _get(facts, keys.total(helpline, measure)),
        "label": load.codebook("measures").set_index("measure")["label_nl"][measure],
        "compared": [c for c in compared if c["value"] is not None],
        "peak": peak,
    }


def _derived_growth(facts: dict, helpline: str, year: int, measure: str) -> list[dict]:
    """The change against an earlier year no source states, derived from that year's interval (keys.growth), with the
    estimate itself (about); with a questioner's stated increase of the year when it says the same fraction."""
    from ..presentation.fmt import fraction_words
    from .helpline_messages import later_figures

    for ref in range(year - 1, year - 50, -1):
        low, high = (_get(facts, keys.growth(helpline, measure, ref, b)) for b in ("low", "high"))
        if low is None or high is None:
            continue
        claim = None
        fraction = fraction_words(low, high)
        figs = load.key_figures(year, helpline) if load.has_table("key_figures", helpline, year) else pd.DataFrame()
        if fraction and not figs.empty:
            claims = figs[
                (figs["measure"] == "campaign_effect")
                & (figs["unit"] == "pct_change")
                & (figs["stated_by"] == "questioner")
                & figs["reference_year"].isna()
            ]
            for row in claims.itertuples():
                value = _get(facts, keys.fact_key(helpline, row)[0])
                if value is not None and fraction_words(value, value) == fraction:
                    claim = value
        # the earlier year is estimated from a later year's key figures: the summary names them (r28 2020 #19)
        src = (facts.get(keys.earlier(helpline, measure, ref, "low")) or {}).get("source") or {}
        found = dict(year=str(ref), kind="range", low=low, high=high, value=low, claim=claim, source=src.get("file"))
        later = later_figures(facts, helpline, measure, ref, src.get("file"))  # r39 (r38 2020 #3)
        return [found | {"about": _get(facts, keys.earlier(helpline, measure, ref, "about")), "later": later}]
    return []


def biggest_shift(facts: dict, helpline: str, year: int) -> dict | None:
    """The channel whose share moved most from the previous year, when the move is beyond rounding; with the counts
    of both years where the facts hold them (the year before's exact count, this year's approximate one), and the
    channel that moved next most, in counts, so the summary says the shift in contacts and not only in shares."""
    gaps = {}
    for channel in load.codebook("channels")["channel"]:
        bounds = {
            (y, b): facts.get(keys.earlier_share(helpline, channel, y, b), {}).get("value")
            for y in (year - 1, year)
            for b in ("low", "high")
        }
        if None in bounds.values():
            continue
        gap = max(
            bounds[(year, "low")] - bounds[(year - 1, "high")], bounds[(year - 1, "low")] - bounds[(year, "high")]
        )
        if gap > 0:
            gaps[channel] = (gap, bounds[(year, "low")] > bounds[(year - 1, "high")])
    if not gaps:
        return None
    order = sorted(gaps, key=lambda c: -gaps[c][0])
    best = order[0]
    labels = load.codebook("channels").set_index("channel")["label_nl"]

    def counts(channel: str) -> dict:  # r37 (r36 2021 #2): each channel's share now, said before its derived count
        low, high = ((facts.get(keys.earlier_share(helpline, channel, year - 1, b)) or {}) for b in ("low", "high"))
        return {  # r38 (r37 2021 #8): each channel's earlier share too, beside its share now
            "channel": channel,
            "label": labels[channel],
            "before": _get(facts, keys.earlier_share(helpline, channel, year - 1, "low")),
            "before_exact": low.get("value") is not None and low.get("value") == high.get("value"),
            "count_before": _get(facts, keys.earlier(helpline, "contacts", year - 1, "low", channel)),
            "count_now": _get(facts, keys.channel_count(helpline, channel, "approx_contacts")),
            "now": _get(facts, keys.channel_share(helpline, channel))
            or _get(facts, keys.earlier_share(helpline, channel, year, "low")),
        }

    others = [counts(c) for c in order[1:2]]
    shift = {
        **counts(best),
        "rose": gaps[best][1],
        "others": [o for o in others if o["count_before"] is not None and o["count_now"] is not None],
        "previous_year": str(year - 1),
    }
    return helpline_messages.said_shift(facts, helpline, year, shift)  # r44 (2021 #3): said as the rule allows


def about(facts: dict, helpline: str, year: int) -> dict:
    """What contacts are about: the most frequent kind of violence, the share of minors; the share that stays
    anonymous."""
    kinds, minors = [], None
    if load.has_table("key_figures", helpline, year):
        figs = load.key_figures(year, helpline)
        for row in figs[(figs["measure"] == "victim_type") & figs["reference_year"].isna()].itertuples():
            kinds.append((row.value, category_label(row.category), keys.fact_key(helpline, row)[0]))
        young = figs[(figs["measure"] == "victim_age") & (figs["category"] == "minor") & figs["reference_year"].isna()]
        for row in young.itertuples():
            minors = {"share": _get(facts, keys.fact_key(helpline, row)[0]), "more_than": row.qualifier == "more_than"}
        anonymous = figs[(figs["measure"] == "anonymity_share") & figs["reference_year"].isna()]
    else:
        anonymous = pd.DataFrame()
    kinds = [k for k in kinds if k[2] in facts]
    top = max(kinds) if kinds else None
    anon = None
    if not anonymous.empty and keys.fact_key(helpline, anonymous.iloc[0])[0] in facts:
        row = anonymous.iloc[0]
        anon = {
            "share": _get(facts, keys.fact_key(helpline, row)[0]),
            "more_than": row["qualifier"] == "more_than",
            "by": row["stated_by"],
            "base": isinstance(row["base"], str) and bool(row["base"]),  # '75 % kiest voor anonimiteit': none
        }
    return {
        "violence": {"label": top[1], "share": _get(facts, top[2])} if top else None,
        "anonymous": anon,
        "minors": minors if minors and minors["share"] is not None else None,
    }


def subject_shifts(facts: dict, helpline: str, year: int) -> list[dict]:
    """Shares published for this year and for an earlier year (channel shares apart: rule 3), where the two
    differ beyond what their rounding allows: what contacts were about, then and now."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    shares = figs[(figs["unit"] == "percent") & (figs["category"] == "all") & (figs["measure"] != "channel_share")]
    found = []
    for now in shares[shares["reference_year"].isna()].itertuples():
        earlier = shares[(shares["measure"] == now.measure) & shares["reference_year"].notna()]
        for then in earlier.sort_values("reference_year").itertuples():
            a = rounding_interval(now.value, int(now.decimals), now.qualifier)
            b = rounding_interval(then.value, int(then.decimals), then.qualifier)
            key_now, key_then = keys.fact_key(helpline, now)[0], keys.fact_key(helpline, then)[0]
            apart = a.high < b.low or b.high < a.low
            small = about_the_same(Interval(a.low - b.high, a.high - b.low))  # 'ongeveer even groot': no message
            if apart and not small and key_now in facts and key_then in facts:
                found.append(
                    {
                        "label": measure_label(now.measure, "all"),
                        "base": base_label(now.base),
                        "now": _get(facts, key_now),
                        "before": _get(facts, key_then),
                        "before_year": str(int(then.reference_year)),
                        "points": _get(facts, keys.points_since(helpline, now.measure, int(then.reference_year))),
                        "fell": a.high < b.low,
                    }
                )
                break
    return found


def _published_share(facts: dict, helpline: str, year: int, measure: str, category: str):
    """A share the year's key figures publish for the year itself (measure, category), as recorded; else None."""
    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    rows = figs[
        (figs["measure"] == measure)
        & (figs["category"] == category)
        & figs["reference_year"].isna()
        & (figs["unit"] == "percent")
    ]
    return None if rows.empty else _get(facts, keys.fact_key(helpline, rows.iloc[0])[0])


def _first(*values):
    return next((v for v in values if v is not None), None)


def _group(facts: dict, helpline: str, group: str) -> dict | None:
    """A contact-person group's count and share; ``derived`` when the table's filled cells give fewer (r19 #18)."""
    low, high = (_get(facts, keys.contact_person_group(helpline, group, b)) for b in ("low", "high"))
    share = _get(facts, keys.contact_person_group(helpline, group, "share_low_pct"))
    if low is None or share is None or low != high:
        return None
    filled = _get(facts, keys.check_key(helpline, f"contact_person_{group}_count", "computed_n"))
    stated = _get(facts, keys.check_key(helpline, f"contact_person_{group}_share", "published_pct"))  # r59: '3 %'
    return {"contacts": low, "share": share, "derived": filled is not None and filled < low, "stated": stated}


def _undated_table(facts: dict, helpline: str, year: int) -> dict | None:
    """r45 (r44 2020 #1): the table per context has no year; its total beside the first later year's count of possible
    victims (recorded by the contexts chapter), so the summary can say the doubt the chapter says; the closeness rule
    is the chapter's (its template), applied in the summary's. None where either count is not recorded."""
    total = _get(facts, keys.context(helpline, year, "all", "possible_victims"))
    later = sorted(
        int(y)
        for k in facts
        if k.startswith(f"{helpline}.context.") and k.endswith(".all.possible_victims")
        for y in [k.split(".")[-3]]
        if y.isdigit() and int(y) > year
    )
    if total is None or not later:
        return None
    return {
        "total": total,
        "year": str(later[0]),
        "victims": _get(facts, keys.context(helpline, later[0], "all", "possible_victims")),
    }


def doubted(u: dict | None) -> bool:
    """r50 (r49 2020 #1): the table per context's year doubted (chapter rule): no key message or figure of it."""
    return bool(u and u["victims"] is not None and abs(u["total"] - u["victims"]) <= u["victims"] / 100)


def profile(facts: dict, helpline: str, year: int) -> dict:
    """Who makes contact and about what (rule 7): exact shares from the year's tables first, else published ones."""
    return {
        "women": _first(
            _get(facts, keys.gender(helpline, year, "female", "share_known_pct")),
            _published_share(facts, helpline, year, "gender_share", "female"),
        ),
        "family": _first(
            _get(facts, keys.context(helpline, year, "family", "share_known_pct")),
            _published_share(facts, helpline, year, "context_share", "family"),
        ),
        "family_table": keys.context(helpline, year, "family", "share_known_pct") in facts,
        "undated": (undated := _undated_table(facts, helpline, year)),
        "doubted": doubted(undated),
        "victim_side": _group(facts, helpline, "victim_environment"),
        "perpetrator_side": _group(facts, helpline, "perpetrator_environment"),
    }


def key_messages(facts: dict, helplines: list[str], year: int) -> str:
    meta = load.helplines().set_index("helpline")
    found = [
        {
            "name": meta.loc[h, "name"],
            "short": meta.loc[h, "short_name"],
            "trend": trend(facts, h, year),
            "reach": reachability(facts, h, year),
            "lockdown": lockdown(facts, h, year),
            "demand": export_peak(facts, h, year),  # a contact export's calls in that rise
            "calls": call_logs(facts, h),  # the call logs the report needs and the helpline does not keep
            "measures": measures(facts, h, year),
            "later": measures(facts, h, year, later=True),  # what followed the year, named in the summary too
            "shift": biggest_shift(facts, h, year),
            "victim": _get(facts, keys.role_share(h, "victim")),
            "conversations": _get(facts, keys.total(h, "conversations")),
            "conversations_share": _get(facts, keys.share_of(h, "conversations", "calls")),
            "without": without_conversation(facts, h, year),
            "other": other_conversations(facts, h, year),
            "channels": by_channel(facts, h, year) if len(helplines) == 1 else None,  # one helpline's release
            "website": website(facts, h, year) if len(helplines) == 1 else None,  # a comparison: chapter 7's
            "level": level(h, year),
            "open": open_questions(facts, h) and len(helplines) == 1,
            **about(facts, h, year),
            "subjects": subject_shifts(facts, h, year),
            **profile(facts, h, year),
            "export": export(facts, h),
            # a synthetic export records what it imitates: its sentences say the figures are made up
            "synthetic": keys.export(h, "calibration_contacts") in facts,
        }
        for h in helplines
    ]
    values = {k: f["value"] for k, f in facts.items()}
    return text.render("summary/messages.md", prose=False, facts=values, year=str(year), helplines=found)
