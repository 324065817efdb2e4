"""r22 2020 #14: on a 390 px phone „+6 %” broke as „+6 / %”, and '50 % meer', '+5,5 %', '95 %' had plain spaces before
the % sign: the formatter wrote a no-break space, templates and sources did not. In every release's HTML, no number
stands before its % sign with a space a line may break at."""

from __future__ import annotations

import html
import re

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
SPLIT = re.compile(r"\d[ \t\r\n]+[%‰]")


def visible_text(page: str) -> str:
    """The HTML's text as a reader gets it: no scripts, styles or tags, entities resolved."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("release", release_ids())
def test_no_number_is_apart_from_its_percent_sign(rendered, release):
    text = visible_text((rendered[release] / "report.html").read_text(encoding="utf-8"))
    split = [text[max(0, m.start() - 30) : m.end() + 10] for m in SPLIT.finditer(text)]
    assert not split, f"{release}: a plain space between a number and % in {split[:5]}"
