"""r67l, the r67 reader of 2020: chapter 4's table follows its result paragraph, the caveats after the table (#2: the
table moved whole to the next page and left p. 7 half empty); on a desktop the labels of Tabel 6 and Tabel 14 stay on
one line (#7). Each fails on the code before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hulplijnen.chapters import contexts
from hulplijnen.facts import FactSheet
from hulplijnen.presentation.parts import Table, Text

ROOT = Path(__file__).resolve().parents[2]


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def contexts_2020():
    return contexts.build(2020, "1712", FactSheet("contexts", 2020))


def test_2_the_context_table_stands_between_the_result_and_its_caveats(contexts_2020):
    order = [p.section if isinstance(p, Text) else p.label for p in contexts.SHOWN]
    assert order.index("family") < order.index("tbl-contexts") < order.index("caveats")
    result, caveats = flat(contexts_2020.section("family")), flat(contexts_2020.section("caveats"))
    assert result.startswith("Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context")
    assert "Deze cijfers komen uit de tabel" not in result and "kanttekeningen" not in result
    assert caveats.startswith("Deze cijfers komen uit de tabel van 1712 over de context van het geweld")
    assert "De tabel staat in de bron zonder jaartal bij de tabellen over 2020;" in caveats


def test_2_a_later_year_has_no_caveats_of_the_earlier_table():
    later = contexts.build(2021, "1712", FactSheet("contexts", 2021))
    assert not later.section("caveats").strip()


def test_7_the_context_column_gets_the_room_on_a_wide_screen():
    table = next(p for p in contexts.SHOWN if isinstance(p, Table) and p.label == "tbl-contexts")
    assert table.widths and table.widths[0] >= sum(table.widths[1:])


def test_7_the_months_by_gender_stay_on_one_line_on_a_wide_screen():
    css = (ROOT / "quarto" / "tables.css").read_text()
    rule = re.search(r"@media \(min-width: 601px\) \{\s*main #tbl-appendix-gender-months tbody tr > :first-child "
                     r"\{\s*white-space: nowrap;", css)  # fmt: skip
    assert rule
