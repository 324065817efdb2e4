"""The tables that exist once (data/<name>.csv and the codebooks), with their schemas."""

from __future__ import annotations

from ..config.params import HELPLINES
from .answer_tables import ANSWER_STATEMENTS, OPEN_QUESTIONS, REGISTRATION_FIELDS
from .contact_table import GENERAL_LINES, HELPLINE_CONTACTS
from .label_codebooks import LABEL_CODEBOOKS
from .specs import EVALUATIONS, EVENT_KINDS, EVENT_STATUSES, LAUNCHERS, PRECISIONS, SETTINGS, TableSpec, column

# Tables that exist once: data/<name>.csv or data/codebooks/<name>.csv
SINGLE_TABLES: dict[str, tuple[str, TableSpec]] = {
    spec.name: (path, spec)
    for path, spec in [
        (
            "codebooks/channels.csv",
            TableSpec(
                "channels",
                (
                    column("channel", "code", "Channel code."),
                    column("label_nl", "text", "Dutch label for the report."),
                    column("source_label", "text", "Label as the source writes it."),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("channel",),
                "Channels.",
            ),
        ),
        (
            "codebooks/genders.csv",
            TableSpec(
                "genders",
                (
                    column("gender", "code", "Gender code."),
                    column("label_nl", "text", "Dutch label."),
                    column("source_label", "text", "Label as the source writes it."),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("gender",),
                "Genders of contact persons.",
            ),
        ),
        (
            "codebooks/age_classes.csv",
            TableSpec(
                "age_classes",
                (
                    column("age_class", "code", "Age-class code."),
                    column("label_nl", "text", "Dutch label."),
                    column("source_label", "optional_text", "Label as the source writes it (empty where lost in OCR)."),
                    column("minor", "flag", "Whether the class is under 18 (empty: not known)."),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("age_class",),
                "Age classes of contact persons.",
            ),
        ),
        (
            "codebooks/contact_person_groups.csv",
            TableSpec(
                "contact_person_groups",
                (
                    column("group", "code", "Group code."),
                    column("label_nl", "text", "Dutch label."),
                    column("source_label", "text", "Heading as the source writes it."),
                    column("order", "integer", "Display order.", minimum=0),
                    column(
                        "mix_group",
                        "code",
                        "The coarser group the channel mix of a contact export counts the group in (small groups "
                        "merged before disclosure control, so the table shows shares, not x).",
                    ),
                    column("mix_label_nl", "text", "Dutch label of the mix group (the same for all its groups)."),
                ),
                ("group",),
                "Groups of contact-person codes.",
            ),
        ),
        (
            "codebooks/contact_person_codes.csv",
            TableSpec(
                "contact_person_codes",
                (
                    column("code", "code", "Contact-person code."),
                    column("group", "code", "Group of the code.", codebook="contact_person_groups"),
                    column("label_nl", "text", "Label as the source writes it (OCR repaired)."),
                    column(
                        "role",
                        "text",
                        "Relation to the victim or perpetrator, for grouping statements.",
                        allowed=(
                            "victim",
                            "parent",
                            "family",
                            "neighbour",
                            "friend",
                            "partner",
                            "other",
                            "perpetrator",
                            "professional",
                            "unknown",
                        ),
                    ),
                ),
                ("code",),
                "Contact-person codes.",
            ),
        ),
        (
            "codebooks/violence_contexts.csv",
            TableSpec(
                "violence_contexts",
                (
                    column("context", "code", "Context code."),
                    column("label_nl", "text", "Dutch label."),
                    column("source_label", "text", "Label as the source writes it."),
                    column("family", "flag", "Violence within the family."),
                    column("nuclear_family", "flag", "Violence within the nuclear family (gezin)."),
                    column("known", "flag", "Whether the context is known."),
                    column(
                        "setting",
                        "text",
                        "Group of settings the report shows (this project's grouping, see data/README.md).",
                        allowed=SETTINGS,
                    ),
                    column("setting_nl", "text", "Dutch label of the setting (the same for every context of it)."),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("context",),
                "Contexts of violence.",
            ),
        ),
        (
            "codebooks/regions.csv",
            TableSpec(
                "regions",
                (
                    column("region", "code", "Region code of a contact export: a province line of 1712, or option 0."),
                    column("label_nl", "text", "Dutch label."),
                    column(
                        "kind",
                        "text",
                        "province: a provincial line that answers calls; overflow: option 0, routed to a less busy "
                        "province.",
                        allowed=("province", "overflow"),
                    ),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("region",),
                "Regions of 1712's phone lines (contact exports).",
            ),
        ),
        (
            "codebooks/victim_types.csv",
            TableSpec(
                "victim_types",
                (
                    column("victim_type", "code", "Victim-type code of a contact export."),
                    column("label_nl", "text", "Dutch label."),
                    column("minor", "flag", "Whether the type is under 18 (empty: not known)."),
                    column("order", "integer", "Display order.", minimum=0),
                ),
                ("victim_type",),
                "Types of possible victims (contact exports).",
            ),
        ),
        (
            "codebooks/measures.csv",
            TableSpec(
                "measures",
                (
                    column("measure", "code", "Measure code used in key_figures.csv."),
                    column("label_nl", "text", "Dutch label for the report."),
                    column("definition_nl", "text", "Dutch definition (the glossary: report/glossary.yml)."),
                ),
                ("measure",),
                "Measures of the key figures.",
            ),
        ),
        (
            "codebooks/categories.csv",
            TableSpec(
                "categories",
                (
                    column("category", "code", "Category code used in key_figures.csv."),
                    column("label_nl", "text", "Dutch label for the report."),
                ),
                ("category",),
                "Categories of the key figures.",
            ),
        ),
        (
            "helplines.csv",
            TableSpec(
                "helplines",
                (
                    column("helpline", "text", "Helpline code.", allowed=HELPLINES),
                    column("name", "text", "Name."),
                    column("short_name", "text", "Short name for table columns and figure labels."),
                    column("purpose_nl", "text", "What the helpline is for, in Dutch."),
                    # r50 (r49 demo #1): a description may come from another document than the rest
                    column("purpose_document", "text", "The document purpose_nl comes from (data/provenance.yml)."),
                    column("channels", "text", "Channels, separated by |."),
                    column("counting_unit", "text", "What the helpline counts."),
                    column("launch_earliest", "optional_date", "Launch, earliest date."),
                    column("launch_latest", "optional_date", "Launch, latest date."),
                    column("launch_precision", "text", "Precision of the launch date.", allowed=PRECISIONS),
                    column(
                        "contacts_word_nl",
                        "optional_text",
                        "The helpline's own word for all its contacts, every channel ('oproepen'), if any.",
                    ),
                    column("locator", "text", "Source."),
                ),
                ("helpline",),
                "Helpline metadata.",
            ),
        ),
        ("helpline_contacts.csv", HELPLINE_CONTACTS),
        ("general_lines.csv", GENERAL_LINES),
        (
            "campaigns.csv",
            TableSpec(
                "campaigns",
                (
                    column("campaign_id", "text", "Stable identifier."),
                    column("helpline", "text", "Helpline.", allowed=HELPLINES),
                    column("start_earliest", "date", "Earliest possible start."),
                    column("start_latest", "date", "Latest possible start."),
                    column("precision", "text", "How precisely the source dates the campaign.", allowed=PRECISIONS),
                    column("launched_by", "text", "Who launched it."),
                    column("launcher_from", "text", "Launcher said (list) or read from the title.", allowed=LAUNCHERS),
                    column("name_nl", "text", "Short Dutch description."),
                    column("audience", "text", "Target audience."),
                    column("locator", "text", "Source."),
                ),
                ("campaign_id",),
                "Campaigns naming the helpline.",
            ),
        ),
        (
            "events.csv",
            TableSpec(
                "events",
                (
                    column("event_id", "text", "Stable identifier."),
                    column("helpline", "text", "Helpline.", allowed=HELPLINES),
                    column("start_earliest", "date", "Earliest possible start."),
                    column("start_latest", "date", "Latest possible start."),
                    column("start_precision", "text", "Precision of the start.", allowed=PRECISIONS),
                    column("end_earliest", "optional_date", "Earliest possible end (empty: open)."),
                    column("end_latest", "optional_date", "Latest possible end."),
                    column("end_precision", "text", "Precision of the end.", allowed=PRECISIONS),
                    column(
                        "effect_shape",
                        "text",
                        "How the event is expected to move contacts.",
                        allowed=("level", "pulse", "none"),
                    ),
                    column("name_nl", "text", "Short Dutch description."),
                    column(
                        "kind",
                        "text",
                        "A rise in demand, funding, a capacity measure, or a measurement period.",
                        allowed=EVENT_KINDS,
                    ),
                    column("locator", "text", "Source."),
                    column(
                        "evaluation",
                        "text",
                        "What the source says about the effect: not stated, qualitative only, or preliminary figures.",
                        allowed=EVALUATIONS,
                    ),
                    column(
                        "status",
                        "text",
                        "Carried out per the source (implemented), only an aim (goal), or a happening (occurred).",
                        allowed=EVENT_STATUSES,
                    ),
                    column(
                        "short_nl",
                        "optional_text",
                        "A few Dutch words naming a measure carried out in the summary's one line (empty: not named).",
                    ),
                    column("before_nl", "optional_text", "Dutch clause: what was possible before the measure."),
                    column("brief_nl", "optional_text", "A measure in two to five Dutch words, for a one-line list."),
                ),
                ("event_id",),
                "Events that move contact volumes or capacity, and dated measurements.",
                ordered=(
                    ("start_earliest", "start_latest"),
                    ("end_earliest", "end_latest"),
                    ("start_earliest", "end_latest"),
                ),
            ),
        ),
        ("registration_fields.csv", REGISTRATION_FIELDS),
        ("open_questions.csv", OPEN_QUESTIONS),
        ("answer_statements.csv", ANSWER_STATEMENTS),
        (
            "corrections.csv",
            TableSpec(
                "corrections",
                (
                    column("file", "text", "File under data/."),
                    column("key", "text", "Row key as column=value pairs joined by |."),
                    column("column", "text", "Column corrected."),
                    column("published", "optional_text", "What the source text says (empty: an empty cell)."),
                    column("used", "text", "What this project uses."),
                    column("kind", "text", "Kind of correction.", codebook="correction_kinds"),
                    column("reason", "text", "Which checks force the reading."),
                    column("reason_nl", "text", "The same in Dutch, as the report shows it."),
                ),
                ("file", "key", "column"),
                "Readings that differ from the OCR text.",
            ),
        ),
        (
            "constraints.csv",
            TableSpec(
                "constraints",
                (
                    column("constraint_id", "text", "Stable identifier."),
                    column("file", "text", "File with the empty cells."),
                    column("missing_cells", "text", "Keys of the empty cells, joined by |."),
                    column("rule", "text", "How the bound is derived.", codebook="constraint_rules"),
                    column("reference", "text", "The stated figure the bound rests on."),
                    column("reason", "text", "Explanation."),
                    column("reason_nl", "text", "The same in Dutch, as the report shows it."),
                ),
                ("constraint_id",),
                "Totals that bound empty cells.",
            ),
        ),
        (
            "inconsistencies.csv",
            TableSpec(
                "inconsistencies",
                (
                    column("check_id", "text", "The reconciliation check that fails."),
                    column("reason", "text", "What is known about the disagreement and what the report does with it."),
                    column("reason_nl", "text", "The same in Dutch, as the report shows it."),
                ),
                ("check_id",),
                "Published figures that disagree and that no check can settle.",
            ),
        ),
    ]
    + LABEL_CODEBOOKS
}
