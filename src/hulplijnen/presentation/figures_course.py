"""A chart's series as report/figures/alt.md reads it (figures_alt.alt_text): every point when short; else where most
values lie, the highest and lowest, and, for a series in order, its course.

The course says what a reader sees in the line (r21 2020 #17, demo #15): a rise or a fall only when the series goes
(nearly) one way, else that it goes up and down between its lowest and highest value, naming where each is reached
(a series with one value far above all the others: that peak first, the others the same way). A point drawn as a gap
(a holiday in a line of working days) keeps its value in the values file, but is never read out as a level: not the
lowest, not an end of the course."""

from __future__ import annotations

import pandas as pd

from .figures_points import SHORT, Point, Series, _attribute, _point

COURSE = 31  # a series in order up to this long (months, a month's days) is read by its course; a longer one (a
# year of days) swings too much for its course to be told: highest and lowest only
AGAINST = 0.25  # a series goes one way when its moves the other way add up to at most this share of its net change
ENDS = 0.5  # a swinging series names where it begins and ends when the two lie at least this share of its range apart
SHIFT_MIN = 2  # points on either side of a level shift: one point is a peak or an end, no level


def summary(series: Series, ordered: bool = False, unit: str = "count") -> dict:
    """A series as the template reads it: its points when short (at most SHORT), else ``usual`` (the middle half of
    its values, as the chart shows them), ``highest`` and ``lowest`` (every point that reaches one, by label), and
    for a series in order up to COURSE points its ``trend``."""
    drawn = [p for p in series.points if p.gap or (p.value if p.value is not None else p.high) is not None or p.start]
    level = [p for p in drawn if not p.gap and (p.value is not None or p.high is not None)]
    long = len(series.points) > SHORT
    highest = max(level, key=_key) if level and long else None
    lowest = min(level, key=_key) if level and long else None
    trend = None
    if ordered and long and len(series.points) <= COURSE and len(level) > 1:
        peak = _peak(level)
        rest = [p for p in level if p is not peak]
        trend = {
            # one value far above all the others (a lockdown month): named first, the others by their course (r19 #8)
            "peak": _point(peak) if peak is not None else None,
            **_course(rest, unit, len(level)),
        }
    usual = None  # where most values lie: of a series in order or a long one (a year of days), not of a few categories
    if long and len(level) >= 4 and (ordered or len(series.points) > COURSE):
        values = pd.Series([_key(p) for p in level])
        # values drawn, not numbers between two (demo r21 #15: 'meestal tussen 22 en 236,5' of whole counts)
        low, high = (float(values.quantile(q, interpolation="nearest")) for q in (0.25, 0.75))
        usual = {"low": _shown(low, unit), "high": _shown(high, unit)}
    gaps = [p for p in series.points if p.gap]
    return {
        "name": _attribute(series.name[:1].upper() + series.name[1:]) if series.name else None,
        "points": [_point(p) for p in series.points] if not long else None,
        "count": len(series.points),
        "missing": len(series.points) - len(drawn),
        "gaps": len(gaps),
        "gap_name": _attribute(series.gaps) if gaps and series.gaps else None,
        "highest": _point(highest) if highest is not None else None,
        "lowest": _point(lowest) if lowest is not None else None,
        "highest_at": _reached(level, highest, unit),
        "lowest_at": _reached(level, lowest, unit),
        # a heatmap's cells: the days and hours where its highest and lowest lie (demo r30 #17)
        "highest_in": _places(level, highest, unit),
        "lowest_in": _places(level, lowest, unit),
        "usual": usual,
        "trend": trend,
    }


def _places(level: list[Point], extreme: Point | None, unit: str) -> dict | None:
    from .figures_cells import places

    shown = [(p.label, _shown(_key(p), unit)) for p in level]
    return places(shown, None if extreme is None else _shown(_key(extreme), unit))


def _key(p: Point) -> float:
    return p.value if p.value is not None else p.high


def _shown(value: float, unit: str) -> float:
    """A value as the alt text prints it (report/figures/alt.md, the number filter): a count whole, a share to 0,1."""
    return float(round(value)) if unit == "count" else round(value, 1)


