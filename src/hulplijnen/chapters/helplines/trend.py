"""The published changes of one helpline's counts per channel (calls and conversations against earlier years), for
the text of its profile: what the source states, recorded facts, none computed here."""

from __future__ import annotations

import pandas as pd

from ...facts import FactSheet, keys


def stated_changes(helpline: str, figs: pd.DataFrame, measure: str, category: str, facts: FactSheet) -> list[dict]:
    """The published percentage changes of ``measure`` in ``category`` against earlier years, the latest year
    first: each its year, its recorded value and its published decimals."""
    rows = figs[
        (figs["measure"] == measure)
        & (figs["category"] == category)
        & figs["reference_year"].notna()
        & (figs["unit"] == "pct_change")
    ].sort_values("reference_year", ascending=False)
    return [
        {
            "year": str(int(r.reference_year)),
            "value": facts.get(keys.fact_key(helpline, r)[0]),
            "decimals": int(r.decimals),
        }
        for r in rows.itertuples()
    ]


def fastest(channels: list[dict], measure: str) -> dict | None:
    """The channel whose ``measure`` grew most against the earliest year all channels state a change for; None
    when fewer than two channels state one for that year."""
    oldest = [c[measure][-1] for c in channels if c[measure]]
    if len(oldest) < 2 or len({o["year"] for o in oldest}) != 1:
        return None
    best = max(range(len(oldest)), key=lambda i: oldest[i]["value"])
    return {"label": channels[best]["label"], "year": oldest[best]["year"]}
