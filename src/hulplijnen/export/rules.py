"""The rules of the export format (spec.py) as SQL over the typed tables read.py builds: one
condition per rule, true where a row breaks it, and a message that never repeats a value."""

from __future__ import annotations

from dataclasses import dataclass

from .spec import ExportFile

REQUIRED_WHEN = {
    "always": "TRUE",
    "phone": "channel = 'phone'",
    "phone_answered": "channel = 'phone' AND answered",
    "answered": "answered",
}
REQUIRED_NL = {"phone": "phone contacts", "phone_answered": "answered phone calls", "answered": "answered contacts"}


@dataclass(frozen=True)
class Rule:
    column: str
    rule: str
    condition: str  # SQL over the typed table; true where the row breaks the rule
    message: str  # never a value of the export: contact ids and times must not reach a log


def rules_of(file: ExportFile, year: int, codes: dict[str, list[str]], absent: tuple[str, ...] = ()) -> list[Rule]:
    rules = []
    for c in file.columns:
        if c.name in absent:
            continue
        when, allowed = REQUIRED_WHEN[c.required], REQUIRED_WHEN[c.allowed_for]
        filled = f"({c.name} IS NOT NULL OR {c.name}__bad)"
        rules.append(
            Rule(
                c.name,
                "required",
                f"{c.name} IS NULL AND NOT {c.name}__bad AND ({when})",
                "the cell is empty but required"
                + ("" if c.required == "always" else f" for {REQUIRED_NL[c.required]}"),
            )
        )
        if c.allowed_for != "always":
            rules.append(
                Rule(
                    c.name,
                    "must_be_empty",
                    f"{filled} AND NOT ({allowed})",
                    f"a value is given, but this column is filled for {REQUIRED_NL[c.allowed_for]} only; leave it "
                    "empty",
                )
            )
        if c.type == "timestamp":
            rules.append(
                Rule(
                    c.name,
                    "type",
                    f"{c.name}__bad",
                    "the value is not a local date and time (write YYYY-MM-DD HH:MM:SS, hours 00-23, no time zone; "
                    "Parquet: a TIMESTAMP column without time zone)",
                )
            )
            rules.append(
                Rule(
                    c.name,
                    "outside_year",
                    f"year({c.name}) <> {year}",
                    f"the date is not in {year}; an export holds one report year",
                )
            )
        elif c.type == "boolean":
            rules.append(Rule(c.name, "type", f"{c.name}__bad", "the value is not true or false"))
        elif c.type == "number":
            rules.append(
                Rule(c.name, "type", f"{c.name}__bad", "the value is not a number (write digits, a point for decimals)")
            )
            rules.append(
                Rule(
                    c.name,
                    "out_of_range",
                    f"{c.name} IS NOT NULL AND NOT ({c.name} >= 0 AND {c.name} <= {c.maximum:g})",
                    f"the value must be a number from 0 to {c.maximum:g}",
                )
            )
        elif c.codebook:
            allowed = [v for v in codes[c.codebook] if v not in c.exclude]
            rules.append(
                Rule(
                    c.name,
                    "unknown_code",
                    f"{c.name}__bad",
                    f"the value is not a code of data/codebooks/{c.codebook}.csv allowed here; "
                    f"valid: {', '.join(allowed)}",
                )
            )
    return rules


DUPLICATE_ID = Rule(
    "contact_id",
    "duplicate_id",
    "contact_id IN (SELECT contact_id FROM contacts GROUP BY contact_id HAVING count(*) > 1)",
    "the same contact id appears more than once; contact ids are unique",
)
# Each possible victim's contact, marked by one join (_add_link): missing (-1), unanswered (0), answered (1).
VICTIM_LINKS = [
    Rule(
        "contact_id",
        "unknown_contact",
        "contact_id IS NOT NULL AND __link = -1",
        "the contact id is not in the contacts file",
    ),
    Rule(
        "contact_id",
        "contact_not_answered",
        "__link = 0",
        "the contact id names an unanswered contact; possible victims are registered for answered contacts only",
    ),
]


WHOLE_HOUR = Rule(
    "hour",
    "whole_hour",
    "hour IS NOT NULL AND date_trunc('hour', hour) <> hour",
    "the time is not a whole hour (HH:00:00)",
)
DUPLICATE_HOUR = Rule(
    "hour",
    "duplicate_hour",
    "hour IN (SELECT hour FROM logged_in GROUP BY hour HAVING count(*) > 1)",
    "the same hour appears more than once; list each hour once",
)
