"""Text next to its chart (issue 23): every chapter's template is written in sections ({% block %}), and its
notebook shows each section right before the figures and tables it discusses, so the PDF and HTML (which embed the
notebook cell by cell) read a section, then its charts, then the next section. A chapter whose text stands in one
block above all its charts, shows a section twice or not at all, or says "de figuur hieronder" where no figure
follows, fails here. tests/render/test_reading_order.py checks the same order in the rendered PDF and HTML."""

import json
import re
from itertools import takewhile
from pathlib import Path

import pytest

from hulplijnen import chapters
from hulplijnen.config.paths import CHAPTERS, NOTEBOOKS
from hulplijnen.presentation.parts import Figure, Table, Text

SECTION = re.compile(r'\b\w+\.section\("(\w+)"\)')
LABEL = re.compile(r"^#\| label: ((fig|tbl)-[\w-]+)\s*$", re.M)
HIDDEN = re.compile(r"^#\| include: false\s*$", re.M)
WHOLE_TEXT = re.compile(r"show_text\([^()]*\.text\b")
BLOCK = re.compile(r"{%-? block (\w+) -?%}(.*?){%-? endblock", re.S)
POINTERS = {"figuur": "fig", "tabel": "tbl"}  # "de figuur hieronder" / "de tabel hierboven" in a section's text
CLOSING = "closing"  # the one section that may end a chapter after its last chart (text that discusses no chart)
SHOW_PARTS = re.compile(r"\.show\(\)")  # the notebook shows the parts its chapter declares (SHOWN)


def declared(parts: tuple) -> list[tuple[str, str]]:
    """What a chapter's declared parts (presentation.parts) show, in order, as ``shown`` names it."""
    items: list[tuple[str, str]] = []
    for part in parts:
        if isinstance(part, Text):
            items.append(("section", part.section))
        elif isinstance(part, Table) and part.annex:
            items += [("annex", part.lead)] if part.lead else []
        elif isinstance(part, Table | Figure):
            # a table's lead is shown in the table's own cell, above it (demo r22 #8: one note above each made-up
            # table): part of the table, which may share it with another
            items += ([("lead", part.lead)] if isinstance(part, Table) and part.lead else []) + [
                (part.label[:3], part.label)
            ]
        if isinstance(part, Table | Figure) and part.absent:  # shown in the part's place when it shows nothing
            items.append(("absent", part.absent))
    return items


def shown(cells: list[dict], parts: tuple = ()) -> list[tuple[str, str]]:
    """What a notebook shows, in order: ("section", name) for a section of the chapter's text, ("fig"|"tbl", label)
    for a chart, ("annex", name) for a section the technical annex shows above its table (a cell labelled
    tbl-appendix-, include: false); other cells hidden from the report left out. The whole text shown at once is
    ("whole", source line). A cell ``chapter.show()`` shows the chapter's declared ``parts``."""
    items: list[tuple[str, str]] = []
    for cell in cells:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] != "code":
            continue
        if SHOW_PARTS.search(source):
            items += declared(parts)
        if HIDDEN.search(source):
            if re.search(r"^#\| label: tbl-appendix-", source, re.M):  # text for the annex, right above its table
                items += [("annex", m.group(1)) for m in SECTION.finditer(source)]
            continue
        items += [("whole", m.group(0)) for m in WHOLE_TEXT.finditer(source)]
        items += [("section", m.group(1)) for m in SECTION.finditer(source)]
        items += [(m.group(2), m.group(1)) for m in LABEL.finditer(source)]
    return items


WORDS = "chart_words.md"


def templates_of(name: str) -> list[Path]:
    """A chapter's templates: its folder's text.md and its parts (every other .md there but methods.md and, r39, the
    captions.md whose blocks are captions, not text: tests/contract/test_caption_templates.py)."""
    folder = CHAPTERS / name
    return [
        folder / "text.md",
        # r47: nor chart_words.md, the words drawn in a chart (gender_age), no text beside it
        *sorted(p for p in folder.glob("*.md") if p.name not in ("text.md", "methods.md", "captions.md", WORDS)),
    ]


def sections_of(templates: list[Path]) -> dict[str, str]:
    """Every section of the templates, name -> its template source."""
    found: dict[str, str] = {}
    for path in templates:
        for name, body in BLOCK.findall(path.read_text(encoding="utf-8")):
            assert name not in found, f"{path.name}: a second section named {name!r}"
            found[name] = body
    return found


