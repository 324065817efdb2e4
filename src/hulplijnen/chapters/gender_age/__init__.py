"""Wie neemt contact op: gender of the contact person per month and year, the contacts without a
recorded gender, age classes, and a later year's rounded share against the exact earlier one."""

from __future__ import annotations

import pandas as pd

from ...data import history, load
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.figures_sources import one_year
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from ..shared.checked import fact, record_comparison
from . import analysis as ga
from . import charts

GENDER, AGE, CHANNELS = "gender_by_month", "contacts_by_age", "contacts_by_month_channel"


SPEC = ChapterSpec(
    "gender_age",
    "Geslacht en leeftijd van wie contact opneemt",  # not a second 'Wie neemt contact op' (r22 2020 #11)
    22,
    lambda p: leads_with_published_tables(p) and history.latest_year_with(GENDER, p.helplines[0], p.year) is not None,
    # a year without its own table (key figures only): a section of the chapter on who contacts the helpline
    joins=lambda p: None if load.has_table(GENDER, p.helplines[0], p.year) else "contact_persons",
    section_title="Geslacht en leeftijd",
)


def _gender_facts(year: int, helpline: str, facts: FactSheet) -> tuple[dict, pd.DataFrame]:
    gender, contacts = load.gender_by_month(year, helpline), load.contacts_by_month_channel(year, helpline)
    g = ga.gender_year(gender, int(contacts["contacts"].sum()))
    file = f"data/{helpline}/{year}/{GENDER}.csv"
    src = Source(file, GENDER, "sum over the months")
    out = {
        "counts": {
            k: fact(
                facts, keys.gender(helpline, year, k, "contacts"), v, "count", Source(file, GENDER, f"gender = {k}")
            )
            for k, v in g.counts.items()
        },
        "table_total": fact(facts, keys.gender(helpline, year, "table_total"), g.table_total, "count", src),
        "known": fact(facts, keys.gender(helpline, year, "known"), g.known, "count", src),
        "contacts": fact(
            facts,
            keys.gender(helpline, year, "contacts"),
            g.contacts,
            "count",
            Source(f"data/{helpline}/{year}/{CHANNELS}.csv", CHANNELS, "sum of all cells"),
        ),
        "not_recorded": fact(
            facts,
            keys.gender(helpline, year, "not_recorded"),
            g.not_in_table,
            "count",
            Source(file, GENDER, "contacts minus table"),
        ),
        "share_known": {
            k: fact(
                facts,
                keys.gender(helpline, year, k, "share_known_pct"),
                round(v, 1),
                "percent",
                Source(file, GENDER, f"gender = {k}, over known gender"),
            )
            for k, v in g.share_known_pct.items()
        },
    }
    by_month = ga.gender_by_month(gender)
    missing = ga.unrecorded_by_month(gender, contacts)
    out["by_month_not_recorded"] = missing[["month", "not_recorded"]]
    monthly = by_month["female_share_known_pct"].astype(float)  # one sentence for a share that barely moves (r19 #5)
    out["female_months"] = {
        end: fact(
            facts,
            keys.gender(helpline, year, f"female_month_{end}", "share_known_pct"),
            round(float(value), 1),
            "percent",
            Source(file, GENDER, f"{end} over the months of the women's share of known gender"),
        )
        for end, value in (("lowest", monthly.min()), ("highest", monthly.max()))
    }
    out["months_not_recorded"] = fact(
        facts,
        keys.gender(helpline, year, "months_not_recorded"),
        int((missing["not_recorded"] > 0).sum()),
        "count",
        Source(file, GENDER, "months whose contacts exceed the gender table"),
    )
    return out, by_month


