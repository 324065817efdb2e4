"""What a stated 'campaign brought N % more calls' would need to be checked: the campaign it names, the period it
covers and a count of phone calls the year before. The campaigns chapter says which of them the sources lack
(r19 2020 #2: the growth of all contacts over the whole year is no check of a claim about calls)."""

from __future__ import annotations

import pandas as pd

from ...data import history, load
from ..shared import series as sr  # shared with the channels chapter: the series of a count across years

PHONE = "phone"  # the channel code of phone calls (codebooks/channels.csv), what 'oproepen' means for 1712


def calls_known(helpline: str, year: int) -> set[int]:
    """The years up to ``year`` with a count of phone calls: exact from a year's table per channel, or stated (or
    implied by a stated change) in any publication's key figures (the rule of series.value_series)."""
    phone = {}
    for y, table in history.channel_tables(helpline, year).items():
        calls = table.loc[table["channel"] == PHONE, "contacts"]
        if len(calls) and not calls.isna().any():
            phone[y] = float(calls.sum())
    rows = sr.value_series(year, phone, history.key_figures_by_year(helpline), "contacts", PHONE)
    return {int(y) for y in rows["year"]}


def claim_basis(helpline: str, year: int, row: pd.Series) -> dict:
    """For a key_figures.csv row of measure campaign_effect: whether its category is a campaign of campaigns.csv, its
    reference year (the period it compares with) if stated, and whether the year before has a count of phone calls."""
    ids = set(load.campaigns()["campaign_id"])
    reference = row.get("reference_year")
    period = None if reference is None or pd.isna(reference) or str(reference).strip() == "" else str(reference)
    return {
        "campaign": str(row["category"]) in ids,
        "period": period,
        "calls_before": year - 1 in calls_known(helpline, year),
        "before": str(year - 1),
    }
