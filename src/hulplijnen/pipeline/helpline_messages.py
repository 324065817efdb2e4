"""The summary's key messages on what a helpline counting calls and conversations saw (rule 6 of
hulplijnen.pipeline.messages): the website's visitors when they moved more than the counts (the calls less the
conversations only feed the lead: the same share every year is no key message, r32 TO #1). Python chooses; every
sentence is in report/summary/messages.md."""

from __future__ import annotations

import pandas as pd

from ..analysis import helplines as hl
from ..chapters.helplines import counted_units
from ..chapters.helplines.channel_years import oldest_change, since
from ..chapters.helplines.conversion import judged, talks_level
from ..chapters.helplines.corona import at_level
from ..data import load
from ..facts import keys, recorded
from ..maths.intervals import Interval, rounding_interval
from ..presentation import fmt


def _get(facts: dict, key: str):
    return recorded(key, facts[key]["value"]) if key in facts else None


WEBSITE_MIN_PCT = 10.0  # a change of the website's visitors smaller than this is no key message


def without_conversation(facts: dict, helpline: str, year: int) -> dict | None:
    """The calls that led to no conversation (a helpline counting both), with the channel that had most of them."""
    total = _get(facts, keys.total(helpline, "calls_without_conversation"))
    if total is None:
        return None
    channels = load.codebook("channels").set_index("channel")["label_nl"]
    per = [
        {"label": label, "count": _get(facts, keys.channel_count(helpline, c, "calls_without_conversation"))}
        for c, label in channels.items()
        if keys.channel_count(helpline, c, "calls_without_conversation") in facts
    ]
    share = _get(facts, keys.share_of(helpline, "calls_without_conversation", "calls"))
    # r31 TO #2: the years before whose ranges give the same rough fraction ('één op de vier') (the chapter's,
    # helplines/conversion.py)
    years = [
        str(y)
        for y in range(year - 10, year)
        if keys.share_of(helpline, "calls_without_conversation", "calls", y, "low") in facts
    ]
    ends = [
        facts[keys.share_of(helpline, "calls_without_conversation", "calls", int(y), b)]["value"]
        for y in years
        for b in ("low", "high")
    ]
    return {
        "count": total,
        "about": _get(facts, keys.total(helpline, "calls_without_conversation_rounded")),
        "share": share,
        "most": max(per, key=lambda c: c["count"]) if len(per) > 1 else None,
        "calls_per_day": _get(facts, keys.published(helpline, "calls_per_day")),  # the summary's lead (r30 TO #5)
        "years": years,
        "stable": bool(years) and len({fmt.one_in(v / 100) for v in [*ends, float(share)]}) == 1,
        "previous": _gap_before(facts, helpline, year - 1, share),  # r41 (r40 TO #2): the summary's bullet
        "chapter": counted_units(helpline, year),  # r49 (r48 TO #2): the chapter of a report of this helpline alone
    }


def no_stated_base(helpline: str, year: int) -> bool:
    """Whether the source gives the year's channel shares without saying what they are shares of (the annex's table
    of percentages without a stated base, tbl-unclear-bases, lists them)."""
    if not load.has_table("key_figures", helpline, year):
        return False
    figs = load.key_figures(year, helpline)
    return bool(((figs["measure"] == "channel_share") & (figs["base"] == "calls_or_conversations")).any())


def _gap_before(facts: dict, helpline: str, year: int, share: float | None) -> dict | None:
    """The year before's share of the calls less the conversations as the chapter says it: its one estimate and the
    report's rule on it (chapters.helplines.conversion.judged); None where the chapter gives none."""
    k = (helpline, "calls_without_conversation", "calls", year)
    low, high, about = (_get(facts, keys.share_of(*k, b)) for b in ("low", "high", None))
    if share is None or None in (low, high, about):
        return None
    said = judged(share, Interval(low, high))
    # r45 (r44 TO #4): the ends to one decimal, as the chapter says them (fmt.pct_range); r56 (r56 TO #2): the middle
    # of the range, the chapter's 'naar schatting 23,9 %', as the bullet's comparison figure
    middle = _get(facts, keys.share_of(*k, "middle"))
    return {"year": str(year), "low": low, "high": high, "middle": middle, **said}


def _estimate(facts: dict, helpline: str, measure: str, year: int) -> dict | None:
    """A count the chapter estimated (chapters.helplines.corona.estimate_bounds): one 'about' count or the two ends of
    its printed range; None when the chapter made no estimate."""
    about = _get(facts, keys.earlier(helpline, measure, year, "about"))
    if about is not None:
        return {"about": about, "low": about, "high": about}
    low, high = (_get(facts, keys.earlier(helpline, measure, year, f"about_{b}")) for b in ("low", "high"))
    return None if low is None or high is None else {"low": low, "high": high}


