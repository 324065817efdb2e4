"""The PDF's running header follows one rule (r39, 2021 r38 #12, also r37): it names the first chapter (a level-1
heading of the contents: summary, chapters, glossary, annex, colophon) whose heading stands on the page, wherever on
it; else the chapter in progress. The rule before it (a heading counted only in the page's top quarter, r25) named
'Samenvatting' over 2021 p.4, where chapter 1 begins lower down, and the chapter over p.6, where it begins near the
top: readers saw no rule. chapter-of-page in quarto/typst-template.typ computes the same."""

from __future__ import annotations

import pytest

from .test_page_flow import RELEASES, chapter_starts, footers, pages_of


def wanted(starts, number: int) -> str | None:
    """The chapter the header of page `number` names: the first begun on it, else the last begun before it."""
    here = [name for name, page, _ in starts if page == number]
    earlier = [name for name, page, _ in starts if page < number]
    return here[0] if here else earlier[-1] if earlier else None


def test_the_rule_names_the_chapter_begun_on_the_page_wherever_it_stands():
    """The old rule's case: chapter 1 begins low on the page where the summary ends: the header names chapter 1."""
    starts = [("Samenvatting", 3, True), ("Kanalen", 4, False), ("Wie", 6, False)]
    assert wanted(starts, 4) == "Kanalen"
    assert wanted(starts, 5) == "Kanalen"
    assert wanted(starts, 6) == "Wie"


@pytest.mark.parametrize("release", RELEASES)
def test_the_running_header_names_the_first_chapter_begun_on_the_page_else_the_one_in_progress(rendered, release):
    """Every page after the contents: the header's last words are the chapter `wanted` gives."""
    pages = pages_of(rendered, release)
    starts = chapter_starts(pages)
    assert len(starts) >= 3, "the chapters are found in the body"
    headers = {number: header for number, _, header in footers(rendered[release] / "report.pdf")}
    wrong = []
    for page in pages[2:]:
        want = wanted(starts, page.number)
        # r42 (TO #3): a page where a part begins at the top and the annex under its rule names both, that part first
        both = [f"{want} · {name}" for name, number, _ in starts if number == page.number and name != want]
        if want and not any(headers[page.number].endswith(w) for w in [want, *both]):
            wrong.append(f"p.{page.number}: '{headers[page.number][-40:]}', not '{want}'")
    assert not wrong, "running headers that do not follow the rule: " + "; ".join(wrong)
