"""A drawn value and a series as the alt text reads them (figures_alt, figures_course): the points, the precision
of their dates, and labels from data made safe for an attribute."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]  # a weekday's short name in a heatmap cell's label (Monday first)
SHORT = 8  # a series of at most this many points is read out point by point (a longer one: figures_course)


@dataclass(frozen=True)
class Point:
    """One drawn value: a number (``value``), a range (``low``, ``high``; with ``value`` a point inside
    it), or a period (``start``, ``end``: dates; a start known only within a window runs from ``start``, its
    earliest, to ``start_latest``). A number not published (suppressed, missing) is None."""

    label: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    start: Any = None
    end: Any = None
    start_latest: Any = None
    note: str | None = None  # what the chart's legend says of the value ('afgerond gepubliceerd'), read out with it
    gap: bool = False  # drawn as a gap (a holiday): its value stays in the values file, the alt text reads no level
    remark: str | None = None  # r45 (r44 2020 #8): the values file's 'opmerking' (corrected: the source's value)


@dataclass(frozen=True)
class Series:
    name: str | None
    points: tuple[Point, ...]
    gaps: str | None = None  # what its points drawn as a gap are, plural ('feestdagen'): read out with their count


def _point(p: Point) -> dict:
    exact = p.low is not None and p.low == p.high
    return {
        "label": _attribute(p.label),
        "value": p.low if exact and p.value is None else p.value,
        "low": None if exact else p.low,
        "high": None if exact else p.high,
        "start": p.start,
        "end": p.end,
        "window": _window(p.start, p.start_latest),
        "start_latest": p.start_latest,
        "note": _attribute(p.note) if p.note else None,
    }


def _window(start, latest) -> str | None:
    """How exactly a start is known: on a day, within a month, within a calendar year, or only within a
    window of months (``range``); None for a point that is no period."""
    if start is None or pd.isna(start):
        return None
    first = pd.Timestamp(start)
    last = first if latest is None or pd.isna(latest) else pd.Timestamp(latest)
    if last == first:
        return "day"
    if (last.year, last.month) == (first.year, first.month):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return "range"


def _attribute(label: str):
    """A label from data as it lands in the alt text, an attribute value (not Markdown): one line, no shortcode,
    and no backslash, which would escape the attribute's closing quote (shown as the look-alike U+2216)."""
    from . import escape, text

    return text.markdown(escape.no_shortcodes(" ".join(str(label).split()).replace("\\", "\u2216")))
