"""What a rounded published figure allows: intervals for stated values, shares and changes.

A figure published with ``decimals`` decimals stands for any true value within half a unit of
its last digit: "+6 %" means a change in [5.5 %, 6.5 %). These intervals turn stated changes into
implied earlier-year values and let checks allow exactly the rounding a figure carries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} above high {self.high}")

    def contains(self, value: float, slack: float = 1e-9) -> bool:
        return self.low - slack <= value <= self.high + slack

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


def roundest(low: float, high: float) -> int:
    """The roundest whole number an interval allows ('ongeveer 120.900' for 120.827 to 120.921): a multiple of the
    largest power of ten that has one within [low, high], the one nearest the middle; for an interval that holds
    no whole number, the nearest whole number to its middle."""
    step = 10 ** max(len(str(int(abs(high)))) - 1, 0)
    while step >= 1:
        first, last = -(-low // step) * step, (high // step) * step
        if first <= last:
            middle = (low + high) / 2
            return int(min(range(int(first), int(last) + 1, int(step)), key=lambda v: (abs(v - middle), v)))
        step //= 10
    return round((low + high) / 2)


# the coarsest step an "ongeveer" count is printed with, whatever its range: to hundreds from ten thousand, to tens
# from a thousand (review r16, TO #8: "ongeveer 78.960" beside "ongeveer 105.100" in one table)
ABOUT_STEPS = ((10_000, 100), (1_000, 10))


def about_count(low: float, high: float, part: bool = False) -> int:
    """A count known as a range, as the report prints it after "ongeveer": one rule for every such count. The middle
    of the range rounded to the coarser of two steps: the step its magnitude gets (``ABOUT_STEPS``: 120.827 to 120.921
    is 120.900), and the largest 1 or 5 times a power of ten within half the range's width (its uncertainty: 13.085
    to 14.132 is 13.500, 90.549 to 91.596 is 91.000), never outside the range (a finer step where the coarser one
    would leave it: 11.845 to 11.853 is 11.850, 78.933 to 78.984 is 78.960). A ``part`` of a total printed beside the
    other parts gets the magnitude step only, so that the parts add up to about the total (review r17 TO
    #1: 13.500 and 91.000 made 104.500 of 104.681 conversations; 13.600 and 91.100 make 104.700)."""
    middle, half = (low + high) / 2, (high - low) / 2
    step = next((s for floor, s in ABOUT_STEPS if abs(middle) >= floor), 1)
    power = 1
    while power * 10 <= half:
        power *= 10
    if not part:
        step = max(step, 5 * power if 5 * power <= half else power)
    value = int(round(middle / step) * step)
    # a range narrower than its magnitude step (11.845 to 11.853): the printed count stays inside it, so that it
    # recomputes to the published change it was derived from (r24 TO #3: 11.800 gave +40,3 % for +39,7 %)
    while not low <= value <= high and step > 1:
        step //= 10
        value = int(round(middle / step) * step)
    return value


def width_count(low: float, high: float) -> int:
    """r56 (r55 TO #2, 2021 #3): a count derived from a rounded share whose range is wider than its magnitude step,
    as one 'ongeveer' count: its middle rounded to the largest power of ten within the range's width (90.550 to 91.595
    is 91.000, 13.086 to 14.131 is 14.000: not 91.100, which claimed ±50 of a ±500 range), never coarser than the
    range allows (a finer step where that one would leave it). Parts so rounded add up to about their total at the
    same step (14.000 and 91.000 beside 104.681)."""
    middle, step = (low + high) / 2, 1
    while step * 10 <= high - low:
        step *= 10
    value = int(math.floor(middle / step + 0.5) * step)
    while not low <= value <= high and step > 1:
        step //= 10
        value = int(math.floor(middle / step + 0.5) * step)
    return value


def half_unit(decimals: int) -> float:
    return 0.5 * 10.0 ** (-decimals)


def rounding_interval(value: float, decimals: int, qualifier: str = "rounded") -> Interval:
    """The true values that a figure stated as ``value`` with ``decimals`` decimals can stand for.

    'exact' figures are points; 'more_than' runs from the figure up (to the next rounding unit's
    worth of tolerance above is not implied, so the high end is open: +inf); 'about' and 'rounded'
    allow half a unit either side.
    """
    h = half_unit(decimals)
    if qualifier == "exact":
        return Interval(value, value)
    if qualifier == "more_than":
        return Interval(value, float("inf"))
    if qualifier == "at_most":
        return Interval(float("-inf"), value)
    return Interval(value - h, value + h)


def implied_base(current: float, pct_change: float, decimals: int) -> Interval:
    """The earlier-year value implied by this year's ``current`` and a rounded percentage change.

    current = base * (1 + change/100), change in [pct - h, pct + h]; so
    base lies in [current / (1 + (pct + h)/100), current / (1 + (pct - h)/100)].
    """
    change = rounding_interval(pct_change, decimals)
    return Interval(current / (1 + change.high / 100), current / (1 + change.low / 100))


def share_pct(part: float, whole: float) -> float:
    return part / whole * 100


def decimal_phrase(n: float) -> bool:
    """'één op de tien' (honderd, duizend): a phrase that says a percentage with one significant digit (10 %)."""
    return n >= 10 and float(n) == 10 ** round(math.log10(n))


def one_in_n_holds(share: float, n: float, qualifier: str) -> bool:
    """Whether a share (0-1) fits the phrase 'one in n' ('about' rounds n; 'almost' allows 80-100 % of 1/n;
    'one in ten' is 10 % with one significant digit, so 5 % to under 15 %: 11,3 % is one in ten, as a reader
    rounds it)."""
    if qualifier == "almost":
        return 0.8 / n <= share <= 1 / n
    if decimal_phrase(n):
        return 0.5 / n <= share < 1.5 / n
    return round(1 / share) == n if share > 0 else False
