"""data/helpline_contacts.csv: how to reach each helpline (the report's "Hulp nodig?" box), and
data/general_lines.csv: the general lines the box names beside them (the emergency numbers, the Zelfmoordlijn).
Numbers and websites land in links, so each column holds only what a plain number or an https address can hold."""

from __future__ import annotations

from ..config.params import HELPLINES
from .specs import TableSpec, column

PHONE = r"^[0-9]{3,4}( [0-9]{2,3}){0,3}$"
WEBSITE = r"^https://[a-z0-9.-]+\.[a-z]{2,}(/[a-z0-9._/-]*)?$"
GENERAL_LINE_CODES = ("emergency", "police", "suicide")

HELPLINE_CONTACTS = TableSpec(
    "helpline_contacts",
    (
        column("helpline", "text", "Helpline code.", allowed=HELPLINES),
        column("phone", "text", "Phone number as dialled in Belgium.", pattern=PHONE),
        column("website", "text", "Website (https).", pattern=WEBSITE),
        column("source_url", "text", "Public page the number and website were read from.", pattern=r"^https://\S+$"),
        column("source_date", "optional_date", "Date of that page, where it states one."),
        column("note", "optional_text", "How the row was checked."),
    ),
    ("helpline",),
    "How to reach each helpline (the report's 'Hulp nodig?' box).",
)

# The lines the box names beside the helplines: not helplines of the report, no figures (r25 2020 #17, TO #8).
GENERAL_LINES = TableSpec(
    "general_lines",
    (
        column("line", "text", "What the line is for.", allowed=GENERAL_LINE_CODES),
        column("name", "text", "Its name as the box writes it."),
        column("phone", "text", "Phone number as dialled in Belgium.", pattern=PHONE),
        column("website", "optional_text", "Website (https), if the box names one.", pattern=WEBSITE),
        column("source_url", "text", "Public page the number was read from.", pattern=r"^https://\S+$"),
        column("source_date", "optional_date", "Date of that page, where it states one."),
        column("note", "optional_text", "How the row was checked."),
    ),
    ("line",),
    "The emergency numbers and the Zelfmoordlijn, beside the helplines in the 'Hulp nodig?' box.",
)
