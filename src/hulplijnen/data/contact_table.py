"""data/helpline_contacts.csv: how to reach each helpline (the report's "Hulp nodig?" box). Numbers and websites
land in links, so each column holds only what a plain number or an https address can hold."""

from __future__ import annotations

from ..config.params import HELPLINES
from .specs import TableSpec, column

HELPLINE_CONTACTS = TableSpec(
    "helpline_contacts",
    (
        column("helpline", "text", "Helpline code.", allowed=HELPLINES),
        column("phone", "text", "Phone number as dialled in Belgium.", pattern=r"^[0-9]{3,4}( [0-9]{2,3}){0,3}$"),
        column("website", "text", "Website (https).", pattern=r"^https://[a-z0-9.-]+\.[a-z]{2,}(/[a-z0-9._/-]*)?$"),
        column("source_url", "text", "Public page the number and website were read from.", pattern=r"^https://\S+$"),
        column("source_date", "optional_date", "Date of that page, where it states one."),
        column("note", "optional_text", "How the row was checked."),
    ),
    ("helpline",),
    "How to reach each helpline (the report's 'Hulp nodig?' box).",
)
