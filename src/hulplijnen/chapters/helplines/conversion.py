"""Whether the calls that led to no conversation were the same rough fraction of the calls ('één op de vier') this
year and every earlier year (r31 TO #2), from the derived ranges of the calls and the conversations; and whether the
conversations stayed at the level of the year before, well above the oldest year (r31 TO #4), said by the chapter's
opening and the summary alike (talks_level, one rule). Rules only; the sentences are in text.md and the key messages,
every number a recorded fact. The source does not say what these calls were."""

from __future__ import annotations

import pandas as pd

from ...analysis import helplines as hl
from ...facts import FactSheet, Source, keys
from ...presentation import fmt

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


def talks_level(figs: pd.DataFrame, year: int) -> dict | None:
    """The conversations stayed at the level of the year before, well above the oldest year (r31 TO #4): the one
    place this is decided, for the chapter's opening (history) and the summary's key message
    (pipeline.helpline_messages.other_conversations)."""
    return hl.stayed_at_level(figs, year, "conversations")


def history(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, facts: FactSheet) -> dict | None:
    """The earlier years whose calls without a conversation were the same rough fraction of the calls as this year's
    (both ends of every year's range recorded: the summary says the same), and talks_level; None unless the helpline
    counts both calls and conversations this year."""
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
            }
        )
    # the same rough fraction every year, at both ends of every range ('zoals in 2019 en 2020 ongeveer één op de vier')
    fractions = {fmt.one_in(v / 100) for y in years for v in (y["low"], y["high"])} | {fmt.one_in(now / 100)}
    return {
        "years": years,
        "stable": bool(years) and len(fractions) == 1,
        "talks_level": talks_level(figs, year),
    }
