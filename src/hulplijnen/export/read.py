"""Read a contact export into DuckDB and validate it against the export format (spec.py).

The happy path scans each file once: a typed, compact table (codes as ENUMs) is built in DuckDB
together with one flag per cell that did not parse. The rules then run on that table in memory.
Only when a rule is broken is the file scanned again, with line numbers, to name the first
offending line and its value — bad input is the rare path, so it may be the slow one.
"""

from __future__ import annotations

__all__ = ["ExportFiles", "connect", "locate", "read_export", "run"]  # read.locate, read.connect: the entry points

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..data import load
from ..errors import ExportError, Problem
from ..paths import relative_to_root
from .source import ExportFiles, connect, locate, run, source, unit
from .spec import CONTACTS, FILES, POSSIBLE_VICTIMS, ExportColumn, ExportFile

REQUIRED_WHEN = {
    "always": "TRUE",
    "phone": "channel = 'phone'",
    "phone_answered": "channel = 'phone' AND answered",
    "answered": "answered",
}
REQUIRED_NL = {"phone": "phone contacts", "phone_answered": "answered phone calls", "answered": "answered contacts"}


def _header_problems(
    con: duckdb.DuckDBPyConnection, file: ExportFile, path: Path
) -> tuple[dict[str, str], list[Problem]]:
    """The file's column types by name, or the problems with its header."""
    name = relative_to_root(path)
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            try:
                header = next(csv.reader(handle), None)
            except (UnicodeDecodeError, csv.Error) as exc:
                return {}, [Problem(name, 1, None, "header", f"the header line cannot be read: {exc}")]
        if not header:
            return {}, [Problem(name, None, None, "empty_file", "the file is empty; it needs at least the header line")]
        types = {h: "VARCHAR" for h in header}
    else:
        try:
            types = dict(
                con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {source(path)})").fetchall()
            )
        except duckdb.Error as exc:
            return {}, [
                Problem(name, None, None, "parquet", f"not a readable Parquet file: {str(exc).splitlines()[0]}")
            ]
    problems = [
        Problem(
            name,
            1 if path.suffix == ".csv" else None,
            c,
            "missing_column",
            f"the column '{c}' is missing; {file.name} files have the columns {', '.join(file.column_names)}",
        )
        for c in file.column_names
        if c not in types
    ]
    problems += [
        Problem(
            name,
            1 if path.suffix == ".csv" else None,
            c,
            "unknown_column",
            f"'{c}' is not a column of {file.name} files ({', '.join(file.column_names)}); rename or remove it",
        )
        for c in types
        if c not in file.column_names
    ]
    return types, problems


LOCAL_TIME = r"\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?"


def _enum_name(file: ExportFile, column: ExportColumn) -> str:
    return f"{file.name}__{column.name}"


def _create_enums(con: duckdb.DuckDBPyConnection, codes: dict[str, list[str]]) -> None:
    for file in FILES:
        for column in file.columns:
            if column.codebook:
                allowed = [c for c in codes[column.codebook] if c not in column.exclude]
                values = ", ".join("'" + v.replace("'", "''") + "'" for v in allowed)
                run(con, f"CREATE TYPE IF NOT EXISTS {_enum_name(file, column)} AS ENUM ({values})")


def _typed(file: ExportFile, column: ExportColumn, source_type: str) -> str:
    """SQL for the typed value of a column, from its trimmed text ``<name>__t`` (or, for typed
    Parquet columns, the source value ``<name>__src``)."""
    text, src = f"{column.name}__t", f"{column.name}__src"
    if column.type == "text":
        return text
    if column.type == "timestamp":
        # ISO 8601 date and time (a space or T between them); a date without a time is not enough
        # local time: no time-zone offset (it would be shifted silently), no 24:00, not a bare date
        if source_type.startswith("TIMESTAMP"):
            return "NULL" if "TIME ZONE" in source_type else f"CAST({src} AS TIMESTAMP)"
        if source_type != "VARCHAR":
            return "NULL"  # a DATE or a number is not a date and time
        return f"CASE WHEN regexp_full_match({text}, '{LOCAL_TIME}') THEN TRY_CAST({text} AS TIMESTAMP) END"
    if column.type == "boolean":
        return (
            src
            if source_type == "BOOLEAN"
            else f"CASE lower({text}) WHEN 'true' THEN TRUE WHEN '1' THEN TRUE "
            "WHEN 'false' THEN FALSE WHEN '0' THEN FALSE END"
        )
    return f"TRY_CAST({text} AS {_enum_name(file, column)})"