def _age_facts(year: int, helpline: str, facts: FactSheet) -> tuple[dict, pd.DataFrame]:
    classes = load.codebook("age_classes")
    table = ga.age_shares(load.contacts_by_age(year, helpline), classes)
    file = f"data/{helpline}/{year}/{AGE}.csv"
    ages = {}
    # the source's words beside the report's (r19 #3); a class the source leaves unnamed has none
    source = classes.set_index("age_class")["source_label"].dropna()
    for r in table.itertuples():
        src = Source(file, AGE, f"age_class = {r.age_class}")
        ages[r.age_class] = {
            "label": r.label_nl,
            "source": source.get(r.age_class),
            "n": fact(facts, keys.age(helpline, year, r.age_class, "contacts"), int(r.contacts), "count", src),
            "share": fact(
                facts, keys.age(helpline, year, r.age_class, "share_pct"), round(float(r.share_pct), 1), "percent", src
            ),
            # of the contacts with a known age class: one base per sentence (review r11 2020 #16)
            "share_known": None
            if pd.isna(r.share_known_pct)
            else fact(
                facts,
                keys.age(helpline, year, r.age_class, "share_known_pct"),
                round(float(r.share_known_pct), 1),
                "percent",
                src,
            ),
        }
    n, share_all, share_known = ga.minors(load.contacts_by_age(year, helpline), classes)
    src = Source(file, AGE, "age classes marked minor in the codebook")
    # the base: every class the codebook marks minor or adult, not the minors alone (r26 2020 #20)
    known_src = Source(file, AGE, "age classes marked minor or adult in the codebook")
    minors = {
        "n": fact(facts, keys.age(helpline, year, "minor", "contacts"), n, "count", src),
        "share_known": fact(
            facts, keys.age(helpline, year, "minor", "share_known_pct"), round(share_known, 1), "percent", src
        ),
        # r38 (r37 2020 #9): the share of all contacts too, beside the table's 'Aandeel' column
        "share_all": fact(facts, keys.age(helpline, year, "minor", "share_pct"), round(share_all, 1), "percent", src),
        "known": fact(facts, keys.age(helpline, year, "known"), int(table["known_base_n"].iloc[0]), "count", known_src),
    }
    return {"classes": ages, "minors": minors}, table


def _later_shares(year: int, helpline: str, since: int, gender: dict, facts: FactSheet) -> list[dict]:
    """Each later year's published (rounded) share of women among known gender, against ``since``. The contacts in no
    column of the earlier table may have a known gender: the earlier whole is then not known to be the later one's,
    and no word judges the gap (r37 2021 #2, the rule of chapters.shared.checked.record_comparison)."""
    female, known, unknown = gender["counts"]["female"], gender["known"], gender["not_recorded"]
    out = []
    for later, figs in history.key_figures_by_year(helpline, year).items():
        rows = figs[
            (figs["measure"] == "gender_share") & (figs["category"] == "female") & figs["reference_year"].isna()
        ]
        if later <= since or rows.empty:
            continue
        r = rows.iloc[0]
        cmp = st.compare_with_rounded(female, known, float(r["value"]), int(r["decimals"]), r["qualifier"])
        src = Source(f"data/{helpline}/{later}/key_figures.csv", "key_figures", f"key = {r['key']}, against {since}")
        check, against = f"{r['key']}_{later}_vs_{since}", f"{helpline}/{since}/{GENDER}.csv"
        out.append(
            {
                "year": str(later),
                "c": record_comparison(facts, helpline, check, cmp, src, against=against, unknown=unknown),
            }
        )
    return out


def age_table(ages: pd.DataFrame) -> pd.DataFrame:
    """The table per age class: its count, its share of all contacts and, as in the table per gender, its share of
    the contacts with a known age class: the base of the text's adult and minor shares (review r14 2020 #18). The
    rows carry the report's labels only; how the report reads the source's '+12 jaar' is the annex's (r28 2020 #4:
    no '(in de bron: ...)' in the row)."""
    rows = [
        {
            "Leeftijd": r.label_nl,
            "Contacten": fmt.number(r.contacts),
            "Aandeel": fmt.pct(float(r.share_pct)),
            "Aandeel van bekend": "" if pd.isna(r.share_known_pct) else fmt.pct(float(r.share_known_pct)),
        }
        for r in ages.itertuples()
    ]
    # a total row, as the other tables per category have (r16 2020 #14)
    total = {"Leeftijd": "totaal", "Contacten": fmt.number(int(ages["contacts"].sum())), "Aandeel": fmt.pct(100.0, 0)}
    return pd.DataFrame([*rows, total | {"Aandeel van bekend": ""}])


# derived: all contacts less the gender table, for a reason the source does not give (r16 2020 #5, r19 #4)
NOT_RECORDED = "Niet in de brontabel"  # r56 (r55 2020 #2): missing from the source's table, not 'niet ingevuld'


