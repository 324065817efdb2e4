"""A chapter's parts (presentation.parts): its notebook shows them in one cell, each output carrying its part's label
and caption; assembly splits that cell into a cell per part, labelled and captioned as Quarto reads them."""

import json

import nbformat
import pandas as pd
import pytest

from hulplijnen.chapters.shared.base import Chapter
from hulplijnen.config.errors import BuildError
from hulplijnen.presentation import caption_text, parts
from hulplijnen.presentation.display import EMPTY, PART
from hulplijnen.presentation.parts import Figure, Table, Text


def output(text: str, part: dict | None = None, empty: bool = False) -> dict:
    meta = {} if part is None else {PART: part}
    if empty:
        meta[EMPTY] = True
    return nbformat.v4.new_output("display_data", {"text/markdown": text}, metadata=meta)


FIG = {"label": "fig-a", "caption": 'Een "grafiek"', "hidden": False}
ANNEX = {"label": "tbl-appendix-b", "caption": "B", "hidden": True}


def test_a_cell_showing_parts_becomes_a_cell_per_part_with_its_label_and_caption():
    cell = nbformat.v4.new_code_cell("chapter.show()")
    cell.id = "abc"
    cell.outputs = [output("intro"), output("", FIG), output("lead", ANNEX), output("| t |", ANNEX), output("end")]
    cells, changed = parts.split_cells([cell])
    assert changed
    assert [c.source for c in cells] == [
        "chapter.show()",
        '#| label: fig-a\n#| fig-cap: "Een \\"grafiek\\""\nchapter.show()',
        '#| label: tbl-appendix-b\n#| tbl-cap: "B"\n#| include: false\nchapter.show()',
        "chapter.show()",
    ]
    assert [[o["data"]["text/markdown"] for o in c.outputs] for c in cells] == [
        ["intro"],
        [""],
        ["lead", "| t |"],
        ["end"],
    ]
    assert len({c.id for c in cells}) == 4


def test_a_part_with_nothing_to_show_keeps_its_labelled_cell_without_output():
    cell = nbformat.v4.new_code_cell("chapter.show()")
    cell.outputs = [output("intro"), output("", FIG, empty=True)]
    cells, _ = parts.split_cells([cell])
    assert cells[1].source.startswith("#| label: fig-a\n") and cells[1].outputs == []


def test_cells_without_parts_stay_as_they_are():
    cell = nbformat.v4.new_code_cell('#| label: fig-x\n#| fig-cap: "X"\nshow_figure(f)')
    cell.outputs = [output("x")]
    assert parts.split_cells([cell]) == ([cell], False)


def test_the_caption_is_a_yaml_string_on_one_line():
    assert parts.options({"label": "tbl-a", "caption": "a: b # c"}) == '#| label: tbl-a\n#| tbl-cap: "a: b # c"\n'
    assert json.loads(parts.options(FIG).splitlines()[1].split(": ", 1)[1]) == FIG["caption"]


@pytest.mark.parametrize(
    ("declared", "problem"),
    [
        ((Figure("tbl-a", "A", print),), "label starts with 'fig-'"),
        ((Table("fig-a", "A", "a"),), "label starts with 'tbl-'"),
        ((Figure("fig-a", " ", print),), "no caption"),
        ((Figure("fig-a", "A", print), Table("tbl-b", "B", "b"), Figure("fig-a", "A2", print)), "fig-a more than once"),
    ],
)
def test_parts_are_checked(declared, problem):
    with pytest.raises(BuildError, match=problem):
        parts.check(declared)


@pytest.fixture(autouse=True)
def captions(tmp_path, monkeypatch):
    """r39: a part's caption names a block of its chapter's caption template: the tests' template, in tmp_path."""
    (tmp_path / "captions.md").write_text(
        "{% block T %}T{% endblock %}\n\n{% block N %}N{% endblock %}\n\n{% block F %}F{% endblock %}\n\n"
        '{% block of %}Aantallen van {{ of | default("") }} (≈){% endblock %}\n\n'
        "{% block fixed %}Zonder {x}{% endblock %}\n",
        encoding="utf-8",
    )
    render = caption_text.render
    monkeypatch.setattr(parts.caption_text, "render", lambda template, data: render(template, data, (tmp_path,)))