def other_conversations(facts: dict, helpline: str, year: int) -> dict | None:
    """The conversations not about corona, estimated from the rounded corona shares (the chapter's estimate): how
    many they were the year before and this year, in counts (a second estimate of a percentage change would stand
    beside the corona share's percentage, TO r15 #3), each an 'ongeveer' count or a range as the chapter prints it
    (r21 TO #2); None when the chapter made no estimate."""
    now, before = (_estimate(facts, helpline, "other_conversations", y) for y in (year, year - 1))
    if now is None or before is None:
        return None
    figs = load.key_figures(year, helpline)
    return {
        "before": before,
        "now": now,
        "rose": now["low"] > before["high"],
        # r31 TO #4: the story's lead: their least rise, their growth, and the conversations level with the year before
        "rise": _rise(facts, helpline, year),  # r37 (r36 TO #1): the range the chapter says
        "range": _rise(facts, helpline, year, "other_conversations"),  # r41 (r40/r41 TO #4): this year's, as said
        "growth": _get(facts, keys.growth(helpline, "other_conversations", year - 1, "middle")),
        "growth_said": _growth_said(facts, helpline, year),  # r57 (r57 TO #4, 2021 #1): the chapter's rule
        "talks_level": talks_level(figs, year),  # the chapter's rule (r33: decided in one place)
        "against_oldest": against_oldest(facts, helpline, year),  # r34 TO #1, 2021 #2: the estimate's context
        **_published_base(facts, helpline, figs, year),
    }


def _growth_said(facts: dict, helpline: str, year: int) -> bool:
    """Whether the chapter says the other conversations' growth (corona.corona_split: beyond LEVEL_PCT, both ends)."""
    ends = [_get(facts, keys.growth(helpline, "other_conversations", year - 1, b)) for b in ("low", "high")]
    return None not in ends and (ends[0] > hl.LEVEL_PCT or ends[1] < -hl.LEVEL_PCT)


def _published_base(facts: dict, helpline: str, figs: pd.DataFrame, year: int) -> dict:
    """r45 (r44 TO #7a): the conversations' published change against the year before, said beside 'ongeveer evenveel'
    before the estimates that rest on the year's conversations; None where the year publishes none."""
    from ..data import history

    out = {}
    for measure, name in (("conversations", "talks_change"), ("calls", "calls_change")):  # r61 (r59 2021 #5): calls
        r = history.stated_change(figs, measure, year - 1)
        change = None if r is None else _get(facts, keys.fact_key(helpline, r)[0])
        out[name] = None if change is None else {"value": change, "decimals": int(r["decimals"])}
    return out


def _rise(facts: dict, helpline: str, year: int, measure: str = "other_conversations_rise") -> dict | None:
    """The rise of the other conversations as the chapter says it (chapters.helplines.corona.corona_split): the two
    ends of its range, rounded outwards; None where the chapter says none."""
    ends = [_get(facts, keys.earlier(helpline, measure, year, f"between_{b}")) for b in ("low", "high")]
    return None if None in ends else {"low": ends[0], "high": ends[1]}


def against_oldest(facts: dict, helpline: str, year: int) -> dict | None:
    """The chapter's comparison of the other conversations with all conversations of an older year
    (chapters.helplines.corona.against_oldest), from its recorded change range: None where the chapter made none."""
    for old in range(year - 10, year - 1):
        ends = [_get(facts, keys.growth(helpline, "other_conversations_vs_all", old, b)) for b in ("low", "high")]
        if None not in ends:
            about = _get(facts, keys.earlier(helpline, "conversations", old, "about"))
            return {"year": str(old), "about": about, "level": at_level(*ends)}
    return None


