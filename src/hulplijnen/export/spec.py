"""The contact export format: two files per export, as CSV or Parquet.

``contacts``: one row per contact attempt (a phone call offered to the line, an e-mail, a chat).
``possible_victims``: one row per possible victim a contact is about.

The format is documented for users in docs/contact-export.md; a contract test keeps that page and
this module in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Type = Literal["text", "timestamp", "boolean", "code"]
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


@dataclass(frozen=True)
class ExportFile:
    name: str
    columns: tuple[ExportColumn, ...]
    description: str

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
    ),
    "One row per contact attempt.",
)

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

FILES = (CONTACTS, POSSIBLE_VICTIMS)
SUFFIXES = (".parquet", ".csv")
TRUE, FALSE = ("true", "1"), ("false", "0")
