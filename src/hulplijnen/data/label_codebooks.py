"""Codebooks that give the report's Dutch words for codes other tables use: the kinds of
corrections (corrections.csv), the rules of constraints (constraints.csv) and the missing reasons of
the tables under data/, and the Dutch names of those tables. The codes stay for machines; the report
shows the labels."""

from __future__ import annotations

from .specs import TableSpec, column

LABEL_CODEBOOKS: list[tuple[str, TableSpec]] = [
    (
        "codebooks/correction_kinds.csv",
        TableSpec(
            "correction_kinds",
            (
                column("kind", "text", "Kind code used in corrections.csv."),
                column("label_nl", "text", "Dutch label for the report."),
                column("definition_nl", "text", "Dutch definition."),
                column("order", "integer", "Display order."),
            ),
            ("kind",),
            "Kinds of corrections.",
        ),
    ),
    (
        "codebooks/constraint_rules.csv",
        TableSpec(
            "constraint_rules",
            (
                column("rule", "text", "Rule code used in constraints.csv."),
                column("label_nl", "text", "Dutch label for the report."),
                column("definition_nl", "text", "Dutch definition."),
                column("order", "integer", "Display order."),
            ),
            ("rule",),
            "How a bound on empty cells is derived.",
        ),
    ),
    (
        "codebooks/missing_reasons.csv",
        TableSpec(
            "missing_reasons",
            (
                column("missing_reason", "text", "A missing_reason as the tables under data/ write it."),
                column("label_nl", "text", "Dutch label for the report."),
                column("order", "integer", "Display order."),
            ),
            ("missing_reason",),
            "Why a count is missing.",
        ),
    ),
    (
        "codebooks/tables.csv",
        TableSpec(
            "tables",
            (
                column("table", "text", "A table name of data/<helpline>/<year>/ (the file name without .csv)."),
                column("label_nl", "text", "Dutch name of the table for the report."),
                column("order", "integer", "Display order."),
            ),
            ("table",),
            "The tables of a helpline's year, named in Dutch.",
        ),
    ),
]
