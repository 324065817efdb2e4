"""What every table in data/ looks like: its columns, their types, the codes they may hold, its key.

One ``TableSpec`` per kind of table; ``schema()`` turns it into a pandera schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pandera.pandas as pa

Kind = Literal[
    "code",
    "text",
    "optional_text",
    "count",
    "integer",
    "optional_integer",
    "number",
    "date",
    "optional_date",
    "flag",
    "month",
]

DTYPES: dict[str, str] = {
    "code": "string",
    "text": "string",
    "optional_text": "string",
    "count": "Int64",
    "integer": "Int64",
    "optional_integer": "Int64",
    "number": "Float64",
    "date": "datetime64[ns]",
    "optional_date": "datetime64[ns]",
    "flag": "boolean",
    "month": "string",
}
NULLABLE = {"optional_text", "count", "optional_integer", "optional_date", "flag"}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: Kind
    description: str
    codebook: str | None = None  # name of a codebook whose first column lists the allowed values
    allowed: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None  # a regular expression every value must match (text columns)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...]
    description: str
    value_column: str | None = None  # the count that may be missing (then missing_reason must say why)
    complete_over: tuple[str, ...] = field(default=())  # key columns whose full codebook/month set must appear
    ordered: tuple[tuple[str, str], ...] = field(default=())  # (a, b): a must not come after b in a row

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> ColumnSpec:
        return next(c for c in self.columns if c.name == name)

    def schema(self, codes: dict[str, list[str]]) -> pa.DataFrameSchema:
        columns = {}
        for col in self.columns:
            checks = []
            if col.kind == "count":
                checks.append(pa.Check.ge(0, error="counts cannot be negative"))
            if col.kind == "code":
                checks.append(pa.Check.str_matches(CODE_PATTERN, error="codes are lower-case letters, digits and _"))
            if col.minimum is not None:
                checks.append(pa.Check.ge(col.minimum, error=f"must be at least {col.minimum}"))
            if col.maximum is not None:
                checks.append(pa.Check.le(col.maximum, error=f"must be at most {col.maximum}"))
            if col.kind == "number":
                checks.append(pa.Check.in_range(-1e12, 1e12, error="must be a finite number below 10^12 in size"))
            if col.pattern is not None:
                checks.append(pa.Check.str_matches(col.pattern, error=f"must match {col.pattern}"))
            if col.kind == "month":
                checks.append(pa.Check.str_matches(r"^\d{4}-(0[1-9]|1[0-2])$", error="months are written YYYY-MM"))
            allowed = list(col.allowed) if col.allowed else codes.get(col.codebook or "", None)
            if allowed is not None:
                checks.append(pa.Check.isin(allowed, error=f"unknown value; allowed: {', '.join(map(str, allowed))}"))
            columns[col.name] = pa.Column(DTYPES[col.kind], checks=checks, nullable=col.kind in NULLABLE, coerce=True)
        return pa.DataFrameSchema(columns, unique=list(self.key), strict=True, ordered=False, name=self.name)


def column(name: str, kind: Kind, description: str, **kw) -> ColumnSpec:
    return ColumnSpec(name, kind, description, **kw)


CODE_PATTERN = r"^[a-z0-9][a-z0-9_]{0,39}$"  # codes reach SQL parameters, file names and labels: keep them plain
MISSING_REASON = column(
    "missing_reason", "optional_text", "Why the count is missing; required exactly when the count is empty."
)
UNITS = ("count", "percent", "pct_change", "change", "per_day", "one_in_n", "times", "rank")  # rank: 1 = highest
QUALIFIERS = ("exact", "rounded", "about", "almost", "more_than", "at_most")
EVENT_KINDS = ("demand", "funding", "capacity", "measurement")
FIELD_STATUSES = ("recorded", "not_recorded", "not_conclusive")
# Who states a figure: the helpline in its own publication (annual report, infographic, also where the
# minister quotes it), the member of parliament in a written question, or the minister in the answer.
STATED_BY = ("helpline", "questioner", "minister")
# What a source says about a measure's effect: nothing, a qualitative evaluation only, or a qualitative
# evaluation with preliminary figures that point to more answered calls (an indication, not a measurement), or a
# qualitative evaluation with the source's word that few use it because most callers stay anonymous.
EVENT_STATUSES = ("implemented", "goal", "occurred")  # carried out, only an aim, or a happening (not a measure)
EVALUATIONS = ("not_stated", "qualitative", "preliminary_more_answered", "qualitative_anonymous_callers")
# How a source answered a question it was asked: not at all, later (promised with a later publication), by
# referring elsewhere, or in words without the figures asked for.
ANSWERS = ("not_answered", "later", "referred", "no_figures")
# What an answer says about a helpline beside the figures asked for (answer_statements.csv): that it is a helpline and
# no emergency number or crisis line, that its social media only support its external communication, that it does not
# know which campaign a question's claim means.
STATEMENTS = ("not_emergency_line", "social_media_communication_only", "campaign_not_identified")
SETTINGS = (
    "nuclear_family",
    "wider_family",
    "institution",
    "school",
    "sport",
    "leisure",
    "work",
    "other",
    "unknown",
    "blank",
)
LAUNCHERS = ("list", "title")  # campaigns.csv launcher_from: said by the list, or read from the title (marked inferred)
PRECISIONS = ("day", "month", "season", "year", "range", "inferred", "open", "unknown")

# Tables that exist per helpline and year: data/<helpline>/<year>/<name>.csv
YEAR_TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in [
        TableSpec(
            "contacts_by_month_channel",
            (
                column("month", "month", "Calendar month, YYYY-MM."),
                column("channel", "text", "Channel through which the contact came in.", codebook="channels"),
                column("contacts", "count", "Number of contacts (calls, e-mails, chats) as published."),
                MISSING_REASON,
            ),
            key=("month", "channel"),
            description="Contacts per month and channel.",
            value_column="contacts",
            complete_over=("month", "channel"),
        ),
        TableSpec(
            "gender_by_month",
            (
                column("month", "month", "Calendar month, YYYY-MM."),
                column("gender", "text", "Gender of the contact person.", codebook="genders"),
                column("contacts", "count", "Number of contacts."),
                MISSING_REASON,
            ),
            key=("month", "gender"),
            description="Contacts per month by gender of the contact person.",
            value_column="contacts",
            complete_over=("month", "gender"),
        ),
        TableSpec(
            "contacts_by_age",
            (
                column("age_class", "text", "Age class of the contact person.", codebook="age_classes"),
                column("contacts", "count", "Number of contacts."),
                MISSING_REASON,
            ),
            key=("age_class",),
            description="Contacts by age class of the contact person.",
            value_column="contacts",
            complete_over=("age_class",),
        ),
        TableSpec(
            "contacts_by_contact_person",
            (
                column(
                    "code", "text", "Contact-person code (1100-6999) or uncoded row.", codebook="contact_person_codes"
                ),
                column("contacts", "count", "Number of contacts."),
                MISSING_REASON,
            ),
            key=("code",),
            description="Contacts by who made contact (contact-person code).",
            value_column="contacts",
            complete_over=("code",),
        ),
        TableSpec(
            "possible_victims_by_context",
            (
                column("context", "text", "Context in which the violence takes place.", codebook="violence_contexts"),
                column("possible_victims", "count", "Number of possible victims (one contact may concern several)."),
                MISSING_REASON,
            ),
            key=("context",),
            description="Possible victims by context of the violence.",
            value_column="possible_victims",
            complete_over=("context",),
        ),
        TableSpec(
            "stated_totals",
            (
                column("table", "text", "The table whose total this is."),
                column(
                    "dimension",
                    "text",
                    "What the total runs over: a key column (the total of that category), or 'all'.",
                ),
                column("category", "text", "The category of that column, or 'all'."),
                column("value", "count", "The total as published."),
                column("locator", "text", "Where in the document the total stands."),
            ),
            key=("table", "dimension", "category"),
            description="Row, column and grand totals as the source states them.",
        ),
        TableSpec(
            "key_figures",
            (
                column("key", "text", "Stable identifier of the figure."),
                column("measure", "text", "What is measured (contacts, channel_share, ...).", codebook="measures"),
                column("category", "text", "The category of the measure ('all' for totals).", codebook="categories"),
                column(
                    "reference_year",
                    "optional_integer",
                    "For changes and earlier-year values: the year compared with.",
                    minimum=1990,
                    maximum=2100,
                ),
                column("value", "number", "The figure as published (percentages as 68, not 0.68)."),
                column("unit", "text", "Unit of the value.", allowed=UNITS),
                column("qualifier", "text", "How exact the figure is stated.", allowed=QUALIFIERS),
                column(
                    "decimals",
                    "integer",
                    "Decimals in the published figure; sets the rounding interval.",
                    minimum=0,
                    maximum=6,
                ),
                column("base", "optional_text", "For shares: what the percentage is of."),
                column("locator", "text", "Where in the document the figure stands."),
                column(
                    "stated_by",
                    "text",
                    "Who states the figure: the helpline's own publication, the questioner or the minister.",
                    allowed=STATED_BY,
                ),
            ),
            key=("key",),
            description="Figures stated in prose or infographics.",
        ),
    ]
}

CODEBOOKS = (
    "channels",
    "genders",
    "age_classes",
    "contact_person_groups",
    "contact_person_codes",
    "violence_contexts",
    "measures",
    "categories",
    "regions",
    "victim_types",
    "correction_kinds",
    "constraint_rules",
    "missing_reasons",
)
