"""Check every input (data and params) without running a notebook; report every problem found."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from ..config.digests import tree_digest
from ..config.errors import HelplineReportError, InputError, Problem
from ..config.params import check_params, release_ids
from ..config.paths import DATA, PACKAGE, PARAMS, relative_to_root
from ..data import load, provenance, reconcile
from ..data.single_tables import SINGLE_TABLES


def check_provenance() -> list[Problem]:
    file = "data/provenance.yml"
    record, problems = provenance.load(DATA / "provenance.yml")
    if record is None:
        return problems
    documents = set(record.documents) | {"project"}
    listed = record.files
    for name, document in record.documents.items():
        if not document.covers_nl.strip():
            problems.append(
                Problem(
                    file,
                    None,
                    None,
                    "provenance_covers_nl",
                    f"document {name} has no covers_nl: say in Dutch what the report takes from it",
                )
            )
        if document.seed and not document.where_nl:
            problems.append(
                Problem(
                    file,
                    None,
                    None,
                    "provenance_where_nl",
                    f"document {name} has no where_nl: say in one Dutch sentence how a reader finds it (or, plainly, "
                    "that its address is not known)",
                )
            )
    problems += undeclared(set(listed))
    for path in sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.csv")):
        if path not in listed:
            problems.append(
                Problem(
                    file, None, None, "provenance_missing", f"data/{path} has no provenance entry; add it under files:"
                )
            )
    for path, entry in listed.items():
        if not (DATA / path).exists():
            problems.append(
                Problem(file, None, None, "provenance_stale", f"the entry {path} names a file that does not exist")
            )
        if entry.document not in documents:
            problems.append(
                Problem(
                    file,
                    None,
                    None,
                    "provenance_document",
                    f"the entry {path} names document '{entry.document}', which is not under documents:",
                )
            )
    return problems


NOT_INPUTS = {"README.md"}  # documentation of data/, read by people, never by the build


def undeclared(listed: set[str]) -> list[Problem]:
    """Files in data/ that are no declared input (not provenance.yml, not under its files:), and
    declared files that are links leading out of data/: each an error naming it."""
    problems = []
    for path in sorted(DATA.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        rel = path.relative_to(DATA).as_posix()
        if path.is_symlink() and not path.resolve().is_relative_to(DATA):
            rule, what = "outside_data", "is a link to a file outside data/; copy the file into data/ instead"
        elif rel not in listed and rel != "provenance.yml" and rel not in NOT_INPUTS:
            rule, what = (
                "undeclared_file",
                "is not a declared input; list it under files: in data/provenance.yml or remove it",
            )
        else:
            continue
        problems.append(Problem(f"data/{rel}", None, None, rule, f"data/{rel} {what}"))
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
    if not problems:
        problems += check_missing_reason_labels() + check_table_labels()
    if problems:
        return problems  # reconciliation needs tables that load
    problems += reconcile.reconciliation()[1]
    problems += reconcile.constraint_bounds()[1]
    return problems


def check_missing_reason_labels() -> list[Problem]:
    """Every missing_reason a table under data/ writes has a Dutch label (codebooks/missing_reasons.csv)
    for the report; contact exports' own reasons (disclosure control) are not data/ tables."""
    labelled = set(load.codebook("missing_reasons")["missing_reason"])
    problems = []
    for helpline, year in reconcile.helpline_years():
        for name in load.available_tables(helpline, year):
            table, _ = load.check_year_table(name, helpline, year)
            if table is None or "missing_reason" not in table.columns:
                continue
            file = relative_to_root(load.year_table_path(name, helpline, year))
            for line, reason in table["missing_reason"].dropna().items():
                if reason not in labelled:
                    problems.append(
                        Problem(
                            file,
                            int(line),
                            "missing_reason",
                            "missing_reason_label",
                            f"'{reason}' has no Dutch label; add it to data/codebooks/missing_reasons.csv",
                        )
                    )
    return problems


def check_table_labels() -> list[Problem]:
    """Every kind of table under data/<helpline>/<year>/ has a Dutch name (codebooks/tables.csv) for the report."""
    named = set(load.codebook("tables")["table"])
    return [
        Problem("data/codebooks/tables.csv", None, "table", "table_label", f"'{name}' has no Dutch name; add a row")
        for name in load.YEAR_TABLES
        if name not in named
    ]


def check_all() -> list[Problem]:
    problems = check_data()
    for year in release_ids():
        problems += check_params(year)
    return problems


def validate_once(cache: Path, force: bool) -> None:
    """check_all(), skipped when data, params and code are byte-identical to the last clean check."""
    parts = [tree_digest(DATA), tree_digest(PARAMS, "*.yml"), tree_digest(PACKAGE, "**/*.py")]
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    stamp = cache / "validated.txt"
    if not force and stamp.is_file() and stamp.read_text() == key:
        return
    problems = check_all()
    if problems:
        raise InputError(problems)
    cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(key)


def main() -> int:
    problems = check_all()
    if problems:
        print(f"make validate: {len(problems)} problem{'s' if len(problems) != 1 else ''} found:", file=sys.stderr)
        for p in sorted(set(problems), key=lambda p: (p.file, p.row or 0, p.column or "")):
            print(f"  - {p}", file=sys.stderr)
        return 1
    checks, _ = reconcile.reconciliation()
    print(
        f"make validate: all inputs valid ({len(checks)} reconciliation checks: {(checks.status == 'holds').sum()} "
        f"hold, {(checks.status == 'known_inconsistency').sum()} known inconsistencies kept and flagged)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
