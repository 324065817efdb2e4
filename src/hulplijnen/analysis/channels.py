"""Channels: contacts by channel, channel shares, the monthly trend, changes against earlier years."""

from __future__ import annotations

import pandas as pd

from ..data.intervals import implied_base


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


def contacts_over_years(
    year: int, total_now: float, figures: pd.DataFrame | None, earlier_totals: dict[int, float]
) -> pd.DataFrame:
    """The year's total next to earlier years: exact where tables exist, an interval where only a
    rounded percentage change is stated."""
    rows = [{"year": year, "low": total_now, "high": total_now, "kind": "gepubliceerd"}]
    for ref, total in earlier_totals.items():
        rows.append({"year": ref, "low": total, "high": total, "kind": "gepubliceerd"})
    if figures is not None:
        changes = figures[
            (figures["measure"] == "contacts") & (figures["category"] == "all") & (figures["unit"] == "pct_change")
        ]
        for change in changes.itertuples():
            ref = int(change.reference_year)
            if ref in earlier_totals:
                continue
            interval = implied_base(total_now, change.value, int(change.decimals))
            rows.append(
                {"year": ref, "low": interval.low, "high": interval.high, "kind": f"afgeleid uit {change.value:+g} %"}
            )
    return pd.DataFrame(rows).sort_values("year").reset_index(drop=True)
