"""Who makes contact: gender of the contact person per month and year, contacts without a recorded
gender, and age classes with their shares. Pure functions on the tidy tables of data/."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd


def gender_by_month(gender: pd.DataFrame, unknown: Sequence[str] = ("unknown",)) -> pd.DataFrame:
    """Month x gender counts (wide) with the month's table total, the contacts with a known gender
    and each known gender's share of those (percent); missing cells stay missing."""
    wide = gender.pivot(index="month", columns="gender", values="contacts")
    known_cols = [c for c in wide.columns if c not in set(unknown)]
    out = wide.copy()
    out["table_total"] = wide.sum(axis=1, min_count=len(wide.columns))
    out["known"] = wide[known_cols].sum(axis=1, min_count=len(known_cols))
    for col in known_cols:
        out[f"{col}_share_known_pct"] = wide[col].astype("Float64") / out["known"].astype("Float64") * 100
    out.columns.name = None
    return out.reset_index()


@dataclass(frozen=True)
class GenderYear:
    """A year of the gender table. ``contacts`` is the year's count of contacts (from the channel
    table); ``not_in_table`` the contacts no gender column holds (the table has no column for
    'not recorded')."""

    counts: dict[str, int]
    table_total: int
    contacts: int
    not_in_table: int
    known: int
    share_known_pct: dict[str, float]
    share_all_pct: dict[str, float]


def gender_year(gender: pd.DataFrame, contacts: int, unknown: Sequence[str] = ("unknown",)) -> GenderYear:
    if gender["contacts"].isna().any():
        raise ValueError("the gender table has missing cells; the year's totals are not exact")
    counts = {str(k): int(v) for k, v in gender.groupby("gender")["contacts"].sum().items()}
    table_total = sum(counts.values())
    known = sum(v for k, v in counts.items() if k not in set(unknown))
    return GenderYear(
        counts=counts,
        table_total=table_total,
        contacts=int(contacts),
        not_in_table=int(contacts) - table_total,
        known=known,
        share_known_pct={k: v / known * 100 for k, v in counts.items() if k not in set(unknown)},
        share_all_pct={k: v / table_total * 100 for k, v in counts.items()},
    )


def unrecorded_by_month(gender: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    """Per month: contacts (channel table), contacts in the gender table, and the difference (contacts
    with no gender recorded). Months with a missing cell give a missing difference."""
    per_month = contacts.groupby("month")["contacts"].sum(min_count=1)
    in_table = gender.groupby("month")["contacts"].sum(min_count=1)
    out = pd.DataFrame({"contacts": per_month, "in_gender_table": in_table})
    complete_c = contacts.groupby("month")["contacts"].apply(lambda s: s.notna().all())
    complete_g = gender.groupby("month")["contacts"].apply(lambda s: s.notna().all())
    out["not_recorded"] = (out["contacts"] - out["in_gender_table"]).where(complete_c & complete_g)
    return out.rename_axis("month").reset_index()


def age_shares(age: pd.DataFrame, age_classes: pd.DataFrame) -> pd.DataFrame:
    """Every age class in codebook order: label, count, share of all contacts and, for classes
    whose age is known (the codebook's ``minor`` flag is filled), share of the contacts with a known
    age class (percent)."""
    out = (
        age_classes[["age_class", "label_nl", "minor", "order"]]
        .merge(age[["age_class", "contacts"]], on="age_class", how="left")
        .sort_values("order")
    )
    total = out["contacts"].sum()
    known_mask = out["minor"].notna()
    known = out.loc[known_mask, "contacts"].sum()
    out["known"] = known_mask
    out["share_pct"] = out["contacts"].astype("Float64") / total * 100
    out["share_known_pct"] = (out["contacts"].astype("Float64") / known * 100).where(known_mask)
    out["base_n"] = total
    out["known_base_n"] = known
    return out.drop(columns="order").reset_index(drop=True)


def minors(age: pd.DataFrame, age_classes: pd.DataFrame) -> tuple[int, float, float]:
    """Contacts by minors, their share of all contacts and of contacts with a known age (percent)."""
    table = age_shares(age, age_classes)
    minor = table["minor"].fillna(False).astype(bool)
    n = int(table.loc[minor, "contacts"].sum())
    return n, n / float(table["base_n"].iloc[0]) * 100, n / float(table["known_base_n"].iloc[0]) * 100
