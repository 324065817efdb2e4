"""Round 30 (r29 readers): no page in the middle of the technical annex a quarter or more empty (2020 #20: p.11
before Tabel 8; 2021 #18: p.17 after 'Bij hoofdstuk 3', where Tabel 14 went whole to the next page because only a
few of its rows would have gone over). The annex's last page, before the colophon's part break, may end short."""

from __future__ import annotations

import re

import pytest

from .pages import in_annex
from .test_page_flow import pages_of

MAX_EMPTY = 0.25


@pytest.mark.parametrize("release", ["2020", "2021"])
def test_no_page_in_the_middle_of_the_annex_a_quarter_empty(rendered, release):
    pages = pages_of(rendered, release)
    annex = sorted(in_annex(pages))
    middle = [p for p in pages if p.number in annex[1:-2]]  # the glossary's end and the colophon's part break aside
    gaps = [
        f"p.{p.number} {empty:.0%} empty"
        for p in middle
        if (empty := (p.bottom - p.content_bottom()) / p.height) >= MAX_EMPTY
    ]
    assert not gaps, "; ".join(gaps)


def test_2020_the_gender_row_gives_the_years_totals(rendered):
    qmd = (rendered["2020"] / "notebooks" / "data_quality.ipynb").read_text(encoding="utf-8")
    # r45 (r44 2020 #3): the table gives no total of its own: '–', the year's total from the channels' table in the note
    assert re.search(r"Contacten per maand en geslacht, 2020 *\| *– *\| *8\.043", qmd), "no year totals"
    assert "jaartotaal uit de tabel per kanaal: 8.059" in qmd
    assert "7 maanden van 2020" not in qmd
