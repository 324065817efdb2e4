"""What every table in data/ looks like: its columns, their types, the codes they may hold, its key.

One ``TableSpec`` per kind of table; ``schema()`` turns it into a pandera schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pandera.pandas as pa

Kind = Literal["code", "text", "optional_text", "count", "integer", "optional_integer", "number", "date", "optional_date", "flag", "month"]

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
            if col.kind == "month":
                checks.append(pa.Check.str_matches(r"^\d{4}-(0[1-9]|1[0-2])$", error="months are written YYYY-MM"))
            allowed = list(col.allowed) if col.allowed else codes.get(col.codebook or "", None)
            if allowed is not None:
                checks.append(pa.Check.isin(allowed, error=f"unknown value; allowed: {', '.join(map(str, allowed))}"))
            columns[col.name] = pa.Column(DTYPES[col.kind], checks=checks, nullable=col.kind in NULLABLE, coerce=True)
        return pa.DataFrameSchema(columns, unique=list(self.key), strict=True, ordered=False, name=self.name)


def _c(name: str, kind: Kind, description: str, **kw) -> ColumnSpec:
    return ColumnSpec(name, kind, description, **kw)


CODE_PATTERN = r"^[a-z0-9][a-z0-9_]{0,39}$"  # codes reach SQL parameters, file names and labels: keep them plain
MISSING_REASON = _c("missing_reason", "optional_text", "Why the count is missing; required exactly when the count is empty.")
UNITS = ("count", "percent", "pct_change", "change", "per_day", "one_in_n", "times")
QUALIFIERS = ("exact", "rounded", "about", "almost", "more_than", "at_most")
HELPLINES = ("1712", "tele-onthaal", "stop-it-now")
EVENT_KINDS = ("demand", "funding", "capacity", "measurement")
FIELD_STATUSES = ("recorded", "not_recorded", "not_conclusive")
SETTINGS = ("nuclear_family", "wider_family", "institution", "school", "sport", "leisure", "work", "other",
            "unknown", "blank")
PRECISIONS = ("day", "month", "season", "year", "range", "inferred", "open", "unknown")

# Tables that exist per helpline and year: data/<helpline>/<year>/<name>.csv
YEAR_TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in [
        TableSpec(
            "contacts_by_month_channel",
            (
                _c("month", "month", "Calendar month, YYYY-MM."),
                _c("channel", "text", "Channel through which the contact came in.", codebook="channels"),
                _c("contacts", "count", "Number of contacts (calls, e-mails, chats) as published."),
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
                _c("month", "month", "Calendar month, YYYY-MM."),
                _c("gender", "text", "Gender of the contact person.", codebook="genders"),
                _c("contacts", "count", "Number of contacts."),
                MISSING_REASON,
            ),
            key=("month", "gender"),
            description="Contacts per month by gender of the contact person.",
            value_column="contacts",
            complete_over=("month", "gender"),
        ),
        TableSpec(
            "contacts_by_age",
            (_c("age_class", "text", "Age class of the contact person.", codebook="age_classes"), _c("contacts", "count", "Number of contacts."), MISSING_REASON),
            key=("age_class",),
            description="Contacts by age class of the contact person.",
            value_column="contacts",
            complete_over=("age_class",),
        ),
        TableSpec(
            "contacts_by_contact_person",
            (_c("code", "text", "Contact-person code (1100-6999) or uncoded row.", codebook="contact_person_codes"), _c("contacts", "count", "Number of contacts."), MISSING_REASON),
            key=("code",),
            description="Contacts by who made contact (contact-person code).",
            value_column="contacts",
            complete_over=("code",),
        ),
        TableSpec(
            "possible_victims_by_context",
            (_c("context", "text", "Context in which the violence takes place.", codebook="violence_contexts"), _c("possible_victims", "count", "Number of possible victims (one contact may concern several)."), MISSING_REASON),
            key=("context",),
            description="Possible victims by context of the violence.",
            value_column="possible_victims",
            complete_over=("context",),
        ),
        TableSpec(
            "stated_totals",
            (
                _c("table", "text", "The table whose total this is."),
                _c("dimension", "text", "What the total runs over: a key column (the total of that category), or 'all'."),
                _c("category", "text", "The category of that column, or 'all'."),
                _c("value", "count", "The total as published."),
                _c("locator", "text", "Where in the document the total stands."),
            ),
            key=("table", "dimension", "category"),
            description="Row, column and grand totals as the source states them.",
        ),
        TableSpec(
            "key_figures",
            (
                _c("key", "text", "Stable identifier of the figure."),
                _c("measure", "text", "What is measured (contacts, channel_share, ...).", codebook="measures"),
                _c("category", "text", "The category of the measure ('all' for totals).", codebook="categories"),
                _c("reference_year", "optional_integer", "For changes and earlier-year values: the year compared with.",
                   minimum=1990, maximum=2100),
                _c("value", "number", "The figure as published (percentages as 68, not 0.68)."),
                _c("unit", "text", "Unit of the value.", allowed=UNITS),
                _c("qualifier", "text", "How exact the figure is stated.", allowed=QUALIFIERS),
                _c("decimals", "integer", "Decimals in the published figure; sets the rounding interval.", minimum=0, maximum=6),
                _c("base", "optional_text", "For shares: what the percentage is of."),
                _c("locator", "text", "Where in the document the figure stands."),
            ),
            key=("key",),
            description="Figures stated in prose or infographics.",
        ),
    ]
}

# Tables that exist once: data/<name>.csv or data/codebooks/<name>.csv
SINGLE_TABLES: dict[str, tuple[str, TableSpec]] = {
    spec.name: (path, spec)
    for path, spec in [
        ("codebooks/channels.csv", TableSpec("channels", (_c("channel", "code", "Channel code."), _c("label_nl", "text", "Dutch label for the report."), _c("source_label", "text", "Label as the source writes it."), _c("order", "integer", "Display order.", minimum=0)), ("channel",), "Channels.")),
        ("codebooks/genders.csv", TableSpec("genders", (_c("gender", "code", "Gender code."), _c("label_nl", "text", "Dutch label."), _c("source_label", "text", "Label as the source writes it."), _c("order", "integer", "Display order.", minimum=0)), ("gender",), "Genders of contact persons.")),
        ("codebooks/age_classes.csv", TableSpec("age_classes", (_c("age_class", "code", "Age-class code."), _c("label_nl", "text", "Dutch label."), _c("source_label", "optional_text", "Label as the source writes it (empty where lost in OCR)."), _c("minor", "flag", "Whether the class is under 18 (empty: not known)."), _c("order", "integer", "Display order.", minimum=0)), ("age_class",), "Age classes of contact persons.")),
        ("codebooks/contact_person_groups.csv", TableSpec("contact_person_groups", (_c("group", "code", "Group code."), _c("label_nl", "text", "Dutch label."), _c("source_label", "text", "Heading as the source writes it."), _c("order", "integer", "Display order.", minimum=0)), ("group",), "Groups of contact-person codes.")),
        ("codebooks/contact_person_codes.csv", TableSpec("contact_person_codes", (_c("code", "code", "Contact-person code."), _c("group", "code", "Group of the code.", codebook="contact_person_groups"), _c("label_nl", "text", "Label as the source writes it (OCR repaired)."), _c("role", "text", "Relation to the victim or perpetrator, for grouping statements.", allowed=("victim", "parent", "family", "neighbour", "friend", "partner", "other", "perpetrator", "professional", "unknown"))), ("code",), "Contact-person codes.")),
        ("codebooks/violence_contexts.csv", TableSpec("violence_contexts", (
            _c("context", "code", "Context code."),
            _c("label_nl", "text", "Dutch label."),
            _c("source_label", "text", "Label as the source writes it."),
            _c("family", "flag", "Violence within the family."),
            _c("nuclear_family", "flag", "Violence within the nuclear family (gezin)."),
            _c("known", "flag", "Whether the context is known."),
            _c("setting", "text", "Group of settings the report shows (this project's grouping, see data/README.md).",
               allowed=SETTINGS),
            _c("order", "integer", "Display order.", minimum=0),
        ), ("context",), "Contexts of violence.")),
        ("codebooks/regions.csv", TableSpec("regions", (_c("region", "code", "Region code of a contact export: a province line of 1712, or option 0."), _c("label_nl", "text", "Dutch label."), _c("kind", "text", "province: a provincial line that answers calls; overflow: option 0, routed to a less busy province.", allowed=("province", "overflow")), _c("order", "integer", "Display order.", minimum=0)), ("region",), "Regions of 1712's phone lines (contact exports).")),
        ("codebooks/victim_types.csv", TableSpec("victim_types", (_c("victim_type", "code", "Victim-type code of a contact export."), _c("label_nl", "text", "Dutch label."), _c("minor", "flag", "Whether the type is under 18 (empty: not known)."), _c("order", "integer", "Display order.", minimum=0)), ("victim_type",), "Types of possible victims (contact exports).")),
        ("codebooks/measures.csv", TableSpec("measures", (_c("measure", "code", "Measure code used in key_figures.csv."), _c("label_nl", "text", "Dutch label for the report."), _c("definition_nl", "text", "Dutch definition, shown in the glossary.")), ("measure",), "Measures of the key figures.")),
        ("codebooks/categories.csv", TableSpec("categories", (_c("category", "code", "Category code used in key_figures.csv."), _c("label_nl", "text", "Dutch label for the report.")), ("category",), "Categories of the key figures.")),
        ("helplines.csv", TableSpec("helplines", (_c("helpline", "text", "Helpline code.", allowed=HELPLINES), _c("name", "text", "Name."), _c("purpose_nl", "text", "What the helpline is for, in Dutch."), _c("channels", "text", "Channels, separated by |."), _c("counting_unit", "text", "What the helpline counts."), _c("launch_earliest", "optional_date", "Launch, earliest date."), _c("launch_latest", "optional_date", "Launch, latest date."), _c("launch_precision", "text", "Precision of the launch date.", allowed=PRECISIONS), _c("locator", "text", "Source.")), ("helpline",), "Helpline metadata.")),
        ("campaigns.csv", TableSpec("campaigns", (_c("campaign_id", "text", "Stable identifier."), _c("helpline", "text", "Helpline.", allowed=HELPLINES), _c("start_earliest", "date", "Earliest possible start."), _c("start_latest", "date", "Latest possible start."), _c("precision", "text", "How precisely the source dates the campaign.", allowed=PRECISIONS), _c("launched_by", "text", "Who launched it."), _c("name_nl", "text", "Short Dutch description."), _c("audience", "text", "Target audience."), _c("locator", "text", "Source.")), ("campaign_id",), "Campaigns naming the helpline.")),
        ("events.csv", TableSpec("events", (
            _c("event_id", "text", "Stable identifier."),
            _c("helpline", "text", "Helpline.", allowed=HELPLINES),
            _c("start_earliest", "date", "Earliest possible start."),
            _c("start_latest", "date", "Latest possible start."),
            _c("start_precision", "text", "Precision of the start.", allowed=PRECISIONS),
            _c("end_earliest", "optional_date", "Earliest possible end (empty: open)."),
            _c("end_latest", "optional_date", "Latest possible end."),
            _c("end_precision", "text", "Precision of the end.", allowed=PRECISIONS),
            _c("effect_shape", "text", "How the event is expected to move contacts.",
               allowed=("level", "pulse", "none")),
            _c("name_nl", "text", "Short Dutch description."),
            _c("kind", "text", "A rise in demand, funding, a capacity measure, or a measurement period.",
               allowed=EVENT_KINDS),
            _c("locator", "text", "Source."),
        ), ("event_id",), "Events that move contact volumes or capacity, and dated measurements.",
            ordered=(("start_earliest", "start_latest"), ("end_earliest", "end_latest"),
                     ("start_earliest", "end_latest")))),
        ("registration_fields.csv", TableSpec("registration_fields", (
            _c("helpline", "text", "Helpline.", allowed=HELPLINES),
            _c("field", "text", "What a contact's registration could hold (month, channel, call_time, ...)."),
            _c("status", "text", "recorded: the source publishes it; not_recorded: the source says the system cannot "
               "hold it; not_conclusive: the source says it gives no conclusive figures.", allowed=FIELD_STATUSES),
            _c("first_year", "integer", "First year the status is stated for."),
            _c("last_year", "integer", "Last year the status is stated for."),
            _c("name_nl", "text", "Dutch description of the field."),
            _c("locator", "text", "Source."),
        ), ("helpline", "field"), "What the registration of contacts holds, as the sources state it.",
            ordered=(("first_year", "last_year"),))),
        ("corrections.csv", TableSpec("corrections", (_c("file", "text", "File under data/."), _c("key", "text", "Row key as column=value pairs joined by |."), _c("column", "text", "Column corrected."), _c("published", "optional_text", "What the source text says (empty: an empty cell)."), _c("used", "text", "What this project uses."), _c("kind", "text", "Kind of correction.", allowed=("ocr_misread", "blank_forced_by_totals", "label_repair", "ocr_artifact")), _c("reason", "text", "Which checks force the reading.")), ("file", "key", "column"), "Readings that differ from the OCR text.")),
        ("constraints.csv", TableSpec("constraints", (_c("constraint_id", "text", "Stable identifier."), _c("file", "text", "File with the empty cells."), _c("missing_cells", "text", "Keys of the empty cells, joined by |."), _c("rule", "text", "How the bound is derived.", allowed=("group_total", "table_total")), _c("reference", "text", "The stated figure the bound rests on."), _c("reason", "text", "Explanation.")), ("constraint_id",), "Totals that bound empty cells.")),
        ("inconsistencies.csv", TableSpec("inconsistencies", (_c("check_id", "text", "The reconciliation check that fails."), _c("reason", "text", "What is known about the disagreement and what the report does with it.")), ("check_id",), "Published figures that disagree and that no check can settle.")),
    ]
}

CODEBOOKS = ("channels", "genders", "age_classes", "contact_person_groups", "contact_person_codes", "violence_contexts", "measures", "categories", "regions", "victim_types")
