"""What the channels chapter, and the demo's registration chapter under its published months (r53 demo #1), say of
the year itself beside its totals: a channel that stepped up during the year (the monthly table). Who contacts the
helpline via one channel is the contact-persons chapter's (r28 2020 #6)."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, Source, keys
from ..shared.checked import fact

TABLE = "contacts_by_month_channel"


# a channel 'stepped up' in a month when every month from then on has at least this many times the contacts of every
# month before (r20 2020 #11: chat rose in April, to its maximum, and stayed there; 'grew in the course of the year'
# from January's to December's count read as steady growth)
GREW_TIMES = 2
MIN_BEFORE = 2  # months before the step: one month is no level to step up from


def step(counts: pd.Series) -> int | None:
    """The position of the month from which a monthly series stays at least ``GREW_TIMES`` above every month before
    (with at least ``MIN_BEFORE`` months before it), the one with the largest such ratio; None without one."""
    values = counts.astype(float).to_numpy()
    best, where = GREW_TIMES, None
    for i in range(MIN_BEFORE, len(values)):
        before, after = values[:i].max(), values[i:].min()
        if before > 0 and after / before >= best:
            best, where = after / before, i
    return where


def stepped_up(year: int, helpline: str, monthly: pd.DataFrame | None, facts: FactSheet) -> list[dict]:
    """Channels whose monthly contacts stepped up in one month and stayed up (step): the month, recorded, and for the
    least and most contacts per month before it and from it on, for an earlier year's months too (r31 2021 #7: the
    sentence on 2020's chat gave the reader nothing to check it by). Empty without a monthly table or with a month
    without a count."""
    if monthly is None or monthly.empty:
        return []
    shown = str(monthly.index[0].year)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    out = []
    for channel in [c for c in labels.index if c in monthly.columns]:
        counts = monthly[channel]
        if counts.isna().any() or (where := step(counts)) is None:
            continue
        month = monthly.index[where]
        src = Source(f"data/{helpline}/{shown}/{TABLE}.csv", TABLE, f"channel = {channel}, months before {month}, from")
        before, after = counts.iloc[:where], counts.iloc[where:]
        own = shown == str(year)
        part = {
            name: fact(facts, keys.channel_count(helpline, channel, f"step_{name}_contacts"), int(v), "count", src)
            for name, v in (
                ("before_low", before.min()),
                ("before_high", before.max()),
                ("after_low", after.min()),
                ("after_high", after.max()),
            )
        }
        out.append(
            {
                "label": labels[channel],
                "own": own,
                "month": fact(facts, keys.channel_count(helpline, channel, "step_month"), str(month), "month", src),
                # r37 (r36 2021 #7): the months before and after the step, said: 'januari–maart', 'tot december'
                **{
                    name: fact(facts, keys.channel_count(helpline, channel, f"step_{name}_month"), str(m), "month", src)
                    for name, m in (
                        ("first", monthly.index[0]),
                        ("end", monthly.index[where - 1]),
                        ("last", monthly.index[-1]),
                    )
                },
                **part,
            }
        )
    return out


# r59 (r58 2020 #8): a channel whose busiest month stood out once and that fell back after it (the 2020 e-mail:
# April 225 against 90-124 before, from June again no more than before): said beside the chat's step. A month 'stood
# out' at this many times every month before it; 'fell back' from the first month after which no month is above them
PEAK_TIMES = 1.5


def spike(counts: pd.Series) -> tuple[int, int] | None:
    """The position of a one-month peak (at least ``PEAK_TIMES`` every month before, ``MIN_BEFORE`` months before it)
    and of the first month after it from which no month is above every month before the peak; None without one."""
    values = counts.astype(float).to_numpy()
    top = int(values.argmax())
    if top < MIN_BEFORE or top >= len(values) - 1 or values[:top].max() <= 0:
        return None
    if values[top] < PEAK_TIMES * values[:top].max():
        return None
    back = next((i for i in range(top + 1, len(values)) if values[i:].max() <= values[:top].max()), None)
    return None if back is None else (top, back)


def peaked(year: int, helpline: str, monthly: pd.DataFrame | None, facts: FactSheet, stepped: list[dict]) -> list[dict]:
    """Channels of the year's own months that peaked once and fell back (``spike``), not those that stepped up: the
    peak month and its count, the range of the months before it and of those from the fall back on, recorded."""
    if monthly is None or monthly.empty or str(monthly.index[0].year) != str(year):
        return []
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    out = []
    for channel in [c for c in labels.index if c in monthly.columns and labels[c] not in {s["label"] for s in stepped}]:
        counts = monthly[channel]
        if counts.isna().any() or (found := spike(counts)) is None:
            continue
        top, back = found
        src = Source(f"data/{helpline}/{year}/{TABLE}.csv", TABLE, f"channel = {channel}, its busiest month")
        before, after = counts.iloc[:top], counts.iloc[back:]
        said = {"label": labels[channel], "same_month": any(str(monthly.index[top]) == s["month"] for s in stepped)}
        for name, m in (("peak", monthly.index[top]), ("back", monthly.index[back])):
            said[name] = fact(facts, keys.channel_count(helpline, channel, f"step_{name}_month"), str(m), "month", src)
        for name, v in (
            ("peak_contacts", counts.iloc[top]),
            ("peak_before_low", before.min()),
            ("peak_before_high", before.max()),
            ("peak_after_low", after.min()),
            ("peak_after_high", after.max()),
        ):
            said[name] = fact(facts, keys.channel_count(helpline, channel, name), int(v), "count", src)
        out.append(said)
    return out
