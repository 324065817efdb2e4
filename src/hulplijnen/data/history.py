"""Every year of a helpline that data/ holds, gathered for series across years."""

from __future__ import annotations

import pandas as pd

from ..config.paths import DATA
from . import load


def years_with(name: str, helpline: str, up_to: int | None = None) -> list[int]:
    """Years (ascending) for which data/<helpline>/<year>/<name>.csv exists."""
    years = sorted(int(p.parent.name) for p in (DATA / helpline).glob(f"[0-9][0-9][0-9][0-9]/{name}.csv"))
    return [y for y in years if up_to is None or y <= up_to]


def latest_year_with(name: str, helpline: str, up_to: int) -> int | None:
    """The latest year up to ``up_to`` for which data/<helpline>/<year>/<name>.csv exists."""
    years = years_with(name, helpline, up_to)
    return years[-1] if years else None


def key_figures_by_year(helpline: str, up_to: int | None = None) -> dict[int, pd.DataFrame]:
    return {y: load.key_figures(y, helpline) for y in years_with("key_figures", helpline, up_to)}


def channel_tables(helpline: str, up_to: int | None = None) -> dict[int, pd.DataFrame]:
    return {
        y: load.contacts_by_month_channel(y, helpline) for y in years_with("contacts_by_month_channel", helpline, up_to)
    }


def table_totals(helpline: str, up_to: int | None = None) -> dict[int, float]:
    """Each year's contacts from its table of contacts per month and channel (only complete tables)."""
    return {
        y: float(t["contacts"].sum())
        for y, t in channel_tables(helpline, up_to).items()
        if not t["contacts"].isna().any()
    }


def stated_change(figs: pd.DataFrame, measure: str, reference_year: int) -> pd.Series | None:
    """The one key figure of ``figs`` (a year's key figures) that publishes the change of ``measure`` (all contacts,
    not a channel) against ``reference_year`` as a percentage; None where the year publishes none."""
    rows = figs[
        (figs["measure"] == measure)
        & (figs["category"] == "all")
        & (figs["unit"] == "pct_change")
        & (figs["reference_year"] == reference_year)
    ]
    return rows.iloc[0] if len(rows) == 1 else None


def stated_range(helpline: str, measure: str, category: str, up_to: int) -> tuple[float, ...]:
    """A range the helpline's key figures state (e.g. the attempts a caller makes, 'gemiddeld 3 à 4'), from the
    latest year up to ``up_to`` that states it: its values ascending; empty where no year states it."""
    for _year, figs in sorted(key_figures_by_year(helpline, up_to).items(), reverse=True):
        rows = figs[(figs["measure"] == measure) & (figs["category"] == category) & figs["reference_year"].isna()]
        if len(rows):
            return tuple(sorted(float(v) for v in rows["value"]))
    return ()
