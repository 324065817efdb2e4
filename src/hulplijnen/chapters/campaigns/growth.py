"""What a stated 'campaign brought N % more calls' would need to be checked: the campaign it names, the period it
covers and a count of phone calls the year before. The campaigns chapter says which of them the sources lack
(r19 2020 #2: the growth of all contacts over the whole year is no check of a claim about calls)."""

from __future__ import annotations

import pandas as pd

from ...data import load

TABLE = "contacts_by_month_channel"  # the only table that counts phone calls (channel 'phone')


def claim_basis(helpline: str, year: int, row: pd.Series) -> dict:
    """For a key_figures.csv row of measure campaign_effect: whether its category is a campaign of campaigns.csv, its
    reference year (the period it compares with) if stated, and whether the year before has a count of phone calls."""
    ids = set(load.campaigns()["campaign_id"])
    reference = row.get("reference_year")
    period = None if reference is None or pd.isna(reference) or str(reference).strip() == "" else str(reference)
    return {
        "campaign": str(row["category"]) in ids,
        "period": period,
        "calls_before": load.has_table(TABLE, helpline, year - 1),
        "before": str(year - 1),
    }