def misplaced(items: list[tuple[str, str]], sections: dict[str, str]) -> list[str]:
    """Why a chapter's text does not sit beside its charts; empty when it does."""
    problems = [
        f"shows its whole text at once ({src}), not section by section" for kind, src in items if kind == "whole"
    ]
    order = [name for kind, name in items if kind in ("section", "annex", "absent")]
    charts = [label for kind, label in items if kind in POINTERS.values()]
    if not sections:
        problems.append("its template has no sections ({% block <name> %} … {% endblock %})")
    leads = {name for kind, name in items if kind == "lead"}
    for name in set(sections) - leads:
        if order.count(name) != 1:
            problems.append(f"section {name!r} is shown {order.count(name)} times (once, beside its chart)")
    problems += [f"shows section {name!r}, which its templates do not have" for name in set(order) - set(sections)]
    if len(charts) > 1 and len(sections) < 2:
        problems.append(f"one section of text above all its {len(charts)} charts: split it by the chart it discusses")
    if items and items[0][0] in POINTERS.values():
        problems.append(f"opens with {items[0][1]} before any text")
    for i, (kind, name) in enumerate(items):
        if kind != "section":
            continue
        before = [k for k, _ in takewhile(lambda x: x[0] != "section", reversed(items[:i]))]
        after = [k for k, _ in takewhile(lambda x: x[0] != "section", items[i + 1 :])]
        if not after and not (name == CLOSING and i == len(items) - 1):
            problems.append(
                f"section {name!r} is followed by no figure or table before "
                + ("the next section" if i < len(items) - 1 else f"the end (only a last section {CLOSING!r} may be)")
            )
        text = " ".join(sections.get(name, "").split()).lower()
        for word, kind_ in POINTERS.items():
            if f"{word} hieronder" in text and kind_ not in after:
                problems.append(f"section {name!r} says '{word} hieronder' but no {word} follows it")
            if f"{word} hierboven" in text and kind_ not in before:
                problems.append(f"section {name!r} says '{word} hierboven' but no {word} precedes it")
    return problems


def notebook_cells(name: str) -> list[dict]:
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]


@pytest.mark.parametrize("name", chapters.names())
def test_every_chapter_shows_each_section_of_its_text_beside_its_charts(name):
    parts = getattr(getattr(chapters, name), "SHOWN", ())
    problems = misplaced(shown(notebook_cells(name), parts), sections_of(templates_of(name)))
    assert not problems, f"notebooks/{name}.ipynb: " + "; ".join(problems)


def cells(*sources: str) -> list[dict]:
    return [{"cell_type": "code", "source": s} for s in sources]


FIG = '#| label: fig-a\n#| fig-cap: "A"\nshow_figure(f)'
TBL = '#| label: tbl-b\n#| tbl-cap: "B"\nshow_table(t)'


def test_the_check_passes_text_then_its_chart():
    nb = cells('c = build()\nshow_text(c.section("one"))', FIG, 'show_text(c.section("two"))', TBL)
    assert (
        misplaced(shown(nb), {"one": "De figuur hieronder.", "two": "De figuur hierboven; de tabel hieronder."}) == []
    )


@pytest.mark.parametrize(
    ("sources", "sections", "problem"),
    [
        (("show_text(chapter.text)", FIG, TBL), {}, "whole text at once"),
        (('show_text(c.section("one"))', FIG, TBL), {"one": ""}, "one section of text above all its 2 charts"),
        (
            ('show_text(c.section("one"))', 'show_text(c.section("two"))', FIG),
            {"one": "", "two": ""},
            "before the next",
        ),
        ((FIG, 'show_text(c.section("one"))', TBL), {"one": ""}, "opens with fig-a"),
        (('show_text(c.section("one"))', FIG, 'show_text(c.section("two"))'), {"one": "", "two": ""}, "before the end"),
        (('show_text(c.section("one"))', FIG), {"one": "", "two": ""}, "'two' is shown 0 times"),
        (('show_text(c.section("one"))', TBL), {"one": "Zie de figuur hieronder."}, "no figuur follows"),
        (
            ('show_text(c.section("one"))', TBL, 'show_text(c.section("two"))', FIG),
            {"one": "", "two": "De figuur\nhierboven."},
            "no figuur precedes",
        ),
        (('show_text(c.section("one"))', "#| include: false\n" + FIG), {"one": ""}, "before the end"),
    ],
)
def test_the_check_finds_text_that_is_not_beside_its_chart(sources, sections, problem):
    assert any(problem in p for p in misplaced(shown(cells(*sources)), sections)), misplaced(
        shown(cells(*sources)), sections
    )


def test_a_last_closing_section_may_follow_the_last_chart():
    nb = cells('show_text(c.section("one"))', FIG, 'show_text(c.section("closing"))')
    assert misplaced(shown(nb), {"one": "", "closing": ""}) == []


def test_the_check_reads_the_parts_a_chapter_declares():
    """A notebook that shows its chapter's declared parts (chapter.show()) is checked on those parts' order."""
    nb = cells("chapter = build()\nchapter.show()")
    good = (Text("one"), Figure("fig-a", "A", print), Table("tbl-appendix-x", "X", lead="two"))
    assert misplaced(shown(nb, good), {"one": "De figuur hieronder.", "two": ""}) == []
    bad = (Text("one"), Text("two"), Figure("fig-a", "A", print))
    assert any("'one' is followed by no figure" in p for p in misplaced(shown(nb, bad), {"one": "", "two": ""}))
