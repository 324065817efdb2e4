"""The weekdays' busiest hours when no single weekday-hour stands out: the run of ``BAND_HOURS`` hours with most calls
offered on Monday to Friday, said against the working day around it (demo r27 #10: '9 to 12 h get 36 % of all
weekday calls' read as a morning rush where the day is nearly flat; three of eight busy hours get 37.5 % with no
peak at all)."""

from __future__ import annotations

import pandas as pd

from ...facts import FactSheet, Source, keys

TABLES = "protected tables of the contact export"
BAND_HOURS = 3  # the text names the weekdays' busiest run of this many hours
DAY_SHARE = 0.5  # an hour belongs to the working day when it has at least this share of the busiest hour's calls


def busiest_band(helpline: str, grid: pd.DataFrame, facts: FactSheet) -> dict | None:
    """The busiest run of hours on weekdays, the working day around it (the hours in a row with at least
    ``DAY_SHARE`` of the busiest hour's calls) and the band's share of that day's calls against an even spread."""
    hours = [h for h in grid.columns if str(h).isdigit()]
    weekdays = [d for d in grid.index if str(d) in "12345"]
    totals = grid.loc[weekdays, hours].sum(skipna=True).to_numpy(dtype=float)
    if len(totals) < BAND_HOURS:
        return None
    runs = [totals[i : i + BAND_HOURS].sum() for i in range(len(totals) - BAND_HOURS + 1)]
    best = int(max(range(len(runs)), key=runs.__getitem__))
    busy = [i for i, v in enumerate(totals) if v >= DAY_SHARE * totals.max()]
    first, last = min([best, *busy]), max([best + BAND_HOURS - 1, *busy])
    day = totals[first : last + 1].sum()
    source = Source(None, TABLES, f"calls offered on weekdays by hour: the {BAND_HOURS} hours in a row with most")
    day_source = Source(
        None, TABLES, f"weekday hours from the first to the last with {DAY_SHARE:.0%} of the busiest hour's calls"
    )

    def add(part: str, value, unit: str, src: Source = source):
        return facts.add(keys.phone(helpline, f"busiest_hours_{part}"), value, unit, src)

    share = round(float(runs[best]) / float(day) * 100, 1) if day else None
    even = round(BAND_HOURS / (last - first + 1) * 100, 1)
    return {
        "start": add("start", int(hours[best]), "hour"),
        "end": add("end", int(hours[best]) + BAND_HOURS, "hour"),
        "day_start": add("day_start", int(hours[first]), "hour", day_source),
        "day_end": add("day_end", int(hours[last]) + 1, "hour", day_source),
        "share": add("share_pct", share, "percent"),
        "even": add("even_pct", even, "percent", day_source),
    }


FEWER_NAMED = 3  # r44 (demo r42 #11): the hours needing fewer counsellors than the most are named up to this many
ORDINALS = ("first", "second", "third")


def fewer_hours(helpline: str, frame: pd.DataFrame, column: str, facts: FactSheet) -> dict | None:
    """The weekday hours that need fewer counsellors than the most for a target (``column`` of the staffing frame),
    each with its weekday, its hour and the counsellors it needs: the text names them where there are few (demo r42
    #11: 'in de andere uren minder' left the reader guessing). None where there are more or an hour is not a clock
    hour."""
    need = frame[column]
    if need.isna().any() or len(frame) == 0:
        return None
    fewer = frame[need < need.max()].sort_values(["hour", "weekday"])
    if not 0 < len(fewer) <= FEWER_NAMED or not all(str(h).isdigit() for h in fewer["hour"]):
        return None
    src = Source(None, TABLES, f"Erlang A per weekday x hour: the hours needing fewer than the most ({column})")

    def add(i: int, part: str, value, unit: str):
        return facts.add(keys.phone(helpline, f"fewer_{ORDINALS[i]}_{part}"), value, unit, src)

    count = facts.add(keys.phone(helpline, "fewer_hours_a_week"), len(fewer), "count", src)
    return {
        "count": count,
        "hours": [
            {
                "weekday": add(i, "weekday", str(r["weekday"]), "weekday"),
                "hour": add(i, "from_hour", int(r["hour"]), "hour"),
                "until": add(i, "until_hour", int(r["hour"]) + 1, "hour"),
                "need": add(i, "counsellors", int(r[column]), "count"),
            }
            for i, (_, r) in enumerate(fewer.iterrows())
        ],
    }
