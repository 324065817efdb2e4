"""Datakwaliteit: corrections of the scanned (OCR) text, empty cells, bounds from stated totals, and the
published figures that disagree."""

from __future__ import annotations

import pandas as pd

from ...data import load, quality
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, has_published_tables
from . import tables as quality_tables

SPEC = ChapterSpec("data_quality", "Controles van de gegevens", 70, lambda params: not params.is_synthetic, annex=True)


# corrections that leave every number as the scan has it (a garbled label, a table line read as a sign): counted in
# one sentence; the full log is data/corrections.csv. Only corrections of a published value get a row of the table.
READING_REPAIRS = ("label_repair", "ocr_artifact")

EMPTY = {  # what an empty data-quality table means, for the record of what the chapter does not show
    "corrections": "no published figure was corrected",
    "missing": "no cell is missing",
    "inconsistencies": "no known inconsistency between published figures",
    "explained": "no table counts less than its total",
    "constraints": "no total bounds a suppressed or missing cell",
    "unclear_bases": "every published share says of which count it is",
}

IN_BOUNDS = "every empty cell is named in the table of what empty cells hold together (tbl-constraints)"


def build(year: int, helplines: list[str], facts: FactSheet) -> Chapter:
    corr = quality.corrections_shown(helplines, year)
    missing = quality.missing_shown(helplines, year)  # also an earlier year's table the release shows (2021 #10)
    short = quality.short_of_total(helplines, year)
    checks = quality.checks_for(helplines, year)
    flagged = checks[checks["status"] == "known_inconsistency"]
    is_explained = quality_tables.explained(flagged)
    inconsistent, explained = flagged[~is_explained], flagged[is_explained]
    bounds = quality.constraints()
    bounds = bounds[
        bounds["file"].isin([f"{h}/{y}/{name}.csv" for h, y, name in quality.shown_tables(helplines, year)])
    ]
    holds = int((checks["status"] == "holds").sum())
    facts.add(
        keys.quality("known_inconsistencies"),
        len(inconsistent),
        "count",
        Source("data/inconsistencies.csv", "reconciliation checks", "status = known_inconsistency"),
    )
    facts.add(
        keys.quality("corrections"),
        len(corr),
        "count",
        Source("data/corrections.csv", "corrections", "files of this release's helplines up to its year"),
    )
    # the count stays in figures.json; the text says what was checked in words (a bare count told a reader nothing)
    facts.add(keys.quality("checks_hold"), holds, "count", Source(None, "reconciliation checks", "status = holds"))
    repaired = corr["kind"].isin(READING_REPAIRS)
    unclear = quality.unclear_bases(helplines, year)
    fit = quality_tables.unclear_fit(unclear)
    values = {
        "changed": facts.add(
            keys.quality("value_corrections"),
            int((~repaired).sum()),
            "count",
            Source("data/corrections.csv", "corrections", "kinds that change a value, files up to this release's year"),
        ),
        # r26 2021 #20: the places apart from the blank cells the totals force, so 'tien plaatsen' matches the table
        "cells": facts.add(
            keys.quality("value_corrections_of_cells"),
            int((~repaired & (corr["kind"] != "blank_forced_by_totals")).sum()) if len(corr) else 0,
            "count",
            Source(
                "data/corrections.csv", "corrections", "kinds that change a value, other than blank_forced_by_totals"
            ),
        ),
        "missing": facts.add(
            keys.quality("missing_cells"),
            len(missing),
            "count",
            Source(None, "tables of this release", "cells with status missing"),
        ),
        "inconsistent": facts.add(
            keys.quality("conflicting_facts"),
            int(inconsistent["check_id"].map(quality_tables.fact_of).nunique()),
            "count",
            Source(
                "data/inconsistencies.csv", "reconciliation checks", "known inconsistencies, a check's months as one"
            ),
        ),
        "forced": facts.add(
            keys.quality("blanks_forced_by_totals"),
            int((corr["kind"] == "blank_forced_by_totals").sum()) if len(corr) else 0,
            "count",
            Source(
                "data/corrections.csv", "corrections", "kind = blank_forced_by_totals, files up to this release's year"
            ),
        ),
        "bounded": facts.add(
            keys.quality("bounding_totals"),
            len(bounds),
            "count",
            Source("data/constraints.csv", "constraints", "files of this release"),
        ),
    }
    # the scan's repairs that change no figure: counted for the record, not told (r29 2020 #16)
    facts.add(
        keys.quality("reading_repairs"),
        int(repaired.sum()),
        "count",
        Source("data/corrections.csv", "corrections", "label repairs and scan artefacts, files up to this year"),
    )
    said = _explained(quality_tables.explained_rows(explained), facts)
    # the tables that count less than their total, from the data (r22 2021 #22), for the record
    facts.add(
        keys.quality("tables_short_of_total"),
        int(said is not None) + len(short),
        "count",
        Source(None, "tables of this release", "tables whose filled cells or columns count less than their total"),
    )
    in_bounds = quality_tables.named_in_bounds(missing, bounds)
    body = text.sections(
        "chapters/data_quality/text.md",
        in_bounds=in_bounds,
        facts=facts,
        year=str(year),
        missing_years=sorted({str(y) for y in missing["year"]}),
        short=_short(short, facts, year, bounds),
        misread=misread_in_words(corr[corr["kind"] == "ocr_misread"], facts),
        # r49 (2020 #5): the corrections' tables are the list's and Tabel 'Correcties op de bron''s, not said again
        missing_tables=_names(missing["table"]),
        tables=any(has_published_tables(h) for h in helplines),
        unclear=facts.add(
            keys.quality("unclear_bases"),
            len(unclear),
            "count",
            Source(None, "key figures of this release", "shares whose base the source does not state"),
        ),
        unclear_fit=fit,
        checked=quality_tables.checked_in_words(checks),
        explained=said,
        across=_across(helplines, year, facts),  # r39 (2020 #15)
        **values,
    )
    tables = {
        "corrections": quality_tables.corrections(corr[~repaired]),
        # the table of what empty cells hold together names each of them: one table, not two (r27 2020 #14)
        "missing": quality_tables.missing(missing.iloc[0:0] if in_bounds else missing),
        "inconsistencies": quality_tables.inconsistencies(inconsistent),
        # the year's totals the text names (r29 2020 #11: the seven months' 4.835 beside the text's 8.059); why a
        # table counts less is said once, in the list above the tables, which each row points to (r29 2020 #16)
        "explained": pd.concat(
            [
                quality_tables.explained_total(said, _note_explained(said, facts)),
                quality_tables.short_of_total(short, _explain(short, year, facts, bounds, pointer=True)),
            ]
        ).reset_index(drop=True),
        "constraints": quality_tables.constraints(bounds),
        "unclear_bases": quality_tables.unclear_bases(unclear),
    }
    # nothing to show is one sentence of the text, not a table with a single "geen" row
    for name, table in tables.items():
        if table.empty:  # the text says so in a sentence
            why = IN_BOUNDS if name == "missing" and in_bounds else f"none in the data of this release: {EMPTY[name]}"
            facts.nothing_to_show(f"tbl-{name.replace('_', '-')}", why)
    shown = {name: None if table.empty else table for name, table in tables.items()}
    return Chapter.written(body, shown, {}, SHOWN, SPEC.captions)


