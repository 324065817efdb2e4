"""The schemas of what the sources say about a helpline's registration and answers: registration_fields.csv (what a
contact's registration holds) and open_questions.csv (what a written parliamentary question asked and the answer did not
give with the figures asked for, with how it answered instead) and answer_statements.csv (what the answer says about the
helpline beside the figures asked for)."""

from __future__ import annotations

from ..config.params import HELPLINES
from .specs import ANSWERS, FIELD_STATUSES, STATEMENTS, TableSpec, column

OPEN_QUESTIONS = TableSpec(
    "open_questions",
    (
        column("helpline", "text", "Helpline.", allowed=HELPLINES),
        column("question", "text", "Stable identifier of what was asked."),
        column("first_year", "integer", "First year the question is about."),
        column("last_year", "integer", "Last year the question is about."),
        column("asked_nl", "text", "What was asked, in short Dutch words (they follow 'gevraagd naar')."),
        column("answer", "text", "How the source answered it.", allowed=ANSWERS),
        column("locator", "text", "Source."),
    ),
    ("helpline", "question"),
    "What a source was asked about a helpline and did not answer with the figures asked for.",
    ordered=(("first_year", "last_year"),),
)

REGISTRATION_FIELDS = TableSpec(
    "registration_fields",
    (
        column("helpline", "text", "Helpline.", allowed=HELPLINES),
        column("field", "text", "What a contact's registration could hold (month, channel, call_time, ...)."),
        column(
            "status",
            "text",
            "recorded: the source publishes it; not_recorded: the source says the system cannot "
            "hold it; not_conclusive: the source says it gives no conclusive figures.",
            allowed=FIELD_STATUSES,
        ),
        column("first_year", "integer", "First year the status is stated for."),
        column("last_year", "integer", "Last year the status is stated for."),
        column("name_nl", "text", "Dutch description of the field."),
        column("locator", "text", "Source."),
    ),
    ("helpline", "field"),
    "What the registration of contacts holds, as the sources state it.",
    ordered=(("first_year", "last_year"),),
)

ANSWER_STATEMENTS = TableSpec(
    "answer_statements",
    (
        column("helpline", "text", "Helpline.", allowed=HELPLINES),
        column("statement", "text", "What the answer says (the report words each code).", allowed=STATEMENTS),
        column("first_year", "integer", "First year of the reports that tell it."),
        column("last_year", "integer", "Last year of the reports that tell it."),
        column("locator", "text", "Source, with the answer's words."),
    ),
    ("helpline", "statement"),
    "What an answer says about a helpline beside the figures asked for.",
    ordered=(("first_year", "last_year"),),
)
