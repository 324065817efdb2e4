"""Load every table in data/: read strictly, validate against its schema, apply logged corrections.

Each ``load_*`` function returns a typed, validated DataFrame or raises ``DataError`` naming every
problem (file, line, column, rule). ``check_*`` functions return problems instead of raising, so
``make validate`` can report all of them at once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from ..config.errors import DataError, Problem
from ..config.paths import DATA, relative_to_root
from .readcsv import read_csv_strict
from .single_tables import SINGLE_TABLES
from .specs import CODEBOOKS, YEAR_TABLES
from .validation import apply_corrections, check_frame


def year_table_path(name: str, helpline: str, year: int | str) -> Path:
    return DATA / helpline / str(year) / f"{name}.csv"


def available_tables(helpline: str, year: int | str) -> list[str]:
    """Names of the per-year tables that exist for a helpline and year."""
    return [name for name in YEAR_TABLES if year_table_path(name, helpline, year).exists()]


def has_table(name: str, helpline: str, year: int | str) -> bool:
    return year_table_path(name, helpline, year).exists()


@cache
def _read_codebooks() -> tuple[dict[str, list[str]], tuple[Problem, ...]]:
    codes: dict[str, list[str]] = {}
    problems: list[Problem] = []
    for name in CODEBOOKS:
        path, spec = SINGLE_TABLES[name]
        raw, found = read_csv_strict(DATA / path, spec.column_names)
        problems += found
        if raw is not None:
            codes[name] = [v for v in raw[spec.key[0]] if v]
    return codes, tuple(problems)


def codes() -> dict[str, list[str]]:
    """Allowed values of every codebook, as the codebook files list them."""
    found, problems = _read_codebooks()
    if problems:
        raise DataError(list(problems))
    return found


_MEMO: dict[tuple, tuple[tuple, tuple[pd.DataFrame | None, list[Problem]]]] = {}


def _stamp(*paths: Path) -> tuple:
    return tuple((p.stat().st_mtime_ns, p.stat().st_size) if p.is_file() else None for p in paths)


def _memoized(key: tuple, paths: tuple[Path, ...], compute) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Each table is read and validated once per process (again only when one of its files changed);
    callers get their own copy."""
    stamp = _stamp(*paths)
    hit = _MEMO.get(key)
    if hit is None or hit[0] != stamp:
        hit = _MEMO[key] = (stamp, compute())
    frame, problems = hit[1]
    return (None if frame is None else frame.copy()), list(problems)


