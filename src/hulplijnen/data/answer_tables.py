"""The schemas of what the sources say about a helpline's registration and answers: registration_fields.csv (what a
contact's registration holds) and open_questions.csv (what a written parliamentary question asked and the answer did not
give with the figures asked for, with how it answered instead) and answer_statements.csv (what the answer says about the
helpline beside the figures asked for)."""

from __future__ import annotations

from ..config.params import HELPLINES
from .specs import ANSWERS, FIELD_STATUSES, STATEMENTS, TableSpec, column


def _stated(name: str, key: str, before: tuple, years: str, after: tuple, description: str) -> TableSpec:
    """A table of what a source states about a helpline, one row per helpline and ``key``, for the years
    ``first_year``..``last_year`` ("First year <years>."): ``before`` and ``after`` are the columns around them."""
    return TableSpec(
        name,
        (
            column("helpline", "text", "Helpline.", allowed=HELPLINES),
            *before,
            column("first_year", "integer", f"First year {years}."),
            column("last_year", "integer", f"Last year {years}."),
            *after,
        ),
        ("helpline", key),
        description,
        ordered=(("first_year", "last_year"),),
    )


OPEN_QUESTIONS = _stated(
    "open_questions",
    "question",
    (column("question", "text", "Stable identifier of what was asked."),),
    "the question is about",
    (
        column("asked_nl", "text", "What was asked, in short Dutch words (they follow 'gevraagd naar')."),
        column("answer", "text", "How the source answered it.", allowed=ANSWERS),
        column("locator", "text", "Source."),
    ),
    "What a source was asked about a helpline and did not answer with the figures asked for.",
)

REGISTRATION_FIELDS = _stated(
    "registration_fields",
    "field",
    (
        column("field", "text", "What a contact's registration could hold (month, channel, call_time, ...)."),
        column(
            "status",
            "text",
            "recorded: the source publishes it; not_recorded: the source says the system cannot "
            "hold it; not_conclusive: the source says it gives no conclusive figures.",
            allowed=FIELD_STATUSES,
        ),
    ),
    "the status is stated for",
    (column("name_nl", "text", "Dutch description of the field."), column("locator", "text", "Source.")),
    "What the registration of contacts holds, as the sources state it.",
)

ANSWER_STATEMENTS = _stated(
    "answer_statements",
    "statement",
    (column("statement", "text", "What the answer says (the report words each code).", allowed=STATEMENTS),),
    "of the reports that tell it",
    (
        column(
            "about_nl",
            "optional_text",
            "What the statement is about, as the source names it, in Dutch words the report says with the code "
            "('Facebook en Instagram' for the social media); empty where the code alone is said.",
        ),
        column("locator", "text", "Source, with the answer's words."),
    ),
    "What an answer says about a helpline beside the figures asked for.",
)
