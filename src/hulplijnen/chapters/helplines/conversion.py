"""Whether the calls that led to no conversation were the same rough fraction of the calls ('één op de vier') this
year and every earlier year (r31 TO #2), from the derived ranges of the calls and the conversations; and whether the
conversations stayed at the level of the year before, well above the oldest year (r31 TO #4), said by the chapter's
opening and the summary alike (talks_level, one rule). Rules only; the sentences are in text.md and the key messages,
every number a recorded fact. The source does not say what these calls were."""

from __future__ import annotations

import pandas as pd

from ...analysis import helplines as hl
from ...data.statements import ABOUT_THE_SAME_DECIMALS, about_the_same, far_apart
from ...facts import FactSheet, Source, keys
from ...maths.intervals import Interval
from ...presentation import fmt
from .channel_years import TOTAL
from .story import share_about, share_decimals, without_conversation
from .tables import ABOUT

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


def earlier_years(implied: pd.DataFrame, category: str, year: int) -> list[int]:
    """The years before ``year`` with derived ranges of both the calls and the conversations of a category."""
    return sorted(_ranges(implied, category, year))


def talks_level(figs: pd.DataFrame, year: int) -> dict | None:
    """The conversations stayed at the level of the year before, well above the oldest year (r31 TO #4): the one
    place this is decided, for the chapter's opening (history) and the summary's key message
    (pipeline.helpline_messages.other_conversations)."""
    return hl.stayed_at_level(figs, year, "conversations")


def channels(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, facts: FactSheet, labels: dict):
    """Per channel, the calls less the conversations as a share of its calls this year (the chapter's recorded share,
    story.without_conversation) and in the oldest year with both ranges (low and high ends recorded: an estimate), and
    whether that gap grew, shrank or stayed about the same (r33 TO #2; r36 TO #4: one measure in the paragraph, the
    gap, never its complement, a rate of calls that 'led to' a conversation): a change only where the ranges do not
    overlap and differ by more than what reads as about the same (data.statements.about_the_same, the one rule for two
    shares); the latest earlier year's gap the same way, where it is not the oldest year (r35 TO #1: chat's fall since
    the oldest year was there the year before; 'already' where that share is about this year's, by the same rule; not
    said where both read as about the same as this year's); empty without two channels."""
    out = []
    for channel, label in labels.items():
        calls, talks = f"calls_{channel}", f"conversations_{channel}"
        earlier = _ranges(implied, channel, year)
        if not (earlier and hl.has_figure(figs, calls) and hl.has_figure(figs, talks)):
            continue
        first, last = min(earlier), max(earlier)
        gap = f"{NO_CONVERSATION}_{channel}"
        value = hl.figure(figs, calls) - hl.figure(figs, talks)
        now = value / hl.figure(figs, calls) * 100  # as story.without_conversation records it
        before, old = _share_in(helpline, year, first, earlier[first], (gap, calls), facts)
        trend, previous = _trend(Interval(now - old.high, now - old.low)), None
        if last != first:
            previous, then = _share_in(helpline, year, last, earlier[last], (gap, calls), facts)
            previous["already"] = bool(about_the_same(Interval(now - then.high, now - then.low)))
            if trend == "same" and previous["already"]:
                previous = None  # about the same every year: nothing to add
        selection = f"({calls} - {talks}) / {calls} x 100"
        # r39 (r38 TO #4, #5, 2021 #2): every earlier year judged by the report's own rule (judged), latest first
        years = [_share_in(helpline, year, y, earlier[y], (gap, calls), facts) for y in sorted(earlier, reverse=True)]
        years = [(shown, _verdict(facts, (helpline, year), f"{gap}_{shown['year']}", now, iv)) for shown, iv in years]
        out.append(
            {
                "label": label,
                "year": str(first),
                "now": facts.add(
                    keys.share_of(helpline, gap, calls), now, "percent", _source(helpline, year, selection)
                ),
                "before": before["about"],
                "decimals": before["decimals"],
                "trend": trend,
                "previous": previous,
                "years": [{**shown, **verdict} for shown, verdict in years],
                # r47 (r46 2021 #7): the years whose share reads as about this year's, and those it is far from
                "alike": [shown["year"] for shown, verdict in years if verdict["trend"] == "same"][::-1],
                "far": [{**shown, **verdict} for shown, verdict in years if verdict["far"]],
            }
        )
    return out if len(out) > 1 else []


def judged(now: float, earlier: Interval) -> dict:
    """An exact share beside an earlier year's range (r39, r38 TO #5, 2021 #2): the report's rule for two shares
    (chapters.shared.checked.record_comparison, the annex's 'Wat „ongeveer even groot” betekent'): the difference
    overlapping zero is 'ongeveer even groot' (r40, r39 2021 #6: the rule's words); wholly on one side it is higher or
    lower ('hoger', 'lager'), 'iets' where it lies within what data.statements.about_the_same allows, 'veel' where it
    lies wholly beyond data.statements.far_apart's bound (r41, r40 TO #3: the rule's third step)."""
    change = Interval(now - earlier.high, now - earlier.low)
    if round(change.low, ABOUT_THE_SAME_DECIMALS) <= 0 <= round(change.high, ABOUT_THE_SAME_DECIMALS):  # as printed
        return {"trend": "same", "slight": False, "far": False}
    trend = "rose" if change.low > 0 else "fell"
    return {"trend": trend, "slight": bool(about_the_same(change)), "far": bool(far_apart(change))}


