"""Round 35 demo finding #2: every page said the data were made up twice, in the banner ('Synthetische gegevens —
verzonnen, ...') and right under it in the running header's title '... (synthetische gegevens)'. Under the banner the
header names the report by params' header_title; the title page keeps the whole title (and the banner)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import load_params, release_ids
from hulplijnen.pipeline.assemble import SYNTHETIC_BANNER

from .layout import margin_pt, one_line
from .pages import SLACK_PT

pytestmark = pytest.mark.quarto


def header_lines(pdf) -> list[list[str]]:
    """Each page's lines above the text area: the banner and the running header, whole."""
    import pdfplumber

    top = margin_pt("y") - SLACK_PT
    with pdfplumber.open(pdf) as document:
        return [[t["text"] for t in page.extract_text_lines() if t["bottom"] < top] for page in document.pages]


@pytest.mark.parametrize("release", [r for r in release_ids() if load_params(r).is_synthetic])
def test_the_running_header_under_the_banner_does_not_repeat_it(rendered, release):
    params = load_params(release)
    assert params.header_title, "a synthetic report names itself shorter under the banner"
    pages = header_lines(rendered[release] / "report.pdf")
    assert SYNTHETIC_BANNER in one_line(" ".join(pages[0]))  # the title page: its banner (and its whole title)
    wrong = []
    for number, lines in enumerate(pages[1:], start=2):
        banner, header = (one_line(x) for x in (lines[0], " ".join(lines[1:]))) if len(lines) > 1 else ("", "")
        if banner != SYNTHETIC_BANNER or not header.startswith(params.header_title) or "synthetische" in header:
            wrong.append(f"p.{number}: {lines!r}")
    assert not wrong, "pages whose header lacks the banner or says it again: " + "; ".join(wrong)
