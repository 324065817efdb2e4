"""Waar het geweld plaatsvindt: the context of the violence per possible victim in the source's own categories (within
or outside the family, the nuclear family), and a later year's rounded shares against the exact earlier ones."""

from __future__ import annotations

import pandas as pd

from ...config.paths import DATA
from ...data import history, load, provenance
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.display import BOLD_ROWS
from ...presentation.labels import base_label, category_label, reader_label
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from ..shared.checked import fact, record_comparison
from ..shared.published import VICTIM_MEASURES, key_figure_value
from ..shared.reports import report_on
from . import analysis as cx
from .compare import compare_table, doubted, stated_shares

TABLE = "possible_victims_by_context"
SUBTOTAL = "family_subtotal"  # codebooks/categories.csv: the words of the table's row of the family's contexts together
# The family flags a later year's stated share refers to: its category -> (the summary's part, base)
STATED = {
    "family": ("family", "possible_victims_known_context"),
    "nuclear_family": ("nuclear_family", "possible_victims"),
}


def _about_whom(params) -> bool:
    """Whether the year's key figures publish the kinds of violence or the victims' age: the chapter then opens with
    them (r22 2021 #23), and its title says so (r30 2021 #17)."""
    helpline, year = params.helplines[0], params.year
    if not load.has_table("key_figures", helpline, year):
        return False
    figs = load.key_figures(year, helpline)
    return bool(figs["measure"].isin(["victim_type", "victim_age"]).any())


