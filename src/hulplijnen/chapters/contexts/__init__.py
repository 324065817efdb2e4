"""Waar speelt het geweld zich af: the context of the violence per possible victim (within or outside the family,
the nuclear family, settings), and a later year's rounded shares against the exact earlier ones."""

from __future__ import annotations

import pandas as pd

from ...data import history, load
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.labels import base_label, reader_label
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from ..shared.checked import fact, record_comparison
from ..shared.published import VICTIM_MEASURES, key_figure_value
from . import analysis as cx
from . import charts

TABLE = "possible_victims_by_context"
# The family flags a later year's stated share refers to: its category -> (the summary's part, base)
STATED = {
    "family": ("family", "possible_victims_known_context"),
    "nuclear_family": ("nuclear_family", "possible_victims"),
}


SPEC = ChapterSpec(
    "contexts",
    "Waar speelt het geweld zich af: context van het geweld",
    24,
    lambda p: leads_with_published_tables(p) and history.latest_year_with(TABLE, p.helplines[0], p.year) is not None,
)


def _summary_facts(
    year: int, helpline: str, s: cx.ContextSummary, facts: FactSheet, foster: tuple[int, float] | None = None
) -> dict:
    file = f"data/{helpline}/{year}/{TABLE}.csv"

    def count(part: str, value: int, how: str) -> int:
        return fact(
            facts, keys.context(helpline, year, part, "possible_victims"), value, "count", Source(file, TABLE, how)
        )

    def share(part: str, value: float, how: str, known: bool = True) -> float:
        suffix = "share_known_pct" if known else "share_pct"
        return fact(
            facts, keys.context(helpline, year, part, suffix), round(value, 1), "percent", Source(file, TABLE, how)
        )

    out = {}
    if foster is not None:
        out["foster"] = count(cx.FOSTER, foster[0], f"context = {cx.FOSTER}")
        out["family_with_foster_pct"] = share(
            f"family_with_{cx.FOSTER}", foster[1], f"family and {cx.FOSTER} over known contexts"
        )
    return out | {
        "total": count("all", s.total, "sum of all contexts"),
        "known": count("known", s.known, "contexts marked known in the codebook"),
        "not_known": count("not_known", s.not_known, "unknown and blank"),
        "family": count("family", s.family, "contexts marked family"),
        "nuclear": count("nuclear_family", s.nuclear_family, "contexts marked nuclear family"),
        "wider": count("wider_family", s.wider_family, "family, not nuclear family"),
        "outside": count("outside_family", s.outside_family, "known, not family"),
        "family_pct": share("family", s.family_known_pct, "family over known contexts"),
        "outside_pct": share("outside_family", s.outside_family_known_pct, "outside the family over known contexts"),
        "nuclear_pct": share("nuclear_family", s.nuclear_family_pct, "nuclear family over all", known=False),
        "nuclear_known_pct": share("nuclear_family", s.nuclear_family_known_pct, "nuclear family over known"),
        "not_known_pct": share("not_known", s.not_known_pct, "unknown and blank over all", known=False),
    }


def _settings(year: int, helpline: str, facts: FactSheet) -> tuple[dict, pd.DataFrame]:
    settings = cx.by_setting(load.possible_victims_by_context(year, helpline), load.codebook("violence_contexts"))
    file = f"data/{helpline}/{year}/{TABLE}.csv"
    out = {}
    for r in settings.itertuples():
        src = Source(file, TABLE, f"contexts of setting {r.setting}")
        item = {
            "n": fact(
                facts,
                keys.context(helpline, year, f"setting_{r.setting}", "possible_victims"),
                int(r.possible_victims),
                "count",
                src,
            )
        }
        if not pd.isna(r.share_known_pct):
            item["share"] = fact(
                facts,
                keys.context(helpline, year, f"setting_{r.setting}", "share_known_pct"),
                round(float(r.share_known_pct), 1),
                "percent",
                src,
            )
        out[r.setting] = item
    return out, settings


