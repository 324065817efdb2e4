"""The data-quality record: corrections, missing cells, constraints, inconsistencies — from data."""

from __future__ import annotations

import pandas as pd

from . import load, reconcile


def corrections(helpline: str | None = None, year: int | None = None) -> pd.DataFrame:
    table = load.corrections()
    if helpline is not None and year is not None:
        table = table[table["file"].str.startswith(f"{helpline}/{year}/")]
    return table.reset_index(drop=True)


def corrections_shown(helplines: list[str], year: int) -> pd.DataFrame:
    """The corrections in the data a release of ``year`` can show: every year up to ``year`` of its helplines (a
    later year's report shows an earlier year's tables and series where they are the latest)."""
    table = load.corrections()
    years = table["file"].str.split("/").str[1].astype(int)
    helpline = table["file"].str.split("/").str[0]
    return table[helpline.isin(helplines) & (years <= year)].reset_index(drop=True)


def missing_cells(helpline: str, year: int) -> pd.DataFrame:
    rows = []
    for name in load.available_tables(helpline, year):
        spec = load.YEAR_TABLES[name]
        if spec.value_column is None:
            continue
        table = load.load_year_table(name, helpline, year)
        for row in table[table["status"] == "missing"].itertuples():
            key = "|".join(f"{k}={getattr(row, k)}" for k in spec.key)  # as corrections.csv writes a cell
            rows.append({"table": name, "cell": key, "reason": row.missing_reason})
    return pd.DataFrame(rows, columns=["table", "cell", "reason"])


def checks_for(helplines: list[str], year: int) -> pd.DataFrame:
    table, _ = reconcile.reconciliation()
    prefixes = tuple(f"{h}/{y}/" for h in helplines for y in (year, year - 1, year - 2))
    return table[table["check_id"].str.startswith(prefixes)].reset_index(drop=True)


def unclear_bases(helplines: list[str], year: int) -> pd.DataFrame:
    """The shares a source states without saying of which count (calls or conversations): per share, the share of
    each count and whether the stated figure fits it. An unclear base, not a contradiction, when one count fits."""
    from .key_figure_checks import unclear_base_shares

    rows = []
    for helpline in helplines:
        if not load.has_table("key_figures", helpline, year):
            continue
        figs = load.key_figures(year, helpline)
        current = figs[figs["reference_year"].isna()]
        counts = current[current["unit"] == "count"]
        for fig in current[current["base"] == "calls_or_conversations"].itertuples():
            fits = unclear_base_shares(fig, counts)
            rows.append(
                {"helpline": helpline, "measure": fig.measure, "category": fig.category, "stated": fig.value}
                | {f"{m}_pct": share for m, (share, _) in fits.items()}
                | {f"{m}_fits": ok for m, (_, ok) in fits.items()}
            )
    return pd.DataFrame(rows)


def constraints() -> pd.DataFrame:
    return reconcile.constraint_bounds()[0]
