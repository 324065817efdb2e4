"""Statements a source makes, checked against exact figures: shares, 'one in n', changes, and an
earlier exact share set against a later rounded one. Every check returns a typed result with the
computed value, the published value, the interval the published figure allows and a verdict."""

from __future__ import annotations

from dataclasses import dataclass

from .rounding import Interval, one_in_n_holds, rounding_interval


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


def share_check(part: float, whole: float, published: float, decimals: int, qualifier: str) -> StatementCheck:
    """A published percentage (e.g. 'meer dan 91 %') against part / whole."""
    if whole <= 0:
        raise ValueError("a share needs a positive whole")
    value = part / whole * 100
    interval = rounding_interval(published, decimals, qualifier)
    return StatementCheck(value, published, interval, interval.contains(value), part, whole)


def one_in_n_interval(n: float, qualifier: str) -> Interval:
    """The values of whole / part that 'one in n' allows: 'almost' one in n is a share of 80-100 % of
    1/n; otherwise n is rounded to a whole number."""
    if qualifier == "almost":
        return Interval(n, n / 0.8)
    return Interval(n - 0.5, n + 0.5)


def one_in_n_check(part: float, whole: float, n: float, qualifier: str) -> StatementCheck:
    """'één op de n' against part / whole; ``value`` is whole / part."""
    if part <= 0 or whole <= 0:
        raise ValueError("'one in n' needs a positive part and whole")
    value = whole / part
    return StatementCheck(value, n, one_in_n_interval(n, qualifier), one_in_n_holds(part / whole, n, qualifier),
                          part, whole)


def change_check(current: float, base: float, published_pct: float, decimals: int,
                 qualifier: str = "rounded") -> StatementCheck:
    """A published percentage change (e.g. '+6 %') against the exact change from ``base`` to ``current``."""
    if base <= 0:
        raise ValueError("a change needs a positive base")
    value = (current / base - 1) * 100
    interval = rounding_interval(published_pct, decimals, qualifier)
    return StatementCheck(value, published_pct, interval, interval.contains(value), current, base)


@dataclass(frozen=True)
class RoundedComparison:
    """An exact share of an earlier year next to a later year's rounded share.

    ``within`` is True when the earlier share lies inside what the later figure allows: then the
    published figures show no change. ``change`` is the range of later minus earlier (percentage
    points) that the rounding allows."""

    earlier: float
    published: float
    interval: Interval
    within: bool
    change: Interval
    part: float
    whole: float


def compare_with_rounded(earlier_part: float, earlier_whole: float, published: float, decimals: int,
                         qualifier: str = "rounded") -> RoundedComparison:
    if earlier_whole <= 0:
        raise ValueError("a share needs a positive whole")
    earlier = earlier_part / earlier_whole * 100
    interval = rounding_interval(published, decimals, qualifier)
    change = Interval(interval.low - earlier, interval.high - earlier)
    return RoundedComparison(earlier, published, interval, interval.contains(earlier), change,
                             earlier_part, earlier_whole)
