"""Check every input (data and params) without running a notebook; report every problem found."""

from __future__ import annotations

import sys


from .data import load, reconcile
from .data.specs import SINGLE_TABLES
from .errors import HelplineReportError, Problem
from . import provenance
from .params import check_params, release_ids
from .paths import DATA


def check_provenance() -> list[Problem]:
    file = "data/provenance.yml"
    record, problems = provenance.load(DATA / "provenance.yml")
    if record is None:
        return problems
    documents = set(record.documents) | {"project"}
    listed = record.files
    for path in sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.csv")):
        if path not in listed:
            problems.append(Problem(file, None, None, "provenance_missing", f"data/{path} has no provenance entry; add it under files:"))
    for path, entry in listed.items():
        if not (DATA / path).exists():
            problems.append(Problem(file, None, None, "provenance_stale", f"the entry {path} names a file that does not exist"))
        if entry.document not in documents:
            problems.append(Problem(file, None, None, "provenance_document",
                                    f"the entry {path} names document '{entry.document}', which is not under documents:"))
    return problems


def check_data() -> list[Problem]:
    """Every table's schema, then (if the tables are clean) every reconciliation and constraint."""
    try:
        load.codes()
    except HelplineReportError as exc:
        return list(getattr(exc, "problems", [Problem("data/codebooks", None, None, "codebook", str(exc))]))
    problems: list[Problem] = []
    for name in SINGLE_TABLES:
        problems += load.check_single(name)[1]
    for helpline, year in reconcile.helpline_years():
        for name in load.available_tables(helpline, year):
            problems += load.check_year_table(name, helpline, year)[1]
    problems += check_provenance()
    if problems:
        return problems  # reconciliation needs tables that load
    problems += reconcile.reconciliation()[1]
    problems += reconcile.constraint_bounds()[1]
    return problems


def check_all() -> list[Problem]:
    problems = check_data()
    for year in release_ids():
        problems += check_params(year)
    return problems


def main() -> int:
    problems = check_all()
    if problems:
        print(f"make validate: {len(problems)} problem{'s' if len(problems) != 1 else ''} found:", file=sys.stderr)
        for p in sorted(set(problems), key=lambda p: (p.file, p.row or 0, p.column or "")):
            print(f"  - {p}", file=sys.stderr)
        return 1
    checks, _ = reconcile.reconciliation()
    print(f"make validate: all inputs valid ({len(checks)} reconciliation checks: {(checks.status == 'holds').sum()} hold, {(checks.status == 'known_inconsistency').sum()} known inconsistencies kept and flagged).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
