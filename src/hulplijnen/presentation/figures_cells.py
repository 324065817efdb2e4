"""Where a heatmap's highest and lowest values lie, for its alt text (demo r30 #17: 'het laagst: 79 van de 119
waarden (0)' told a listener nothing): the cells that reach the value grouped into whole days and into days that share
the same hours, each group's hours as spans (9 to 17 o'clock); report/figures/alt.md says it in words. A cell is read
from the label figures_describe.slot writes ('wo 11 uur'; a band of hours 'ma 0-7 uur', its end excluded)."""

from __future__ import annotations

import re

from .figures_points import DAYS

LABEL = re.compile(r"^(?P<day>[a-z]{2}) (?P<first>\d{1,2})(?:-(?P<end>\d{1,2}))? uur$")
WHOLE_DAY = {"first": 0, "end": 24, "one": False}
GROUPS = 2  # at most this many groups of days are named; the cells of the others are counted


def cell(label: str) -> tuple[int, int, int] | None:
    """A heatmap cell's weekday (Monday 1), first hour and the hour it ends before; None for another label."""
    found = LABEL.match(str(label))
    if found is None or found["day"] not in DAYS:
        return None
    first = int(found["first"])
    return DAYS.index(found["day"]) + 1, first, int(found["end"]) if found["end"] else first + 1


def spans(hours: list[tuple[int, int]]) -> list[dict]:
    """Hours (first, end) joined where one ends as the next begins: [(9, 10), (10, 11), (14, 15)] -> 9 to 11, 14."""
    joined: list[list[int]] = []
    for first, end in sorted(hours):
        if joined and joined[-1][1] == first:
            joined[-1][1] = end
        else:
            joined.append([first, end])
    return [{"first": first, "end": end, "one": end - first == 1} for first, end in joined]


def places(values: list[tuple[str, float]], target: float | None) -> dict | None:
    """Where the cells ``values`` (label, value as shown) equal ``target``: ``groups`` of days that reach it in the
    same hours (each: ``days`` as ISO numbers, its hour ``spans``, ``whole`` when they run from 0 to 24), the most days
    first, and ``more``, the cells of groups not named. None when a label is not a heatmap cell's or no target."""
    cells = [(cell(label), value) for label, value in values]
    if target is None or not cells or any(c is None for c, _ in cells):
        return None
    reached: dict[int, list[tuple[int, int]]] = {}
    for (day, first, end), value in cells:
        if value == target:
            reached.setdefault(day, []).append((first, end))
    grouped: dict[tuple, list[int]] = {}
    for day in sorted(reached):
        grouped.setdefault(tuple(sorted(reached[day])), []).append(day)
    # the most days first, then the most hours (a day with all its hours reached first), then the earliest day
    ordered = sorted(grouped.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]), kv[1][0]))
    named, rest = ordered[:GROUPS], ordered[GROUPS:]
    return {
        "groups": [
            # 'the whole day' only where the chart shows every hour of it (a grid of the opening hours does not)
            {"days": days, "whole": spans(list(hours)) == [WHOLE_DAY], "spans": spans(list(hours))}
            for hours, days in named
        ],
        "more": sum(len(days) * len(hours) for hours, days in rest),
    }
