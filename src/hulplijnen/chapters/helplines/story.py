"""What a helpline's year means, for the text of its profile: the calls that led to no conversation, the share of
each channel's calls that became a conversation over the years, how the year compares with the years before, and
each earlier year as a round figure. Rules only; the sentences are in text.md, every number a recorded fact."""

from __future__ import annotations

import math

import pandas as pd

from ...analysis import helplines as hl
from ...facts import FactSheet, Source, keys
from ...maths.intervals import Interval, about_count, roundest, rounding_interval
from .corona import corona_split

LEVEL_PCT = hl.LEVEL_PCT  # a change within it (whatever its rounding allows): "op het niveau van" that year
NO_CONVERSATION = "calls_without_conversation"


def _source(helpline: str, year: int, selection: str) -> Source:
    return Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", selection)


def without_conversation(helpline: str, year: int, figs: pd.DataFrame, facts: FactSheet, labels: dict) -> dict | None:
    """The calls that led to no conversation (calls less conversations), in all and per channel; None unless the
    helpline counts both. The source does not say what these calls were: the text says so, never 'unanswered'."""
    if not (hl.has_figure(figs, "calls") and hl.has_figure(figs, "conversations")):
        return None
    count = hl.figure(figs, "calls") - hl.figure(figs, "conversations")
    total = facts.add(keys.total(helpline, NO_CONVERSATION), count, "count", _source(helpline, year, "calls - conv."))
    share = facts.add(
        keys.share_of(helpline, NO_CONVERSATION, "calls"),
        count / hl.figure(figs, "calls") * 100,
        "percent",
        _source(helpline, year, "(calls - conversations) / calls x 100"),
    )
    channels = []
    for channel, label in labels.items():
        calls, talks = f"calls_{channel}", f"conversations_{channel}"
        if hl.has_figure(figs, calls) and hl.has_figure(figs, talks):
            value = hl.figure(figs, calls) - hl.figure(figs, talks)
            selection = f"{calls} - {talks}"
            recorded = facts.add(
                keys.channel_count(helpline, channel, NO_CONVERSATION),
                value,
                "count",
                _source(helpline, year, selection),
            )
            # r33 TO #2: the gap as a share of the channel's own calls (channels of different size compare)
            share_of = facts.add(
                keys.share_of(helpline, f"{NO_CONVERSATION}_{channel}", calls),
                value / hl.figure(figs, calls) * 100,
                "percent",
                _source(helpline, year, f"({selection}) / {calls} x 100"),
            )
            channels.append({"label": label, "count": recorded, "share": share_of})
    channels.sort(key=lambda c: -c["count"])
    facts.add(
        keys.total(helpline, f"{NO_CONVERSATION}_rounded"),
        two_figures(count),
        "count",
        _source(helpline, year, "calls - conversations, to two significant figures (the summary's)"),
    )
    return {"count": total, "share": share, "channels": channels if len(channels) > 1 else []}


def two_figures(count: float) -> int:
    """A computed count as the summary rounds it: to two significant figures (32.988: 33.000)."""
    step = 10 ** max(len(str(int(abs(count)))) - 2, 0)
    return int(round(count / step) * step)


def share_decimals(low: float, high: float) -> int:
    """How many decimals a derived share is printed with, by one rule: one where every value its range allows rounds
    to the same one-decimal value (the decimal is then what the counts say), else none. A range a tenth wide that
    straddles a rounding boundary (75,09 to 75,21) pins no decimal: '75,2 %' would claim what the rounded inputs do
    not carry (r19 TO #3)."""
    return 1 if _tenths(low) == _tenths(high) else 0


def _tenths(value: float) -> int:
    """A share rounded half up to tenths of a percent, as a whole number of tenths."""
    return math.floor(value * 10 + 0.5)


def share_about(low: float, high: float) -> float:
    """A derived share as the chapter prints it: the one-decimal value its whole range rounds to, else the roundest
    whole percent the range allows (the nearest whole percent to its middle where it holds none)."""
    return _tenths(low) / 10 if share_decimals(low, high) else roundest(low, high)