def _short_facts(row, facts: FactSheet) -> dict:
    """The counts of one stated total its filled cells fall short of, as recorded facts."""
    src = Source(f"data/{row.helpline}/{row.year}/{row.table}.csv", "stated total against the filled cells", "")
    at = f"short_{row.helpline}_{row.year}_{row.table}_{row.dimension}_{row.category}"
    values = {"stated": row.stated, "filled": row.filled, "gap": row.gap, "empty": len(row.cells)}
    return {k: facts.add(keys.quality(f"{at}_{k}"), int(v), "count", src) for k, v in values.items()}


def _short(short: pd.DataFrame, facts: FactSheet, year: int, bounds: pd.DataFrame) -> list[dict]:
    """Per table that counts less than its stated total: its name and year, its gap and the one explanation of it
    (short.md), for the list of what the checks found (r29 2020 #16)."""
    said = _explain(short, year, facts, bounds)
    return [
        {
            "table": quality_tables.table_name(r.table),
            "year": str(r.year),
            "column": load.YEAR_TABLES[r.table].value_column,
            "explanation": text.markdown(explanation),
        }
        | _short_facts(r, facts)
        for r, explanation in zip(short.itertuples(), said)
    ]


def _across(helplines: list[str], year: int, facts: FactSheet) -> list[dict]:
    """r39 (2020 #15): a later year's stated change of the contacts against an earlier year's tables (the check
    'vs_<year>_tables'), where the release has both years (its year is one of them), as recorded facts."""
    from ...data import reconcile

    table, _ = reconcile.reconciliation()
    found = []
    for r in table[
        table["check_id"].str.match(r"^[a-z0-9-]+/\d{4}/key_figures/contacts_change_\d{4}/vs_\d{4}_tables$")
    ].itertuples():
        helpline, later, *_, against = r.check_id.split("/")
        earlier = int(against.removeprefix("vs_").removesuffix("_tables"))
        if helpline not in helplines or year not in (int(later), earlier) or not r.holds:
            continue
        figs = load.key_figures(int(later), helpline)
        now = figs[(figs["measure"] == "contacts") & (figs["category"] == "all") & figs["reference_year"].isna()]
        source = Source(r.file, "reconciliation checks", r.check_id)
        counts = load.contacts_by_month_channel(earlier, helpline)["contacts"].sum()
        change = figs[
            (figs["measure"] == "contacts") & (figs["category"] == "all") & (figs["reference_year"] == earlier)
        ]
        found.append(
            {
                "later": later,
                "earlier": str(earlier),
                "decimals": int(change[change["unit"] == "pct_change"]["decimals"].iloc[0]),
                "now": facts.add(
                    keys.quality(helpline, f"across_{earlier}", "later_count"),
                    int(now["value"].iloc[0]),
                    "count",
                    source,
                ),
                "stated": facts.add(
                    keys.quality(helpline, f"across_{earlier}", "stated_pct"), float(r.stated), "percent", source
                ),
                "computed": facts.add(
                    keys.quality(helpline, f"across_{earlier}", "computed_pct"),
                    round(float(r.computed), 1),
                    "percent",
                    source,
                ),
                "count": facts.add(keys.quality(helpline, f"across_{earlier}", "count"), int(counts), "count", source),
            }
        )
    return found


