"""Context of the violence, counted per possible victim: within or outside the family, the nuclear
family, settings, unknown and blank, with shares of all and of the known contexts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


def _merged(victims: pd.DataFrame, contexts: pd.DataFrame) -> pd.DataFrame:
    if victims["possible_victims"].isna().any():
        raise ValueError("the context table has missing cells; its shares are not exact")
    cols = ["context", "label_nl", "family", "nuclear_family", "known", "setting", "order"]
    return contexts[cols].merge(victims[["context", "possible_victims"]], on="context", how="left").sort_values("order")


def context_shares(victims: pd.DataFrame, contexts: pd.DataFrame) -> pd.DataFrame:
    """Every context in codebook order: count, share of all possible victims and, for known
    contexts, share of the possible victims with a known context (percent)."""
    out = _merged(victims, contexts)
    total = out["possible_victims"].sum()
    known = out.loc[out["known"].fillna(False).astype(bool), "possible_victims"].sum()
    out["share_pct"] = out["possible_victims"] / total * 100
    out["share_known_pct"] = (out["possible_victims"] / known * 100).where(out["known"].fillna(False).astype(bool))
    out["base_n"], out["known_base_n"] = total, known
    return out.drop(columns="order").reset_index(drop=True)


def by_setting(victims: pd.DataFrame, contexts: pd.DataFrame) -> pd.DataFrame:
    """Possible victims per setting (the codebook's grouping), in the order of first appearance in
    the codebook, with shares of all and of the known contexts (percent; missing for unknown and
    blank settings)."""
    table = context_shares(victims, contexts)
    grouped = table.groupby("setting", sort=False).agg(
        possible_victims=("possible_victims", "sum"), known=("known", "all")
    )
    total, known = table["base_n"].iloc[0], table["known_base_n"].iloc[0]
    grouped["share_pct"] = grouped["possible_victims"] / total * 100
    grouped["share_known_pct"] = (grouped["possible_victims"] / known * 100).where(
        grouped["known"].fillna(False).astype(bool)
    )
    return grouped.reset_index()


@dataclass(frozen=True)
class ContextSummary:
    """Possible victims of a year by the family flags of the codebook. Shares are percent;
    ``*_known_pct`` are of the possible victims with a known context."""

    total: int
    known: int
    not_known: int
    family: int
    nuclear_family: int
    wider_family: int
    outside_family: int
    family_known_pct: float
    outside_family_known_pct: float
    nuclear_family_pct: float
    nuclear_family_known_pct: float
    not_known_pct: float


def context_summary(victims: pd.DataFrame, contexts: pd.DataFrame) -> ContextSummary:
    table = _merged(victims, contexts)
    known_mask = table["known"].fillna(False).astype(bool)
    family_mask = table["family"].fillna(False).astype(bool)
    nuclear_mask = table["nuclear_family"].fillna(False).astype(bool)
    total = int(table["possible_victims"].sum())
    known = int(table.loc[known_mask, "possible_victims"].sum())
    family = int(table.loc[family_mask, "possible_victims"].sum())
    nuclear = int(table.loc[nuclear_mask, "possible_victims"].sum())
    outside = known - family
    return ContextSummary(
        total=total,
        known=known,
        not_known=total - known,
        family=family,
        nuclear_family=nuclear,
        wider_family=family - nuclear,
        outside_family=outside,
        family_known_pct=family / known * 100,
        outside_family_known_pct=outside / known * 100,
        nuclear_family_pct=nuclear / total * 100,
        nuclear_family_known_pct=nuclear / known * 100,
        not_known_pct=(total - known) / total * 100,
    )


def not_known_labels(victims: pd.DataFrame, contexts: pd.DataFrame) -> list[str]:
    """The labels of the contexts that are not known ('onbekend', 'niet ingevuld') with possible victims in the table,
    in codebook order: the text names each one the unknown share counts (r28 2020 #9)."""
    table = _merged(victims, contexts)
    shown = table[~table["known"].fillna(False).astype(bool) & (table["possible_victims"] > 0)]
    return [str(x) for x in shown["label_nl"]]


# the registration's context that many readers count as family, though the codebook does not (r20 2020 #14)
FOSTER = "foster_family"


def family_with(victims: pd.DataFrame, contexts: pd.DataFrame, context: str) -> tuple[int, float] | None:
    """The possible victims of one context outside the family, and the family's share of the known contexts with
    them counted in (percent); None where the table has no such context or it lies within the family already."""
    table = _merged(victims, contexts)
    row = table[table["context"] == context]
    if row.empty or bool(row["family"].fillna(False).astype(bool).iloc[0]) or pd.isna(row["possible_victims"].iloc[0]):
        return None
    n = int(row["possible_victims"].iloc[0])
    s = context_summary(victims, contexts)
    return n, (s.family + n) / s.known * 100
