"""Reachability from what the sources state: answered per attempt against callers eventually
reached under explicit assumptions (always a range, never one number), the gap between demand and
capacity, the peak against the months before it, and the dated capacity measures."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ...maths.intervals import Interval, rounding_interval


def stated_range(figures: pd.DataFrame, measure: str, category: str, widen: bool = False) -> Interval:
    """The range a source states with two figures ('tussen de 40 en 45 %', '3 à 4 pogingen'):
    from the smallest to the largest stated value; ``widen`` adds the rounding of each end."""
    rows = figures[
        (figures["measure"] == measure) & (figures["category"] == category) & figures["reference_year"].isna()
    ]
    if rows.empty:
        raise KeyError(f"no key figures for {measure} / {category}")
    if not widen:
        return Interval(float(rows["value"].min()), float(rows["value"].max()))
    bands = [rounding_interval(float(r.value), int(r.decimals)) for r in rows.itertuples()]
    return Interval(min(b.low for b in bands), max(b.high for b in bands))


@dataclass(frozen=True)
class Reachability:
    """What an answer rate per attempt (``per_attempt``, share 0-1) and the attempts a caller makes
    (``attempts``) imply, under each assumption separately.

    - ``reached_if_independent``: every caller makes ``attempts`` tries unless answered earlier, each
      answered independently with the same chance: 1 - (1 - p)^k.
    - ``reached_if_all_fail_together``: a caller's attempts succeed or fail together (busy periods):
      the share reached equals the per-attempt rate.
    - ``reached_range``: from the second to the first; the truth lies between them when attempts are
      positively correlated.
    - ``reached_if_one_answer_per_caller``: attempts averaged over every caller, and nobody calls again
      after being answered: answered / callers = p x attempts. Above 1 means the stated figures cannot
      both hold as averages over the same callers and period (``accounting_consistent`` False).
    - ``attempts_if_independent``: the mean attempts of a caller who retries until answered
      (1 / p); ``attempts_consistent_with_independence`` says whether that meets the stated attempts.
    - ``unanswered_per_answered`` and ``offered_per_answered``: the gap between demand and capacity
      per answered call."""

    per_attempt: Interval
    attempts: Interval
    reached_if_independent: Interval
    reached_if_all_fail_together: Interval
    reached_range: Interval
    reached_if_one_answer_per_caller: Interval
    accounting_consistent: bool
    attempts_if_independent: Interval
    attempts_consistent_with_independence: bool
    unanswered_per_answered: Interval
    offered_per_answered: Interval


def reachability(per_attempt: Interval, attempts: Interval) -> Reachability:
    p, k = per_attempt, attempts
    if not (0 < p.low <= p.high <= 1) or k.low < 1:
        raise ValueError("the answer rate must lie in (0, 1] and a caller makes at least one attempt")
    independent = Interval(1 - (1 - p.low) ** k.low, 1 - (1 - p.high) ** k.high)
    together = Interval(p.low, p.high)
    accounting = Interval(p.low * k.low, p.high * k.high)
    mean_attempts = Interval(1 / p.high, 1 / p.low)
    return Reachability(
        per_attempt=p,
        attempts=k,
        reached_if_independent=independent,
        reached_if_all_fail_together=together,
        reached_range=Interval(together.low, independent.high),
        reached_if_one_answer_per_caller=accounting,
        accounting_consistent=accounting.low <= 1,
        attempts_if_independent=mean_attempts,
        attempts_consistent_with_independence=mean_attempts.overlaps(k),
        unanswered_per_answered=Interval((1 - p.high) / p.high, (1 - p.low) / p.low),
        offered_per_answered=mean_attempts,
    )


@dataclass(frozen=True)
class ImpliedDemand:
    """Attempts offered and left unanswered, implied by ``answered`` calls and a per-attempt rate,
    assuming the registered phone contacts of the period are the answered calls."""

    answered: int
    offered: Interval
    unanswered: Interval


def implied_demand(answered: int, per_attempt: Interval) -> ImpliedDemand:
    offered = Interval(answered / per_attempt.high, answered / per_attempt.low)
    return ImpliedDemand(answered, offered, Interval(offered.low - answered, offered.high - answered))


def rounded_outward(interval: Interval) -> Interval:
    """A derived estimate as precisely as it can carry: its ends rounded outward to two significant digits of the
    lower end (4.053 to 4.560 becomes 4.000 to 4.600, 2.229 to 2.736 becomes 2.200 to 2.800), so the rounded range
    still holds the exact one."""
    step = 10 ** max(0, math.floor(math.log10(max(interval.low, 1))) - 1)
    return Interval(math.floor(interval.low / step) * step, math.ceil(interval.high / step) * step)


def total_between(contacts: pd.DataFrame, start: pd.Period, end: pd.Period, channel: str | None = None) -> int:
    """Contacts from month ``start`` to ``end`` (inclusive), for one channel or all; a missing cell
    in the window is an error (missing is not zero)."""
    months = pd.PeriodIndex(contacts["month"], freq="M")
    rows = contacts[(months >= start) & (months <= end)]
    if channel is not None:
        rows = rows[rows["channel"] == channel]
    if rows.empty or rows["contacts"].isna().any():
        raise ValueError(f"no complete counts from {start} to {end}")
    return int(rows["contacts"].sum())


def year_total(contacts: pd.DataFrame | None, year: int, channel: str) -> int | None:
    """The contacts of one channel over the twelve months of ``year``; None without a table or with a month
    missing (missing is not zero)."""
    if contacts is None:
        return None
    try:
        return total_between(contacts, pd.Period(f"{year}-01", "M"), pd.Period(f"{year}-12", "M"), channel)
    except ValueError:
        return None


@dataclass(frozen=True)
class PeakComparison:
    """The months of a stated peak against the months before it in the same series."""

    window: tuple[pd.Period, pd.Period]
    window_mean: float
    baseline_mean: float
    baseline_months: int
    window_vs_baseline_pct: float
    peak_month: pd.Period
    peak_value: float
    peak_vs_baseline_pct: float
    # r34a (2020 #2): the window's busiest month is the whole series' busiest (the peak month is the maximum), and
    # every month after it stayed above every month before the window ('bleef daarna hoger')
    peak_is_series_max: bool = False
    stayed_higher: bool = False
    # r39 (r38 2020 #2): the months after the window (their first and last, their mean, against the baseline's)
    after: tuple[pd.Period, pd.Period] | None = None
    after_mean: float | None = None
    after_vs_baseline_pct: float | None = None


def peak_against_baseline(monthly: pd.Series, start: pd.Period, end: pd.Period) -> PeakComparison:
    """``monthly`` has a monthly PeriodIndex; the baseline is every month of the series before ``start``."""
    window = monthly[(monthly.index >= start) & (monthly.index <= end)]
    before = monthly[monthly.index < start]
    if window.empty or before.empty or window.isna().any() or before.isna().any():
        raise ValueError(f"the series needs complete months in and before {start}-{end}")
    base = float(before.mean())
    peak = window.idxmax()
    later = monthly[monthly.index > end]
    later = None if later.empty or later.isna().any() else later
    return PeakComparison(
        (start, end),
        float(window.mean()),
        base,
        len(before),
        (float(window.mean()) / base - 1) * 100,
        peak,
        float(window[peak]),
        (float(window[peak]) / base - 1) * 100,
        bool(monthly.max() == window[peak]),
        bool(len(after := monthly[monthly.index > peak]) and after.isna().sum() == 0 and after.min() > before.max()),
        None if later is None else (later.index[0], later.index[-1]),
        None if later is None else float(later.mean()),
        None if later is None else (float(later.mean()) / base - 1) * 100,
    )


def timeline(events: pd.DataFrame, helpline: str, kinds: tuple[str, ...]) -> pd.DataFrame:
    """The helpline's events of the given kinds, by earliest start: dates with their precision and
    whether the end is open (a measure still running or with no stated end)."""
    rows = events[(events["helpline"] == helpline) & events["kind"].isin(kinds)].copy()
    rows["open_end"] = rows["end_latest"].isna()
    cols = [
        "event_id",
        "kind",
        "name_nl",
        "start_earliest",
        "start_latest",
        "start_precision",
        "end_earliest",
        "end_latest",
        "end_precision",
        "open_end",
        "evaluation",
        "status",
    ]
    cols += ["locator"] if "locator" in rows else []  # where the source says it: the question or the answer
    cols += ["before_nl"] if "before_nl" in rows else []  # what was possible before a measure (r37, r36 2020 #2)
    cols += ["short_nl"] if "short_nl" in rows else []  # the chat said alone in one sentence (r48, r47 2020 #6)
    return rows.sort_values(["start_earliest", "event_id"])[cols].reset_index(drop=True)


def fields_with_status(fields: pd.DataFrame, helpline: str, year: int, status: str) -> pd.DataFrame:
    """Registration fields whose stated status covers ``year`` (e.g. 'not_recorded': call_time)."""
    rows = fields[
        (fields["helpline"] == helpline)
        & (fields["status"] == status)
        & (fields["first_year"] <= year)
        & (fields["last_year"] >= year)
    ]
    return rows.reset_index(drop=True)
