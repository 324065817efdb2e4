"""Statements a source makes, checked against exact figures: shares, 'one in n', changes, and an
earlier exact share set against a later rounded one. Every check returns a typed result with the
computed value, the published value, the interval the published figure allows and a verdict."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

import pandas as pd

from ..maths.intervals import Interval, decimal_phrase, one_in_n_holds, rounding_interval


@dataclass(frozen=True)
class StatementCheck:
    """``value`` is computed from exact figures (percent, 'n' of one in n, or percent change);
    ``interval`` holds every true value the published figure allows; ``holds`` is the verdict."""

    value: float
    published: float
    interval: Interval
    holds: bool
    part: float | None = None
    whole: float | None = None
    complete: bool = True  # False: the table leaves cells of the stated category empty


def share_check(part: float, whole: float, published: float, decimals: int, qualifier: str) -> StatementCheck:
    """A published percentage (e.g. 'meer dan 91 %') against part / whole."""
    if whole <= 0:
        raise ValueError("a share needs a positive whole")
    value = part / whole * 100
    interval = rounding_interval(published, decimals, qualifier)
    return StatementCheck(value, published, interval, interval.contains(value), part, whole)


def one_in_n_interval(n: float, qualifier: str) -> Interval:
    """The values of whole / part that 'one in n' allows: 'almost' one in n is a share of 80-100 % of
    1/n; 'one in ten' a share of 10 % with one significant digit; otherwise n is rounded to a whole number."""
    if qualifier == "almost":
        return Interval(n, n / 0.8)
    if decimal_phrase(n):  # 'one in ten': a share of 5 % to 15 % (one significant digit)
        return Interval(n / 1.5, n / 0.5)
    return Interval(n - 0.5, n + 0.5)


def one_in_n_check(part: float, whole: float, n: float, qualifier: str) -> StatementCheck:
    """'één op de n' against part / whole; ``value`` is whole / part."""
    if part <= 0 or whole <= 0:
        raise ValueError("'one in n' needs a positive part and whole")
    value = whole / part
    return StatementCheck(
        value, n, one_in_n_interval(n, qualifier), one_in_n_holds(part / whole, n, qualifier), part, whole
    )


def change_check(
    current: float, base: float, published_pct: float, decimals: int, qualifier: str = "rounded"
) -> StatementCheck:
    """A published percentage change (e.g. '+6 %') against the exact change from ``base`` to ``current``."""
    if base <= 0:
        raise ValueError("a change needs a positive base")
    value = (current / base - 1) * 100
    interval = rounding_interval(published_pct, decimals, qualifier)
    return StatementCheck(value, published_pct, interval, interval.contains(value), current, base)


# A later rounded share whose difference from an earlier exact share lies, at both ends of what the rounding
# allows, within this many percentage points either way is a small difference: 'ongeveer even groot' with
# its size in whole points (the range lies on one side of zero, or the earlier share would be within the rounding;
# docs: report/methods.md).
ABOUT_THE_SAME_POINTS = 2.0
# The report prints such a difference with one decimal; the rule is judged on what the reader sees, bound included
# (a range printed as '-2,0 to -1,0' is within 2 points, even when its exact low end is -2,02).
ABOUT_THE_SAME_DECIMALS = 1
# r41 (r40 TO #3): the rule's third step: a difference whose whole range, as printed, lies more than this many
# percentage points away from zero is a large one, 'veel lager' or 'veel hoger' (docs: report/methods.md).
FAR_APART_POINTS = 5.0


def about_the_same(change: Interval) -> bool:
    """A difference between two shares (percentage points, the range the rounding allows) that lies wholly
    within ``ABOUT_THE_SAME_POINTS`` either way, as printed (``ABOUT_THE_SAME_DECIMALS``) and bound included:
    a small difference, written 'ongeveer even groot (1 tot 2 procentpunten lager)' when the whole range lies on
    one side of zero, never a plain 'lager' or 'hoger', nor 'too small to call a decrease'."""
    low, high = (round(v, ABOUT_THE_SAME_DECIMALS) for v in (change.low, change.high))
    return -ABOUT_THE_SAME_POINTS <= low and high <= ABOUT_THE_SAME_POINTS


def far_apart(change: Interval) -> bool:
    """A difference between two shares (percentage points, the range the rounding allows) whose whole range, as
    printed (``ABOUT_THE_SAME_DECIMALS``), lies more than ``FAR_APART_POINTS`` away from zero: the rule's third step,
    'veel lager' or 'veel hoger' ('veel minder', 'veel meer'; r41, r40 TO #3; docs: report/methods.md)."""
    low, high = (round(v, ABOUT_THE_SAME_DECIMALS) for v in (change.low, change.high))
    return low > FAR_APART_POINTS or high < -FAR_APART_POINTS


@dataclass(frozen=True)
class RoundedComparison:
    """An exact share of an earlier year next to a later year's rounded share.

    ``within`` is True when the earlier share lies inside what the later figure allows: then the
    published figures show no change. ``change`` is the range of later minus earlier (percentage
    points) that the rounding allows. ``about_same`` is True when that whole range lies within
    ``ABOUT_THE_SAME_POINTS`` either way: the report then says 'ongeveer even groot' with how much lower or higher
    the rounding allows, not a plain 'lager' or 'hoger'."""

    earlier: float
    published: float
    interval: Interval
    within: bool
    change: Interval
    part: float
    whole: float

    @property
    def about_same(self) -> bool:
        return about_the_same(self.change)

    @property
    def points(self) -> float:
        """The size of the difference the published figure shows: |published - earlier| (percentage points)."""
        return abs(self.published - self.earlier)


def compare_with_rounded(
    earlier_part: float, earlier_whole: float, published: float, decimals: int, qualifier: str = "rounded"
) -> RoundedComparison:
    if earlier_whole <= 0:
        raise ValueError("a share needs a positive whole")
    earlier = earlier_part / earlier_whole * 100
    interval = rounding_interval(published, decimals, qualifier)
    change = Interval(interval.low - earlier, interval.high - earlier)
    return RoundedComparison(
        earlier, published, interval, interval.contains(earlier), change, earlier_part, earlier_whole
    )


def codes_of(category: str, codes: pd.DataFrame) -> list[str]:
    """Contact-person codes a stated category refers to: a code, a group, or victim-side family."""
    if category in set(codes["code"]):
        return [category]
    if category in set(codes["group"]):
        return list(codes.loc[codes["group"] == category, "code"])
    if category == "other_family":
        return list(codes.loc[(codes["group"] == "victim_environment") & (codes["role"] == "family"), "code"])
    raise KeyError(f"unknown contact-person category '{category}'")


def contact_person_checks(
    figures: pd.DataFrame, people: pd.DataFrame, codes: pd.DataFrame, total: float | None
) -> dict[str, StatementCheck]:
    """Every contact-person statement of a year's key figures (counts, shares of all contacts, 'one in
    n') against the contact-person table, keyed by the figure's key: the one implementation behind both
    the validation (data.reconcile) and the contact-persons chapter. Where the table leaves cells of a
    category empty (``complete`` is False), a share uses the count the prose states, and a stated count
    holds when it is at least the filled cells. Shares of a subset (base other than all contacts) are
    left out: the table cannot check them. A share or 'one in n' whose category has no contacts in a
    complete table does not hold (it is reported, not raised); over empty cells with no stated count,
    or against a table without contacts or an unknown ``total`` (None: missing is not zero), it is left out."""
    measures = ["contact_person", "contact_person_share", "contact_person_group", "contact_person_group_share"]
    of_all = figures["base"].isna() | (figures["base"] == "contacts")
    rows = figures[figures["measure"].isin(measures) & figures["reference_year"].isna() & of_all]
    out: dict[str, StatementCheck] = {}
    for fig in rows.itertuples():
        cells = people.loc[people["code"].isin(codes_of(fig.category, codes)), "contacts"]
        filled, complete = float(cells.dropna().sum()), not cells.isna().any()
        if fig.unit == "count":
            holds = filled == fig.value if complete else filled <= fig.value
            value = float(fig.value)
            out[fig.key] = StatementCheck(filled, value, Interval(value, value), holds, filled, total, complete)
            continue
        if fig.unit not in ("one_in_n", "percent"):
            continue
        part = filled if complete else _stated_count(rows, fig)
        if part is None or total is None or total <= 0:  # no count, an unknown total, or no contacts at all
            continue
        if fig.unit == "one_in_n":
            check = _one_in_n_or_none(part, total, float(fig.value), fig.qualifier)
        else:
            check = share_check(part, total, float(fig.value), int(fig.decimals), fig.qualifier)
        out[fig.key] = replace(check, complete=complete)
    return out


def _stated_count(rows: pd.DataFrame, fig) -> float | None:
    """The count the prose states for the category of a share statement, if it states exactly one."""
    stated = rows[
        (rows["measure"] == fig.measure.removesuffix("_share"))
        & (rows["category"] == fig.category)
        & (rows["unit"] == "count")
    ]
    return float(stated["value"].iloc[0]) if len(stated) == 1 else None


def _one_in_n_or_none(part: float, whole: float, n: float, qualifier: str) -> StatementCheck:
    """'one in n' of no contacts does not hold."""
    if part > 0:
        return one_in_n_check(part, whole, n, qualifier)
    return StatementCheck(math.inf, n, one_in_n_interval(n, qualifier), False, part, whole)


def change_checks(
    figures: pd.DataFrame, current: float, exact_by_year: Mapping[int, float], measure: str, category: str = "all"
) -> dict[str, StatementCheck]:
    """Every stated percentage change of ``measure`` against a year whose value is known exactly."""
    rows = figures[
        (figures["measure"] == measure)
        & (figures["category"] == category)
        & (figures["unit"] == "pct_change")
        & figures["reference_year"].notna()
    ]
    return {
        r.key: change_check(current, exact_by_year[int(r.reference_year)], float(r.value), int(r.decimals), r.qualifier)
        for r in rows.itertuples()
        if int(r.reference_year) in exact_by_year
    }


def share_value_checks(
    figures: pd.DataFrame, year: int, exact_shares: pd.DataFrame, measure: str, key_column: str
) -> dict[str, StatementCheck]:
    """Stated shares ('percent' or 'one in n') of ``measure`` for ``year`` or an earlier year (by
    reference_year) against exact shares: ``exact_shares`` has columns year, ``key_column`` and
    low == high (percent), as ``series.channel_share_series`` gives them."""
    exact = exact_shares[exact_shares["exact"]].set_index(["year", key_column])["low"]
    out: dict[str, StatementCheck] = {}
    for r in figures[figures["measure"] == measure].itertuples():
        target = year if pd.isna(r.reference_year) else int(r.reference_year)
        if (target, r.category) not in exact.index:
            continue
        share = float(exact[(target, r.category)])
        if r.unit == "percent":
            out[r.key] = share_check(share, 100.0, float(r.value), int(r.decimals), r.qualifier)
        elif r.unit == "one_in_n":
            out[r.key] = one_in_n_check(share, 100.0, float(r.value), r.qualifier)
    return out