def _query(file: ExportFile, types: dict[str, str], path: Path, detailed: bool) -> str:
    """The typed rows of a file: each column typed once, with a flag where a filled cell did not
    parse; ``detailed`` adds the line number and the raw text (for error messages)."""
    line = ["__line"] if detailed else []
    inner = (["row_number() OVER () AS __line"] if detailed else []) + [
        f'NULLIF(trim(CAST("{c.name}" AS VARCHAR)), \'\') AS {c.name}__t, "{c.name}" AS {c.name}__src'
        for c in file.columns
    ]
    middle = line + [
        f"{_typed(file, c, types.get(c.name, 'VARCHAR'))} AS {c.name}, {c.name}__t"
        + (f", CAST({c.name}__src AS VARCHAR) AS {c.name}__raw" if detailed else "")
        for c in file.columns
    ]
    outer = line + [
        f"{c.name}, ({c.name}__t IS NOT NULL AND {c.name} IS NULL) AS {c.name}__bad"
        + (f", {c.name}__raw" if detailed else "")
        for c in file.columns
    ]
    innermost = f"SELECT {', '.join(inner)} FROM {source(path)}"
    return f"SELECT {', '.join(outer)} FROM (SELECT {', '.join(middle)} FROM ({innermost}))"


@dataclass(frozen=True)
class Rule:
    column: str
    rule: str
    condition: str  # SQL over the typed table; true where the row breaks the rule
    message: str  # never a value of the export: contact ids and times must not reach a log


def _rules(file: ExportFile, year: int, codes: dict[str, list[str]]) -> list[Rule]:
    rules = []
    for c in file.columns:
        when = REQUIRED_WHEN[c.required]
        filled = f"({c.name} IS NOT NULL OR {c.name}__bad)"
        rules.append(
            Rule(
                c.name,
                "required",
                f"{c.name} IS NULL AND NOT {c.name}__bad AND ({when})",
                "the cell is empty but required"
                + ("" if c.required == "always" else f" for {REQUIRED_NL[c.required]}"),
            )
        )
        if c.required != "always":
            rules.append(
                Rule(
                    c.name,
                    "must_be_empty",
                    f"{filled} AND NOT ({when})",
                    f"a value is given, but this column is filled for {REQUIRED_NL[c.required]} only; leave it empty",
                )
            )
        if c.type == "timestamp":
            rules.append(
                Rule(
                    c.name,
                    "type",
                    f"{c.name}__bad",
                    "the value is not a local date and time (write YYYY-MM-DD HH:MM:SS, hours 00-23, no time zone; "
                    "Parquet: a TIMESTAMP column without time zone)",
                )
            )
            rules.append(
                Rule(
                    c.name,
                    "outside_year",
                    f"year({c.name}) <> {year}",
                    f"the date is not in {year}; an export holds one report year",
                )
            )
        elif c.type == "boolean":
            rules.append(Rule(c.name, "type", f"{c.name}__bad", "the value is not true or false"))
        elif c.codebook:
            allowed = [v for v in codes[c.codebook] if v not in c.exclude]
            rules.append(
                Rule(
                    c.name,
                    "unknown_code",
                    f"{c.name}__bad",
                    f"the value is not a code of data/codebooks/{c.codebook}.csv allowed here; "
                    f"valid: {', '.join(allowed)}",
                )
            )
    return rules


def _first(con: duckdb.DuckDBPyConnection, table: str, rule: Rule) -> tuple[int, str]:
    line, value = con.execute(
        f"SELECT min(__line), arg_min({rule.column}__raw, __line) FROM {table} WHERE {rule.condition}"
    ).fetchall()[0]
    return int(line), "" if value is None else str(value)


