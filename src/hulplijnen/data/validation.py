"""Validation of a table once read: its pandera schema, missing reasons, completeness, ordered
columns, and the logged corrections of data/corrections.csv applied and checked."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from ..config.errors import Problem
from .specs import TableSpec

APPLIED_CORRECTIONS = ("ocr_misread", "blank_forced_by_totals")


def _pandera_problems(file: str, spec: TableSpec, error: pa.errors.SchemaErrors) -> list[Problem]:
    cases = error.failure_cases
    coerce_failed = set(cases.loc[cases["check"].astype(str).str.startswith("coerce_dtype"), "column"])
    problems = []
    for case in cases.itertuples(index=False):
        check = str(case.check)
        column = None if pd.isna(case.column) else str(case.column)
        line = None if case.index is None or pd.isna(case.index) else int(case.index)
        if column in coerce_failed and not check.startswith("coerce_dtype"):
            continue  # the type error is the problem; checks on the uncoerced column add noise
        if check.startswith("coerce_dtype") or check.startswith("dtype("):
            if check.startswith("dtype("):
                continue
            kind = spec.column(column).kind if column in spec.column_names else "value"
            problems.append(
                Problem(file, line, column, "type", f"'{case.failure_case}' is not a valid {kind.replace('_', ' ')}")
            )
        elif check == "multiple_fields_uniqueness" or check.startswith("field_uniqueness"):
            problems.append(
                Problem(
                    file,
                    line,
                    ", ".join(spec.key),
                    "duplicate_key",
                    f"the key ({', '.join(spec.key)}) appears more than once",
                )
            )
        elif check == "not_nullable":
            problems.append(Problem(file, line, column, "required", "the cell is empty but this column is required"))
        else:
            problems.append(Problem(file, line, column, "rule", f"'{case.failure_case}': {check}"))
    return problems


def check_frame(
    spec: TableSpec, raw: pd.DataFrame, file: str, codes: dict[str, list[str]], year: int | None = None
) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Type and validate a frame of strings read from ``file``."""
    if raw.empty and spec.name not in MAY_BE_EMPTY:
        return None, [
            Problem(
                file, None, None, "empty_file", "the file has a header but no rows; add the rows or remove the file"
            )
        ]
    problems = _check_plain_numbers(spec, raw, file)
    if problems:
        return None, problems
    frame = raw.replace({"": pd.NA})
    for col in spec.columns:
        if col.kind == "flag":
            frame[col.name] = (
                frame[col.name].str.lower().map({"true": True, "false": False}, na_action="ignore").astype("boolean")
            )
    try:
        typed = spec.schema(codes).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return None, _pandera_problems(file, spec, exc)
    problems = _check_missing_reason(spec, typed, file) + _check_complete(spec, typed, file, codes, year)
    problems += _check_non_negative(spec, typed, file)
    return typed, problems + _check_ordered(spec, typed, file)


PLAIN = {"count": r"-?\d+", "integer": r"-?\d+", "optional_integer": r"-?\d+", "number": r"-?\d+(\.\d+)?"}
MAY_BE_EMPTY = {"corrections", "constraints", "inconsistencies"}  # registers that may list nothing
NON_NEGATIVE_UNITS = ("count", "per_day", "one_in_n", "times", "percent", "rank")  # only changes can be negative


def _check_plain_numbers(spec: TableSpec, raw: pd.DataFrame, file: str) -> list[Problem]:
    """Numbers are written plainly: digits, an optional leading '-' and decimal point ('+422', '1e308',
    'inf' or '4,5' would be read as something else or not at all)."""
    problems = []
    for col in spec.columns:
        if col.kind in PLAIN and col.name in raw:
            text = raw[col.name]
            bad = text[(text != "") & ~text.str.fullmatch(PLAIN[col.kind])]
            rule = "not a plain number: write digits, with an optional leading '-'"
            rule += " and '.' for decimals" if col.kind == "number" else ""
            problems += [Problem(file, int(line), col.name, "type", rule) for line in bad.index]
    return problems


def _check_non_negative(spec: TableSpec, frame: pd.DataFrame, file: str) -> list[Problem]:
    """A figure in a unit that cannot be negative (a count, a share) is not negative."""
    if not {"unit", "value"} <= set(spec.column_names):
        return []
    bad = frame[frame["unit"].isin(NON_NEGATIVE_UNITS) & (frame["value"] < 0)]
    problems = [
        Problem(file, int(line), "value", "negative_count", f"a figure in unit '{unit}' cannot be negative")
        for line, unit in zip(bad.index, bad["unit"])
    ]
    below_one = frame[(frame["unit"] == "one_in_n") & (frame["value"] >= 0) & (frame["value"] < 1)]
    rule = "'one in n' needs n of at least 1 (one in 0 is no share)"
    return problems + [Problem(file, int(line), "value", "one_in_n", rule) for line in below_one.index]