def _later(year: int, helpline: str, since: int, s: cx.ContextSummary, facts: FactSheet) -> list[dict]:
    parts = {"family": (s.family, s.known), "nuclear_family": (s.nuclear_family, s.total)}
    out = []
    for later, figs in history.key_figures_by_year(helpline, year).items():
        if later <= since:
            continue
        rows = figs[
            (figs["measure"] == "context_share") & figs["reference_year"].isna() & figs["category"].isin(list(STATED))
        ]
        victims = figs[(figs["measure"] == "possible_victims") & (figs["unit"] == "count")]
        item = {"year": str(later), "stated": {}, "victims": None}
        file = f"data/{helpline}/{later}/key_figures.csv"
        for r in rows.itertuples():
            part, whole = parts[r.category]
            cmp = st.compare_with_rounded(part, whole, float(r.value), int(r.decimals), r.qualifier)
            src = Source(file, "key_figures", f"key = {r.key}, against {since}")
            item["stated"][r.category] = record_comparison(facts, helpline, f"{r.key}_{later}_vs_{since}", cmp, src)
        if len(victims) == 1:
            item["victims"] = fact(
                facts,
                keys.context(helpline, later, "all", "possible_victims"),
                int(victims["value"].iloc[0]),
                "count",
                Source(file, "key_figures", "key = possible_victims"),
            )
        if item["stated"] or item["victims"] is not None:
            out.append(item)
    return out


def _published_bases(year: int, helpline: str, since: int, facts: FactSheet) -> dict:
    """The year's published shares about the possible victims the chapter tells in words (r21 2021 #6: they stood only
    as table rows): the kinds of violence largest first, the share of minors, the family's share and the share outside
    the family beside it (r21 2021 #9: the source gives the latter per call; the annex says so), and any other share
    of the contacts, which a reader would add to the victims' shares (r15 2021 #5)."""
    out: dict = {"per_contact": [], "minors": None, "family": None, "outside": None, "kinds": []}
    if since == year or not load.has_table("key_figures", helpline, year):
        return out
    figs = load.key_figures(year, helpline)
    shown = figs[figs["measure"].isin(VICTIM_MEASURES) & figs["reference_year"].isna()]
    for r in shown.sort_values("value", ascending=False, kind="stable").itertuples():
        key, unit = keys.fact_key(helpline, r)
        src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {r.key}")
        item = {"label": reader_label(r.measure, r.category), "value": fact(facts, key, r.value, unit, src)}
        item["words"] = QUALIFIER_WORDS.get(r.qualifier, "")
        if r.measure == "context_share" and r.category in ("family", "outside_family"):
            out["family" if r.category == "family" else "outside"] = item
        elif r.measure == "victim_type":
            out["kinds"].append(item)
        elif r.measure == "victim_age" and r.category == "minor":
            out["minors"] = {"value": item["value"], "more_than": r.qualifier == "more_than"}
        elif r.base == "contacts":
            out["per_contact"].append(item)
    return out


# the published shares the chapter's text gives in words: no table repeats them (r21 2021 #6, #8)
SAID = {("victim_type", None), ("victim_age", "minor"), ("context_share", "family"),
        ("context_share", "outside_family"), ("context_share", "nuclear_family")}  # fmt: skip
QUALIFIER_WORDS = {"about": "ongeveer ", "almost": "bijna ", "more_than": "meer dan ", "at_most": "hoogstens "}


def shares_by_base(figs: pd.DataFrame, skip_said: bool = False) -> pd.DataFrame | None:
    """The year's published shares about whom the contacts are, one row per characteristic with its base in plain
    words in the cell ('90 % van de mogelijke slachtoffers met bekende context'): two columns a phone shows whole,
    no sparse column per base, and a base never left for the reader to guess (r15 2021 #2, #5). ``skip_said``: not
    the shares the chapter's text gives (SAID)."""
    shown = figs[figs["measure"].isin(VICTIM_MEASURES) & figs["reference_year"].isna()]
    said = [(m, c) in SAID or (m, None) in SAID for m, c in zip(shown["measure"], shown["category"])]
    shown = shown[[not x for x in said]] if skip_said else shown
    if shown.empty:
        return None
    words = QUALIFIER_WORDS

    def of(base) -> str:
        return f" van de {base_label(base)}" if base_label(base) else ""

    order = list(dict.fromkeys(shown["base"]))  # the shares of one base together, as before
    rows = [
        {"Kenmerk": reader_label(r.measure, r.category), "Aandeel": f"{words.get(r.qualifier, '')}"
         f"{key_figure_value(r)}{of(r.base)}"}
        for r in sorted(shown.itertuples(), key=lambda r: order.index(r.base))
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["Kenmerk", "Aandeel"])


def _groupings(codebook: pd.DataFrame) -> list[dict]:
    """The settings of the table that group several contexts of the registration ('voorzieningen en instellingen':
    pleeggezin, jeugdinstelling, ...), for a note under it; whether such a group lies outside the family."""
    out = []
    for _setting, part in codebook.groupby("setting", sort=False):
        if len(part) > 1:
            family = part["family"].dropna().astype(str).str.lower().eq("true")
            out.append(
                {"setting": part["setting_nl"].iloc[0], "contexts": list(part["label_nl"]), "outside": not family.any()}
            )
    return out


