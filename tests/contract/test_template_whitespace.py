"""The report's templates run with trim_blocks: a block tag that ends a line of text eats the newline
after it, and the next line's first word is glued to the last ("oor.In 2021"). Such a tag must be
followed by a space (or the text must continue on the same line)."""

import re

import pytest

from hulplijnen.paths import REPORT_TEXT

TAG_ONLY = re.compile(r"(\{%.*?%\}\s*)+")
TEMPLATES = sorted(REPORT_TEXT.rglob("*.md"))


def glued_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [
        i + 1
        for i, (line, following) in enumerate(zip(lines, lines[1:]))
        if line.endswith("%}")
        and not TAG_ONLY.fullmatch(line.strip())
        and following.strip()
        and not following.strip().startswith("{%")
    ]


def test_the_check_finds_a_glued_line():
    assert glued_lines("Tekst.{% if x %} Meer.{% endif %}\nVolgende zin.") == [1]
    assert glued_lines("Tekst.{% if x %} Meer.{% endif %} \nVolgende zin.") == []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(REPORT_TEXT)))
def test_no_block_tag_glues_two_lines_of_text(path):
    assert glued_lines(path.read_text(encoding="utf-8")) == []
