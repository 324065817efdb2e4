"""The report's templates run with trim_blocks: a block tag that ends a line of text eats the newline
after it, and the next line's first word is glued to the last ("oor.In 2021"). Such a tag must be
followed by a space (or the text must continue on the same line)."""

import re

import pytest

from hulplijnen.config.paths import CHAPTERS, REPORT_TEXT, ROOT

TAG_ONLY = re.compile(r"(\{%(?:(?!%\}).)*%\}\s*)+")  # block tags only (none spans text between tags)
TEMPLATES = sorted([*REPORT_TEXT.rglob("*.md"), *CHAPTERS.rglob("*.md")])  # report/ and the chapters' folders


def glued_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [
        i + 1
        for i, (line, following) in enumerate(zip(lines, lines[1:]))
        if line.endswith("%}")
        and not TAG_ONLY.fullmatch(line.strip())
        and following.strip()
        and not following.strip().startswith("{%")
    ] + glued_by_comments(text)


def glued_by_comments(text: str) -> list[int]:
    """r55 (r55 demo #3): a comment ({#-- … --#}) that ends a line eats its newline too ('vermeldt).De'): text
    before the comment on the line it opens, and text on the next line, are glued."""
    out = []
    for m in re.finditer(r"\{#--.*?--#\}", text, re.S):
        after = text[m.end() :].split("\n", 2)
        raw = after[1] if len(after) > 1 and after[0] == "" else ""
        following = raw.strip() if raw[:1] not in (" ", "\t") else ""  # an indented line keeps a space
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        gap = re.match(r"\s*", text[m.end() :]).group()  # r57: a blank line eaten joins two list items or paragraphs
        if gap.count("\n") >= 2 and before and not text[m.end() + len(gap) :].startswith(("{%", "{#")):
            out.append(text.count("\n", 0, m.start()) + 1)
            continue
        if following and not following.startswith(("{%", "{#--")) and before and not TAG_ONLY.fullmatch(before):
            if not before.endswith(" ") and not text[: m.start()].endswith(" "):
                out.append(text.count("\n", 0, m.start()) + 1)
    return out


def test_the_check_finds_a_glued_line():
    assert glued_lines("Tekst.{% if x %} Meer.{% endif %}\nVolgende zin.") == [1]
    assert glued_lines("Tekst.{% if x %} Meer.{% endif %} \nVolgende zin.") == []
    # text between two tags is text, not a line of tags ("optie 0 (overloop)beantwoord")
    assert glued_lines("{% for r in rs %}{{ r }}{% endfor %}\nbeantwoord.") == [1]
    assert glued_lines("{% if x %}{% endif %}\nTekst.") == []
    # r55: a comment that ends a line of text glues it too, unless a space stands before it
    assert glued_lines("vermeldt).{#-- noot --#}\nDe belpogingen") == [1]
    assert glued_lines("vermeldt). {#-- noot --#}\nDe belpogingen") == []
    assert glued_lines("{#-- noot --#}\nDe belpogingen") == []
    # r57 (demo 'anoniem; - de verdeling'): a comment that eats a blank line joins two list items
    assert glued_lines("  - anoniem;{#-- noot --#}\n\n  - de verdeling") == [1]
    assert glued_lines("  - anoniem;\n\n  - de verdeling") == []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_block_tag_glues_two_lines_of_text(path):
    assert glued_lines(path.read_text(encoding="utf-8")) == []


LONGEST_LINE = 120  # the project's line length, for the report's templates as for its code


def long_lines(text: str) -> list[int]:
    return [i + 1 for i, line in enumerate(text.split("\n")) if len(line) > LONGEST_LINE]


def test_the_check_finds_a_long_line():
    assert long_lines("kort\n" + "x" * 121 + "\nkort") == [2] and long_lines("x" * 120) == []


@pytest.mark.parametrize(
    "path", sorted([*REPORT_TEXT.rglob("*.*"), *CHAPTERS.rglob("*.md")]), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_template_line_is_longer_than_the_code_allows(path):
    """Templates wrap freely: prose joins the lines of a paragraph, and a line break inside {{ }} or {% %} is
    not output."""
    assert long_lines(path.read_text(encoding="utf-8")) == []


JINJA_STYLE_COMMENT = re.compile(r"\{#-?\s")  # '{# …' or '{#- …': printed as text; comments here are '{#-- … --#}'


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_comment_in_jinja_s_default_syntax_reaches_the_reader(path):
    """The templates' comment marks are '{#--' and '--#}' (Quarto ids such as {#sec-x} are text); a comment
    written as '{#- … -#}' is not a comment here and was printed in the report."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [i + 1 for i, line in enumerate(lines) if JINJA_STYLE_COMMENT.search(line)] == []