def build(year: int, helpline: str, facts: FactSheet) -> Chapter:
    since = history.latest_year_with(TABLE, helpline, year)
    codebook = load.codebook("violence_contexts")
    victims = load.possible_victims_by_context(since, helpline)
    s = cx.context_summary(victims, codebook)
    summary = _summary_facts(since, helpline, s, facts, cx.family_with(victims, codebook, cx.FOSTER))
    settings, by_setting = _settings(since, helpline, facts)
    later = _later(year, helpline, since, s, facts)
    nuclear = cx.context_shares(victims, codebook)
    nuclear = nuclear[nuclear["nuclear_family"].fillna(False).astype(bool)]
    file = f"data/{helpline}/{since}/{TABLE}.csv"
    nuclear_parts = [
        {
            "label": r.label_nl,
            "n": fact(
                facts,
                keys.context(helpline, since, r.context, "possible_victims"),
                int(r.possible_victims),
                "count",
                Source(file, TABLE, f"context = {r.context}"),
            ),
        }
        for r in nuclear.itertuples()
    ]
    body = text.sections(
        "chapters/contexts/text.md",
        facts=facts,
        year=str(year),
        since=str(since),
        s=summary,
        settings=settings,
        later=later,
        bases=_published_bases(year, helpline, since, facts),
        groupings=_groupings(codebook),
        family_contexts=list(codebook.loc[codebook["family"].fillna(False).astype(bool), "label_nl"]),
        nuclear_parts=nuclear_parts if len(nuclear_parts) > 1 else [],
    )
    labels = codebook.drop_duplicates("setting").set_index("setting")["setting_nl"]
    by_setting = cx.largest_first(by_setting, codebook)
    setting_rows = [
        {
            "Context": labels[r.setting],
            "Mogelijke slachtoffers": fmt.number(r.possible_victims),
            "Aandeel van bekend": "" if pd.isna(r.share_known_pct) else fmt.pct(float(r.share_known_pct)),
        }
        for r in by_setting.itertuples()
    ] + [{"Context": "totaal", "Mogelijke slachtoffers": fmt.number(s.total), "Aandeel van bekend": ""}]
    detail = cx.context_shares(victims, codebook)
    detail_rows = [
        {"Context": r.label_nl, "Mogelijke slachtoffers": fmt.number(r.possible_victims)} for r in detail.itertuples()
    ] + [
        {"Context": "totaal", "Mogelijke slachtoffers": fmt.number(s.total)}
    ]  # as the table per setting (r16 2020 #14)
    known = by_setting[by_setting["share_known_pct"].notna()]
    bars = pd.DataFrame({"label": [labels[x] for x in known["setting"]], "value": known["share_known_pct"].round(1)})
    published = (
        shares_by_base(load.key_figures(year, helpline), skip_said=True)
        if since != year and load.has_table("key_figures", helpline, year)
        else None
    )
    if published is None:
        facts.nothing_to_show(
            "tbl-context-published", "the year's own table per context, or the text gives each published share"
        )
    if since != year:
        facts.nothing_to_show("tbl-contexts", f"a later year's report: not {since}'s detail per context")
    return Chapter.written(
        body,
        # a later year's report shows the earlier year's table it compares with, not its detail per context
        {
            "published": published,
            "settings": pd.DataFrame(setting_rows),
            "contexts": pd.DataFrame(detail_rows) if since == year else None,
        },
        {"bars": bars, "since": since},
        SHOWN,
    )


SHOWN = (
    Text("family"),
    Table(
        "tbl-context-published",
        "Over wie de contacten gaan: aandelen zoals gepubliceerd",
        "published",
    ),
    Text("bases"),
    Table(
        "tbl-context-settings",
        "Mogelijke slachtoffers naar context van het geweld (aandeel van wie een bekende context heeft)",
        "settings",
        year="since",
    ),
    charts.SETTINGS,
    Text("outside"),
    Table(
        "tbl-contexts",
        "Mogelijke slachtoffers per context, elke context van de registratie apart",
        "contexts",
        year="since",
    ),
    # what the source's table counts and the grouping of the table and the chart (this report's): the annex's, told in
    # words (r20 2020 #3, 2021 #5; r19 #2 said it under the table)
    Table("tbl-appendix-context-reading", "Hoe dit rapport de tabel per context leest", lead="reading"),
)
