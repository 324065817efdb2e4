"""Text next to its chart: a chapter's template written in sections ({% block %}), each filled and checked as the
whole is; the notebook shows each beside the table or figure it discusses, so the report reads in that order."""

import json

import pytest

from hulplijnen import text
from hulplijnen.chapters.base import Chapter
from hulplijnen.errors import BuildError
from hulplijnen.paths import NOTEBOOKS, REPORT_TEXT


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


def sectioned_templates() -> list[str]:
    return sorted(p.stem for p in (REPORT_TEXT / "chapters").glob("*.md") if "{% block " in p.read_text("utf-8"))


@pytest.mark.parametrize("name", sectioned_templates())
def test_each_section_is_shown_once_in_its_notebook_and_the_whole_text_never(name):
    env = text.environment()
    blocks = list(env.get_template(f"chapters/{name}.md").blocks)
    cells = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    for block in blocks:
        assert source.count(f'chapter.section("{block}")') == 1, block
    assert "chapter.text" not in source


def test_at_least_one_chapter_is_written_in_sections():
    assert "campaigns" in sectioned_templates()
