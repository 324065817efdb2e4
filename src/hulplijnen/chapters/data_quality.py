"""Datakwaliteit: corrections of the OCR text, empty cells, bounds from stated totals, and the
published figures that disagree."""

from __future__ import annotations

import pandas as pd

from .. import fmt, text
from ..analysis import quality
from ..data import load
from ..facts import FactSheet, Source
from .base import Chapter, ChapterSpec

SPEC = ChapterSpec("data_quality", "Datakwaliteit", 70, lambda params: not params.is_synthetic)


def build(year: int, helplines: list[str], facts: FactSheet) -> Chapter:
    corr = pd.concat([quality.corrections(h, year) for h in helplines]) if helplines else quality.corrections()
    missing = pd.concat([quality.missing_cells(h, year) for h in helplines])
    checks = quality.checks_for(helplines, year)
    inconsistent = checks[checks["status"] == "known_inconsistency"]
    bounds = quality.constraints()
    bounds = bounds[bounds["file"].str.startswith(tuple(f"{h}/{year}/" for h in helplines))]
    holds = int((checks["status"] == "holds").sum())
    values = {
        "corrections": facts.add(
            "quality.corrections",
            len(corr),
            "count",
            Source("data/corrections.csv", "corrections", "files of this release"),
        ),
        "missing": facts.add(
            "quality.missing_cells",
            len(missing),
            "count",
            Source(None, "tables of this release", "cells with status missing"),
        ),
        "holds": facts.add(
            "quality.checks_hold", holds, "count", Source(None, "reconciliation checks", "status = holds")
        ),
        "inconsistent": facts.add(
            "quality.known_inconsistencies",
            len(inconsistent),
            "count",
            Source("data/inconsistencies.csv", "reconciliation checks", "status = known_inconsistency"),
        ),
    }
    body = text.render("chapters/data_quality.md", facts=facts, **values)
    # the report shows the Dutch labels and explanations; the codes and English stay in data/ for machines
    kinds = load.codebook("correction_kinds").set_index("kind")["label_nl"]
    reasons = load.codebook("missing_reasons").set_index("missing_reason")["label_nl"]
    explained = load.inconsistencies().set_index("check_id")["reason_nl"]
    tables = {
        "corrections": pd.DataFrame(
            {
                "Bestand": corr["file"],
                "Cel": corr["key"],
                "Bron": corr["published"].fillna("(leeg)"),
                "Gebruikt": corr["used"],
                "Soort": corr["kind"].map(kinds),
                "Waarom": corr["reason_nl"],
            }
        ),
        "missing": missing.assign(reason=missing["reason"].map(reasons)).rename(
            columns={"table": "Tabel", "cell": "Cel", "reason": "Reden"}
        ),
        "inconsistencies": pd.DataFrame(
            {
                "Controle": inconsistent["check_id"],
                "Vermeld": [fmt.number(v, 1) for v in inconsistent["stated"]],
                "Berekend": [fmt.number(v, 1) for v in inconsistent["computed"]],
                "Toelichting": inconsistent["check_id"].map(explained),
            }
        ),
        "constraints": pd.DataFrame(
            {
                "Beperking": bounds["constraint_id"],
                "Lege cellen": bounds["missing_cells"],
                "Samen": [fmt.number(v) for v in bounds["derived_total"]],
                "Waarom": bounds["reason_nl"],
            }
        ),
    }
    return Chapter(body, tables, {})
