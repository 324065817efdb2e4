"""Read a contact export into DuckDB and validate it against the export format (spec.py).

The happy path scans each file once: a typed, compact table (codes as ENUMs) is built in DuckDB
together with one flag per cell that did not parse. The rules then run on that table in memory.
Only when a rule is broken is the file scanned again, with line numbers, to name the first
offending line and its value — bad input is the rare path, so it may be the slow one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["ExportFiles", "connect", "locate", "read_export", "run"]  # read.locate, read.connect: the entry points

import csv
import re
from pathlib import Path

from ..config.errors import ExportError, Problem
from ..config.paths import relative_to_root
from ..data import load
from .rules import DUPLICATE_HOUR, DUPLICATE_ID, VICTIM_LINKS, WHOLE_HOUR, Rule, rules_of
from .source import ExportFiles, connect, locate, run, source, unit
from .spec import CONTACTS, FILES, LOGGED_IN, POSSIBLE_VICTIMS, TIMING_COLUMNS, ExportColumn, ExportFile

if TYPE_CHECKING:  # DuckDB loads only when an export is read
    import duckdb

ABSENT = "ABSENT"  # the source type of an optional column the file leaves out


def _header_problems(
    con: duckdb.DuckDBPyConnection, file: ExportFile, path: Path
) -> tuple[dict[str, str], list[Problem]]:
    """The file's column types by name, or the problems with its header."""
    import duckdb

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
        if c not in types and not next(col for col in file.columns if col.name == c).optional
    ]
    if file is CONTACTS and sum(c in types for c in TIMING_COLUMNS) == 1:
        problems.append(
            Problem(
                name,
                1 if path.suffix == ".csv" else None,
                next(c for c in TIMING_COLUMNS if c not in types),
                "missing_column",
                f"the timing columns {' and '.join(TIMING_COLUMNS)} come together; add the missing one or leave out "
                "both",
            )
        )
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
    if column.type == "number":
        if source_type == ABSENT:
            return "NULL"
        numeric = any(t in source_type for t in ("INT", "DOUBLE", "FLOAT", "DECIMAL", "REAL"))
        return f"CAST({src} AS DOUBLE)" if numeric else f"TRY_CAST({text} AS DOUBLE)"
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
        if c.name in types
        else f"CAST(NULL AS VARCHAR) AS {c.name}__t, CAST(NULL AS VARCHAR) AS {c.name}__src"
        for c in file.columns
    ]
    middle = line + [
        f"{_typed(file, c, types.get(c.name, ABSENT))} AS {c.name}, {c.name}__t"
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
def _add_link(con: duckdb.DuckDBPyConnection, table: str) -> None:
    run(
        con,
        f"CREATE OR REPLACE TABLE {table} AS SELECT v.*, CASE WHEN c.contact_id IS NULL THEN -1 WHEN c.answered THEN "
        "1 ELSE 0 END AS __link "
        f"FROM {table} v LEFT JOIN (SELECT contact_id, answered FROM contacts) c ON v.contact_id = c.contact_id",
    )


def _scan(con: duckdb.DuckDBPyConnection, file: ExportFile, path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Build the typed table of one file, or return the problems that prevent reading it."""
    import duckdb

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
        absent = tuple(c.name for c in CONTACTS.columns if c.name not in types)
        rules = [*rules_of(CONTACTS, year, codes, absent), DUPLICATE_ID]
        problems = _problems(con, CONTACTS, files.contacts, types, rules)
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
            [*rules_of(POSSIBLE_VICTIMS, year, codes), *VICTIM_LINKS],
        )
    if not problems and files.logged_in is not None:
        types, problems = _scan(con, LOGGED_IN, files.logged_in)
        if not problems:
            rules = [*rules_of(LOGGED_IN, year, codes), WHOLE_HOUR, DUPLICATE_HOUR]
            problems = _problems(con, LOGGED_IN, files.logged_in, types, rules)
    if problems:
        raise ExportError(problems)
