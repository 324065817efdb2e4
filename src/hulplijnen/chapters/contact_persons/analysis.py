"""Contact persons: who contacts the helpline, by code and by group, with shares and statements."""

from __future__ import annotations

import pandas as pd


def by_code(people: pd.DataFrame, codes: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """Every code with its label, group, count (missing stays missing) and share of all contacts."""
    out = people.merge(codes, on="code", how="left").merge(
        groups[["group", "label_nl", "order"]].rename(columns={"label_nl": "group_label"}), on="group"
    )
    total = out["contacts"].sum() + 0  # filled cells; missing cells are bounded by constraints
    out["share_pct"] = out["contacts"] / total * 100
    return out.sort_values(["order", "code"]).reset_index(drop=True)


def by_group(
    people: pd.DataFrame, codes: pd.DataFrame, groups: pd.DataFrame, bounds: pd.DataFrame, total: int
) -> pd.DataFrame:
    """Contacts per group: filled cells, plus what the constraints say the empty cells hold.

    A constraint states what its empty cells hold together (a stated total less the filled cells). When all
    of them belong to one group, that group's count is exact: low == high == filled + the derived total
    (jointly determined, as the table's empty cells are by its totals). When they span several groups, each
    of those groups holds between nothing and all of it: low = the filled cells, high = low + the derived
    total. A group without empty cells is exact. ``derived`` is how much of a group's count (its upper end) rests on
    such a derived total rather than on the table's filled cells; ``remainder`` the part of it that is only what the
    table's own total leaves over, no total the source states for the group (r21 2020 #9). Shares are of ``total``.
    """
    merged = people.merge(codes, on="code")
    filled = merged.groupby("group")["contacts"].sum()
    missing_codes = merged.loc[merged["contacts"].isna(), ["code", "group"]]
    certain = pd.Series(0.0, index=filled.index)
    extra = pd.Series(0.0, index=filled.index)
    remainder = pd.Series(0.0, index=filled.index)
    for bound in bounds.itertuples():
        cells = str(bound.missing_cells).split("|")
        owning = set(missing_codes.loc[missing_codes["code"].isin(cells), "group"])
        for group in owning:
            (certain if len(owning) == 1 else extra)[group] += bound.derived_total
            if len(owning) == 1 and getattr(bound, "rule", "") == "table_total":
                remainder[group] += bound.derived_total
    out = groups.set_index("group")[["label_nl", "order"]].join(filled.rename("low").astype(float)).fillna({"low": 0.0})
    out["low"] = out["low"] + certain.reindex(out.index).fillna(0.0)
    out["high"] = out["low"] + extra.reindex(out.index).fillna(0.0)
    out["exact"] = out["low"] == out["high"]
    out["derived"] = (certain + extra).reindex(out.index).fillna(0.0)  # what the group's empty cells hold, derived
    out["remainder"] = remainder.reindex(out.index).fillna(0.0)
    out["share_low_pct"] = out["low"] / total * 100
    out["share_high_pct"] = out["high"] / total * 100
    out["base_n"] = total
    return out.sort_values("order").drop(columns="order").reset_index()


def role_share(
    people: pd.DataFrame, codes: pd.DataFrame, group: str, roles: list[str], total: int
) -> tuple[int, float]:
    """Contacts and share (0-1) of the codes in ``group`` with one of ``roles``."""
    merged = people.merge(codes, on="code")
    n = int(merged.loc[(merged["group"] == group) & merged["role"].isin(roles), "contacts"].sum())
    return n, n / total


def merged(by_group: pd.DataFrame, groups: pd.DataFrame, mix: str) -> tuple[float, float, float, float]:
    """The groups of ``by_group`` (from by_group) that the codebook merges into ``mix`` (column mix_group), together:
    low, high, and their shares of all contacts (percent)."""
    part = by_group[by_group["group"].isin(groups.loc[groups["mix_group"] == mix, "group"])]
    return (
        float(part["low"].sum()),
        float(part["high"].sum()),
        float(part["share_low_pct"].sum()),
        float(part["share_high_pct"].sum()),
    )