def months_table(by_month: pd.DataFrame, gender: dict) -> pd.DataFrame:
    """The contacts per month by gender, with the contacts that have no gender recorded and a total row, so each
    month adds up to the contacts of the chart per month (r15 2020 #13: 132 + 395 + 5 = 532 against 533)."""
    by_month = by_month.merge(gender["by_month_not_recorded"], on="month", how="left")
    rows = [
        {
            "Maand": fmt.month(r.month),
            "Man": fmt.number(r.male),
            "Vrouw": fmt.number(r.female),
            "Onbekend": fmt.number(r.unknown),
            NOT_RECORDED: "" if pd.isna(r.not_recorded) else fmt.number(r.not_recorded),
            "Vrouw (van bekend)": fmt.pct(float(r.female_share_known_pct)),
        }
        for r in by_month.itertuples()
    ]
    counts = gender["counts"]
    total = {
        "Maand": "totaal",
        "Man": fmt.number(counts["male"]),
        "Vrouw": fmt.number(counts["female"]),
        "Onbekend": fmt.number(counts["unknown"]),
        NOT_RECORDED: fmt.number(gender["not_recorded"]),
        "Vrouw (van bekend)": fmt.pct(gender["share_known"]["female"]),
    }
    return pd.DataFrame([*rows, total])


def build(year: int, helpline: str, facts: FactSheet) -> Chapter:
    since = history.latest_year_with(GENDER, helpline, year)
    gender, by_month = _gender_facts(since, helpline, facts)
    age, ages = _age_facts(since, helpline, facts)
    later = _later_shares(year, helpline, since, gender, facts)
    body = text.sections(
        "chapters/gender_age/text.md",
        facts=facts,
        year=str(year),
        since=str(since),
        gender=gender,
        age=age,
        later=later,
        not_recorded_column=NOT_RECORDED,
    )
    labels = load.codebook("genders").set_index("gender")["label_nl"]
    month_rows = months_table(by_month, gender) if since == year else None
    comparison = pd.DataFrame(
        [
            {
                "label": str(since),
                "value": gender["share_known"]["female"],
                "low": gender["share_known"]["female"],
                "high": gender["share_known"]["female"],
            }
        ]
        + [
            {"label": f"{x['year']} (afgerond)", "value": x["c"].published, "low": x["c"].low, "high": x["c"].high}
            for x in later
        ]
    )
    if one_year(comparison, None):
        facts.nothing_to_show(
            "fig-gender-share-years", f"no later year states a share of women to compare with {since}"
        )
    elif len(comparison) <= charts.TOO_FEW_TO_DRAW:
        facts.nothing_to_show("fig-gender-share-years", "two shares: the text compares them in one sentence")
    own = since == year  # a later year without its own tables: only what the comparison needs, not the tables
    if own and charts.one_class_dominates(ages):  # a bar and slivers would repeat the age table (r19 2020 #14)
        facts.nothing_to_show("fig-age-classes", "one age class holds nearly all contacts: the table shows it")
    if not own:
        detail = f"a later year's report: of {since} only the share its comparison needs, not {since}'s tables"
        shown_not = ("tbl-age-classes", "fig-age-classes", "tbl-appendix-gender-months")
        for label in shown_not:  # the age class's reading stays: the minors of the earlier year rest on it (2021 #15)
            facts.nothing_to_show(label, detail)
    return Chapter.written(
        body,
        {"months": month_rows, "ages": age_table(ages) if own else None},
        {
            "ages": ages if own else None,
            "labels": labels,
            "since": since,
            "comparison": comparison,
        },
        SHOWN,
        SPEC.captions,
    )


SHOWN = (
    Text("gender"),
    # the months in the annex: a share of 71-75 % every month is one sentence in the chapter (r19 #5); with them the
    # contacts missing from the source's table, beside the blank ages (audit detail)
    Table(
        "tbl-appendix-gender-months",
        "tbl_appendix_gender_months",
        "months",
        widths=(26, 10, 10, 13, 22, 19),  # the month on one line beside the long header of the derived column
        lead="not_recorded",
        year="since",
    ),
    Text("later"),
    charts.SHARE_YEARS,
    Text("age"),
    Table(
        "tbl-age-classes",
        "tbl_age_classes",
        "ages",
        year="since",
    ),
    Text("age_mark"),
    charts.AGES,
    # the source's own label of an age class beside the report's reading: the annex's, told in words (r20 2020 #3)
    Table("tbl-appendix-age-reading", "tbl_appendix_age_reading", lead="age_note"),
)
