"""The technical annex's template (report/appendices.md) rendered with an empty context but for what a test sets, for
the tests that read one of its parts (tests/unit/ is on the path as pytest runs them)."""

from __future__ import annotations

from hulplijnen.presentation import text

EMPTY = {
    "glossary": "",
    "general_methods": "",
    "methods": [],
    "annex_chapters": [],
    "sources": "",
    "key_figure_sources": "",
    "codes": None,
    "appendix_tables": [],
    "processing": "",  # r47 (demo r46 #10): the 'Verwerking' paragraph (pipeline/processing.py), Herkomst's last
}


def annex_markdown(where: str | None = None, **context) -> str:
    """The annex's Markdown; ``where``: the params' repository address (none: no paragraph on it)."""
    return text.render(
        "appendices.md", prose=False, every_value_used=False, reproducibility={"where": where}, **(EMPTY | context)
    )
