"""Read a CSV file strictly: UTF-8, comma-separated, the expected header, no ragged rows.

Everything is read as text; typing and rules are the schema's job (see specs.py).
Problems are collected, not raised one at a time, so a user sees all of them at once.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from ..config import reads
from ..config.errors import Problem
from ..config.paths import relative_to_root

OTHER_DELIMITERS = {";": "semicolon", "\t": "tab", "|": "pipe"}


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problems that prevent reading it."""
    name = relative_to_root(path)
    if not path.exists():
        return None, [Problem(name, None, None, "file_missing", "the file does not exist")]
    raw = path.read_bytes()
    reads.file_read(name, raw)
    if not raw.strip():
        return None, [Problem(name, None, None, "empty_file", "the file is empty; it needs at least a header line")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            Problem(
                name, line, None, "encoding", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
            )
        ]
    return text, []


def read_csv_strict(path: Path, expected: list[str]) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read ``path`` as a frame of strings ('' for empty cells) with exactly the ``expected`` columns.

    The frame's index is the line number in the file, so problems found later can name the line.
    """
    name = relative_to_root(path)
    text, problems = read_text(path)
    if text is None:
        return None, problems
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip() for h in rows[0]]
    if len(header) == 1 and header[0] not in expected:
        for char, label in OTHER_DELIMITERS.items():
            if char in header[0]:
                return None, [
                    Problem(
                        name,
                        1,
                        None,
                        "delimiter",
                        f"the header is separated by {label}s; use commas (expected: {','.join(expected)})",
                    )
                ]
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    for column in missing:
        problems.append(
            Problem(
                name,
                1,
                column,
                "missing_column",
                f"column '{column}' is missing; expected columns: {', '.join(expected)}",
            )
        )
    for column in extra:
        problems.append(
            Problem(
                name,
                1,
                column,
                "unexpected_column",
                f"column '{column}' is not part of this table; expected columns: {', '.join(expected)}",
            )
        )
    duplicated = sorted({c for c in header if header.count(c) > 1})
    for column in duplicated:
        problems.append(
            Problem(name, 1, column, "duplicate_column", f"column '{column}' appears more than once in the header")
        )
    if problems:
        return None, problems
    records = []
    lines = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                Problem(
                    name,
                    number,
                    None,
                    "field_count",
                    f"the line has {len(row)} fields, the header has {len(header)}; check for a stray or missing comma",
                )
            )
            continue
        records.append([cell.strip() for cell in row])
        lines.append(number)
    if problems:
        return None, problems
    frame = pd.DataFrame(records, columns=header, index=pd.Index(lines, name="line"), dtype="string")
    return frame[expected], []
