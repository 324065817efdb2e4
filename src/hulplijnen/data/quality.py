"""The data-quality record: corrections, missing cells, constraints, inconsistencies — from data."""

from __future__ import annotations

import pandas as pd

from . import history, load, reconcile


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


def shown_tables(helplines: list[str], year: int) -> list[tuple[str, int, str]]:
    """(helpline, year, table) of every published table a release of ``year`` can show: per helpline and table, the
    latest year up to ``year`` that has it (a later year's report shows an earlier year's table where it is the
    latest, as corrections_shown)."""
    found = ((h, history.latest_year_with(name, h, year), name) for h in helplines for name in load.YEAR_TABLES)
    return [(h, y, name) for h, y, name in found if y is not None]


def missing_shown(helplines: list[str], year: int) -> pd.DataFrame:
    """The missing cells of every table a release of ``year`` can show (shown_tables), with the table's year."""
    frames = [
        cells[cells["table"] == name].assign(year=y)
        for h, y, name in shown_tables(helplines, year)
        if not (cells := missing_cells(h, y)).empty
    ]
    columns = ["table", "cell", "reason", "year"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def short_of_total(helplines: list[str], year: int) -> pd.DataFrame:
    """Every stated total of a table a release of ``year`` can show whose filled cells add up to less: the table,
    its year, the total's dimension and category, the stated total, the sum of the filled cells, the gap and the
    empty cells (keys as corrections.csv writes them) that hold the gap together. Computed from the data, per
    total the source prints (data/<helpline>/<year>/stated_totals.csv)."""
    rows = []
    for h, y, name in shown_tables(helplines, year):
        spec = load.YEAR_TABLES[name]
        if spec.value_column is None or not load.has_table("stated_totals", h, y):
            continue
        frame = load.load_year_table(name, h, y)
        totals = load.stated_totals(y, h)
        for total in totals[totals["table"] == name].itertuples():
            part = frame if total.dimension == "all" else frame[frame[total.dimension] == total.category]
            filled = float(part[spec.value_column].dropna().sum())
            empty = part[part[spec.value_column].isna()]
            if empty.empty or filled >= float(total.value):
                continue
            keys = ["|".join(f"{k}={getattr(r, k)}" for k in spec.key) for r in empty.itertuples()]
            rows.append(
                {"helpline": h, "year": y, "table": name, "dimension": total.dimension, "category": total.category}
                | {"stated": float(total.value), "filled": filled, "gap": float(total.value) - filled, "cells": keys}
            )
    columns = ["helpline", "year", "table", "dimension", "category", "stated", "filled", "gap", "cells"]
    return pd.DataFrame(rows, columns=columns)


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


def disputed_changes(helplines: list[str], year: int) -> set[tuple[str, str, int]]:
    """The published percentage changes data/inconsistencies.csv records as not fitting their difference in counts,
    as (helpline, measure, year compared with): 'Over deze cijfers' names them and the annex's table of every key
    figure marks them (r26 TO #13, #15)."""
    out = set()
    for check in load.inconsistencies()["check_id"]:
        parts = str(check).split("/")
        if len(parts) == 6 and parts[0] in helplines and parts[1] == str(year) and parts[3] == "abs_vs_pct":
            out.add((parts[0], parts[4], int(parts[5])))
    return out