def _verdict(facts: FactSheet, report: tuple, key: str, now: float, earlier: Interval) -> dict:
    """judged, with its verdict recorded (1: within the rule's 'iets' bound): the annex then states the rule (r41)."""
    (helpline, year), said = report, judged(now, earlier)
    src = _source(helpline, year, f"{key}: the rule of report/methods.md on the difference from {now:.1f} %")
    small = int(said["trend"] == "same" or said["slight"])
    facts.add(keys.check_key(helpline, key, "about_same"), small, "verdict", src)
    return said


def _trend(change: Interval) -> str | None:
    """'same' where the change between two shares reads as about the same, else 'rose' or 'fell' where its whole range
    lies on one side of zero (data.statements.about_the_same, the one rule for two shares)."""
    return "same" if about_the_same(change) else "rose" if change.low > 0 else "fell" if change.high < 0 else None


def _share_in(helpline: str, year: int, y: int, ranges: tuple, measures: tuple, facts: FactSheet):
    """A channel's calls less its conversations as a share of its calls in an earlier year ``y``, from their derived
    ranges: both ends and the share as printed recorded (an estimate); with the range itself, for the rules."""
    (calls, talks), (gap_key, calls_key) = ranges, measures
    low, high = (1 - talks.high / calls.low) * 100, (1 - talks.low / calls.high) * 100
    src = _source(helpline, year, f"{gap_key} / {calls_key} x 100 in {y}, from the derived ranges of both counts")
    k = (helpline, gap_key, calls_key, y)
    facts.add(keys.share_of(*k, "low"), low, "percent", src)
    facts.add(keys.share_of(*k, "high"), high, "percent", src)
    shown = {
        "year": str(y),
        "about": facts.add(keys.share_of(*k), share_about(low, high), "percent", src),
        "decimals": share_decimals(low, high),
        "low": facts.get(keys.share_of(*k, "low")),
        "high": facts.get(keys.share_of(*k, "high")),
        "middle": facts.add(keys.share_of(*k, "middle"), (low + high) / 2, "percent", src),  # r47: the table's '≈'
    }
    return shown, Interval(low, high)


def history(
    helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, facts: FactSheet, labels: dict | None = None
) -> dict | None:
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
                "about": facts.add(keys.share_of(*k), share_about(low, high), "percent", src),
                "middle": facts.add(keys.share_of(*k, "middle"), (low + high) / 2, "percent", src),
                "decimals": share_decimals(low, high),
                **_verdict(facts, (helpline, year), f"{NO_CONVERSATION}_{y}", now, Interval(low, high)),
            }
        )
    # the same rough fraction every year, at both ends of every range ('zoals in 2019 en 2020 ongeveer één op de vier')
    fractions = {fmt.one_in(v / 100) for y in years for v in (y["low"], y["high"])} | {fmt.one_in(now / 100)}
    return {
        "years": years,
        "stable": bool(years) and len(fractions) == 1,
        "talks_level": talks_level(figs, year),
        "channels": channels(helpline, year, figs, implied, facts, labels or {}),
    }


# r47 (r46 2021 #7): below the counts, one row per channel, then the total; r48 (r47 TO #1, 2021 #7): between what
# r52 (r51 TO #7, #12): no calculator 'min', the dash of the table's other rows
GAP = "{} – verschil oproepen en gesprekken (% van de oproepen)"  # r49 (r48 TO #9): one form, the annex's too


def with_gaps(table_: pd.DataFrame, conv: dict | None, without: dict | None, year: int) -> pd.DataFrame:
    """r47 (r46 2021 #7): the calls less the conversations as a share of the calls, per channel and in all, as rows of
    the table of the years (the chapter's two paragraphs of twelve percentages): this year's exact, an earlier year's
    the middle of its derived range ('≈', its range in the annex's table); ``conv['in_table']`` says the rows are
    there. The table unchanged without the shares per channel."""
    if table_.empty or not (conv and conv["channels"] and without and without["channels"]):
        return table_
    now = {c["label"]: c["share"] for c in without["channels"]}
    rows = []
    for label, years, share in [
        *((c["label"], c["years"], now[c["label"]]) for c in conv["channels"]),
        (TOTAL, conv["years"], without["share"]),
    ]:
        line = {"Cijfer": GAP.format(label), **{y["year"]: f"{ABOUT}{fmt.pct(y['middle'], 1)}" for y in years}}
        rows.append({**line, str(year): fmt.pct(share, 1)})
    conv["in_table"] = True
    return pd.concat([table_, pd.DataFrame(rows)], ignore_index=True).fillna("")


def gaps(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, facts: FactSheet, labels: dict, table_):
    """The chapter's calls less conversations (story.without_conversation), their history, and the table of the years
    with their shares per channel (with_gaps)."""
    without = without_conversation(helpline, year, figs, facts, labels)
    conv = history(helpline, year, figs, implied, facts, labels)
    return without, conv, with_gaps(table_, conv, without, year)