def _names(files: pd.Series) -> list[str]:
    """The tables of ``files`` (paths or table names) as the text names them, each once, in order."""
    return list(dict.fromkeys(quality_tables.table_name(f) for f in files))


def misread_in_words(misread: pd.DataFrame, facts: FactSheet) -> list[dict]:
    """Each figure the scan misread, for the annex's opening summary: its table and cell in words, the value in the
    source and the one used, as recorded facts (r28 2020 #17: the summary a reader gets before the tables)."""
    return [
        {"table": quality_tables.table_name(r.file), "cell": quality_tables.cell(r.key)}
        | {
            k: facts.add(
                keys.quality(f"misread_{n}_{k}"),
                int(float(getattr(r, k))),
                "count",
                Source(f"data/{r.file}", "corrections", f"key = {r.key}, kind = ocr_misread"),
            )
            for k in ("published", "used")
        }
        for n, r in enumerate(misread.itertuples(), 1)
    ]


def _explain(
    short: pd.DataFrame, year: int, facts: FactSheet, bounds: pd.DataFrame, pointer: bool = False
) -> list[str]:
    """The explanation of each such gap for the data-quality table, in the words of short.md; an earlier year's
    contact-person table is the one the table per year sums up as 'andere contactnemers' (r22 2020 #18: the term
    in a release that never uses it)."""
    return [
        text.render(
            "chapters/data_quality/short.md",
            facts=facts,
            pointer=pointer,
            column=load.YEAR_TABLES[r.table].value_column,
            people=r.table == "contacts_by_contact_person",
            others=r.table == "contacts_by_contact_person" and int(r.year) != year,
            cells=quality_tables.cells(r.cells),
            # cells the table of what empty cells hold together names are not listed again (r27 2020 #14)
            listed=quality_tables.named_in_bounds(
                pd.DataFrame({"table": r.table, "cell": list(r.cells), "year": r.year}), bounds
            ),
            **{k: v for k, v in _short_facts(r, facts).items() if k in ("gap", "empty")},
        )
        for r in short.itertuples()
    ]


