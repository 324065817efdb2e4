"""The PDF's running header follows one rule (r39, 2021 r38 #12, also r37): it names the first chapter (a level-1
heading of the contents: summary, chapters, glossary, annex, colophon) whose heading stands on the page, wherever on
it; else the chapter in progress. The rule before it (a heading counted only in the page's top quarter, r25) named
'Samenvatting' over 2021 p.4, where chapter 1 begins lower down, and the chapter over p.6, where it begins near the
top: readers saw no rule. chapter-of-page in quarto/typst-template.typ computes the same.
r47: one name, never two joined: 'Verklarende woordenlijst · Technische bijlage' (2020 p.11, 2021 p.13) and
'Technische bijlage · Colofon' (Tele-Onthaal p.9), where a part begun under its rule named the part before too."""

from __future__ import annotations

import pytest

from .test_page_flow import RELEASES, chapter_starts, footers, pages_of

JOIN = " · "  # r47: how the header joined two names (the report's titles have none)


def wanted(starts, number: int) -> str | None:
    """The chapter the header of page `number` names: the first begun on it, else the last begun before it."""
    here = [name for name, page, _ in starts if page == number]
    earlier = [name for name, page, _ in starts if page < number]
    return here[0] if here else earlier[-1] if earlier else None


def names_only(header: str, want: str) -> bool:
    """The header (title, then chapter) ends with the chapter `want` and joins no second name to it."""
    return header.endswith(want) and JOIN not in header


def test_a_header_that_joins_two_names_fails_the_check():
    """r47: the headers readers saw on 2021 p.13 and Tele-Onthaal p.9 do not pass; the one name does."""
    title = "Tele-Onthaal in 2021: kerncijfers"
    assert not names_only(f"{title} Verklarende woordenlijst · Technische bijlage", "Technische bijlage")
    assert not names_only(f"{title} Technische bijlage · Colofon", "Colofon")  # the colophon begins on p.9
    assert names_only(f"{title} Colofon", "Colofon")


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
        # r47: the r42 exception ('part begun at the top · part under the rule') is gone: the header names one
        if want and not names_only(headers[page.number], want):
            wrong.append(f"p.{page.number}: '{headers[page.number][-60:]}', not '{want}'")
    assert not wrong, "running headers that do not follow the rule: " + "; ".join(wrong)
