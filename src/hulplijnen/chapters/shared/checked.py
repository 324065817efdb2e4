"""What the chapters on the published tables share: a fact recorded and handed to the template in
one step, and a checked statement (data.statements) recorded whole: the computed value, the
published value, the interval the published figure allows, the verdict, and the part and whole."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...config.paths import DATA
from ...data import provenance
from ...data.specs import YEAR_TABLES
from ...data.statements import RoundedComparison, StatementCheck, far_apart
from ...facts import FactSheet, Source, keys
from ...maths.intervals import Interval
from ...presentation import fmt

SUFFIX = {
    "percent": ("_pct", "percent"),
    "one_in_n": ("_one_in_n", "one_in_n"),
    "change": ("_change_pct", "pct_change"),
    "count": ("_n", "count"),
}


def fact(facts: FactSheet, key: str, value, unit: str, source: Source):
    """Record a fact and return its value as recorded (a Recorded value that knows its key), for the template."""
    return facts.add(key, value, unit, source)


@dataclass(frozen=True)
class Checked:
    """A statement as the template sees it: every number here is a recorded fact."""

    computed: float
    published: float
    low: float
    high: float
    holds: bool
    part: float | None
    whole: float | None


def record_check(
    facts: FactSheet,
    helpline: str,
    key: str,
    check: StatementCheck,
    kind: str,
    source: Source,
    decimals: int = 1,
    counts: bool = True,
) -> Checked:
    """Record a StatementCheck of ``kind`` ('percent', 'one_in_n' or 'change') under ``key``; with
    ``counts``, its part and whole are counts and recorded too."""
    suffix, unit = SUFFIX[kind]

    def add(stat: str, value: float) -> float:
        value = int(round(value)) if kind == "count" else value
        return fact(facts, keys.check_key(helpline, key, stat + suffix), value, unit, source)

    computed = add("computed", round(check.value, decimals))
    published = add("published", float(check.published))
    low, high = add("low", check.interval.low), add("high", check.interval.high)
    holds = bool(fact(facts, keys.check_key(helpline, key, "holds"), int(check.holds), "verdict", source))
    part = whole = None
    if counts and check.part is not None and check.whole is not None:
        part = fact(facts, keys.check_key(helpline, key, "part_n"), int(round(check.part)), "count", source)
        whole = fact(facts, keys.check_key(helpline, key, "whole_n"), int(round(check.whole)), "count", source)
    return Checked(computed, published, low, high, holds, part, whole)


@dataclass(frozen=True)
class Compared:
    """An earlier exact share against a later rounded one, every number a recorded fact."""

    earlier: float
    published: float
    low: float
    high: float
    within: bool
    change_low: float
    change_high: float
    about_same: bool  # the whole difference within ABOUT_THE_SAME_POINTS (data.statements): 'iets lager/hoger'
    points: float  # its size as the published figure shows it, in whole points ('ongeveer 1 procentpunt')
    # the sources say both shares count alike (data/provenance.yml: counts, and no unknowns in the earlier whole: r37
    # 2021 #1): only then a word that judges the gap ('ongeveer even groot', 'iets lager'); else the earlier share
    # beside it, neutrally (r35 2021 #2)
    alike: bool = True

    @property
    def same(self) -> bool:
        """The one rule of the text and of Methods: 'ongeveer even groot' only when the earlier share lies inside what
        the rounded one allows (r33 2021 #12: 90 % beside 91,5 % is not 'ongeveer even groot')."""
        return self.within

    @property
    def slightly(self) -> bool:
        """The whole difference the rounding allows lies on one side of the earlier share and within
        ABOUT_THE_SAME_POINTS: 'iets lager' or 'iets hoger', both numbers beside it (r33 2021 #12)."""
        return self.about_same and not self.within

    @property
    def far(self) -> bool:
        """The rule's third step (r41, r40 TO #3): the whole difference, as recorded (one decimal), lies more than
        data.statements.FAR_APART_POINTS away from zero: 'veel lager', 'veel meer'."""
        return not self.within and far_apart(Interval(self.change_low, self.change_high))

    @property
    def size_words(self) -> str:
        """How large the difference can be, as the rounding allows it, in honest Dutch: 'hooguit 0,7 procentpunt'
        (-0,3 to +0,7), '0,3 tot 1,3 procentpunten' (-0,3 to -1,3), '1 tot 2 procentpunten' (-1,0 to -2,0): both ends
        as recorded (one decimal), never an end rounded into or out of the range."""
        ends = sorted(abs(v) for v in (self.change_low, self.change_high))
        if self.change_low < 0 < self.change_high:
            ends = [0.0, ends[1]]
        unit = "procentpunt" if ends[1] <= 1 else "procentpunten"
        low, high = (fmt.number(v, 0 if float(v).is_integer() else 1) for v in (round(e, 1) for e in ends))
        return f"hooguit {high} {unit}" if ends[0] == 0 else f"{low} tot {high} {unit}"


def record_comparison(
    facts: FactSheet, helpline: str, key: str, cmp: RoundedComparison, source: Source, *, against: str, unknown=0
) -> Compared:
    """``against``: the earlier share's table, a path under data/; whether its source says it counts what its count
    column names (data/provenance.yml: counts) is recorded beside the comparison as 'alike' (r35 2021 #2).
    ``unknown``: how many in the earlier share's whole the table leaves without a known value (its 'Onbekend' and
    'Leeg' rows). A later source that does not say whether its base holds those (37 % 'van de contactnemers' beside
    2.708 of all 8.059 contacts) is not said to share the base: 'alike' then too is 0 (r37 2021 #1)."""

    def add(stat: str, value: float, suffix: str = "_pct", unit: str = "percent") -> float:
        return fact(facts, keys.check_key(helpline, key, stat + suffix), value, unit, source)

    earlier = add("computed", round(cmp.earlier, 1))
    published = add("published", float(cmp.published))
    low, high = add("low", cmp.interval.low), add("high", cmp.interval.high)
    change_low = add("change_low", round(cmp.change.low, 1), "_points", "percentage points")
    change_high = add("change_high", round(cmp.change.high, 1), "_points", "percentage points")
    within = bool(fact(facts, keys.check_key(helpline, key, "holds"), int(cmp.within), "verdict", source))
    about_same = bool(fact(facts, keys.check_key(helpline, key, "about_same"), int(cmp.about_same), "verdict", source))
    points = add("difference", float(round(cmp.points)), "_points", "percentage points")
    alike = record_alike(facts, helpline, key, against, unknown)
    return Compared(earlier, published, low, high, within, change_low, change_high, about_same, points, alike)


def record_alike(facts: FactSheet, helpline: str, key: str, against: str, unknown=0) -> bool:
    """The rule (Methods: 'Zeggen de bronnen niet dat beide aandelen op dezelfde basis berekend zijn'), recorded as
    the comparison ``key``'s 'alike': the earlier share's table (``against``, under data/) says what it counts and its
    whole holds none of its ``unknown`` entries (r35, r37 2021 #1); the channels chapter uses it too (r44)."""
    spec = YEAR_TABLES.get(Path(against).stem)
    stated = spec is not None and provenance.counted_as_stated(DATA, against, spec.value_column)
    if unknown:
        table = Source(f"data/{against}", Path(against).stem, "entries without a known value in the share's whole")
        fact(facts, keys.check_key(helpline, key, "unknown_n"), int(unknown), "count", table)
    said = Source("data/provenance.yml", "provenance", f"files: {against}: counts; none unknown in the share's whole")
    stated = stated and not unknown
    return bool(fact(facts, keys.check_key(helpline, key, "alike"), int(stated), "verdict", said))
