"""r45 (r44 2020 #5): what a look-back release takes from a later year's key figures, from its recorded facts (not
typed): each later key figure a fact of the release cites (its source is that year's key_figures.csv and names the
row), and what it is used for: 'estimate' (an earlier year is derived from it) or 'check' (a check of the release's
own figures, or a comparison), for the scope sentence of 'Over deze cijfers' (report/about.md)."""

from __future__ import annotations

import re

import pandas as pd

from .. import facts as facts_mod
from ..facts import keys
from ..presentation.labels import category_label, measure_label


def _citing(facts: dict, helpline: str, year: int, row) -> list[str]:
    """The keys of the facts whose source is the row of ``year``'s key figures: that file, and a selection naming the
    row's key as a whole word ('key = contacts', '2021/contacts_change_2019', '…/key_figures/contacts_change_2020/…',
    '1712.context.2021.all.possible_victims')."""
    file = f"data/{helpline}/{year}/key_figures.csv"
    named = re.compile(rf"(?<![\w]){re.escape(str(row.key))}(?![\w])")
    out = []
    for k, f in facts.items():
        source = f.get("source") or {}
        if file in str(source.get("file", "")) and named.search(str(source.get("selection", ""))):
            out.append(k)
    return out


def later_figures(params, facts: dict) -> list[dict]:
    """Per later year's key figure the release uses (the key figures of every year after the release's up to its
    publication): what it counts, the year a change compares with, the published value and its use."""
    from ..data import history, load

    out = []
    for h in params.helplines:
        undated = _undated_counts(load, h, params.year)
        for y, figs in sorted(history.key_figures_by_year(h).items()):
            if not params.year < y <= params.publication_date.year:
                continue
            for row in figs.itertuples():
                citing = _citing(facts, h, y, row)
                same = [k for k in citing if facts[k]["value"] == row.value]  # the published value itself
                if not citing:
                    continue
                derived = any("interval implied" in str(facts[k]["source"].get("selection")) for k in citing)
                total = row.unit == "count" and keys.earlier(h, row.measure, y, "later_total") in facts
                value = facts_mod.recorded(same[0], facts[same[0]]["value"]) if same else None
                out.append(
                    {
                        "year": str(y),
                        "label": measure_label(row.measure, row.category),
                        "change": row.unit in ("change", "pct_change"),
                        # r55 (r55 2020 #1): a share said as one ('het aandeel binnen de familie (90 %)')
                        "share": category_label(row.category) if row.unit == "percent" else None,
                        "about": row.qualifier == "about",
                        "against": None if pd.isna(row.reference_year) else str(int(row.reference_year)),
                        "decimals": int(row.decimals),
                        "value": value,
                        "use": "estimate" if derived or total else "doubt" if _undated(row, undated) else "check",
                    }
                )
    return out


def _undated(row, undated: set[str]) -> bool:
    """A later count of what an undated table counts, or a later share of it (r54 2020 #5: the shares too lie close):
    a reason to doubt the table's year."""
    base = "" if pd.isna(getattr(row, "base", None)) else str(row.base)
    return row.measure in undated or (row.unit == "percent" and any(base.startswith(u) for u in undated))


def _undated_counts(load, helpline: str, year: int) -> set[str]:
    """r47 (r46 2020 #1): what the release year's tables without month rows (no year in the source) count other than
    contacts: a later year's count of that is set beside such a table's total as a reason to doubt its year (use
    'doubt'), not a check of the release's own figures."""
    return {
        spec.value_column
        for name, spec in load.YEAR_TABLES.items()
        if spec.value_column and spec.value_column != "contacts" and "month" not in spec.key
        if load.has_table(name, helpline, year)
    }


def assumed(facts: dict) -> list[dict]:
    """r64 (r64 2020 #3): the contact-person groups whose count rests on an assumption about the table's empty cells
    (more than its filled cells, and no count the source states for the group), with the group of groups they make
    up together, for 'Over deze cijfers' beside the estimate from a rounded figure: not 'Eén cijfer'."""
    from ..data import load

    groups = load.codebook("contact_person_groups")
    found = []
    for k in sorted(facts):
        helpline, _, rest = k.partition(".contact_person_group.")
        if not rest.endswith(".filled_cells") or rest.count(".") != 1:
            continue
        group = rest.split(".")[0]
        low = facts.get(keys.contact_person_group(helpline, group, "low"), {}).get("value")
        stated = keys.check_key(helpline, f"contact_person_{group}_count", "published_n") in facts
        row = groups[groups["group"] == group]
        if low is None or stated or row.empty or not facts[k]["value"] < low:
            continue
        mix, mix_label = row.iloc[0]["mix_group"], row.iloc[0]["mix_label_nl"]
        together = (groups["mix_group"] == mix).sum() > 1 and any(
            f.startswith(f"{helpline}.contact_person_group.{mix}.") for f in facts
        )
        found.append({"helpline": helpline, "label": row.iloc[0]["label_nl"], "mix": mix_label if together else None})
    return found