def check_single(name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    return _memoized(("single", name), (DATA / SINGLE_TABLES[name][0],), lambda: _check_single(name))


def _check_single(name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    path, spec = SINGLE_TABLES[name]
    file = relative_to_root(DATA / path)
    raw, problems = read_csv_strict(DATA / path, spec.column_names)
    if raw is None:
        return None, problems
    return check_frame(spec, raw, file, codes())


def check_year_table(
    name: str, helpline: str, year: int | str, path: Path | None = None
) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read, validate and correct one per-year table; ``path`` overrides the location (for tests)."""
    path = path or year_table_path(name, helpline, year)
    corrections = DATA / SINGLE_TABLES["corrections"][0]
    return _memoized(
        ("year", name, helpline, str(year), str(path)), (path, corrections), lambda: _check_year_table(name, year, path)
    )


def _data_relative(path: Path) -> str:
    """A table's path as corrections.csv names it: relative to the data folder (a file elsewhere, such
    as a test's, by its path from the repository root without 'data/')."""
    try:
        return Path(path).resolve().relative_to(DATA).as_posix()
    except ValueError:
        return relative_to_root(path).removeprefix("data/")


def _check_year_table(name: str, year: int | str, path: Path) -> tuple[pd.DataFrame | None, list[Problem]]:
    spec = YEAR_TABLES[name]
    file = relative_to_root(path)
    raw, problems = read_csv_strict(path, spec.column_names)
    if raw is None:
        return None, problems
    frame, problems = check_frame(spec, raw, file, codes(), int(year))
    if frame is None or spec.value_column is None:
        return frame, problems
    corrections, more = check_single("corrections")
    if corrections is None:
        return None, problems + more
    frame, applied = apply_corrections(frame, spec, _data_relative(path), corrections, file)
    return frame, problems + applied


def _raise_or_return(result: tuple[pd.DataFrame | None, list[Problem]]) -> pd.DataFrame:
    frame, problems = result
    if problems or frame is None:
        raise DataError(problems)
    return frame


def load_single(name: str) -> pd.DataFrame:
    return _raise_or_return(check_single(name))


def load_year_table(name: str, helpline: str, year: int | str) -> pd.DataFrame:
    if not has_table(name, helpline, year):
        have = sorted(p.parent.name for p in (DATA / helpline).glob(f"*/{name}.csv"))
        raise DataError(
            [
                Problem(
                    relative_to_root(year_table_path(name, helpline, year)),
                    None,
                    None,
                    "no_data",
                    f"no {name} table for {helpline} in {year}; years with this table: {', '.join(have) or 'none'}",
                )
            ]
        )
    return _raise_or_return(check_year_table(name, helpline, year))


# One function per table: what notebooks and analysis call.
def contacts_by_month_channel(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("contacts_by_month_channel", helpline, year)


def gender_by_month(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("gender_by_month", helpline, year)


def contacts_by_age(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("contacts_by_age", helpline, year)


def contacts_by_contact_person(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("contacts_by_contact_person", helpline, year)


def possible_victims_by_context(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("possible_victims_by_context", helpline, year)


def stated_totals(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("stated_totals", helpline, year)


def contacts_of_year(months: pd.DataFrame | None, stated: pd.DataFrame | None) -> float | None:
    """The contacts of a year: the sum of the month and channel table when every cell is filled, else the
    total the source states for that table; None when neither is known (missing is not zero)."""
    if months is not None and not months["contacts"].isna().any():
        return float(months["contacts"].sum())
    if stated is not None:
        total = stated[
            (stated["table"] == "contacts_by_month_channel")
            & (stated["dimension"] == "all")
            & (stated["category"] == "all")
        ]
        if len(total) == 1:
            return float(total["value"].iloc[0])
    return None


def year_contacts(year: int, helpline: str) -> tuple[int, str]:
    """The contacts of ``year`` (contacts_of_year) and where the number comes from; a DataError naming the
    file when the month table leaves cells empty and no total is stated."""
    months = contacts_by_month_channel(year, helpline)
    stated = stated_totals(year, helpline) if has_table("stated_totals", helpline, year) else None
    total = contacts_of_year(months, stated)
    if total is None:
        file = relative_to_root(year_table_path("contacts_by_month_channel", helpline, year))
        raise DataError(
            [
                Problem(
                    file,
                    None,
                    "contacts",
                    "year_total_unknown",
                    "cells are empty and stated_totals.csv states no "
                    "total for the year: the year's contacts, the base of every share, are unknown",
                )
            ]
        )
    complete = not months["contacts"].isna().any()
    return int(total), "sum of all cells" if complete else "total stated for the table (some cells are empty)"


def key_figures(year: int, helpline: str) -> pd.DataFrame:
    return load_year_table("key_figures", helpline, year)


def campaigns() -> pd.DataFrame:
    return load_single("campaigns")


def campaign_names_lockdown(helpline: str, month: pd.Period) -> bool:
    """Whether a campaign of ``helpline`` launched in ``month`` names the lockdown (campaigns.csv, its name): that
    month, among those a period is compared with, fell partly in the lockdown (r25 2020 #15). The one rule for the
    reachability chapter's peak and the demo's demand (capacity.demand)."""
    return campaign_day_lockdown(helpline, month) is not None


def campaign_day_lockdown(helpline: str, month: pd.Period) -> str | None:
    """r49 (2020 #6): the first day in ``month`` a campaign of ``helpline`` naming the lockdown was launched, where the
    campaign list dates it to the day (campaigns.csv); else 'month' if only the month is known, None if none."""
    ran = campaigns()
    ran = ran[(ran["helpline"] == helpline) & (ran["start_earliest"].dt.to_period("M") == month)]
    ran = ran[ran["name_nl"].str.contains("lockdown")].sort_values("start_earliest")
    if ran.empty:
        return None
    first = ran.iloc[0]
    return f"{first['start_earliest']:%Y-%m-%d}" if first["precision"] == "day" else "month"


def lockdown_campaign_names() -> dict[str, str]:
    """r59 (r58 2020 #3): what each campaign naming the lockdown was (campaigns.csv name_nl), by the day it was
    launched, for the campaigns dated to the day: the chapter and the Methods say it where they name its day."""
    ran = campaigns()
    ran = ran[ran["name_nl"].str.contains("lockdown") & (ran["precision"] == "day")]
    return {f"{day:%Y-%m-%d}": str(name) for day, name in zip(ran["start_earliest"], ran["name_nl"], strict=True)}


def events() -> pd.DataFrame:
    return load_single("events")


def helplines() -> pd.DataFrame:
    return load_single("helplines")


def helpline_contacts() -> pd.DataFrame:
    return load_single("helpline_contacts")


def general_lines() -> pd.DataFrame:
    return load_single("general_lines")


def registration_fields() -> pd.DataFrame:
    return load_single("registration_fields")


def open_questions() -> pd.DataFrame:
    return load_single("open_questions")


def answer_statements() -> pd.DataFrame:
    return load_single("answer_statements")


def corrections() -> pd.DataFrame:
    return load_single("corrections")


def misread_cells(helpline: str, year: int | str, table: str = "contacts_by_month_channel") -> pd.DataFrame:
    """The cells of a helpline's table for a year that were misread in the scan and corrected (data/corrections.csv,
    kind ocr_misread): the cell's key parts as columns (month, channel, ...), the value read and the value used."""
    corr = corrections()
    rows = corr[(corr["file"] == f"{helpline}/{year}/{table}.csv") & (corr["kind"] == "ocr_misread")]
    parts = pd.DataFrame([dict(part.split("=") for part in key.split("|")) for key in rows["key"]], index=rows.index)
    return pd.concat([parts, rows[["key", "published", "used"]]], axis=1)


def constraints() -> pd.DataFrame:
    return load_single("constraints")


def inconsistencies() -> pd.DataFrame:
    return load_single("inconsistencies")


def codebook(name: str) -> pd.DataFrame:
    return load_single(name)
