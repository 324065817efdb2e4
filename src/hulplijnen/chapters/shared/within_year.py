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
