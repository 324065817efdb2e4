"""Datakwaliteit: corrections of the scanned (OCR) text, empty cells, bounds from stated totals, and the
published figures that disagree."""

from __future__ import annotations

import pandas as pd

from ...data import quality
from ...facts import FactSheet, Source, keys
from ...presentation import text
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, has_published_tables
from . import tables as quality_tables

SPEC = ChapterSpec("data_quality", "Datakwaliteit", 70, lambda params: not params.is_synthetic, annex=True)


# corrections that leave every number as the scan has it (a garbled label, a table line read as a sign): counted in
# one sentence; the full log is data/corrections.csv. Only corrections of a published value get a row of the table.
READING_REPAIRS = ("label_repair", "ocr_artifact")

EMPTY = {  # what an empty data-quality table means, for the record of what the chapter does not show
    "corrections": "no published figure was corrected",
    "missing": "no cell is missing",
    "inconsistencies": "no known inconsistency between published figures",
    "explained": "no difference between tables that the data explain",
    "constraints": "no total bounds a suppressed or missing cell",
    "unclear_bases": "every published share says of which count it is",
}


def build(year: int, helplines: list[str], facts: FactSheet) -> Chapter:
    corr = quality.corrections_shown(helplines, year)
    forced_years = sorted({f.split("/")[1] for f in corr.loc[corr["kind"] == "blank_forced_by_totals", "file"]})
    missing = pd.concat([quality.missing_cells(h, year) for h in helplines])
    checks = quality.checks_for(helplines, year)
    flagged = checks[checks["status"] == "known_inconsistency"]
    is_explained = quality_tables.explained(flagged)
    inconsistent, explained = flagged[~is_explained], flagged[is_explained]
    bounds = quality.constraints()
    bounds = bounds[bounds["file"].str.startswith(tuple(f"{h}/{year}/" for h in helplines))]
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
        "repairs": facts.add(
            keys.quality("reading_repairs"),
            int(repaired.sum()),
            "count",
            Source("data/corrections.csv", "corrections", "label repairs and scan artefacts, files up to this year"),
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
    body = text.sections(
        "chapters/data_quality/text.md",
        facts=facts,
        year=str(year),
        forced_years=forced_years,
        tables=any(has_published_tables(h) for h in helplines),
        unclear=facts.add(
            keys.quality("unclear_bases"),
            len(unclear),
            "count",
            Source(None, "key figures of this release", "shares whose base the source does not state"),
        ),
        unclear_fit=fit,
        checked=quality_tables.checked_in_words(checks),
        explained=_explained(quality_tables.explained_rows(explained), facts),
        **values,
    )
    tables = {
        "corrections": quality_tables.corrections(corr[~repaired]),
        "missing": quality_tables.missing(missing),
        "inconsistencies": quality_tables.inconsistencies(inconsistent),
        "explained": quality_tables.inconsistencies(explained),
        "constraints": quality_tables.constraints(bounds),
        "unclear_bases": quality_tables.unclear_bases(unclear),
    }
    # nothing to show is one sentence of the text, not a table with a single "geen" row
    for name, table in tables.items():
        if table.empty:  # the text says so in a sentence
            facts.nothing_to_show(f"tbl-{name.replace('_', '-')}", f"none in the data of this release: {EMPTY[name]}")
    return Chapter.written(body, {name: None if table.empty else table for name, table in tables.items()}, {}, SHOWN)


def _explained(rows: dict | None, facts: FactSheet) -> dict | None:
    """The explained difference's counts as recorded facts (the text says them in one sentence)."""
    if rows is None:
        return None
    src = Source(None, "tables of this release", "the breakdown table against the month totals and the age table")
    return {"table": rows["table"]} | {
        k: facts.add(keys.quality(f"explained_{k}"), int(rows[k]), "count", src)
        for k in ("total", "counted", "gap", "known")
    }


WIDTHS = quality_tables.WIDTHS
SHOWN = (
    Text("corrections"),
    Table("tbl-corrections", "Correcties op de bron", "corrections", WIDTHS["corrections"]),
    Text("missing"),
    Table("tbl-missing", "Lege vakken in de bron", "missing", WIDTHS["missing"]),
    Table("tbl-constraints", "Totalen uit de tekst die lege vakken begrenzen", "constraints", WIDTHS["constraints"]),
    Table(
        "tbl-explained", "Tabellen die niet alle contacten van het jaar tellen", "explained", WIDTHS["inconsistencies"]
    ),
    Table("tbl-inconsistencies", "Tegenstrijdige gepubliceerde cijfers", "inconsistencies", WIDTHS["inconsistencies"]),
    Table("tbl-unclear-bases", "Percentages zonder vermelde basis", "unclear_bases", WIDTHS["unclear_bases"]),
)
