"""Text next to its chart: a chapter's template written in sections ({% block %}), each filled and checked as the
whole is; the notebook shows each beside the table or figure it discusses, so the report reads in that order
(tests/contract/test_text_beside_charts.py checks every chapter)."""

import pytest

from hulplijnen.chapters.shared.base import Chapter
from hulplijnen.config.errors import BuildError
from hulplijnen.presentation import text


def template(tmp_path, body: str) -> str:
    (tmp_path / "t.md").write_text(body, encoding="utf-8")
    return "t.md"


def test_sections_in_the_templates_order_with_top_level_macros(tmp_path):
    name = template(
        tmp_path,
        "{% macro both(a, b) %}{{ a }} en {{ b }}{% endmacro %}\n"
        "{% block first %}\nEerst {{ x }},\nover twee regels.\n{% endblock %}\n\n"
        "{% block second %}\nDan {{ both(x, y) }}.\n{% endblock %}\n",
    )
    parts = text.sections(name, folder=tmp_path, x="a", y="b")
    assert list(parts) == ["first", "second"]
    assert parts == {"first": "Eerst a, over twee regels.", "second": "Dan a en b."}


def test_text_outside_every_section_is_an_error(tmp_path):
    name = template(tmp_path, "Verloren zin.\n{% block only %}Tekst.{% endblock %}\n")
    with pytest.raises(BuildError, match="outside every"):
        text.sections(name, folder=tmp_path)


def test_a_section_gets_the_checks_of_the_whole(tmp_path):
    name = template(tmp_path, "{% block only %}{{ x }}{% endblock %}\n")
    with pytest.raises(BuildError, match="never uses"):
        text.sections(name, folder=tmp_path, x="a", unused="b")


def test_an_unknown_section_names_the_ones_there_are():
    with pytest.raises(BuildError, match="its sections: calendar"):
        Chapter("t", sections={"calendar": "x"}).section("effect")


def test_a_written_chapter_keeps_its_sections_and_joins_the_non_empty_ones():
    chapter = Chapter.written({"first": "Eerst.", "empty": "", "second": "Dan."}, {"t": None})
    assert chapter.text == "Eerst.\n\nDan." and chapter.section("empty") == "" and list(chapter.tables) == ["t"]


def test_a_section_empty_for_this_release_shows_nothing(monkeypatch):
    from hulplijnen.presentation import display

    shown = []
    monkeypatch.setattr(display, "display", lambda obj, **_: shown.append(obj.data))
    display.show_text(" \n")
    display.show_text("Tekst.")
    assert shown == ["Tekst."]
