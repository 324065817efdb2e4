"""Where a contact export is and how DuckDB reads it: the two files of an export folder, the
connection (bounded memory, spilling to a private temporary folder) and the scan of one file."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config.errors import ExportError, Problem
from ..config.paths import relative_to_root
from .spec import FILES, SUFFIXES

if TYPE_CHECKING:  # DuckDB loads only when an export is read
    import duckdb


@dataclass(frozen=True)
class ExportFiles:
    """The files of one export (``logged_in`` is optional)."""

    contacts: Path
    possible_victims: Path
    logged_in: Path | None = None


def locate(directory: Path) -> ExportFiles:
    """The export's files in ``directory``: contacts.(parquet|csv), possible_victims.(parquet|csv) and,
    where the telephone system records it, logged_in.(parquet|csv)."""
    problems, found = [], {}
    for file in FILES:
        candidates = [directory / f"{file.name}{s}" for s in SUFFIXES if (directory / f"{file.name}{s}").is_file()]
        if file.optional and not candidates:
            continue
        if len(candidates) != 1:
            what = "no" if not candidates else "two"
            problems.append(
                Problem(
                    relative_to_root(directory),
                    None,
                    None,
                    "export_files",
                    f"{what} {file.name} file: an export folder holds exactly one of {file.name}.parquet or "
                    f"{file.name}.csv (see docs/contact-export.md)",
                )
            )
        else:
            found[file.name] = candidates[0]
    if problems:
        raise ExportError(problems)
    return ExportFiles(found["contacts"], found["possible_victims"], found.get("logged_in"))


SPILL = "hulplijnen-duckdb-"  # + the process id: DuckDB's spill folder (row-level blocks), in the temporary folder


def spill_folder(pid: int) -> Path:
    """Where the DuckDB of process ``pid`` spills; a killed build's is removed at the next build's start."""
    return Path(tempfile.gettempdir()) / f"{SPILL}{pid}"


def connect(threads: int | None = None, memory_limit: str = "1500MB") -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with bounded memory; it spills to a temporary folder beyond the limit."""
    import duckdb

    spill = spill_folder(os.getpid())
    con = duckdb.connect(
        ":memory:",
        config={
            "threads": threads or os.cpu_count() or 1,
            "memory_limit": memory_limit,
            "temp_directory": str(spill),
            "preserve_insertion_order": True,
        },
    )
    run(con, "SET enable_progress_bar = false")
    return con


def run(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Execute a statement that returns no rows (DuckDB wants every result consumed)."""
    con.execute(sql).fetchall()


def quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def source(path: Path) -> str:
    if path.suffix == ".parquet":
        return f"read_parquet({quote(path)})"
    options = "header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', strict_mode = true"
    return f"read_csv({quote(path)}, {options})"


def unit(path: Path) -> str:
    return "row" if path.suffix == ".parquet" else "line"
