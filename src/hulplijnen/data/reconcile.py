"""Reconcile every table against its stated totals, the prose, the other tables and itself.

Each check is a ``Check``. A check that fails is an error unless the register of known
inconsistencies (data/inconsistencies.csv) lists it with a reason; a listed check that holds is an
error too, so the register never goes stale. The data-quality chapter is built from these results.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

import pandas as pd

from ..analysis.rounding import Interval, implied_base, one_in_n_holds, rounding_interval, share_pct
from ..errors import Problem
from ..paths import DATA
from . import load


@dataclass(frozen=True)
class Check:
    check_id: str
    file: str
    description: str
    stated: float | None
    computed: float | None
    holds: bool

    @property
    def gap(self) -> float | None:
        if self.stated is None or self.computed is None:
            return None
        return self.computed - self.stated


def _f(helpline: str, year: int, table: str) -> str:
    return f"data/{helpline}/{year}/{table}.csv"


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
            checks.append(Check(cid, _f(helpline, year, row.table), f"filled cells ({known}, {missing} empty) do not exceed the stated total of {row.dimension} {row.category}", float(row.value), float(known), known <= row.value))
        else:
            checks.append(Check(cid, _f(helpline, year, row.table), f"cells add up to the stated total of {row.dimension} {row.category}", float(row.value), float(known), known == row.value))
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
            checks.append(Check(f"{helpline}/{year}/gender_by_month/vs_contacts/{month}", _f(helpline, year, "gender_by_month"), f"gender counts of {month} equal the contacts of that month", float(per_month[month]), float(n), int(n) == int(per_month[month])))
    for name in ("contacts_by_age", "contacts_by_contact_person"):
        table = tables.get(name)
        if table is None:
            continue
        known = _sum_known(table["contacts"])
        complete = not table["contacts"].isna().any()
        rule = "equal" if complete else "do not exceed"
        checks.append(Check(f"{helpline}/{year}/{name}/vs_contacts", _f(helpline, year, name), f"contacts by {name.removeprefix('contacts_by_')} {rule} the contacts per month and channel", float(grand), float(known), known == grand if complete else known <= grand))
    victims = tables.get("possible_victims_by_context")
    if victims is not None:
        n = _sum_known(victims["possible_victims"])
        checks.append(Check(f"{helpline}/{year}/possible_victims_by_context/at_least_contacts", _f(helpline, year, "possible_victims_by_context"), "every contact concerns at least one possible victim, so possible victims are at least the contacts", float(grand), float(n), n >= grand))
    return checks


def _codes_of(category: str, codes: pd.DataFrame) -> list[str]:
    """Contact-person codes a stated category refers to: a code, a group, or victim-side family."""
    if category in set(codes["code"]):
        return [category]
    if category in set(codes["group"]):
        return list(codes.loc[codes["group"] == category, "code"])
    if category == "other_family":
        return list(codes.loc[(codes["group"] == "victim_environment") & (codes["role"] == "family"), "code"])
    raise KeyError(f"unknown contact-person category '{category}'")


def check_prose_against_tables(helpline: str, year: int, tables: dict[str, pd.DataFrame]) -> list[Check]:
    """Figures stated in the prose against the contact-person table they summarise."""
    people = tables.get("contacts_by_contact_person")
    figures = tables.get("key_figures")
    if people is None or figures is None:
        return []
    codes = load.codebook("contact_person_codes")
    total = float(tables["contacts_by_month_channel"]["contacts"].sum())
    file = _f(helpline, year, "key_figures")
    checks = []
    measures = ["contact_person", "contact_person_share", "contact_person_group", "contact_person_group_share"]
    # shares of a subset (e.g. of chat contacts) cannot be checked against a table of all contacts
    of_all = figures["base"].isna() | (figures["base"] == "contacts")
    relevant = figures[figures["measure"].isin(measures) & figures["reference_year"].isna() & of_all]
    for fig in relevant.itertuples():
        cells = people[people["code"].isin(_codes_of(fig.category, codes))]["contacts"]
        known, complete = float(_sum_known(cells)), not cells.isna().any()
        cid = f"{helpline}/{year}/key_figures/{fig.key}"
        if fig.unit == "count":
            holds = known == fig.value if complete else known <= fig.value
            checks.append(Check(cid, file, f"stated count of contact persons '{fig.category}' against the table" + ("" if complete else " (filled cells only)"), float(fig.value), known, holds))
        elif fig.unit == "one_in_n":
            checks.append(Check(cid, file, f"'one in {fig.value:g}' for '{fig.category}' against the table share", float(fig.value), total / known, one_in_n_holds(known / total, fig.value, fig.qualifier)))
        elif fig.unit == "percent":
            part = known
            if not complete:  # the table hides part of the group: use the count the prose states
                stated = figures[(figures["measure"] == fig.measure.removesuffix("_share")) & (figures["category"] == fig.category) & (figures["unit"] == "count")]
                if len(stated) != 1:
                    continue
                part = float(stated["value"].iloc[0])
            share = share_pct(part, total)
            holds = rounding_interval(fig.value, fig.decimals, fig.qualifier).contains(share)
            checks.append(Check(cid, file, f"stated share of '{fig.category}' against the table", float(fig.value), share, holds))
    return checks


def check_key_figures(helpline: str, year: int, figures: pd.DataFrame) -> list[Check]:
    """A helpline's stated figures against each other: parts and totals, shares, per day, changes."""
    file = _f(helpline, year, "key_figures")
    checks: list[Check] = []
    current = figures[figures["reference_year"].isna()]
    counts = current[current["unit"] == "count"]
    for measure, rows in counts.groupby("measure"):
        if "all" in set(rows["category"]) and len(rows) > 1:
            total = float(rows.loc[rows["category"] == "all", "value"].iloc[0])
            parts = float(rows.loc[rows["category"] != "all", "value"].sum())
            checks.append(Check(f"{helpline}/{year}/key_figures/parts_sum/{measure}", file, f"{measure} per channel add up to the total", total, parts, parts == total))
    for fig in current[current["unit"] == "percent"].itertuples():
        base = counts[(counts["measure"] == fig.base) & (counts["category"] == "all")]
        if fig.category == "all":  # e.g. referrals_since_launch_share: the part is its own measure
            part = counts[(counts["measure"] == fig.measure.removesuffix("_share")) & (counts["category"] == "all")]
        else:
            part = counts[(counts["measure"] == fig.base) & (counts["category"] == fig.category)]
        if fig.measure == "channel_share" and fig.base == "calls_or_conversations":
            for measure in ("calls", "conversations"):
                base = counts[(counts["measure"] == measure) & (counts["category"] == "all")]
                part = counts[(counts["measure"] == measure) & (counts["category"] == fig.category)]
                share = share_pct(float(part["value"].iloc[0]), float(base["value"].iloc[0]))
                checks.append(Check(f"{helpline}/{year}/key_figures/share/{fig.key}/{measure}", file, f"stated share '{fig.category}' ({fig.value:g} %) against the {measure}", float(fig.value), share, rounding_interval(fig.value, fig.decimals).contains(share)))
        elif len(base) == 1 and len(part) == 1:
            share = share_pct(float(part["value"].iloc[0]), float(base["value"].iloc[0]))
            checks.append(Check(f"{helpline}/{year}/key_figures/share/{fig.key}", file, f"stated share '{fig.category}' against the stated counts", float(fig.value), share, rounding_interval(fig.value, fig.decimals, fig.qualifier).contains(share)))
    shares = current[(current["measure"] == "channel_share") & (current["unit"] == "percent")]
    if len(shares) > 1 and set(shares["base"]) != {"calls_or_conversations"}:
        total = float(shares["value"].sum())
        slack = 0.5 * len(shares)
        checks.append(Check(f"{helpline}/{year}/key_figures/channel_shares_sum", file, "rounded channel shares add up to 100 % within their rounding", 100.0, total, abs(total - 100) <= slack))
    days = 366 if calendar.isleap(year) else 365
    for fig in current[current["unit"] == "per_day"].itertuples():
        total = counts[(counts["measure"] == fig.measure.removesuffix("_per_day")) & (counts["category"] == "all")]
        if len(total) == 1:
            per_day = float(total["value"].iloc[0]) / days
            checks.append(Check(f"{helpline}/{year}/key_figures/per_day/{fig.key}", file, f"stated {fig.measure} against the yearly total / {days}", float(fig.value), per_day, rounding_interval(fig.value, fig.decimals).contains(per_day)))
    checks += _check_changes(helpline, year, figures, file)
    checks += _check_since_launch(helpline, year, figures, file)
    return checks


