"""The PDF's running header follows one rule (r53: 2020 #5, 2021 #4, demo #9): it names the chapter (a level-1
heading of the contents: summary, chapters, glossary, annex, colophon) in force at the top of the page, the last one
begun before the page's text; only a heading that opens the page (the first line of its text) names the chapter
begun on it. The rule before (r39: the first chapter begun anywhere on the page) named the section that begins lower
down over the end of the one the reader is in: 2020 p.5 'Wie neemt contact op' above Tabel 3 of chapter 1, demo p.7
'Bereikbaarheid' above 'Tabel 4 (vervolg)'. Older still (r25): a heading counted only in the page's top quarter.
chapter-of-page in quarto/typst-template.typ computes the same.
r47: one name, never two joined: 'Verklarende woordenlijst · Technische bijlage' (2020 p.11, 2021 p.13) and
'Technische bijlage · Colofon' (Tele-Onthaal p.9), where a part begun under its rule named the part before too."""

from __future__ import annotations

import pytest

from .test_page_flow import RELEASES, chapter_starts, footers, pages_of

JOIN = " · "  # r47: how the header joined two names (the report's titles have none)


def wanted(starts, number: int) -> str | None:
    """The chapter the header of page `number` names: the one whose heading opens it, else the last begun before it."""
    here = [name for name, page, opens in starts if page == number and opens]
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


def old_rule(starts, number: int) -> str | None:
    """r39's rule, for the check below: the first chapter begun anywhere on the page, else the last before it."""
    here = [name for name, page, _ in starts if page == number]
    earlier = [name for name, page, _ in starts if page < number]
    return here[0] if here else earlier[-1] if earlier else None


def test_the_rule_names_the_chapter_in_force_at_the_top_of_the_page():
    """r53 (2020 #5): p.5 goes on with chapter 1 (Tabel 3) and 'Wie neemt contact op' begins lower: the header names
    chapter 1, as on p.4 where it began lower down; p.6 opens with its heading: the header names it. The old rule named
    the chapter begun lower on p.4 and on p.5, and fails here."""
    starts = [("Samenvatting", 3, True), ("Kanalen", 4, False), ("Wie", 5, False), ("Context", 6, True)]
    assert wanted(starts, 3) == "Samenvatting"
    assert wanted(starts, 4) == "Samenvatting"  # the summary goes on at the top of p.4
    assert wanted(starts, 5) == "Kanalen"
    assert wanted(starts, 6) == "Context"
    assert wanted(starts, 7) == "Context"
    assert old_rule(starts, 5) == "Wie"  # what readers saw above Tabel 3: 'Wie neemt contact op …'
    assert [wanted(starts, n) for n in (4, 5)] != [old_rule(starts, n) for n in (4, 5)]


@pytest.mark.parametrize("release", RELEASES)
def test_the_running_header_names_the_chapter_in_force_at_the_top_of_the_page(rendered, release):
    """Every page after the contents: the header's last words are the chapter `wanted` gives."""
    pages = pages_of(rendered, release)
    starts = chapter_starts(pages)
    assert len(starts) >= 3, "the chapters are found in the body"
    headers = {number: header for number, _, header in footers(rendered[release] / "report.pdf")}
    wrong = []
    for page in pages[2:]:
        want = wanted(starts, page.number)
        # r47: the r42 exception ('part begun at the top · part under the rule') is gone: the header names one
        # r53: the chapter in force at the page's top, not the first begun on it (2020 #5, 2021 #4, demo #9)
        if want and not names_only(headers[page.number], want):
            wrong.append(f"p.{page.number}: '{headers[page.number][-60:]}', not '{want}'")
    assert not wrong, "running headers that do not follow the rule: " + "; ".join(wrong)
