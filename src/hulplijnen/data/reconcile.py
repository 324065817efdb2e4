"""Reconcile every table against its stated totals, the prose, the other tables and itself.

Each check is a ``Check``. A check that fails is an error unless the register of known
inconsistencies (data/inconsistencies.csv) lists it with a reason; a listed check that holds is an
error too, so the register never goes stale. The data-quality chapter is built from these results.
"""

from __future__ import annotations

import pandas as pd

from ..config.errors import Problem
from ..config.paths import DATA
from . import load
from .check import Check, data_path
from .key_figure_checks import check_against_earlier_key_figures, check_against_earlier_tables, check_key_figures
from .statements import contact_person_checks


def _sum_known(values: pd.Series) -> int:
    return int(values.dropna().sum())


def check_stated_totals(helpline: str, year: int, tables: dict[str, pd.DataFrame]) -> list[Check]:
    """Each table's rows, columns and grand total against the totals the source prints."""
    checks = []
    totals = tables["stated_totals"]
    for row in totals.itertuples():
        table = tables.get(row.table)
        if table is None:
            continue
        spec = load.YEAR_TABLES[row.table]
        values = table[spec.value_column]
        if row.dimension != "all":
            values = values[table[row.dimension] == row.category]
        known = _sum_known(values)
        missing = int(values.isna().sum())
        cid = f"{helpline}/{year}/{row.table}/total/{row.dimension}={row.category}"
        if missing:
            checks.append(
                Check(
                    cid,
                    data_path(helpline, year, row.table),
                    f"filled cells ({known}, {missing} empty) do not exceed the stated total of {row.dimension} "
                    f"{row.category}",
                    float(row.value),
                    float(known),
                    known <= row.value,
                )
            )
        else:
            checks.append(
                Check(
                    cid,
                    data_path(helpline, year, row.table),
                    f"cells add up to the stated total of {row.dimension} {row.category}",
                    float(row.value),
                    float(known),
                    known == row.value,
                )
            )
    return checks


def check_across_tables(helpline: str, year: int, tables: dict[str, pd.DataFrame]) -> list[Check]:
    """The same contacts counted in several tables must agree."""
    checks = []
    channels = tables.get("contacts_by_month_channel")
    if channels is None:
        return checks
    per_month = channels.groupby("month")["contacts"].sum()
    grand = int(per_month.sum())
    gender = tables.get("gender_by_month")
    if gender is not None:
        for month, n in gender.groupby("month")["contacts"].sum().items():
            checks.append(
                Check(
                    f"{helpline}/{year}/gender_by_month/vs_contacts/{month}",
                    data_path(helpline, year, "gender_by_month"),
                    f"gender counts of {month} equal the contacts of that month",
                    float(per_month[month]),
                    float(n),
                    int(n) == int(per_month[month]),
                )
            )
    for name in ("contacts_by_age", "contacts_by_contact_person"):
        table = tables.get(name)
        if table is None:
            continue
        known = _sum_known(table["contacts"])
        complete = not table["contacts"].isna().any()
        rule = "equal" if complete else "do not exceed"
        checks.append(
            Check(
                f"{helpline}/{year}/{name}/vs_contacts",
                data_path(helpline, year, name),
                f"contacts by {name.removeprefix('contacts_by_')} {rule} the contacts per month and channel",
                float(grand),
                float(known),
                known == grand if complete else known <= grand,
            )
        )
    victims = tables.get("possible_victims_by_context")
    if victims is not None:
        n = _sum_known(victims["possible_victims"])
        checks.append(
            Check(
                f"{helpline}/{year}/possible_victims_by_context/at_least_contacts",
                data_path(helpline, year, "possible_victims_by_context"),
                "every contact concerns at least one possible victim, so possible victims are at least the contacts",
                float(grand),
                float(n),
                n >= grand,
            )
        )
    return checks


def check_prose_against_tables(helpline: str, year: int, tables: dict[str, pd.DataFrame]) -> list[Check]:
    """Figures stated in the prose against the contact-person table they summarise (the statement checks
    of data.statements, the same the contact-persons chapter reports)."""
    people = tables.get("contacts_by_contact_person")
    figures = tables.get("key_figures")
    if people is None or figures is None:
        return []
    codes = load.codebook("contact_person_codes")
    # the contacts of the year: unknown without the month table, or with a cell of it left empty and no stated total
    total = load.contacts_of_year(tables.get("contacts_by_month_channel"), tables.get("stated_totals"))
    file = data_path(helpline, year, "key_figures")
    stated = figures.set_index("key")
    checks = []
    for key, check in contact_person_checks(figures, people, codes, total).items():
        category, unit = stated.loc[key, "category"], stated.loc[key, "unit"]
        if unit == "count":
            what = f"stated count of contact persons '{category}' against the table"
            what += "" if check.complete else " (filled cells only)"
        elif unit == "one_in_n":
            what = f"'one in {check.published:g}' for '{category}' against the table share"
        else:
            what = f"stated share of '{category}' against the table"
        cid = f"{helpline}/{year}/key_figures/{key}"
        checks.append(Check(cid, file, what, check.published, check.value, check.holds))
    return checks