def implied_previous(figures: pd.DataFrame, measure: str, category: str, reference_year: int) -> Interval | None:
    """The interval of an earlier year's value implied by this year's figure and its stated change."""
    now = figures[(figures["measure"] == measure) & (figures["category"] == category) & figures["reference_year"].isna() & (figures["unit"] == "count")]
    change = figures[(figures["measure"] == measure) & (figures["category"] == category) & (figures["reference_year"] == reference_year) & (figures["unit"] == "pct_change")]
    if len(now) != 1 or len(change) != 1:
        return None
    return implied_base(float(now["value"].iloc[0]), float(change["value"].iloc[0]), int(change["decimals"].iloc[0]))


def _check_changes(helpline: str, year: int, figures: pd.DataFrame, file: str) -> list[Check]:
    checks = []
    changes = figures[figures["unit"] == "pct_change"]
    for (measure, ref), rows in changes.groupby(["measure", "reference_year"]):
        ref = int(ref)
        total = implied_previous(figures, measure, "all", ref)
        parts = [implied_previous(figures, measure, c, ref) for c in rows["category"] if c != "all"]
        if total is not None and parts and all(p is not None for p in parts):
            summed = sum(parts[1:], parts[0])
            checks.append(Check(f"{helpline}/{year}/key_figures/changes_agree/{measure}/{ref}", file, f"the {ref} {measure} implied by the change of the total overlaps the sum implied by the changes of the parts", total.mid, summed.mid, total.overlaps(summed)))
        absolute = figures[(figures["measure"] == measure) & (figures["reference_year"] == ref) & (figures["unit"] == "change") & (figures["category"] == "all")]
        now = figures[(figures["measure"] == measure) & figures["reference_year"].isna() & (figures["unit"] == "count") & (figures["category"] == "all")]
        if len(absolute) == 1 and len(now) == 1 and total is not None:
            previous = float(now["value"].iloc[0]) - float(absolute["value"].iloc[0])
            stated_pct = float(rows.loc[rows["category"] == "all", "value"].iloc[0])
            computed_pct = (float(now["value"].iloc[0]) / previous - 1) * 100
            checks.append(Check(f"{helpline}/{year}/key_figures/abs_vs_pct/{measure}/{ref}", file, f"the absolute and the relative change of {measure} against {ref} agree", stated_pct, computed_pct, total.contains(previous)))
    return checks