def nothing(data: dict) -> None:
    """A chart with nothing to draw in this release."""


def test_show_gives_each_output_its_part_and_marks_what_has_nothing_to_show(monkeypatch):
    shown = []
    monkeypatch.setattr("hulplijnen.presentation.display.display", lambda obj, metadata=None: shown.append(metadata))
    chapter = Chapter.written(
        {"one": "Tekst.", "two": ""},
        {"t": pd.DataFrame({"a": ["1"]}), "none": None},
        {"year": 2020},
        (
            Text("one"),
            Table("tbl-t", "T", "t"),
            Table("tbl-none", "N", "none"),
            Text("two"),
            Figure("fig-f", "F", nothing),
        ),
        captions="captions.md",
    )
    chapter.show()
    assert shown == [
        {},
        {PART: {"label": "tbl-t", "caption": "T", "hidden": False}},
        {PART: {"label": "tbl-none", "caption": "N", "hidden": False}, EMPTY: True},
        {PART: {"label": "fig-f", "caption": "F", "hidden": False}, EMPTY: True},
    ]


def test_a_part_with_nothing_to_show_is_followed_by_the_sentence_that_says_why(monkeypatch):
    shown = []
    monkeypatch.setattr(
        "hulplijnen.presentation.display.display", lambda obj, metadata=None: shown.append((obj.data, metadata))
    )
    figure = Figure("fig-f", "F", nothing, absent="why")
    Chapter.written(
        {"one": "Tekst.", "why": "Er zijn geen maandcijfers."}, {}, {}, (Text("one"), figure), "captions.md"
    ).show()
    assert [data for data, _ in shown] == ["Tekst.", "", "Er zijn geen maandcijfers."]
    assert shown[2][1] == {}  # the sentence is text of the chapter, after the figure's empty cell
    with pytest.raises(BuildError, match="fig-f shows nothing and its section 'why' does not tell the reader why"):
        Chapter.written({"one": "Tekst.", "why": " "}, {}, {}, (Text("one"), figure), "captions.md").show()


def test_a_part_that_shows_something_says_nothing_of_why_it_could_be_missing(monkeypatch):
    shown = []
    monkeypatch.setattr(
        "hulplijnen.presentation.display.display", lambda obj, metadata=None: shown.append(getattr(obj, "data", None))
    )
    table = Table("tbl-t", "T", "t", absent="why")
    chapter = Chapter.written({"one": "Tekst.", "why": "Geen tabel."}, {"t": pd.DataFrame({"a": ["1"]})}, {})
    chapter.parts, chapter.captions = (Text("one"), table), "captions.md"
    chapter.show()
    assert "Geen tabel." not in shown and len(shown) == 2


def test_words_from_data_in_a_caption_stay_literal_where_quarto_reads_it_and_plain_in_the_alt_text(monkeypatch):
    """A helpline's name from data/helplines.csv reached a table caption raw (r22 CI, hostile corpus): Quarto reads
    a cell option's caption as Markdown twice, so '$x$' became math in typst and the PDF lost its tags. The words a
    caption is filled with are escaped in the cell option (twice, escape.cell_caption) and plain in the metadata the
    alt text reads; a caption's own text stays as written."""
    shown = []
    monkeypatch.setattr(parts.display, "show_text", lambda text, part=None: shown.append(part))
    monkeypatch.setattr(parts.display, "show_table", lambda frame, widths, year=None, part=None: shown.append(part))
    name = "Hulp $x$ *y* <b>"
    chapter = Chapter.written(
        {"intro": "i"},
        tables={"t": pd.DataFrame({"a": [1]})},
        data={"of": name},
        parts=(Table("tbl-a", "of", "t"), Table("tbl-b", "fixed", "t")),  # r39: blocks of the caption template
        captions="captions.md",
    )
    parts.show(chapter)
    filled, fixed = shown[-3], shown[-1]
    assert filled["caption"] == f"Aantallen van {name} (≈)"
    option = json.loads(parts.options(filled).splitlines()[1].split(": ", 1)[1])
    assert option == "Aantallen van Hulp \\\\\\$x\\\\\\$ \\\\\\*y\\\\\\* &amp;lt;b&amp;gt; (≈)"
    assert fixed["caption"] == "Zonder {x}" and "option" not in fixed