def groups(shown: list[dict]) -> list[dict]:
    """Consecutive years whose share prints the same at one decimal, said once ('74,4 % in 2020 en in 2021'): a
    printed difference the counts do not carry is not suggested."""

    def printed(y: dict) -> float:
        return round(float(y["low"] if y["exact"] else y["about"]), 1)

    out: list[dict] = []
    for y in shown:
        last = out[-1] if out else None
        if last and y["decimals"] == 1 == last["share"]["decimals"] and printed(y) == printed(last["share"]):
            last["years"].append(y["year"])
            last["exact"] = last["exact"] or y["exact"]
        else:
            out.append({"share": y, "years": [y["year"]], "exact": y["exact"]})
    return out


def meaning(
    helpline: str, year: int, figs: pd.DataFrame, main: str, facts: FactSheet, implied: pd.DataFrame | None = None
) -> dict | None:
    """What the year means: the main count against the year before (about the same level, or not) and the oldest
    year compared, and the subject share that moved (corona) over the same time; None without a change against the
    year before."""
    stated = figs[(figs["measure"] == main) & (figs["category"] == "all") & (figs["unit"] == "pct_change")]
    previous = stated[stated["reference_year"] == year - 1]
    if previous.empty:
        return None
    prev = previous.iloc[0]
    allowed = rounding_interval(prev.value, int(prev.decimals))
    oldest = stated.sort_values("reference_year").iloc[0]
    change = hl.corona_change(figs, year)  # the share's rows, ranges and whether it fell (far): analysis, once
    shares = None
    if change:
        a, b = change["now_range"], change["before_range"]
        fractions = (Interval(a.low / 100, a.high / 100), Interval(b.low / 100, b.high / 100))
        selection = f"corona_share {year} - corona_share {year - 1}: the roundest whole number the rounding allows"
        points = facts.add(
            keys.points_since(helpline, "corona_share", year - 1),
            abs(roundest(a.low - b.high, a.high - b.low)),
            "percent",
            _source(helpline, year, selection),
        )
        shares = {
            "points": points,
            "now": facts.get(keys.fact_key(helpline, change["now"])[0]),
            "before": facts.get(keys.fact_key(helpline, change["before"])[0]),
            "fell": change["fell"],
            "far": change["far"],  # r53 (r52 TO #1): the Methods' 'veel' (said only where it fell: paragraphs.md)
            "split": None if implied is None else corona_split(helpline, year, figs, implied, fractions, facts),
        }
    side = hl.direction(allowed)  # r47 (r46 TO #1): 'iets minder' where the change is one-sided; the Methods say so
    src = _source(helpline, year, f"{main} {year} against {year - 1}: the side of zero its rounding range lies on")
    facts.add(
        keys.check_key(helpline, f"{main}_{year - 1}", "direction"),
        {"fell": -1, "rose": 1}.get(side, 0),
        "verdict",
        src,
    )
    return {
        "level": -LEVEL_PCT <= allowed.low and allowed.high <= LEVEL_PCT,
        "direction": side,
        "previous": str(year - 1),
        "change": facts.get(keys.fact_key(helpline, prev)[0]),
        "change_rounded": int(prev.decimals) > 0,
        "oldest": None
        if int(oldest.reference_year) == year - 1
        else {
            "year": str(int(oldest.reference_year)),
            "value": facts.get(keys.fact_key(helpline, oldest)[0]),
            "rounded": int(oldest.decimals) > 0,
        },
        "corona": shares,
        "high_level": hl.stayed_at_level(figs, year, main),
    }


def about(helpline: str, year: int, measure: str, earlier: int, low: float, high: float, facts: FactSheet):
    """An earlier year's total as the chapter prints it: its range as every "ongeveer" count (about_count), recorded."""
    source = _source(helpline, year, f"{measure} {earlier}: about_count of its derived range")
    return facts.add(keys.earlier(helpline, measure, earlier, "about"), about_count(low, high), "count", source)