def _check_since_launch(helpline: str, year: int, figures: pd.DataFrame, file: str) -> list[Check]:
    checks = []
    for fig in figures[figures["measure"].str.endswith("_since_launch") & (figures["unit"] == "count")].itertuples():
        measure = fig.measure.removesuffix("_since_launch")
        now = figures[(figures["measure"] == measure) & (figures["category"] == "all") & figures["reference_year"].isna() & (figures["unit"] == "count")]
        if len(now) != 1:
            continue
        lows = float(now["value"].iloc[0])
        for ref in sorted(figures.loc[(figures["measure"] == measure) & (figures["unit"] == "pct_change"), "reference_year"].dropna().unique()):
            interval = implied_previous(figures, measure, "all", int(ref))
            lows += interval.low if interval else 0.0
        checks.append(Check(f"{helpline}/{year}/key_figures/since_launch/{measure}", file, f"the total since launch is at least the sum of the yearly {measure} known or implied", float(fig.value), lows, lows <= fig.value))
    return checks


def check_against_earlier_tables(helpline: str, year: int, figures: pd.DataFrame) -> list[Check]:
    """Stated changes and earlier-year phrases against an earlier year's tables, where those exist."""
    checks = []
    file = _f(helpline, year, "key_figures")
    for fig in figures[figures["reference_year"].notna()].itertuples():
        ref = int(fig.reference_year)
        if not load.has_table("contacts_by_month_channel", helpline, ref):
            continue
        monthly = load.contacts_by_month_channel(ref, helpline)
        earlier_total = float(monthly["contacts"].sum())
        cid = f"{helpline}/{year}/key_figures/{fig.key}/vs_{ref}_tables"
        if fig.unit == "pct_change" and fig.measure == "contacts" and fig.category == "all":
            now = float(figures.loc[(figures["measure"] == "contacts") & (figures["category"] == "all") & figures["reference_year"].isna(), "value"].iloc[0])
            computed = (now / earlier_total - 1) * 100
            checks.append(Check(cid, file, f"the stated change against {ref} agrees with the {ref} tables", float(fig.value), computed, rounding_interval(fig.value, fig.decimals).contains(computed)))
        elif fig.unit == "one_in_n" and fig.measure == "channel_share":
            part = float(monthly.loc[monthly["channel"] == fig.category, "contacts"].sum())
            checks.append(Check(cid, file, f"'one in {fig.value:g}' for {fig.category} in {ref} against the {ref} tables", float(fig.value), earlier_total / part, one_in_n_holds(part / earlier_total, fig.value, fig.qualifier)))
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
                problems.append(Problem("data/inconsistencies.csv", int(register_lines[check.check_id]), "check_id", "stale_inconsistency", f"check {check.check_id} now holds; remove it from the register"))
        elif check.check_id in known:
            status = "known_inconsistency"
        else:
            status = "fails"
            problems.append(Problem(check.file, None, None, "reconciliation", f"check {check.check_id} fails: {check.description} (stated {check.stated:g}, computed {check.computed:.4g}); fix the data, log a correction, or register the inconsistency in data/inconsistencies.csv"))
        rows.append({**check.__dict__, "gap": check.gap, "status": status, "reason": known.get(check.check_id)})
    ids = {c.check_id for c in checks}
    for check_id, line in register_lines.items():
        if check_id not in ids:
            problems.append(Problem("data/inconsistencies.csv", int(line), "check_id", "unknown_check", f"no check named {check_id}; see the check ids in the data-quality table"))
    return pd.DataFrame(rows), problems