def by_channel(facts: dict, helpline: str, year: int) -> dict | None:
    """The conversations per channel this year against last year first, as the chapter says them
    (chapters.helplines.channel_years.by_channel): review r20 TO #2, 'grew fastest since 2019' read as growth in a year
    that stayed level. Per channel its count, its published change against last year, whether that change lies within
    LEVEL_PCT (as far as its rounding allows), and the round counts the chapter gives for the two years before; with
    whether every channel stayed level, and the published change since the oldest year (r21 TO #1). None without two
    such channels."""
    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    stated = figs[(figs["measure"] == "conversations") & (figs["unit"] == "pct_change")]
    rows = stated[(stated["category"] != "all") & (stated["reference_year"] == year - 1)]
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    out = []
    for r in rows.itertuples():
        count = _get(facts, keys.channel_count(helpline, r.category, "conversations"))
        before, earlier = (
            _get(facts, keys.earlier(helpline, "conversations", y, "about", r.category)) for y in (year - 1, year - 2)
        )
        if count is None or before is None or earlier is None:
            return None
        allowed = rounding_interval(r.value, int(r.decimals))
        old = oldest_change(stated[stated["category"] == r.category], year)
        out.append(
            {
                "label": labels[r.category],
                "count": count,
                "change": _get(facts, keys.fact_key(helpline, r)[0]),
                "decimals": int(r.decimals),
                "level": -hl.LEVEL_PCT <= allowed.low and allowed.high <= hl.LEVEL_PCT,
                "before": before,
                "earlier": earlier,
                "since": since(old, None if old is None else _get(facts, keys.fact_key(helpline, old)[0])),
            }
        )
    if len(out) < 2:
        return None
    out.sort(key=lambda c: -c["count"])
    # r36 TO #3: the conversations' own published change since the oldest year, before the channels'
    total = oldest_change(stated[stated["category"] == "all"], year)
    return {
        "channels": out,
        "total": since(total, None if total is None else _get(facts, keys.fact_key(helpline, total)[0])),
        "level": all(c["level"] for c in out),
        # the published change since the oldest year leads (r21 TO #1), where every channel has one against it
        "since": years.pop() if len(years := {c["since"] and c["since"]["year"] for c in out}) == 1 else None,
        "rose_since": all(c["since"] and c["since"]["rose"] for c in out),
        "previous": str(year - 1),
        "earlier": str(year - 2),
    }


def _fitting_pct(facts: dict, helpline: str, pct: pd.DataFrame, row, anyway: bool = False) -> dict | None:
    """The source's percentage beside an exact difference against the same year, where it fits that difference (the
    chapter's check recorded no percentage of its own: keys.growth ... exact); ``anyway``: also where it does not."""
    same = pct[pct["reference_year"] == row.reference_year]
    year = int(row.reference_year)
    fits = anyway or keys.growth(helpline, "website_visitors", year, "exact") not in facts
    if row.unit != "change" or same.empty or not fits:
        return None
    value = _get(facts, keys.fact_key(helpline, same.iloc[0])[0])
    return None if value is None else {"value": value, "decimals": int(same.iloc[0].decimals)}


def website(facts: dict, helpline: str, year: int) -> dict | None:
    """The website's visitors when they changed more than the helpline's own count against the year before, and by
    at least ``WEBSITE_MIN_PCT``: the year's biggest change. Each year compared once, an exact difference first."""
    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    current = figs[(figs["category"] == "all") & figs["reference_year"].isna() & (figs["unit"] == "count")]
    changes = figs[(figs["category"] == "all") & (figs["unit"] == "pct_change") & (figs["reference_year"] == year - 1)]
    by = changes.set_index("measure")["value"]
    if "website_visitors" not in by or abs(by["website_visitors"]) < WEBSITE_MIN_PCT:
        return None
    own = [abs(by[m]) for m in current["measure"] if m in by and m != "website_visitors"]
    if not own or abs(by["website_visitors"]) <= max(own):
        return None
    rows = figs[(figs["measure"] == "website_visitors") & (figs["category"] == "all") & figs["reference_year"].notna()]
    exact = rows[rows["unit"] == "change"]
    pct = rows[rows["unit"] == "pct_change"]
    rows = pd.concat([exact, pct[~pct["reference_year"].isin(exact["reference_year"])]])
    total = current[current["measure"] == "website_visitors"]
    found = {
        "total": _get(facts, keys.fact_key(helpline, total.iloc[0])[0]),
        "fell": by["website_visitors"] < 0,
        "compared": [
            {
                "year": str(int(r.reference_year)),
                "value": _get(facts, keys.fact_key(helpline, r)[0]),
                "difference": r.unit == "change",
                # r32 TO #1: an exact difference as the percentage it comes to ('ongeveer 17 %'), the source's own
                # percentage beside it the key figures' note
                "about": _get(facts, keys.growth(helpline, "website_visitors", int(r.reference_year), "exact")),
                "pct": _fitting_pct(facts, helpline, pct, r),  # or the source's, where it fits the difference
                "stated": _fitting_pct(facts, helpline, pct, r, anyway=True),  # r41 (r40 TO #1): the summary's note
                "decimals": int(r.decimals),
                "fell": r.value < 0,  # the headline compares with every year, each in its own direction
            }
            for r in rows.sort_values("reference_year", ascending=False).itertuples()
        ],
    }
    recorded = found["total"] is not None and all(c["value"] is not None for c in found["compared"])
    return found if recorded else None  # a figure the release did not record: no message


