"""The contact export format: two files per export (and an optional third), as CSV or Parquet.

``contacts``: one row per contact attempt (a phone call offered to the line, an e-mail, a chat);
its timing columns (``wait_seconds``, ``handle_seconds``) are optional and come together.
``possible_victims``: one row per possible victim a contact is about.
``logged_in`` (optional): counsellors logged in to the phone line, one row per staffed hour.

The format is documented for users in docs/contact-export.md; a contract test keeps that page and
this module in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DAY = 86400.0  # seconds: no wait or conversation is longer

Type = Literal["text", "timestamp", "boolean", "code", "number"]
# When a column must be filled. The others must be empty: a value there is an error, not noise.
Required = Literal["always", "phone", "phone_answered", "answered"]


@dataclass(frozen=True)
class ExportColumn:
    name: str
    type: Type
    required: Required
    description: str
    codebook: str | None = None  # codebook in data/codebooks/ whose first column lists the allowed codes
    exclude: tuple[str, ...] = ()  # codes of the codebook not allowed here
    allowed: Required | None = None  # where a value may stand, when wider than ``required``
    optional: bool = False  # the column may be left out of the file (then every row lacks it)
    maximum: float | None = None  # numbers: the largest value allowed (the smallest is 0)

    @property
    def allowed_for(self) -> Required:
        return self.allowed or self.required


@dataclass(frozen=True)
class ExportFile:
    name: str
    columns: tuple[ExportColumn, ...]
    description: str
    optional: bool = False  # an export may leave the file out

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


CONTACTS = ExportFile(
    "contacts",
    (
        ExportColumn(
            "contact_id", "text", "always", "Identifier of the contact, unique in the export. Never published."
        ),
        ExportColumn(
            "start",
            "timestamp",
            "always",
            "Local date and time the contact started (`YYYY-MM-DD HH:MM:SS`); must fall in the report year. Never "
            "published.",
        ),
        ExportColumn("channel", "code", "always", "Channel.", "channels", exclude=("not_recorded",)),
        ExportColumn(
            "answered",
            "boolean",
            "always",
            "`true` when the contact was answered (phone: the call was picked up; e-mail and chat: a counsellor "
            "replied), else `false`. Unanswered phone calls are the offered calls that were not picked up.",
        ),
        ExportColumn(
            "caller_region",
            "code",
            "phone",
            "Phone only: the province the caller chose in the menu, or `option_0` when the caller chose none (routed "
            "as overflow).",
            "regions",
        ),
        ExportColumn(
            "answering_region",
            "code",
            "phone_answered",
            "Answered phone calls only: the provincial line that answered.",
            "regions",
            exclude=("option_0",),
        ),
        ExportColumn(
            "contact_person",
            "code",
            "answered",
            "Answered contacts only: contact-person code (1100…6999, `justice`, `unknown`, `blank`).",
            "contact_person_codes",
        ),
        ExportColumn("gender", "code", "answered", "Answered contacts only: gender of the contact person.", "genders"),
        ExportColumn(
            "age_class", "code", "answered", "Answered contacts only: age class of the contact person.", "age_classes"
        ),
        ExportColumn(
            "anonymous",
            "boolean",
            "answered",
            "Answered contacts only: `true` when the contact person stayed anonymous.",
        ),
        ExportColumn(
            "wait_seconds",
            "number",
            "phone_answered",
            "Optional (with `handle_seconds`). Phone only: seconds the caller waited in the queue until the call was "
            "answered or the caller hung up; empty for a call that never entered the queue (the line was closed).",
            allowed="phone",
            optional=True,
            maximum=DAY,
        ),
        ExportColumn(
            "handle_seconds",
            "number",
            "phone_answered",
            "Optional (with `wait_seconds`). Answered contacts: seconds the conversation took (talk or chat time, "
            "wrap-up excluded); required for answered phone calls, may be empty for e-mail and chat.",
            allowed="answered",
            optional=True,
            maximum=DAY,
        ),
    ),
    "One row per contact attempt.",
)
TIMING_COLUMNS = ("wait_seconds", "handle_seconds")

POSSIBLE_VICTIMS = ExportFile(
    "possible_victims",
    (
        ExportColumn(
            "contact_id",
            "text",
            "always",
            "The answered contact this possible victim belongs to (must exist in the contacts file).",
        ),
        ExportColumn("victim_type", "code", "always", "Type (age group) of the possible victim.", "victim_types"),
        ExportColumn("context", "code", "always", "Context of the violence.", "violence_contexts"),
    ),
    "One row per possible victim; a contact can be about several.",
)

LOGGED_IN = ExportFile(
    "logged_in",
    (
        ExportColumn(
            "hour",
            "timestamp",
            "always",
            "Start of a whole hour (`YYYY-MM-DD HH:00:00`, local time) in the report year; each hour at most once. "
            "An hour not listed had no counsellor logged in.",
        ),
        ExportColumn(
            "counsellors",
            "number",
            "always",
            "Counsellors logged in to the phone line in that hour, averaged over the hour (1.5: one the whole hour and "
            "one half of it).",
            maximum=1000.0,
        ),
    ),
    "Optional. Counsellors logged in to the phone line per hour, where the telephone system records it.",
    optional=True,
)

FILES = (CONTACTS, POSSIBLE_VICTIMS, LOGGED_IN)
SUFFIXES = (".parquet", ".csv")
TRUE, FALSE = ("true", "1"), ("false", "0")
