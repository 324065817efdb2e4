"""r39: the words of every table's and figure's caption live in its chapter's caption template
(``chapters/<name>/captions.md``, one ``{% block <name> %}`` per caption), not in a Python string: a part's ``caption``
names its block, the chapter's data fill it (presentation.caption_text). Every block is some part's caption."""

import re
from types import SimpleNamespace

import pytest

from hulplijnen import chapters
from hulplijnen.config.paths import PACKAGE
from hulplijnen.presentation import parts as parts_mod
from hulplijnen.presentation import text
from hulplijnen.presentation.parts import Figure, Table, Text

BLOCK_NAME = re.compile(r"[a-z][a-z0-9_]*")


def blocks(template: str) -> set[str]:
    """The block names of a template of the package (its sections)."""
    env = text.environment()
    return set(env.get_template(template).blocks)


def problems(shown: tuple, names: set[str]) -> list[str]:
    """What is wrong with a chapter's captions: a part whose caption is not the name of a block (words in Python),
    and a block no part names (a caption shown nowhere)."""
    captioned = [p for p in shown if not isinstance(p, Text)]
    found = [
        f"{p.label}: caption {p.caption!r} is not a block of the caption template"
        for p in captioned
        if not BLOCK_NAME.fullmatch(p.caption) or p.caption not in names
    ]
    used = {p.caption for p in captioned}
    return found + [f"block {b!r} is no part's caption" for b in sorted(names - used)]


CHAPTERS = [n for n in chapters.names() if any(not isinstance(p, Text) for p in getattr(chapters, n).SHOWN)]


@pytest.mark.parametrize("name", CHAPTERS)
def test_every_caption_is_a_block_of_the_chapters_caption_template(name):
    spec = chapters.spec(name)
    assert (PACKAGE / spec.captions).is_file(), f"{spec.captions}: the chapter shows tables or figures"
    assert problems(getattr(chapters, name).SHOWN, blocks(spec.captions)) == []


def test_a_part_has_no_fill_of_words_from_python():
    """The old way, ``Figure(label, "Contacten per maand{}", draw, fill="monthly_note")``, is gone: words from data
    are the template's to say."""
    for kind in (Figure, Table):
        assert "fill" not in kind.__dataclass_fields__


def test_a_chapter_without_tables_or_figures_needs_no_caption_template():
    assert all((PACKAGE / chapters.spec(n).captions).is_file() for n in CHAPTERS)
    assert not (PACKAGE / chapters.spec("reachability").captions).exists()


def _fig(label: str, caption: str) -> Figure:
    return Figure(label, caption, lambda data: None)


def test_the_check_catches_caption_words_in_python_and_blocks_shown_nowhere():
    shown = (Text("x"), _fig("fig-a", "Contacten per maand{}"), _fig("fig-b", "fig_b"))
    found = problems(shown, {"fig_b", "fig_c"})
    assert any("fig-a" in f for f in found) and any("'fig_c'" in f for f in found) and len(found) == 2
    assert problems((_fig("fig-b", "fig_b"),), {"fig_b"}) == []


def test_show_refuses_a_caption_that_is_no_block():
    chapter = SimpleNamespace(parts=(_fig("fig-a", "nergens"),), captions="chapters/channels/captions.md", data={})
    chapter.data = {"without_channel": 0, "two_panels": False}
    with pytest.raises(Exception, match="no block"):
        parts_mod.show(chapter)
