"""Channels: contacts by channel, channel shares, the monthly trend, changes against earlier years."""

from __future__ import annotations

import pandas as pd


def monthly_by_channel(contacts: pd.DataFrame) -> pd.DataFrame:
    """Month x channel counts (wide), months as Periods; missing stays missing."""
    wide = contacts.pivot(index="month", columns="channel", values="contacts")
    wide.index = pd.PeriodIndex(wide.index, freq="M")
    return wide


def monthly_totals(contacts: pd.DataFrame) -> pd.Series:
    totals = contacts.groupby("month")["contacts"].sum(min_count=1)
    totals.index = pd.PeriodIndex(totals.index, freq="M")
    return totals.rename("contacts")


def channel_totals(contacts: pd.DataFrame, channels: pd.DataFrame) -> pd.DataFrame:
    """Contacts and share per channel, in codebook order, with the base n of every share."""
    totals = contacts.groupby("channel")["contacts"].sum(min_count=1)
    out = channels.set_index("channel")[["label_nl", "order"]].join(totals).sort_values("order")
    base = out["contacts"].sum()
    out["share_pct"] = out["contacts"] / base * 100
    out["base_n"] = base
    return out.drop(columns="order").reset_index()


def stated_channel_shares(figures: pd.DataFrame) -> pd.DataFrame:
    """Channel shares as a key-figures page states them (percent of the base the page gives)."""
    shares = figures[
        (figures["measure"] == "channel_share") & (figures["unit"] == "percent") & figures["reference_year"].isna()
    ]
    return (
        shares[["category", "value", "decimals", "base"]]
        .rename(columns={"category": "channel", "value": "share_pct"})
        .reset_index(drop=True)
    )


def peak_month(contacts: pd.DataFrame) -> tuple[pd.Period, int]:
    totals = monthly_totals(contacts)
    month = totals.idxmax()
    return month, int(totals[month])