def constraint_bounds() -> tuple[pd.DataFrame, list[Problem]]:
    """What the empty cells named in data/constraints.csv hold together, derived from stated totals."""
    rows, problems = [], []
    table = load.constraints()
    for c in table.itertuples():
        helpline, year, name = c.file.split("/")[0], int(c.file.split("/")[1]), c.file.split("/")[2].removesuffix(".csv")
        frame = load.load_year_table(name, helpline, year)
        spec = load.YEAR_TABLES[name]
        key = spec.key[0]
        cells = str(c.missing_cells).split("|")
        selected = frame[frame[key].isin(cells)]
        if len(selected) != len(cells) or selected[spec.value_column].notna().any():
            problems.append(Problem("data/constraints.csv", int(c.Index), "missing_cells", "constraint_cells", f"{c.constraint_id}: the cells {c.missing_cells} must all exist and be empty in {c.file}"))
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
            problems.append(Problem("data/constraints.csv", int(c.Index), "reference", "constraint_negative", f"{c.constraint_id}: the stated total leaves {derived:g} for the empty cells; a count cannot be negative"))
        rows.append({"constraint_id": c.constraint_id, "file": c.file, "missing_cells": c.missing_cells, "rule": c.rule, "stated_total": stated, "derived_total": derived, "reason": c.reason})
    return pd.DataFrame(rows), problems
