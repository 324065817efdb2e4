"""How many calls became a conversation, over the years and per channel (r31 TO #2, #8): the share of the calls that
led to no conversation in each earlier year (from the derived ranges of the calls and the conversations), whether it
was the same rough fraction ('één op de vier') every year, and per channel the share of this year's calls without a
conversation and the share that became one, this year and in the oldest year compared. Rules only; the sentences are
in text.md and the key messages, every number a recorded fact. The source does not say what these calls were."""

from __future__ import annotations

import pandas as pd

from ...analysis import helplines as hl
from ...facts import FactSheet, Source, keys
from ...maths.intervals import roundest
from ...presentation import fmt
from .channel_years import share_of

NO_CONVERSATION = "calls_without_conversation"
MEASURES = ("calls", "conversations")


def _source(helpline: str, year: int, selection: str) -> Source:
    return Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", selection)


def _ranges(implied: pd.DataFrame, category: str, year: int) -> dict[int, tuple]:
    """Per year before ``year``, the derived ranges of the calls and the conversations of a category (both known)."""
    rows = implied[implied["preferred"] & (implied["category"] == category) & (implied["year"].astype(int) < year)]
    out = {}
    for y in sorted(set(rows["year"].astype(int))):
        calls, talks = (rows[(rows["year"].astype(int) == y) & (rows["measure"] == m)] for m in MEASURES)
        if not calls.empty and not talks.empty:
            out[y] = (calls.iloc[0], talks.iloc[0])
    return out


def history(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, labels: dict, facts: FactSheet):
    """The calls without a conversation as a share of the calls, this year and each earlier year, and per channel;
    None unless the helpline counts both calls and conversations this year."""
    if not (hl.has_figure(figs, "calls") and hl.has_figure(figs, "conversations")):
        return None
    now = (hl.figure(figs, "calls") - hl.figure(figs, "conversations")) / hl.figure(figs, "calls") * 100
    years = []
    for y, (calls, talks) in _ranges(implied, "all", year).items():
        low, high = (1 - talks.high / calls.low) * 100, (1 - talks.low / calls.high) * 100
        src = _source(helpline, year, f"(calls - conversations) / calls x 100 in {y}, from their derived ranges")
        k = (helpline, NO_CONVERSATION, "calls", y)
        years.append(
            {
                "year": str(y),
                "low": facts.add(keys.share_of(*k, "low"), low, "percent", src),
                "high": facts.add(keys.share_of(*k, "high"), high, "percent", src),
                "about": facts.add(keys.share_of(*k), roundest(low, high), "percent", src),
            }
        )
    # the same rough fraction every year, at both ends of every range ('zoals in 2019 en 2020 ongeveer één op de vier')
    fractions = {fmt.one_in(v / 100) for y in years for v in (y["low"], y["high"])} | {fmt.one_in(now / 100)}
    channels = _channels(helpline, year, figs, implied, labels, facts)
    return {
        "years": years,
        "stable": bool(years) and len(fractions) == 1,
        "channels": channels,
        # the channel whose calls became a conversation more often since the oldest year first (r31 TO #8: chat)
        "by_gain": sorted(channels, key=lambda c: -(c["converted"] - (c["before"] or 0)))
        if all(c["before"] is not None for c in channels)
        else [],
        # the conversations stayed at the level of the year before, well above the oldest year (r31 TO #4)
        "talks_level": hl.stayed_at_level(figs, year, "conversations"),
    }


def _channels(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, labels: dict, facts: FactSheet):
    """Per channel with both counts published: the share of its calls without a conversation this year, the share
    that became one this year and in the oldest earlier year with both ranges; most calls without one first."""
    out = []
    for channel, label in labels.items():
        calls, talks = f"calls_{channel}", f"conversations_{channel}"
        if not (hl.has_figure(figs, calls) and hl.has_figure(figs, talks)):
            continue
        c, t = hl.figure(figs, calls), hl.figure(figs, talks)
        without = facts.add(
            keys.share_of(helpline, f"{NO_CONVERSATION}_{channel}", calls),
            (c - t) / c * 100,
            "percent",
            _source(helpline, year, f"({calls} - {talks}) / {calls} x 100"),
        )
        converted = share_of(helpline, year, talks, calls, figs, facts)
        earlier = _ranges(implied, channel, year)
        first = min(earlier) if earlier else None
        before = None
        if first is not None:
            r_calls, r_talks = earlier[first]
            selection = f"{talks} / {calls} x 100 in {first}, from their derived ranges: the roundest whole percent"
            before = facts.add(
                keys.share_of(helpline, talks, calls, first),
                roundest(r_talks.low / r_calls.high * 100, r_talks.high / r_calls.low * 100),
                "percent",
                _source(helpline, year, selection),
            )
        out.append(
            {
                "label": label,
                "without": without,
                "converted": converted,
                "before": before,
                "first": None if first is None else str(first),
            }
        )
    out.sort(key=lambda c: -c["without"])
    return out if len(out) > 1 else []
