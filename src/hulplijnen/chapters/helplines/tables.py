"""The helplines chapter's tables over several helplines: the years of each (the chapter's and the annex's), and every
key figure published for the year (the annex)."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, keys
from ...presentation import fmt
from ...presentation.labels import measure_label
from ..shared.base import Chapter
from ..shared.published import key_figures_table


def short_names() -> dict[str, str]:
    return load.helplines().set_index("helpline")["short_name"].to_dict()


def years_table(sections: dict[str, Chapter], table: str = "years") -> pd.DataFrame:
    """The per-year tables of several helpline sections, one after the other, with the helpline named.
    ``table``: "years" (the chapter's: each main figure once per year, the exact value where there is one) or
    "years_all" (the annex's: every value each published change implies, per channel too)."""
    names = short_names()
    if len(sections) == 1:  # the report's one helpline: no column that says so on every row
        return next(iter(sections.values())).tables[table]
    # the helpline first: the rows grouped by helpline, each read from its name (review r12, 2021 #12)
    return pd.concat([c.tables[table].assign(Hulplijn=names[h]) for h, c in sections.items()], ignore_index=True).pipe(
        lambda t: t[["Hulplijn", *(col for col in t.columns if col != "Hulplijn")]]
    )


def by_year(implied: pd.DataFrame, facts: FactSheet, helpline: str) -> pd.DataFrame:
    """The chapter's table of one helpline's totals per year, a column per year: the published count, or for a year
    known only from a rounded change the round figure its range allows ('ongeveer 120.900'); the ranges themselves
    and the per-channel values are the annex's."""
    shown = implied[(implied["category"] == "all") & implied["preferred"]]
    rows = []
    first = {"calls": 0, "contacts": 0, "conversations": 1}
    for measure in sorted(shown["measure"].unique(), key=lambda m: (first.get(m, 2), m)):
        row = {"Cijfer": fmt.capfirst(measure_label(measure, "all"))}
        for r in shown[shown["measure"] == measure].sort_values("year").itertuples():
            about = None if r.exact else facts.get(keys.earlier(helpline, measure, r.year, "about"))
            row[str(r.year)] = fmt.number(r.low) if r.exact else f"ongeveer {fmt.number(about)}"
        rows.append(row)
    return pd.DataFrame(rows).fillna("")


# relative column widths of the appendix table of every published key figure (display.markdown_table)
PUBLISHED_WIDTHS = (30, 18, 14, 24, 14)


def published_table(year: int, helplines_: list[str]) -> pd.DataFrame:
    """Every key figure published for the year by the report's helplines (those with a key-figures page,
    the helpline with tables included), with the helpline named."""
    names = short_names()
    return pd.concat(
        [
            key_figures_table(load.key_figures(year, h)).assign(Hulplijn=names[h])
            for h in helplines_
            if load.has_table("key_figures", h, year)
        ],
        ignore_index=True,
    )
