"""Published key figures as the chapters show them: Dutch labels from the codebooks, values by unit,
and every key figure recorded as a fact (shared by the contact-persons and helplines chapters)."""

from __future__ import annotations

import pandas as pd

from ...data import history
from ...facts import FactSheet, Source, keys
from ...presentation import fmt
from ...presentation.labels import base_label, measure_label, reader_label

SHARE_MEASURES = [
    "contact_person_share",
    "gender_share",
    "anonymity_share",
    "victim_type",
    "victim_age",
    "context_share",
]
# who makes contact (the contact-persons chapter) and who the contacts are about (the contexts chapter)
CONTACT_MEASURES = ["contact_person_share", "gender_share", "anonymity_share"]
VICTIM_MEASURES = ["victim_type", "victim_age", "context_share"]
QUALIFIERS_NL = {
    "exact": "exact",
    "rounded": "afgerond",
    "about": "ongeveer",
    "almost": "bijna",
    "more_than": "meer dan",
    "at_most": "hoogstens",
}


NO_BASE = "(basis niet vermeld)"  # a share whose source does not say what it is a share of: no base is made up
# a chapter's words for such a share where the source's own words say who it is about ('75 % kiest voor anonimiteit':
# of those who make contact), as the summary says it; the missing base itself is the annex's (r15 2021 #9)
UNSTATED_WORDS = {"anonymity_share": "van wie contact opneemt"}


def _base_words(row) -> str:
    """A key figure's base in the annex's table: a share without one says so, a count has none."""
    return base_label(row.base) or ("niet vermeld" if row.unit == "percent" else "")


def key_figure_value(row) -> str:
    """A published key figure as the report shows it, by its unit."""
    ref = "" if pd.isna(row.reference_year) else f" ({int(row.reference_year)})"
    if row.unit == "percent":
        return fmt.pct(row.value, int(row.decimals)) + ref
    if row.unit == "pct_change":
        return f"{fmt.signed_pct(row.value, int(row.decimals))} t.o.v. {int(row.reference_year)}"
    if row.unit == "change":
        return f"{'+' if row.value > 0 else '−'}{fmt.number(abs(row.value))} t.o.v. {int(row.reference_year)}"
    if row.unit == "one_in_n":
        return fmt.one_in(1 / row.value) + ref
    if row.unit == "times":
        return f"{fmt.number(row.value)} keer zoveel als in {int(row.reference_year)}"
    if row.unit == "rank":
        # r64 (r64 2021 #7): 'rang van het jaar sinds de start | het hoogste' read awkwardly: the count's place
        return "het hoogste aantal" if row.value == 1 else f"het {fmt.number(row.value)}e hoogste aantal"
    return fmt.number(row.value, int(row.decimals))


def register_key_figures(helpline: str, year: int, figs: pd.DataFrame, facts: FactSheet) -> pd.DataFrame:
    """Every published key figure into figures.json (as published), and as a table with Dutch labels."""
    for f in figs.itertuples():
        key, unit = keys.fact_key(helpline, f)
        facts.add(
            key,
            f.value,
            unit,
            Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {f.key} ({f.locator})"),
        )
    return key_figures_table(figs)


def key_figures_table(figs: pd.DataFrame) -> pd.DataFrame:
    """Published key figures with Dutch labels, each as published (value by unit, qualifier, base)."""
    return pd.DataFrame(
        {
            "Cijfer": [measure_label(f.measure, f.category) for f in figs.itertuples()],
            "Waarde": [key_figure_value(f) for f in figs.itertuples()],
            "Gepubliceerd als": [QUALIFIERS_NL.get(f.qualifier, f.qualifier) for f in figs.itertuples()],
            "Basis": [_base_words(f) for f in figs.itertuples()],
        }
    )


def shares_as_published(figs: pd.DataFrame, measures: list[str]) -> pd.DataFrame | None:
    """The year's published shares of ``measures`` for a chapter: label and the share as published with its base
    ('meer dan 58 % van de mogelijke slachtoffers'); rows of one base together. How each was rounded is the annex's
    (key_figures_table). None when the year publishes none."""
    shown = figs[figs["measure"].isin(measures) & figs["reference_year"].isna()]
    if shown.empty:
        return None
    order = list(dict.fromkeys(shown["base"].fillna("")))
    words = {"about": "ongeveer ", "almost": "bijna ", "more_than": "meer dan ", "at_most": "hoogstens "}
    return pd.DataFrame(
        [
            {
                "Kenmerk": reader_label(r.measure, r.category),
                "Aandeel": f"{words.get(r.qualifier, '')}{key_figure_value(r)} "
                + (f"van de {base_label(r.base)}" if base_label(r.base) else UNSTATED_WORDS.get(r.measure, NO_BASE)),
            }
            for r in sorted(shown.itertuples(), key=lambda r: order.index("" if pd.isna(r.base) else r.base))
        ]
    )


def answer_anonymity(helpline: str, year: int, facts: FactSheet) -> dict | None:
    """The minister's 'ruim driekwart van de oproepers' (anonymity_share stated by the minister) from the latest key
    figures up to ``year`` that state it, recorded under the key of its year: a later year's report says it beside its
    own key figure (r41 2021 #1). None where no answer states it."""
    for y, figs in sorted(history.key_figures_by_year(helpline, year).items(), reverse=True):
        rows = figs[(figs["measure"] == "anonymity_share") & (figs["stated_by"] == "minister")]
        for row in rows[rows["reference_year"].isna()].itertuples():
            src = Source(f"data/{helpline}/{y}/key_figures.csv", "key_figures", f"key = {row.key}")
            share = facts.add(keys.contact_person(helpline, "anonymous", y, "share_pct"), row.value, "percent", src)
            return {"share": share, "more_than": row.qualifier == "more_than", "year": str(y)}
    return None


def one_in(helpline: str, year: int, category: str, facts: FactSheet) -> dict | None:
    """The year's key figures' own 'one in n' for ``category`` and the year before's, recorded, as they word it
    ('bijna één op de vijf … in 2020 nog één op de tien'), where both are given: r61 (r59 2021 #2), the rise said as
    theirs."""
    from ...data import load

    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    rows = figs[(figs["unit"] == "one_in_n") & (figs["category"] == category)]
    now, before = rows[rows["reference_year"].isna()], rows[rows["reference_year"] == year - 1]
    if len(now) != 1 or len(before) != 1:
        return None
    register_key_figures(helpline, year, pd.concat([now, before]), facts)
    n, b = now.iloc[0], before.iloc[0]
    return {
        "now": facts.get(keys.fact_key(helpline, n)[0]),
        "almost": n["qualifier"] == "almost",
        "before": facts.get(keys.fact_key(helpline, b)[0]),
        "about": b["qualifier"] == "about",
    }
