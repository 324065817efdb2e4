"""The growth of the whole year against the year before, as the channels chapter derives it (keys.growth): the
campaigns chapter sets a questioner's 'campaign brought N % more calls' beside it, so the reader sees that N is about
the growth of the whole year, which one campaign cannot be credited with (the same keys, the same values: the facts
of two notebooks agree)."""

from __future__ import annotations

from ...data import history
from ...facts import FactSheet, Source, keys
from ..shared import series as sr  # shared with the channels chapter: an edit of that chapter does not re-run this one

TABLE = "contacts_by_month_channel"


def year_growth(helpline: str, year: int, total: float, facts: FactSheet) -> dict | None:
    """The change of the year's total against each end of the previous year's interval, recorded; None where the
    previous year is exact or unknown (a published change then says it, not a derived range)."""
    series = sr.value_series(year, history.table_totals(helpline, year), history.key_figures_by_year(helpline))
    rows = series.set_index("year")
    if year - 1 not in rows.index or bool(rows.loc[year - 1, "exact"]):
        return None
    row = rows.loc[year - 1]
    low, high = round(float(row["low"]), 1), round(float(row["high"]), 1)
    src = Source(
        f"data/{helpline}/{year}/{TABLE}.csv",
        "key_figures",
        f"the year's total against each end of {year - 1}'s interval ({row['basis']})",
    )
    return {
        "year": str(year - 1),
        "low": facts.add(
            keys.growth(helpline, "contacts", year - 1, "low"), round((total / high - 1) * 100, 1), "percent", src
        ),
        "high": facts.add(
            keys.growth(helpline, "contacts", year - 1, "high"), round((total / low - 1) * 100, 1), "percent", src
        ),
    }
