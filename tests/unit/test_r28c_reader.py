"""Round 28 (the r27 readers of 2020 and 2021) on the annex tables and the age reading: the empty cells listed once,
without a column that says the same on every row (2020 #14); the code list's codes in a narrow left-aligned column,
a group of one code one row (2020 #13); the source's '+12 jaar' read in the annex, not in the chapter (r29: 2020 #4,
2021 #3). Each fails on the code before."""

from __future__ import annotations

import pandas as pd
import pytest

from hulplijnen.chapters import gender_age
from hulplijnen.chapters.data_quality import tables as quality_tables
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline.appendix import codes_markdown

CELLS = pd.DataFrame(
    {
        "table": ["contacts_by_contact_person"] * 2,
        "cell": ["code=2300", "code=2400"],
        "reason": ["cell empty in source"] * 2,
        "year": [2020, 2020],
    }
)


def test_a_reason_the_same_on_every_row_is_not_a_column():
    table = quality_tables.missing(CELLS)
    assert "Reden" not in table.columns
    assert not table.apply(lambda c: c.str.contains("vak is leeg")).any().any()
    assert len(table.columns) == len(quality_tables.WIDTHS["missing"])


def test_the_empty_cells_named_in_the_bounds_need_no_table_of_their_own():
    bounds = pd.DataFrame({"file": ["1712/2020/contacts_by_contact_person.csv"], "missing_cells": ["2300|2400"]})
    assert quality_tables.named_in_bounds(CELLS, bounds)
    assert not quality_tables.named_in_bounds(CELLS, bounds.assign(missing_cells="2300"))
    assert not quality_tables.named_in_bounds(CELLS.assign(year=2021), bounds)


def test_the_code_column_is_narrow_and_left_aligned_and_single_groups_are_one_row():
    lines = codes_markdown().split("\n")
    code, label = (cell.strip() for cell in lines[1].strip("|").split("|"))
    assert code.startswith(":") and not code.endswith(":")  # left, not right
    assert len(code) * 4 < len(label)  # narrow: a fifth of the width or less
    body = "\n".join(lines)
    for group in ("justitiële instanties", "onbekend", "contactnemer niet ingevuld"):  # r60 (r59 demo #3)
        assert body.count(f"**{group}**") == 1 and f"| | **{group}** |" not in body
    assert "| geen code | Justitiële instanties |" not in body and "| geen code | Leeg |" not in body


@pytest.mark.parametrize("year", [2020, 2021])
def test_minors_are_said_plainly_and_the_plus_12_reading_is_the_annex_s(year):
    """r29 (r28 2020 #4, 2021 #3) reverses r28's hedge: the chapter states the finding, the annex how '+12 jaar' is
    read (block age_note, its table 'Hoe dit rapport de leeftijdsklassen leest')."""
    chapter = gender_age.build(year, "1712", FactSheet("gender_age", year))
    age = " ".join(chapter.section("age").split())
    assert "+12" not in age and "in de bron" not in age
    if year == 2020:
        assert "12 jaar of ouder maar minderjarig" in list(chapter.tables["ages"]["Leeftijd"])
        assert "„+12 jaar”" in chapter.section("age_note")
