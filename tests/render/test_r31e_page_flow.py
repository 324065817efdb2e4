"""Round 31 (2020 #13, 2021 #16, #20): one page-break rule for every chapter ('6 Bereikbaarheid en capaciteit' opened
p.8 and left a third of p.7 empty: its short first paragraph stuck to a long second one, and typst moves a sticky
block with the whole of the paragraph after it); a page where the technical annex begins under its rule below the
glossary's last entries names both in its running header, not 'Technische bijlage' above glossary entries (r47: no
longer, the header names one chapter; r53: the one in force at the page's top); the 2021 report shows no 2020
monthly chart and its annex table of every key figure leaves no near-empty last page."""

from __future__ import annotations

import json

import pytest

from .test_page_flow import RELEASES, chapter_starts, footers, pages_of

pytestmark = pytest.mark.quarto
NEAR_EMPTY = 0.3  # a page whose text fills less than this share of its text area


@pytest.mark.parametrize("release", RELEASES)
def test_the_page_where_the_annex_begins_names_one_chapter_the_one_at_its_top(rendered, release):
    """r47 (was: glossary entries never under the annex's header alone, r31 2021 #16): one name, never
    'Verklarende woordenlijst · Technische bijlage' (2020 p.11, 2021 p.13). r53 (r53 2020 #5: 'Technische bijlage'
    sat above the end of the glossary on 2020 p.11): the chapter in force at the page's top, 'Technische bijlage' when
    the annex opens the page, 'Verklarende woordenlijst' when it begins under its rule below the glossary's last
    entries (test_running_header.py)."""
    pages = pages_of(rendered, release)
    starts = {name: number for name, number, _ in chapter_starts(pages)}
    glossary, annex = starts.get("Verklarende woordenlijst"), starts.get("Technische bijlage")
    if glossary is None or annex is None or annex == glossary:
        pytest.skip("no glossary page before the annex's")
    headers = {number: header for number, _, header in footers(rendered[release] / "report.pdf")}
    page = pages[annex - 1]
    opens = page.lines and page.lines[0].text == "Technische bijlage"
    header = headers[annex]
    where = "opens the page" if opens else "under its rule below the glossary's last entries"
    want = "Technische bijlage" if opens else "Verklarende woordenlijst"
    assert header.endswith(want) and " · " not in header, f"{where}: {header}"


@pytest.mark.parametrize("release", ["2020", "2021"])
def test_no_chapter_leaves_the_page_before_a_third_empty_for_its_heading(rendered, release):
    """2020 #13: every chapter begins on the page where the one before ends when its heading and first lines fit
    (a third of a page is room for them): no chapter opens a page after a page a third empty or more, unless its
    opening leads to a table or chart that goes over with it."""
    pages = pages_of(rendered, release)
    wrong = []
    for name, number, opens in chapter_starts(pages):
        if not opens or number < 4 or name in ("Technische bijlage", "Colofon"):
            continue
        before, page = pages[number - 2], pages[number - 1]
        empty = (before.bottom - before.content_bottom()) / (before.bottom - before.top)
        floats = [top for top, _ in page.images]
        first_float = min(floats) if floats else page.bottom
        lines_above = [line for line in page.lines if line.top < first_float]
        if empty > 1 / 3 and len(lines_above) > 8:
            wrong.append(f"p.{number}: '{name}' opens it, p.{before.number} is {empty:.0%} empty")
    assert not wrong, "; ".join(wrong)


def test_the_2021_report_draws_no_monthly_chart_of_2020_and_ends_on_a_full_page(rendered):
    built = json.loads((rendered["2021"] / "build.json").read_text(encoding="utf-8"))
    assert "fig-channels-monthly" in json.dumps(built.get("not_shown", built)), "the 2020 monthly chart is not shown"
    pages = pages_of(rendered, "2021")
    last = pages[-1]
    filled = (last.content_bottom() - last.top) / (last.bottom - last.top)
    assert filled > NEAR_EMPTY, f"p.{last.number} is {filled:.0%} full"