def _note_explained(said: dict | None, facts: FactSheet) -> str:
    """The note beside the table that lacks contacts in every column: a pointer to the list (explained.md); r47 (r46
    2020 #10) with the table's column sums and their sum."""
    said = said and {k: said[k] for k in ("gap", "total", "counted", "sums")}
    return "" if said is None else text.render("chapters/data_quality/explained.md", facts=facts, **said)


def _explained(rows: dict | None, facts: FactSheet) -> dict | None:
    """The explained difference's counts as recorded facts (the text says them in one sentence)."""
    if rows is None:
        return None
    src = Source(None, "tables of this release", "the breakdown table against the month totals and the age table")
    said = {k: facts.add(keys.quality(f"explained_{k}"), int(rows[k]), "count", src) for k in ("total", "counted")}
    said |= {k: facts.add(keys.quality(f"explained_{k}"), int(rows[k]), "count", src) for k in ("gap", "known")}
    said["sums"] = [facts.add(keys.quality(f"explained_sum_{c}"), v, "count", src) for c, v in rows["sums"].items()]
    return {k: rows[k] for k in ("table", "table_key", "year")} | said | _by_gap(rows.get("months", {}), facts)


def _by_gap(months: dict[str, float], facts: FactSheet) -> dict:
    """r44 (2020 #6): the months the breakdown table is short in, by shortfall (largest first), as recorded facts."""
    src = Source(None, "reconciliation checks", "the breakdown table against each month's total")
    gaps = {
        m: facts.add(keys.quality(f"explained_gap_{m[:4]}_{m[5:]}"), int(g), "count", src) for m, g in months.items()
    }
    by = [
        {"gap": g, "months": [fmt.month(m).split(" ")[0] for m in sorted(gaps) if gaps[m] == g]}
        for g in set(gaps.values())
    ]
    months = facts.add(keys.quality("explained_months"), len(gaps), "count", src)
    return {"months": months, "by_gap": sorted(by, key=lambda x: -x["gap"])}


WIDTHS = quality_tables.WIDTHS
SHOWN = (
    Text("corrections"),
    Table("tbl-corrections", "tbl_corrections", "corrections", WIDTHS["corrections"]),
    Text("missing"),
    Table("tbl-missing", "tbl_missing", "missing", WIDTHS["missing"]),
    Table(
        "tbl-constraints",
        "tbl_constraints",  # r38 (r37 2020 #5)
        "constraints",
        WIDTHS["constraints"],
    ),
    Table("tbl-explained", "tbl_explained", "explained", WIDTHS["inconsistencies"]),
    Table(
        "tbl-inconsistencies",
        "tbl_inconsistencies",
        "inconsistencies",
        WIDTHS["inconsistencies"],
    ),
    Table("tbl-unclear-bases", "tbl_unclear_bases", "unclear_bases", WIDTHS["unclear_bases"]),
)
