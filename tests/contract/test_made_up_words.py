"""The words that mark made-up data in a chart's title live in a template (report/figure_made_up.md), not in a
Python string of the chapters or the presentation layer (r33: export_tables.figure_title wrote them, and the capacity
chart read its band's colour back out of them). The check reads string literals, so a comment may name the words."""

import ast

import pytest

from hulplijnen.config.paths import ROOT

PACKAGE = ROOT / "src" / "hulplijnen"
FOLDERS = ("chapters", "presentation")  # where charts are titled and drawn
# the title's Dutch suffix, '(verzonnen gegevens)' (r39, demo r38 #8: one word for made up), the old '(synthetische
# gegevens)', or any part of it
WORDS = ("synthetische", "gegevens)")


def dutch_marks(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every string literal of ``source`` that holds one of the WORDS (any case)."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(w in node.value.lower() for w in WORDS)
    ]


MODULES = sorted(p for folder in FOLDERS for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_python_string_says_the_data_are_made_up(path):
    found = dutch_marks(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(ROOT)}: Dutch words in Python {found}; put them in a template (report/*.md)"


@pytest.mark.parametrize(
    "source",
    [
        'def figure_title(title, export):\n    return f"{title} (synthetische gegevens)"\n',
        'SYNTHETIC = "Synthetische gegevens"\n',
        'def made_up(title):\n    return title.endswith("gegevens)")\n',
    ],
)
def test_the_check_finds_the_words_in_python(source):
    assert dutch_marks(source)


def test_the_check_leaves_comments_and_english_alone():
    assert not dutch_marks('x = "synthetic data"  # in Dutch: synthetische gegevens\n')


def test_the_title_s_words_come_from_the_template():
    from hulplijnen.chapters.shared.export_tables import figure_title

    # r39 (demo r38 #8): 'verzonnen', the one word the demo uses for made up
    assert figure_title("Contacten per dag", {"synthetic": {"seed": 1}}) == "Contacten per dag (verzonnen gegevens)"
    assert figure_title("Contacten per dag", None) == "Contacten per dag"
    assert "synthetische" not in (ROOT / "report" / "figure_made_up.md").read_text(encoding="utf-8")