def _check_ordered(spec: TableSpec, frame: pd.DataFrame, file: str) -> list[Problem]:
    """Pairs of columns that must be in order within a row (earliest before latest, first before last year)."""
    problems = []
    for first, second in spec.ordered:
        for line, a, b in zip(frame.index, frame[first], frame[second]):
            if not pd.isna(a) and not pd.isna(b) and a > b:
                problems.append(
                    Problem(
                        file,
                        int(line),
                        second,
                        "order",
                        f"{second} ({b}) comes before {first} ({a}); swap or correct them",
                    )
                )
    return problems


def _check_missing_reason(spec: TableSpec, frame: pd.DataFrame, file: str) -> list[Problem]:
    if spec.value_column is None:
        return []
    problems = []
    for line, value, reason in zip(frame.index, frame[spec.value_column], frame["missing_reason"]):
        if pd.isna(value) and pd.isna(reason):
            problems.append(
                Problem(
                    file,
                    int(line),
                    spec.value_column,
                    "missing_without_reason",
                    "the count is empty; missing is not zero, so say why in 'missing_reason' (or fill the count)",
                )
            )
        if not pd.isna(value) and not pd.isna(reason):
            problems.append(
                Problem(
                    file,
                    int(line),
                    "missing_reason",
                    "reason_without_missing",
                    "a missing_reason is given but the count is filled; remove one of them",
                )
            )
    return problems


def _check_complete(
    spec: TableSpec, frame: pd.DataFrame, file: str, codes: dict[str, list[str]], year: int | None
) -> list[Problem]:
    problems = []
    for column in spec.complete_over:
        present = set(frame[column].dropna())
        if spec.column(column).kind == "month":
            if year is None:
                continue
            expected = {f"{year}-{m:02d}" for m in range(1, 13)}
            for line, month in zip(frame.index, frame[column]):
                if month not in expected:
                    problems.append(
                        Problem(
                            file,
                            int(line),
                            column,
                            "month_outside_year",
                            f"{month} is not a month of {year}; this file holds {year} only",
                        )
                    )
        else:
            expected = set(codes.get(spec.column(column).codebook or "", []))
        for value in sorted(expected - present):
            problems.append(
                Problem(
                    file,
                    None,
                    column,
                    "incomplete",
                    f"no rows for {column} = {value}; every {column} must appear (record a missing count with a "
                    "missing_reason, never leave it out)",
                )
            )
    if len(spec.complete_over) == 2:
        a, b = spec.complete_over
        counts = frame.groupby(a).size()
        width = frame[b].nunique()
        for value, n in counts.items():
            if n != width:
                problems.append(
                    Problem(file, None, a, "incomplete", f"{a} = {value} has {n} rows, expected one per {b} ({width})")
                )
    return problems


def apply_corrections(
    frame: pd.DataFrame, spec: TableSpec, relative: str, corrections: pd.DataFrame, file: str
) -> tuple[pd.DataFrame, list[Problem]]:
    """Apply the logged value corrections for this file and add a ``status`` column.

    status is 'published' (used as the source prints it), 'corrected' (see corrections.csv) or
    'missing' (empty in the source; never read as zero).
    """
    frame = frame.copy()
    value = spec.value_column
    frame["status"] = frame[value].isna().map({True: "missing", False: "published"}).astype("string")
    problems = []
    mine = corrections[(corrections["file"] == relative) & corrections["kind"].isin(APPLIED_CORRECTIONS)]
    for corr in mine.itertuples():
        conditions = dict(part.split("=", 1) for part in str(corr.key).split("|"))
        mask = pd.Series(True, index=frame.index)
        for column, wanted in conditions.items():
            mask &= frame[column].astype("string") == wanted
        where = f"data/corrections.csv, line {corr.Index}"
        if mask.sum() != 1:
            problems.append(
                Problem(
                    file,
                    None,
                    corr.column,
                    "correction_target",
                    f"the correction at {where} names key {corr.key}, which matches {int(mask.sum())} rows instead "
                    "of 1",
                )
            )
            continue
        current = frame.loc[mask, corr.column].iloc[0]
        current_text = "" if pd.isna(current) else str(current)
        published = "" if pd.isna(corr.published) else str(corr.published)
        if current_text != published:
            line = int(frame.index[mask][0])
            problems.append(
                Problem(
                    file,
                    line,
                    corr.column,
                    "correction_stale",
                    f"the correction at {where} expects the published value '{published}' but the file has "
                    f"'{current_text}'; update or remove the correction",
                )
            )
            continue
        frame.loc[mask, corr.column] = int(corr.used)
        frame.loc[mask, "status"] = "corrected"
    return frame, problems