def level(helpline: str, year: int) -> dict | None:
    """The year's main count at the high level of the year before (analysis.helplines.stayed_at_level): the
    summary's lead for the helpline."""
    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    main = "calls" if hl.has_figure(figs, "calls") else "contacts"
    return hl.stayed_at_level(figs, year, main)


def open_questions(facts: dict, helpline: str) -> bool:
    """What the figures do not say, as the summary's open questions: for a helpline that counts calls and
    conversations and publishes nothing on what they were about (as its chapter says)."""
    return (
        keys.total(helpline, "calls_without_conversation") in facts
        and keys.concerns_listed_share(helpline) not in facts
    )


def base_read(helpline: str, year: int) -> bool:
    """Whether the source publishes the year's channel shares without saying of what (calls or conversations): the
    key figures then say which base the report reads them as ('van de oproepen', r32 TO #12)."""
    if not load.has_table("key_figures", helpline, year):
        return False
    figs = load.key_figures(year, helpline)
    return bool(((figs["measure"] == "channel_share") & (figs["base"] == "calls_or_conversations")).any())


def later_base(facts: dict, helpline: str, measure: str, ref: int, low_key: str) -> dict | None:
    """r47 (r46 2020 #3): for Tabel 1, the later year's published total and change an estimate of ``ref`` (its low
    end's fact ``low_key``) is derived from, given before the estimate; None where it is not derived from them."""
    file = str(((facts.get(low_key) or {}).get("source") or {}).get("file") or "")
    if _get(facts, keys.earlier(helpline, measure, ref, "about")) is None or not file.endswith("/key_figures.csv"):
        return None
    return later_figures(facts, helpline, measure, ref, file)


def later_figures(facts: dict, helpline: str, measure: str, ref: int, source: str | None) -> dict | None:
    """The later year's published total and its published change against ``ref``, that an earlier year's count is
    derived from (``source``: that later year's key figures, data/<helpline>/<year>/key_figures.csv), as recorded by
    the channels chapter: the summary gives them before the estimate (r39, r38 2020 #3); None when either is not."""
    from ..data import history

    if not source or source.count("/") < 3 or not source.split("/")[-2].isdigit():
        return None
    later = int(source.split("/")[-2])
    r = history.stated_change(load.key_figures(later, helpline), measure, ref)
    total = _get(facts, keys.earlier(helpline, measure, later, "later_total"))
    change = None if r is None else _get(facts, keys.fact_key(helpline, r)[0])
    if total is None or change is None:
        return None
    return {"year": str(later), "total": total, "change": change, "decimals": int(r["decimals"])}


def said_shift(facts: dict, helpline: str, year: int, shift: dict | None) -> dict | None:
    """r44 (2021 #3): the biggest shift as the rule lets the summary say it. Each channel's 'alike' (recorded by the
    channels chapter, chapters.shared.checked.record_alike): only then a word that judges its earlier share; and the
    shift as the year's own key figures state it against the year before ('bijna één op de vijf …, in 2020 nog één op
    de tien'), the one comparison across the years the summary may make in its words, named as theirs."""
    from ..chapters.channels.over_years import shift_key

    if shift is None:
        return None
    for part in [shift, *shift["others"]]:
        alike = _get(facts, keys.check_key(helpline, shift_key(part["channel"], year - 1), "alike"))
        part["alike"] = None if alike is None else bool(alike)
    shift["stated"] = None
    if load.has_table("key_figures", helpline, year):
        figs = load.key_figures(year, helpline)
        rows = figs[(figs["unit"] == "one_in_n") & (figs["category"] == shift["channel"])]
        now = rows[rows["reference_year"].isna()]
        before = rows[rows["reference_year"] == year - 1]
        if len(now) == 1 and len(before) == 1:
            n, b = now.iloc[0], before.iloc[0]
            shift["stated"] = {
                "now": _get(facts, keys.fact_key(helpline, n)[0]),
                "now_almost": n["qualifier"] == "almost",
                "before": _get(facts, keys.fact_key(helpline, b)[0]),
                "before_about": b["qualifier"] == "about",
            }
            if shift["stated"]["now"] is None or shift["stated"]["before"] is None:
                shift["stated"] = None
    return shift
