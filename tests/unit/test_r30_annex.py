"""Round 30 (r29 readers), the checks in the technical annex. 2020 #11: the table of tables short of their total
gives the gender table's year totals (8.059 against 8.043), as the text does, not the seven months' 4.835. 2020 #12:
nine blank cells the totals force to 0 are not 'een ander getal'. 2020 #16: each gap (the 16 contacts missing from
the gender table, the 21 in empty cells) is explained once, in the list of what the checks found; the tables point
there, and the scan's repairs that change no figure (table rules read as a dash before 804 and 663) are not told."""

from __future__ import annotations

import re

import pytest

from hulplijnen.chapters import data_quality
from hulplijnen.facts import FactSheet

RELEASES = {2020: ["1712"], 2021: ["1712", "tele-onthaal", "stop-it-now"]}


def built(year: int):
    chapter = data_quality.build(year, RELEASES[year], FactSheet("t", year))
    return re.sub(r"\s+", " ", chapter.text), chapter.tables["explained"]


@pytest.mark.parametrize("year", sorted(RELEASES))
def test_the_gender_tables_row_gives_the_years_totals_the_text_names(year):
    text, table = built(year)
    row = table.iloc[0]
    said = (row["Gegevens"], row["Totaal in de bron"], row["Geteld"])  # r36 (r35 2020 #11); r44 (2020 #7): column
    # r45 (r44 2020 #6): the table states no total: '–', the year's total from the table per channel in the note
    assert said == ("Contacten per maand en geslacht, 2020", "–", "8.043")
    assert "jaartotaal uit de tabel per kanaal: 8.059" in row["Toelichting"]
    assert "7 maanden" not in " ".join(table["Gegevens"])
    assert "16 minder dan de 8.059 contacten van het jaar" in text


@pytest.mark.parametrize("year", sorted(RELEASES))
def test_a_blank_cell_forced_to_0_is_not_called_another_figure(year):
    text, _ = built(year)
    # r49 (r48 2020 #5): the corrections told in the list and the table, the table introduced in one sentence
    assert "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in text
    assert "ander getal dan de tekst van de bron" not in text


@pytest.mark.parametrize("year", sorted(RELEASES))
def test_each_gap_is_explained_once_and_the_tables_point_to_it(year):
    text, table = built(year)
    assert text.count("waarom, zegt de bron niet") == 1, text  # the 16: why, once
    assert text.count("Ze tellen mee in het vermelde totaal") == 1
    for note in table["Toelichting"]:
        assert note.endswith("zie het overzicht van de controles hierboven."), note
        assert "zegt de bron niet" not in note and "tellen mee" not in note
    assert "als streep" not in text and "herstelde dit rapport" not in text and "804" not in text
