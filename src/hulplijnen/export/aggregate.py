"""Aggregate a validated export (DuckDB tables ``contacts`` and ``possible_victims``) into the
tables the report publishes, protect them jointly (``hulplijnen.export.disclosure``), and write them as
tidy CSV files — the same tables, columns and codes as data/<helpline>/<year>/, plus the tables
only contact-level data allows.

DuckDB does the counting (one grouped query per table over the typed in-memory table); pandas
receives only the counts.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from ..data import load
from . import timing_tables
from .disclosure import Dim, Protection, TableDef, protect

if TYPE_CHECKING:  # DuckDB loads only when an export is read
    import duckdb

# Row-level columns every table is defined on: SQL over the typed ``contacts`` table that groups
# cheaply (enums, integers, dates), and the labels the tables use, applied to the few result rows.
CONTACT_COLUMNS = {
    "answered": "answered",
    "channel": "channel",
    "month": "month(start)",
    "date": "CAST(start AS DATE)",
    "weekday": "isodow(start)",
    "hour": "CASE WHEN hour(start) < 7 THEN 0 WHEN hour(start) >= 22 THEN 22 ELSE hour(start) END",
    "gender": "gender",
    "age_class": "age_class",
    "code": "contact_person",
    "anonymous": "anonymous",
    "caller_region": "caller_region",
    "route": "CASE WHEN caller_region = 'option_0' THEN 'option_0' WHEN CAST(answering_region AS VARCHAR) = "
    "CAST(caller_region AS VARCHAR) THEN 'own' ELSE 'other' END",
}
BOOLEAN = {True: "true", False: "false"}
LABELS = {
    "answered": BOOLEAN.get,
    "anonymous": BOOLEAN.get,
    "hour": lambda h: "00-06" if h == 0 else "22-23" if h == 22 else f"{int(h):02d}",
    "weekday": lambda d: str(int(d)),
    "date": lambda d: pd.Timestamp(d).strftime("%Y-%m-%d"),
}


def contact_columns() -> dict[str, str]:
    """CONTACT_COLUMNS plus the contact-person group and its mix group, looked up in the codebook table
    ``code_groups`` (registered on the connection by ``leaf_counts``: codes never become SQL text)."""
    group = '(SELECT g."group" FROM code_groups AS g WHERE g.code = CAST(contact_person AS VARCHAR))'
    mix = "(SELECT g.mix_group FROM code_groups AS g WHERE g.code = CAST(contact_person AS VARCHAR))"
    return {**CONTACT_COLUMNS, **timing_tables.COLUMNS, "group": group, "mix_group": mix}


def mix_groups() -> pd.DataFrame:
    """The groups the channel mix counts in (codebook contact_person_groups: mix_group, mix_label_nl): small groups
    merged before disclosure control, so the table shows shares rather than x (table design before suppression, as
    the night hours; demo r18 #4). Columns group (the mix group's code), label_nl, order, members."""
    book = load.codebook("contact_person_groups").sort_values("order")
    return (
        book.groupby("mix_group", sort=False)
        .agg(label_nl=("mix_label_nl", "first"), order=("order", "min"), members=("group", tuple))
        .reset_index()
        .rename(columns={"mix_group": "group"})
    )


VICTIM_COLUMNS = {"victim_type": "victim_type", "context": "context"}
ROUTES = ("own", "other", "option_0")
# Night hours are one band: single night hours hold too few calls to publish (table design comes
# before suppression: fewer small cells, fewer complements).
HOUR_BANDS = ("00-06", *(f"{h:02d}" for h in range(7, 22)), "22-23")
TRUE_FALSE = ("true", "false")
ANSWERED = (("answered", "true"),)
PHONE = (("channel", "phone"),)
VICTIM = (("unit", "possible_victim"),)
DEFAULT_K = 5


def table_defs(year: int, timings: bool = False) -> list[TableDef]:
    """Every table a report from contact-level data publishes, in report order (``timings``: the
    export has the timing columns, which add the tables of export/timing_tables.py)."""
    codes = load.codes()
    channels = tuple(c for c in codes["channels"] if c != "not_recorded")
    months = tuple(f"{year}-{m:02d}" for m in range(1, 13))
    dates = tuple(
        (dt.date(year, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(366 if calendar.isleap(year) else 365)
    )
    code_book = load.codebook("contact_person_codes")
    code_dim = Dim("code", tuple(code_book["code"]), "group", dict(zip(code_book["code"], code_book["group"])))
    mixed = mix_groups()
    book = load.codebook("contact_person_groups")
    group_dim = Dim(
        "group", tuple(codes["contact_person_groups"]), "mix_group", dict(zip(book["group"], book["mix_group"]))
    )
    channel, month = Dim("channel", channels), Dim("month", months)
    answered = Dim("answered", TRUE_FALSE)
    weekday, hour = Dim("weekday", tuple(str(d) for d in range(1, 8))), Dim("hour", HOUR_BANDS)
    extra = timing_tables.table_defs(weekday, hour) if timings else []
    return [
        TableDef("contacts_by_month_channel", ANSWERED, (month, channel), "Contacten per maand en kanaal"),
        TableDef(
            "contacts_by_day", ANSWERED, (Dim("date", dates, "month", {d: d[:7] for d in dates}),), "Contacten per dag"
        ),
        TableDef(
            "gender_by_month",
            ANSWERED,
            (month, Dim("gender", tuple(codes["genders"]))),
            "Geslacht van de contactnemer per maand",
        ),
        TableDef(
            "contacts_by_age",
            ANSWERED,
            (Dim("age_class", tuple(codes["age_classes"])),),
            "Leeftijd van de contactnemer",
        ),
        TableDef("contacts_by_contact_person", ANSWERED, (code_dim,), "Contacten per contactnemer"),
        TableDef(
            "contacts_by_group_channel",
            ANSWERED,
            (Dim("mix_group", tuple(mixed["group"])), channel),
            "Contacten per groep contactnemers en kanaal",
        ),
        # publishes nothing new: it tells the protection that a mix group's total is the sum of its groups' totals
        # (the code table's subtotals), as a reader who adds them up knows
        TableDef("contacts_by_group_mix", ANSWERED, (group_dim,), "Contacten per groep en samengevoegde groep"),
        TableDef(
            "contacts_by_anonymity_channel", ANSWERED, (Dim("anonymous", TRUE_FALSE), channel), "Anonimiteit per kanaal"
        ),
        TableDef("phone_by_month", PHONE, (month, answered), "Telefoon: aangeboden en beantwoorde oproepen per maand"),
        TableDef(
            "phone_by_weekday_hour",
            PHONE,
            (weekday, hour, answered),
            "Telefoon: oproepen per weekdag en uur",
        ),
        TableDef(
            "phone_by_route",
            PHONE + ANSWERED,
            (Dim("caller_region", tuple(codes["regions"])), Dim("route", ROUTES)),
            "Telefoon: beantwoord in de eigen provincie of elders",
        ),
        TableDef(
            "possible_victims_by_type_context",
            VICTIM,
            (Dim("victim_type", tuple(codes["victim_types"])), Dim("context", tuple(codes["violence_contexts"]))),
            "Mogelijke slachtoffers per type en context",
        ),
        *extra,
    ]


def _leaf_sql(definition: TableDef) -> tuple[str, list[str]]:
    """The grouped query of a table and its parameters: column expressions are this module's
    constants; every value (the population's conditions) is a bound parameter."""
    victims = definition.population == VICTIM
    columns = VICTIM_COLUMNS if victims else contact_columns()
    conditions = [(c, v) for c, v in definition.population if c != "unit"]
    where = " AND ".join(f"CAST({columns[c]} AS VARCHAR) = ?" for c, _ in conditions) or "TRUE"
    dims = ", ".join(f"{columns[d.name]} AS {d.name}" for d in definition.dims)
    table = "possible_victims" if victims else "contacts"
    return f"SELECT {dims}, count(*) AS n FROM {table} WHERE {where} GROUP BY ALL", [v for _, v in conditions]


def leaf_counts(con: duckdb.DuckDBPyConnection, definition: TableDef) -> pd.Series:
    """Counts per combination of leaf values present in the export (absent combinations are zero)."""
    book = load.codebook("contact_person_codes")
    mix = load.codebook("contact_person_groups").set_index("group")["mix_group"]
    con.register(
        "code_groups",
        pd.DataFrame(
            {
                "code": book["code"].astype(str),
                "group": book["group"].astype(str),
                "mix_group": book["group"].map(mix).astype(str),
            }
        ),
    )
    sql, values = _leaf_sql(definition)
    frame = con.execute(sql, values).fetchdf()
    names = [d.name for d in definition.dims]
    for dim in definition.dims:
        name, label = dim.name, LABELS.get(dim.name)
        if name == "month":  # month number -> the dimension's 'YYYY-MM'
            frame[name] = [dim.values[int(m) - 1] for m in frame[name]]
        elif label is not None:
            frame[name] = [label(v) for v in frame[name]]
        else:
            frame[name] = frame[name].astype(str)
    return frame.set_index(names if len(names) > 1 else names[0])["n"].astype("int64")


def aggregate(con: duckdb.DuckDBPyConnection, year: int) -> list[tuple[TableDef, pd.Series]]:
    timings = timing_tables.has_timings(con)
    return [(definition, leaf_counts(con, definition)) for definition in table_defs(year, timings)]


SUPPRESSED_REASON = "suppressed: small count or protecting one (disclosure control)"


def _tidy(protection: Protection, table: str, value: str) -> pd.DataFrame:
    leaves = protection.leaves(table).rename(columns={"count": value})
    leaves["missing_reason"] = leaves.pop("suppressed").map({True: SUPPRESSED_REASON, False: pd.NA})
    return leaves


def tidy_tables(protection: Protection) -> dict[str, pd.DataFrame]:
    """The published tables as tidy frames: data/'s five tables in their exact schemas (a
    suppressed cell is a missing count with its missing_reason), and the export-only tables."""
    monthly = _tidy(protection, "contacts_by_month_channel", "contacts")
    months = monthly["month"].unique()
    not_recorded = pd.DataFrame(
        {
            "month": months,
            "channel": "not_recorded",
            "contacts": pd.array([0] * len(months), dtype="Int64"),
            "missing_reason": pd.NA,
        }
    )
    contexts = protection.cells("possible_victims_by_type_context")
    contexts = contexts[(contexts["victim_type_level"] == "total") & (contexts["context_level"] == "leaf")]
    victims = pd.DataFrame(
        {
            "context": contexts["context"].values,
            "possible_victims": contexts["count"].values,
            "missing_reason": contexts["suppressed"].map({True: SUPPRESSED_REASON, False: pd.NA}).values,
        }
    )
    tables = {
        "contacts_by_month_channel": pd.concat([monthly, not_recorded])
        .sort_values(["month"], kind="stable")
        .reset_index(drop=True),
        "gender_by_month": _tidy(protection, "gender_by_month", "contacts"),
        "contacts_by_age": _tidy(protection, "contacts_by_age", "contacts"),
        "contacts_by_contact_person": _tidy(protection, "contacts_by_contact_person", "contacts"),
        "possible_victims_by_context": victims,
    }
    for name in (
        "contacts_by_day",
        "contacts_by_group_channel",
        "contacts_by_anonymity_channel",
        "possible_victims_by_type_context",
    ):
        tables[name] = _tidy(protection, name, "possible_victims" if name.startswith("possible") else "contacts")
    for name in ("phone_by_month", "phone_by_weekday_hour", "phone_by_route", *timing_tables.TIDY):
        if name in protection.tables:
            tables[name] = _tidy(protection, name, "calls")
    return tables


@dataclass(frozen=True)
class Published:
    """What a release built from an export publishes: the protection and its tidy tables."""

    protection: Protection
    tables: dict[str, pd.DataFrame]


def publishable(con: duckdb.DuckDBPyConnection, year: int, k: int = DEFAULT_K, joint=None) -> Published:
    """``joint``: what earlier publications of the same year and helpline impose (export.ledger)."""
    protection = protect(aggregate(con, year), k, joint)
    return Published(protection, tidy_tables(protection))
