"""What the channels chapter says of the year itself beside its totals: a channel that grew during the year (its
monthly table) and what the year's key figures say of victims among one channel's contact persons."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, Source, keys
from ..shared.checked import fact

TABLE = "contacts_by_month_channel"


# a channel 'grew during the year' when its last month has at least this many times the contacts of its first
GREW_TIMES = 2


def grew_in_year(year: int, helpline: str, monthly: pd.DataFrame | None, facts: FactSheet) -> list[dict]:
    """Channels whose contacts in the year's last month are at least ``GREW_TIMES`` those of its first (its own
    monthly table): first and last month with their counts, recorded. Empty without the year's monthly table."""
    if monthly is None or monthly.empty or str(monthly.index[0].year) != str(year):
        return []
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    first, last = monthly.index[0], monthly.index[-1]
    out = []
    for channel in [c for c in labels.index if c in monthly.columns]:
        a, b = monthly.loc[first, channel], monthly.loc[last, channel]
        if pd.isna(a) or pd.isna(b) or a <= 0 or b < GREW_TIMES * a:
            continue
        src = Source(f"data/{helpline}/{year}/{TABLE}.csv", TABLE, f"channel = {channel}, first and last month")
        out.append(
            {
                "label": labels[channel],
                "first_month": str(first),
                "last_month": str(last),
                "first": fact(
                    facts, keys.channel_count(helpline, channel, "first_month_contacts"), int(a), "count", src
                ),
                "last": fact(facts, keys.channel_count(helpline, channel, "last_month_contacts"), int(b), "count", src),
            }
        )
    return out


def victims_by_channel(year: int, helpline: str, facts: FactSheet) -> list[dict]:
    """What the year's key figures say of victims among the contact persons of one channel ('bij de chat is meer
    dan de helft van de contactnemers zelf slachtoffer'), recorded as published."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    rows = figs[
        (figs["measure"] == "contact_person_share")
        & figs["base"].fillna("").str.startswith("contacts_")
        & figs["reference_year"].isna()
    ]
    roles = load.codebook("contact_person_codes").assign(code=lambda c: c["code"].astype(str)).set_index("code")["role"]
    out = []
    for r in rows.itertuples():
        channel = r.base.removeprefix("contacts_")
        if channel in labels.index and roles.get(str(r.category)) == "victim":
            key, unit = keys.fact_key(helpline, r)
            src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {r.key}")
            out.append(
                {
                    "channel": labels[channel],
                    "share": fact(facts, key, r.value, unit, src),
                    "more_than": r.qualifier == "more_than",
                }
            )
    return out