SPEC = ChapterSpec(
    "contexts",
    # the title promises the context only where the chapter has no more: no table says who the victims are (r23 2020
    # #18); where the year publishes the kinds of violence and the victims' age, it names them (r30 2021 #17)
    "Waar het geweld plaatsvindt: de context",
    24,
    lambda p: leads_with_published_tables(p) and history.latest_year_with(TABLE, p.helplines[0], p.year) is not None,
    title_for=lambda p: "Over wie en waarover: mogelijke slachtoffers en context" if _about_whom(p) else SPEC.title,
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


def _contexts(since: int, helpline: str, table: pd.DataFrame, facts: FactSheet) -> dict[str, dict]:
    """Every context of the registration, as the source lists it (r22 2020 #12: not this report's groups): its
    possible victims and, for a known context, its share of the known contexts."""
    file = f"data/{helpline}/{since}/{TABLE}.csv"
    out = {}
    for r in table.itertuples():
        src = Source(file, TABLE, f"context = {r.context}")
        key = keys.context(helpline, since, r.context, "possible_victims")
        n = fact(facts, key, int(r.possible_victims), "count", src)
        item = {"label": r.label_nl, "n": n, "share": None}
        if not pd.isna(r.share_known_pct):
            key = keys.context(helpline, since, r.context, "share_known_pct")
            item["share"] = fact(facts, key, round(float(r.share_known_pct), 1), "percent", src)
        out[r.context] = item
    return out


def context_rows(contexts: dict[str, dict], family: list[str], summary: dict) -> pd.DataFrame:
    """One table, the source's own contexts in its order with their shares (r22 2020 #4, #12: no chart repeating it),
    and the total. Where the family's contexts come first together, a subtotal row under them gives the family's count
    and its share of the known contexts (the column's base), the key share in the table (r26 2020 #3)."""

    def row(label: str, n: int, share: float | None) -> dict:
        return {
            "Context": label,
            "Mogelijke slachtoffers": fmt.number(n),
            "Aandeel van bekend": "" if share is None else fmt.pct(float(share)),
        }

    rows = [row(c["label"], c["n"], c["share"]) for c in contexts.values()]
    order = list(contexts)
    bold = []
    if family and order[: len(family)] == [c for c in order if c in family]:
        # r27 2020 #6: named a subtotal, so no reader adds it to the column; its words the codebook's, set in bold
        # (r30 2020 #15: the long label in plain type read as one more row)
        rows.insert(len(family), row(category_label(SUBTOTAL), summary["family"], summary["family_pct"]))
        bold = [len(family)]
    known = row(category_label("known_subtotal"), summary["known"], None) | {"Aandeel van bekend": fmt.pct(100, 0)}
    bold.append(max(i for i, r in enumerate(rows) if r["Aandeel van bekend"]) + 1)  # r56 (r56 2020 #4): the base, bold
    rows.insert(bold[-1], known)
    frame = pd.DataFrame(rows + [row("totaal", summary["total"], None)])
    frame.attrs[BOLD_ROWS] = bold
    return frame


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
            check, against = f"{r.key}_{later}_vs_{since}", f"{helpline}/{since}/{TABLE}.csv"
            item["stated"][r.category] = record_comparison(
                facts, helpline, check, cmp, src, against=against, unknown=whole - s.known
            )
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


def _after(year: int, helpline: str, facts: FactSheet) -> dict | None:
    """The first later year whose key figures count possible victims, for a release whose own year has the table per
    context (r28 2020 #10: the report's name for what the table counts, used by the helpline's own later key
    figures); its year only, no figure of it: a report on a year shows no later year's figures (r11 2020 #1;
    tests/e2e/test_sources_in_report.py), except its count of possible victims, for the annex alone (r40, r39 2020 #1:
    the table's total lies close to it, and the table states no year). None where the data has no such year."""
    for later, figs in history.key_figures_by_year(helpline).items():
        if later <= year:
            continue
        victims = figs[(figs["measure"] == "possible_victims") & (figs["unit"] == "count")]
        if len(victims) == 1:
            file = f"data/{helpline}/{later}/key_figures.csv"
            key = keys.context(helpline, later, "all", "possible_victims")
            return {
                "year": str(later),
                "helpline": str(load.helplines().set_index("helpline").loc[helpline, "short_name"]),
                "victims": fact(facts, key, int(victims["value"].iloc[0]), "count", Source(file, "key_figures", key)),
                "shares": stated_shares(figs, helpline, later, facts),  # r54 (r54 2020 #5): the annex's note
            }
    return None


def _origin(helpline: str, year: int) -> dict:
    """Whose the table is and the question its answer came with (r56, r55 2020 #3: the chapter names it first)."""
    short = str(load.helplines().set_index("helpline").loc[helpline, "short_name"])
    return {"helpline": short, "question": provenance.question_number(DATA, f"{helpline}/{year}/{TABLE}.csv")}


def _published_bases(year: int, helpline: str, since: int, facts: FactSheet) -> dict:
    """The year's published shares about the possible victims the chapter tells in words (r21 2021 #6: they stood only
    as table rows): the kinds of violence largest first, the share of minors, the family's share and the share outside
    the family beside it (r21 2021 #9: the source gives the latter per call; the annex says so), and any other share
    of the contacts, which a reader would add to the victims' shares (r15 2021 #5)."""
    out: dict = {"per_contact": [], "minors": None, "family": None, "outside": None, "kinds": []}
    out["kinds_partial"] = False
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
    # the published kinds add up to less than all possible victims: that the source names no other kind, said once;
    # no '19 %' for the rest, as the source does not say the kinds exclude each other (r37 2021 #5; r26 2021 #19)
    out["kinds_partial"] = bool(out["kinds"]) and sum(k["value"] for k in out["kinds"]) < 100
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


def build(year: int, helpline: str, facts: FactSheet) -> Chapter:
    since = history.latest_year_with(TABLE, helpline, year)
    codebook = load.codebook("violence_contexts")
    victims = load.possible_victims_by_context(since, helpline)
    s = cx.context_summary(victims, codebook)
    summary = _summary_facts(since, helpline, s, facts, cx.family_with(victims, codebook, cx.FOSTER))
    table = cx.context_shares(victims, codebook)
    contexts = _contexts(since, helpline, table, facts)
    nuclear = codebook.loc[_flag(codebook, "nuclear_family"), "context"]
    later = _later(year, helpline, since, s, facts)
    own = since == year
    elsewhere = None if own else report_on(since, helpline)
    family = list(codebook.loc[codebook["family"].fillna(False).astype(bool), "context"])
    after = _after(year, helpline, facts) if own else None
    body = text.sections(
        "chapters/contexts/text.md",
        facts=facts,
        year=str(year),
        since=str(since),
        s=summary,
        later=later,
        bases=_published_bases(year, helpline, since, facts),
        family_contexts=list(codebook.loc[codebook["family"].fillna(False).astype(bool), "label_nl"]),
        unknown_labels=cx.not_known_labels(victims, codebook),
        after=after,
        doubted=(doubt := doubted(summary["total"], after, later)),  # computed once: text and captions
        elsewhere=elsewhere,
        family_parts=[contexts[c] for c in family if c in contexts],  # r45 (r44 2021 K): the family's sum, in the annex
        foster=contexts.get(cx.FOSTER),
        origin=_origin(helpline, since),
        nuclear_parts=_nuclear_parts(since, helpline, [c for c in nuclear if c in contexts], contexts, facts),
    )
    rows = context_rows(contexts, family, summary)
    published = (
        shares_by_base(load.key_figures(year, helpline), skip_said=True)
        if since != year and load.has_table("key_figures", helpline, year)
        else None
    )
    if published is None:
        facts.nothing_to_show(
            "tbl-context-published", "the year's own table per context, or the text gives each published share"
        )
    # a later year's report: the earlier year's 18 rows are the annex's (r31 2021 #12: they crowded out the year; the
    # shares have no common base for a table side by side), or, where that year's report shows them, it (r33 2021 #8)
    facts.nothing_to_show(
        "tbl-appendix-contexts-earlier" if own else "tbl-contexts",
        "the year's own table per context is the chapter's" if own else f"{since}'s table per context is the annex's",
    )
    if elsewhere:
        facts.nothing_to_show("tbl-appendix-contexts-earlier", f"{since}'s table per context is its own report's")
    earlier = None if own or elsewhere else rows
    compare = compare_table(later, helpline, year, since)  # r49 (2021 #9c)
    if compare is None:
        facts.nothing_to_show("tbl-appendix-context-compare", "no later year's shares of the family to compare")
    tables = {
        "published": published,
        "contexts": rows if own else None,
        "earlier_contexts": earlier,
        "compare": compare,
    }
    return Chapter.written(body, tables, {"since": since, "year": str(year), "doubted": doubt}, SHOWN, SPEC.captions)


def _nuclear_parts(since: int, helpline: str, parts: list[str], contexts: dict, facts: FactSheet) -> list[dict]:
    """The nuclear family's contexts (gescheiden, niet-gescheiden), each with its share of the nuclear family, recorded:
    the lead says the separated family's part in words (r31 2020 #10: 'bijna de helft', not buried behind counts)."""
    total = sum(contexts[c]["n"] for c in parts)
    out = []
    for c in parts:
        share = round(100 * contexts[c]["n"] / total, 1) if total else None
        if share is not None:
            src = Source(f"data/{helpline}/{since}/{TABLE}.csv", TABLE, "context over the nuclear family's contexts")
            share = fact(facts, keys.context(helpline, since, c, "share_of_nuclear_pct"), share, "percent", src)
        out.append(contexts[c] | {"of_nuclear": share})
    return out


def _flag(codebook: pd.DataFrame, column: str) -> pd.Series:
    return codebook[column].fillna(False).astype(bool)


COMPARE_WIDTHS = (62, 16, 22)  # r59 (r58 2021 #2): the check of the undated table's shares, the annex's
SHOWN = (
    Text("family"),
    Table("tbl-context-published", "tbl_context_published", "published"),
    Text("bases"),
    Table("tbl-contexts", "tbl_contexts", "contexts", (56, 22, 22), year="since"),  # r67 (2020 #7): one line a context
    Text("caveats"),  # r67 (r67 2020 #2): after the table, so the table follows the finding on its page
    Table("tbl-appendix-contexts-earlier", "tbl_appendix_contexts_earlier", "earlier_contexts", year="since"),
    # what the table counts and which contexts the family share counts, the foster family's too: the annex's, in words
    # (r20 2020 #3, 2021 #5; r22 2020 #3)
    Table("tbl-appendix-context-reading", "tbl_appendix_context_reading", lead="reading"),
    Table("tbl-appendix-context-compare", "tbl_appendix_context_compare", "compare", COMPARE_WIDTHS, "compare_lead"),
)
