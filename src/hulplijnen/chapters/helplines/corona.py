"""The conversations about corona and the other conversations, for the text of a helpline's profile: each an
estimated count from the rounded corona shares, printed by one rule ('ongeveer' or 'tussen X en Y'), the change of the
other conversations, and this year's other conversations beside the oldest year's. Rules only; the sentences are in
paragraphs.md, every number a recorded fact. Split from story.py (r59), which calls corona_split."""

from __future__ import annotations

import math

import pandas as pd

from ...analysis import helplines as hl
from ...facts import FactSheet, Source, keys
from ...maths.intervals import ABOUT_STEPS, Interval, about_count, width_count
from ...presentation import fmt

LEVEL_PCT = hl.LEVEL_PCT  # a change within it (whatever its rounding allows): "op het niveau van" that year


def _source(helpline: str, year: int, selection: str) -> Source:
    return Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", selection)


ESTIMATE_RULE = "one 'ongeveer' count where half its range's width is below the print step, else a range"


def estimate_bounds(low: float, high: float) -> tuple[int, int]:
    """A count estimated from a rounded share, as the text prints it, by one rule (r21 TO #2: 'ongeveer 13.600' from
    a whole-number 13 % claimed a precision the range 13.085 to 14.132 does not have): where half the range's width
    stays below the step a count of its size is printed with (maths.intervals.ABOUT_STEPS), one "ongeveer" count
    (both bounds alike: about_count of a part, so the parts add up to about the total); else the range, each end
    rounded inwards to the step of its magnitude, as every range of counts (13.100 à 14.100, 90.600 à 91.500): r22 TO
    #1, a coarser step printed an end outside the range (90.500 for 90.550)."""
    half = (high - low) / 2
    magnitude = next((s for floor, s in ABOUT_STEPS if abs((low + high) / 2) >= floor), 1)
    if half < magnitude:
        single = about_count(low, high, part=True)
        return single, single
    first, last = math.ceil(low / magnitude) * magnitude, math.floor(high / magnitude) * magnitude  # inside the range
    return (first, last) if first < last else (about_count(low, high),) * 2


def _estimate(helpline: str, year: int, k: tuple, r: Interval, facts: FactSheet, selection: str) -> dict:
    """One estimated count, recorded as the text prints it: 'about' for a single count, else 'about_low' and
    'about_high' (the ends of its printed range)."""
    first, last = estimate_bounds(r.low, r.high)
    source = _source(helpline, year, selection)
    if first == last:
        return {"about": facts.add(keys.earlier(helpline, k[0], k[1], "about"), first, "count", source)}
    return {
        "low": facts.add(keys.earlier(helpline, k[0], k[1], "about_low"), first, "count", source),
        "high": facts.add(keys.earlier(helpline, k[0], k[1], "about_high"), last, "count", source),
    }


def outward_bounds(low: float, high: float) -> tuple[int, int]:
    """A range as 'tussen X en Y' prints it, by one rule: each end rounded outwards (the low end down, the high end
    up) to the step two figures below the high end's magnitude (hundreds for 13.086 to 14.131: 13.000 and 14.200), so
    the printed ends hold the whole range (r32 2021 #2: the nearest thousands, '13.000 en 14.000', cut off 14.131)."""
    step = 10 ** max(int(math.log10(max(high, 1))) - 2, 0)
    return int(math.floor(low / step) * step), int(math.ceil(high / step) * step)


def outward(helpline: str, year: int, k: tuple, r: Interval, facts: FactSheet, selection: str) -> dict:
    """An estimated count as 'tussen X en Y' (outward_bounds), its two ends recorded: the one place of that rule."""
    source = _source(helpline, year, selection + "; its range rounded outwards")
    first, last = outward_bounds(r.low, r.high)
    return {
        f"between_{b}": facts.add(keys.earlier(helpline, *k, f"between_{b}"), v, "count", source)
        for b, v in (("low", first), ("high", last))
    }