def _problems(
    con: duckdb.DuckDBPyConnection, file: ExportFile, path: Path, types: dict[str, str], checks: list[Rule]
) -> list[Problem]:
    """Count every rule on the typed table; for broken ones, rescan with line numbers to name the first."""
    counts = con.execute(
        "SELECT " + ", ".join(f"count(*) FILTER (WHERE {r.condition})" for r in checks) + f" FROM {file.name}"
    ).fetchall()[0]
    broken = [(r, n) for r, n in zip(checks, counts) if n]
    if not broken:
        return []
    detail = f"{file.name}__detail"
    run(con, f"CREATE OR REPLACE TABLE {detail} AS {_query(file, types, path, detailed=True)}")
    if file is POSSIBLE_VICTIMS:
        _add_link(con, detail)
    problems = []
    offset = 1 if path.suffix == ".csv" else 0  # CSV: the header is line 1
    for rule, n in broken:
        line, value = _first(con, detail, rule)
        more = f" ({n:,} rows break this rule; this is the first)" if n > 1 else ""
        problems.append(
            Problem(
                relative_to_root(path),
                line + offset,
                rule.column,
                rule.rule,
                rule.message.format(value=value) + more,
                unit(path),
            )
        )
    run(con, f"DROP TABLE {detail}")
    return problems


# Rules across rows or files, on top of the per-column rules.
DUPLICATE_ID = Rule(
    "contact_id",
    "duplicate_id",
    "contact_id IN (SELECT contact_id FROM contacts GROUP BY contact_id HAVING count(*) > 1)",
    "the same contact id appears more than once; contact ids are unique",
)
# Each possible victim's contact, marked by one join (_add_link): missing (-1), unanswered (0), answered (1).
VICTIM_LINKS = [
    Rule(
        "contact_id",
        "unknown_contact",
        "contact_id IS NOT NULL AND __link = -1",
        "the contact id is not in the contacts file",
    ),
    Rule(
        "contact_id",
        "contact_not_answered",
        "__link = 0",
        "the contact id names an unanswered contact; possible victims are registered for answered contacts only",
    ),
]


def _add_link(con: duckdb.DuckDBPyConnection, table: str) -> None:
    run(
        con,
        f"CREATE OR REPLACE TABLE {table} AS SELECT v.*, CASE WHEN c.contact_id IS NULL THEN -1 WHEN c.answered THEN "
        "1 ELSE 0 END AS __link "
        f"FROM {table} v LEFT JOIN (SELECT contact_id, answered FROM contacts) c ON v.contact_id = c.contact_id",
    )


def _scan(con: duckdb.DuckDBPyConnection, file: ExportFile, path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Build the typed table of one file, or return the problems that prevent reading it."""
    types, problems = _header_problems(con, file, path)
    if problems:
        return types, problems
    try:
        run(con, f"CREATE OR REPLACE TABLE {file.name} AS {_query(file, types, path, detailed=False)}")
    except duckdb.Error as exc:
        message = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", str(exc).splitlines()[0])  # never echo a value
        found = re.search(r"[Ll]ine:? (\d+)", str(exc))
        return types, [
            Problem(
                relative_to_root(path),
                int(found.group(1)) if found else None,
                None,
                "malformed",
                f"the file cannot be read as {'CSV' if path.suffix == '.csv' else 'Parquet'}: {message}",
                unit(path),
            )
        ]
    return types, []


def read_export(con: duckdb.DuckDBPyConnection, files: ExportFiles, year: int) -> None:
    """Load both files into typed tables ``contacts`` and ``possible_victims`` in ``con``.

    Raises ExportError naming the file, line (or Parquet row), column and rule of every broken rule."""
    codes = load.codes()
    _create_enums(con, codes)
    types, problems = _scan(con, CONTACTS, files.contacts)
    if not problems:
        problems = _problems(con, CONTACTS, files.contacts, types, [*_rules(CONTACTS, year, codes), DUPLICATE_ID])
        empty = con.execute("SELECT count(*) = 0 FROM contacts").fetchall()[0][0]
        if empty and not problems:
            problems = [
                Problem(relative_to_root(files.contacts), None, None, "empty_file", "the export has no contacts")
            ]
    if problems:
        raise ExportError(problems)
    types, problems = _scan(con, POSSIBLE_VICTIMS, files.possible_victims)
    if not problems:
        _add_link(con, POSSIBLE_VICTIMS.name)
        problems = _problems(
            con,
            POSSIBLE_VICTIMS,
            files.possible_victims,
            types,
            [*_rules(POSSIBLE_VICTIMS, year, codes), *VICTIM_LINKS],
        )
    if problems:
        raise ExportError(problems)