def _course(level: list[Point], unit: str, total: int) -> dict:
    """The course of ``level`` (in order): ``direction`` up or down when it goes (nearly) one way, ``flat`` when every
    value is the same, else ``swings``; its ends, and its lowest and highest with where they are reached."""
    values = [_key(p) for p in level]
    net = values[-1] - values[0]
    moves = [b - a for a, b in zip(values, values[1:])]
    against = sum(-m if net > 0 else m for m in moves if (m < 0 if net > 0 else m > 0))
    spread = max(values) - min(values)
    if spread == 0:
        direction = "flat"
    elif net != 0 and against <= AGAINST * abs(net):
        direction = "up" if net > 0 else "down"
    else:
        direction = "swings"
    highest, lowest = max(level, key=_key), min(level, key=_key)
    ends = (level[0], level[-1])
    at = _shift(values) if direction != "flat" else None
    return {
        # a level shift (r29 2020 #21: chat 21 to 29 a month until March, 74 to 108 from April): the ranges before
        # and after it, and where the second begins
        "shift": _parts(level[:at], level[at:]) if at is not None else None,
        "first": _point(level[0]),
        "last": _point(level[-1]),
        "direction": direction,
        "high": _point(highest),
        "low": _point(lowest),
        "high_at": _reached(level, highest, unit, total),
        "low_at": _reached(level, lowest, unit, total),
        # a swing names its ends when they lie far apart (chat from 21 in January to 106 in December), each only
        # where it is not the lowest or highest already named: 'first', 'last' or 'both'
        "ends": _ends(level, (lowest, highest)) if direction == "swings" and abs(net) >= ENDS * spread else None,
        # a rise or fall names its extremes apart only where they are not the ends already read out
        "peak_inside": direction in ("up", "down") and highest not in ends,
        "low_inside": direction in ("up", "down") and lowest not in ends,
    }


def _shift(values: list[float]) -> int | None:
    """Where a series shifts to another level: the position after its largest step between neighbours, when the values
    before and after it lie in ranges that do not overlap and are further apart than either range is wide (at least
    SHIFT_MIN values on each side). None without such a step."""
    if len(values) < 2 * SHIFT_MIN:
        return None
    at = 1 + max(range(len(values) - 1), key=lambda i: abs(values[i + 1] - values[i]))
    before, after = values[:at], values[at:]
    if min(len(before), len(after)) < SHIFT_MIN:
        return None
    gap = max(min(after) - max(before), min(before) - max(after))
    widest = max(max(before) - min(before), max(after) - min(after))
    return at if gap > 0 and gap > widest else None


def _parts(before: list[Point], after: list[Point]) -> dict:
    """The two levels of a shift as the template reads them: each range's lowest and highest, its first and last."""

    def part(points: list[Point]) -> dict:
        low, high = min(points, key=_key), max(points, key=_key)
        return {"low": _point(low), "high": _point(high), "first": _point(points[0]), "last": _point(points[-1])}

    return {"before": part(before), "after": part(after)}


def _ends(level: list[Point], extremes: tuple[Point, Point]) -> str | None:
    first, last = level[0] not in extremes, level[-1] not in extremes
    return "both" if first and last else "first" if first else "last" if last else None


def _peak(level: list[Point]) -> Point | None:
    """The one value of a course that stands far above all the others, not at either end: at least half the others'
    range (and a tenth of their highest) above the next highest. None when there is no such value."""
    ranked = sorted(level[1:-1], key=_key, reverse=True)
    if len(level) < 4 or not ranked:
        return None
    others = [_key(p) for p in level if p is not ranked[0]]
    gap = _key(ranked[0]) - max(others)
    return ranked[0] if gap > 0 and gap >= max(0.5 * (max(others) - min(others)), 0.1 * abs(max(others))) else None


def _reached(level: list[Point], extreme: Point | None, unit: str, total: int | None = None) -> str:
    """Where ``extreme`` is reached, as shown: 'januari 2020', 'januari 2020 en februari 2020', 'a, b en c'; more
    than three by their number ('79 van de 119 waarden')."""
    if extreme is None:
        return ""
    at = [p for p in level if _shown(_key(p), unit) == _shown(_key(extreme), unit)]
    labels = [str(_attribute(p.label)) for p in at]
    if len(labels) > 3:
        return f"{len(labels)} van de {total or len(level)} waarden"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]