def year_checks(helpline: str, year: int) -> list[Check]:
    """Every check for one helpline and year (tables must already load cleanly)."""
    tables = {name: load.load_year_table(name, helpline, year) for name in load.available_tables(helpline, year)}
    checks: list[Check] = []
    if "stated_totals" in tables:
        checks += check_stated_totals(helpline, year, tables)
    checks += check_across_tables(helpline, year, tables)
    checks += check_prose_against_tables(helpline, year, tables)
    if "key_figures" in tables:
        checks += check_key_figures(helpline, year, tables["key_figures"])
        checks += check_against_earlier_tables(helpline, year, tables["key_figures"])
        checks += check_against_earlier_key_figures(helpline, year, tables["key_figures"])
    return checks


def helpline_years() -> list[tuple[str, int]]:
    """Every (helpline, year) folder in data/."""
    return sorted((p.parent.name, int(p.name)) for p in DATA.glob("*/[0-9][0-9][0-9][0-9]") if p.is_dir())


def all_checks() -> list[Check]:
    return [check for helpline, year in helpline_years() for check in year_checks(helpline, year)]


def reconciliation(checks: list[Check] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Every check with its status, and the problems: failures not in the register, stale entries."""
    checks = all_checks() if checks is None else checks
    register = load.inconsistencies()
    known = dict(zip(register["check_id"], register["reason"]))
    register_lines = dict(zip(register["check_id"], register.index))
    rows, problems = [], []
    for check in checks:
        if check.holds:
            status = "holds"
            if check.check_id in known:
                problems.append(
                    Problem(
                        "data/inconsistencies.csv",
                        int(register_lines[check.check_id]),
                        "check_id",
                        "stale_inconsistency",
                        f"check {check.check_id} now holds; remove it from the register",
                    )
                )
        elif check.check_id in known:
            status = "known_inconsistency"
        else:
            status = "fails"
            problems.append(
                Problem(
                    check.file,
                    None,
                    None,
                    "reconciliation",
                    f"check {check.check_id} fails: {check.description} (stated {check.stated:g}, computed "
                    f"{check.computed:.4g}); fix the data, log a correction, or register the inconsistency in "
                    "data/inconsistencies.csv",
                )
            )
        rows.append({**check.__dict__, "gap": check.gap, "status": status, "reason": known.get(check.check_id)})
    ids = {c.check_id for c in checks}
    for check_id, line in register_lines.items():
        if check_id not in ids:
            problems.append(
                Problem(
                    "data/inconsistencies.csv",
                    int(line),
                    "check_id",
                    "unknown_check",
                    f"no check named {check_id}; see the check ids in the data-quality table",
                )
            )
    return pd.DataFrame(rows), problems


def constraint_bounds() -> tuple[pd.DataFrame, list[Problem]]:
    """What the empty cells named in data/constraints.csv hold together, derived from stated totals."""
    rows, problems = [], []
    table = load.constraints()
    for c in table.itertuples():
        helpline, year, name = (
            c.file.split("/")[0],
            int(c.file.split("/")[1]),
            c.file.split("/")[2].removesuffix(".csv"),
        )
        frame = load.load_year_table(name, helpline, year)
        spec = load.YEAR_TABLES[name]
        key = spec.key[0]
        cells = str(c.missing_cells).split("|")
        selected = frame[frame[key].isin(cells)]
        if len(selected) != len(cells) or selected[spec.value_column].notna().any():
            problems.append(
                Problem(
                    "data/constraints.csv",
                    int(c.Index),
                    "missing_cells",
                    "constraint_cells",
                    f"{c.constraint_id}: the cells {c.missing_cells} must all exist and be empty in {c.file}",
                )
            )
            continue
        source, ref = str(c.reference).split(":", 1)
        if c.rule == "group_total":
            figure_key = ref.split("/")[-1]
            figures = load.key_figures(year, helpline)
            stated = float(figures.loc[figures["key"] == figure_key, "value"].iloc[0])
            codes = load.codebook("contact_person_codes")
            group = figures.loc[figures["key"] == figure_key, "category"].iloc[0]
            members = set(codes.loc[codes["group"] == group, "code"])
            filled = float(frame.loc[frame[key].isin(members), spec.value_column].dropna().sum())
            derived = stated - filled
        else:
            totals = load.stated_totals(year, helpline)
            stated = float(totals.loc[(totals["table"] == name) & (totals["dimension"] == "all"), "value"].iloc[0])
            earlier = sum(r["derived_total"] for r in rows if r["file"] == c.file)
            derived = stated - float(frame[spec.value_column].dropna().sum()) - earlier
        if derived < 0:
            problems.append(
                Problem(
                    "data/constraints.csv",
                    int(c.Index),
                    "reference",
                    "constraint_negative",
                    f"{c.constraint_id}: the stated total leaves {derived:g} for the empty cells; a count cannot be "
                    "negative",
                )
            )
        rows.append(
            {
                "constraint_id": c.constraint_id,
                "file": c.file,
                "missing_cells": c.missing_cells,
                "rule": c.rule,
                "stated_total": stated,
                "derived_total": derived,
                "reason": c.reason,
                "reason_nl": c.reason_nl,
            }
        )
    return pd.DataFrame(rows), problems
