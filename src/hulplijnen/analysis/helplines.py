"""Helplines known through key figures: values, implied earlier years, channel mix, growth."""

from __future__ import annotations

import pandas as pd

from ..data.intervals import implied_base


def figure(figures: pd.DataFrame, key: str) -> float:
    row = figures.loc[figures["key"] == key, "value"]
    if len(row) != 1:
        raise KeyError(f"no key figure '{key}'")
    return float(row.iloc[0])


def has_figure(figures: pd.DataFrame, key: str) -> bool:
    return bool((figures["key"] == key).any())


def implied_earlier_years(figures: pd.DataFrame, year: int) -> pd.DataFrame:
    """For every count with stated changes: this year's value and each earlier year's interval.

    Earlier values are never exact: a change stated as -1 % allows -1,5 % to -0,5 %, and the
    implied value is the interval that rounding allows.
    """
    rows = []
    counts = figures[(figures["unit"] == "count") & figures["reference_year"].isna()]
    for count in counts.itertuples():
        changes = figures[
            (figures["measure"] == count.measure)
            & (figures["category"] == count.category)
            & (figures["unit"] == "pct_change")
        ]
        if changes.empty:
            continue
        rows.append(
            {
                "measure": count.measure,
                "category": count.category,
                "year": year,
                "low": count.value,
                "high": count.value,
                "stated_change_pct": None,
                "exact": True,
            }
        )
        for change in changes.itertuples():
            interval = implied_base(count.value, change.value, int(change.decimals))
            rows.append(
                {
                    "measure": count.measure,
                    "category": count.category,
                    "year": int(change.reference_year),
                    "low": interval.low,
                    "high": interval.high,
                    "stated_change_pct": change.value,
                    "exact": False,
                }
            )
    return pd.DataFrame(rows).sort_values(["measure", "category", "year"]).reset_index(drop=True)


def growth_since(implied: pd.DataFrame, measure: str, base_year: int, year: int) -> tuple[float, float]:
    """Index (base year = 100) of ``year`` against ``base_year``: an interval from the implied base."""
    rows = implied[(implied["measure"] == measure) & (implied["category"] == "all")]
    now = rows.loc[rows["year"] == year, "low"].iloc[0]
    base = rows[rows["year"] == base_year].iloc[0]
    return now / base["high"] * 100, now / base["low"] * 100


def channel_mix(figures: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Channel shares computed from stated counts per channel (share of the stated total)."""
    counts = figures[(figures["measure"] == measure) & (figures["unit"] == "count") & figures["reference_year"].isna()]
    total = float(counts.loc[counts["category"] == "all", "value"].iloc[0])
    parts = counts[counts["category"] != "all"]
    return pd.DataFrame(
        {
            "channel": parts["category"].values,
            "count": parts["value"].values,
            "share_pct": parts["value"].values / total * 100,
            "base_n": total,
        }
    )