def corona_split(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, shares: tuple, facts: FactSheet):
    """The conversations about corona and the other conversations, this year and the year before, as the rounded
    shares and the derived earlier count allow (each printed by the one rule for "ongeveer" counts,
    maths.intervals.about_count), and the change of the other conversations; None unless this year's conversations
    and last year's range are known."""
    rows = implied[implied["preferred"] & (implied["category"] == "all") & (implied["measure"] == "conversations")]
    before = rows[rows["year"] == year - 1]
    if before.empty or not hl.has_figure(figs, "conversations"):
        return None
    now_share, before_share = shares
    count_now = hl.figure(figs, "conversations")
    ranges = {
        ("corona_conversations", year): Interval(count_now * now_share.low, count_now * now_share.high),
        ("other_conversations", year): Interval(count_now * (1 - now_share.high), count_now * (1 - now_share.low)),
        ("corona_conversations", year - 1): Interval(
            before.iloc[0].low * before_share.low, before.iloc[0].high * before_share.high
        ),
        ("other_conversations", year - 1): Interval(
            before.iloc[0].low * (1 - before_share.high), before.iloc[0].high * (1 - before_share.low)
        ),
    }
    selection = "conversations x corona_share (or 1 - corona_share), {}: " + ESTIMATE_RULE
    about = {k: _estimate(helpline, year, k, r, facts, selection.format(k[1])) for k, r in ranges.items()}
    for k, r in ranges.items():  # the annex's ranges, as the whole numbers its table prints (r25 TO #18)
        first, last = fmt.whole_bounds(r.low, r.high)
        for bound, value in (("low", first), ("high", last)):
            facts.add(
                keys.earlier(helpline, k[0], k[1], bound), value, "count", _source(helpline, year, "range: " + k[0])
            )
    # a range too wide for one 'ongeveer' count: 'tussen 13.000 en 14.200', rounded outwards (r28 TO #7, 2021 #8: 'ruim
    # 13.000' leaned to the low end of 13.086 to 14.131); r49 (r48 TO #8): every year's range so, each year alike
    for k in ranges:
        about[k] = {**about[k], **outward(helpline, year, k, ranges[k], facts, selection.format(k[1]))}
    other_now, other_before = ranges[("other_conversations", year)], ranges[("other_conversations", year - 1)]
    # each count as one 'ongeveer' count, the chapter's message (r30 TO #4, 2021 #7: 'van ongeveer 25.500 naar
    # ongeveer 13.600'; the ranges are the annex's), the parts' rule: they add up to about the total
    single = {
        k: about[k].get("about")
        or facts.add(
            keys.earlier(helpline, k[0], k[1], "about"),
            width_count(r.low, r.high),  # r56 (r55 TO #2): as precise as the range's width allows
            "count",
            _source(helpline, year, selection.format(k[1]) + "; width_count of that range"),
        )
        for k, r in ranges.items()
    }
    # r37 (r36 TO #1): the rise of the other conversations as the range both allow, from the whole counts the annex
    # gives for each (this year's least less last year's most, and the other way round: so it recomputes from the two
    # rows), 'tussen 10.100 en 11.400' (outward); no 'ruim 10.000' (only its low end) where both ends are known
    (now_low, now_high), (before_low, before_high) = (
        fmt.whole_bounds(r.low, r.high) for r in (other_now, other_before)
    )
    rise_range, rise = Interval(now_low - before_high, now_high - before_low), None
    # r54 (TO #1, 2021 #3): its percentage from the same two rows; the text its middle (Methods), the annex the range
    growth = Interval((now_low / before_high - 1) * 100, (now_high / before_low - 1) * 100)
    src, prev = _source(helpline, year, "other conversations on the year before in %, from the whole counts"), year - 1
    ends = (("low", growth.low), ("high", growth.high), ("middle", (growth.low + growth.high) / 2))
    g = {b: facts.add(keys.growth(helpline, "other_conversations", prev, b), v, "percent", src) for b, v in ends}
    if rise_range.low > 0:
        k = ("other_conversations_rise", year)
        source = _source(helpline, year, f"other conversations {year} less {year - 1}, from their whole-count ranges")
        for bound, value in (("low", rise_range.low), ("high", rise_range.high)):
            facts.add(keys.earlier(helpline, *k, bound), value, "count", source)
        rise = outward(helpline, year, k, rise_range, facts, "other conversations this year less the year before")
    # the change as a percentage, not a fraction (r21 TO #14); r53 (r52 TO #3): said beyond the Methods' limit
    return {
        "against_oldest": against_oldest(helpline, rows, year, other_now, facts),
        "corona_before": about[("corona_conversations", year - 1)],
        "corona_now": about[("corona_conversations", year)],
        "other_before": about[("other_conversations", year - 1)],
        "other_now": about[("other_conversations", year)],
        "corona_before_about": single[("corona_conversations", year - 1)],
        "corona_now_about": single[("corona_conversations", year)],
        "other_before_about": single[("other_conversations", year - 1)],
        "other_now_about": single[("other_conversations", year)],
        "other_rise": rise,
        "other_growth": g["middle"],
        "growth_range": {"low": g["low"], "high": g["high"]} if rise else None,  # the annex's (r54)
        "ranges": [
            {"measure": k[0], "year": str(k[1]), "low": r.low, "high": r.high}
            for k, r in sorted(ranges.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        ],
        "rise_range": {"low": rise_range.low, "high": rise_range.high} if rise else None,  # the annex's (r37)
        "other_rose": growth.low > 0,
        "other_growth_said": growth.low > LEVEL_PCT or growth.high < -LEVEL_PCT,
        "other_fell": growth.high < 0,
    }


def against_oldest(helpline: str, rows: pd.DataFrame, year: int, other_now: Interval, facts: FactSheet) -> dict | None:
    """This year's other conversations beside all conversations of the oldest year before the year before (r34 TO #1,
    2021 #2: the context of the estimated rise): "level" when every value the two ranges allow lies within
    ±LEVEL_PCT of each other (the one rule for 'op het niveau van'), else the two counts are said; None without that
    year's derived range and its 'ongeveer' count."""
    older = rows[rows["year"] < year - 1].sort_values("year")
    if older.empty:
        return None
    old = older.iloc[0]
    key = keys.earlier(helpline, "conversations", int(old.year), "about")
    if key not in facts:
        return None
    change = Interval((other_now.low / old.high - 1) * 100, (other_now.high / old.low - 1) * 100)
    source = _source(helpline, year, f"other conversations {year} / all conversations {int(old.year)} - 1, ranges")
    ends = [
        facts.add(keys.growth(helpline, "other_conversations_vs_all", int(old.year), b), round(v, 2), "percent", source)
        for b, v in (("low", change.low), ("high", change.high))
    ]
    return {"year": str(int(old.year)), "about": facts.get(key), "level": at_level(*ends)}


def at_level(low: float, high: float) -> bool:
    """A change known as a range (in %) keeps a count 'ongeveer evenveel' as the other: every value within ±LEVEL_PCT
    (the one rule, for the chapter and the summary: pipeline.helpline_messages)."""
    return -LEVEL_PCT <= low and high <= LEVEL_PCT
