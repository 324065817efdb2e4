"""Round-20 reader findings on the technical annex: every source table whose filled cells fall short of the total it
prints is listed with its gap, in every release that shows the table (2021 #10: the 2020 contact-person table's four
empty cells and their 21 contacts were in the 2020 release's annex only)."""

from __future__ import annotations

import pandas as pd
import pytest

from hulplijnen.chapters.data_quality import build
from hulplijnen.chapters.data_quality import tables as quality_tables
from hulplijnen.config.params import load_params
from hulplijnen.data import load, quality
from hulplijnen.facts import FactSheet


def _expected_gap(helpline: str, year: int, name: str) -> tuple[float, float]:
    """The stated grand total of a table and the sum of its filled cells, straight from data/."""
    totals = load.stated_totals(year, helpline)
    stated = float(totals.loc[(totals["table"] == name) & (totals["dimension"] == "all"), "value"].iloc[0])
    return stated, float(load.load_year_table(name, helpline, year)["contacts"].dropna().sum())


def test_a_table_short_of_its_stated_total_is_found_with_its_gap_and_empty_cells():
    short = quality.short_of_total(["1712"], 2020)
    row = short[short["table"] == "contacts_by_contact_person"].iloc[0]
    stated, filled = _expected_gap("1712", 2020, "contacts_by_contact_person")
    assert (row["stated"], row["filled"], row["gap"]) == (stated, filled, stated - filled) and row["gap"] > 0
    empty = load.load_year_table("contacts_by_contact_person", "1712", 2020)
    assert len(row["cells"]) == int(empty["contacts"].isna().sum())
    # a complete table (every cell filled) is never listed
    assert "contacts_by_age" not in set(short["table"])


@pytest.mark.parametrize("release", ["2020", "2021"])
def test_every_release_that_shows_the_table_lists_its_gap_and_its_empty_cells(release):
    params = load_params(release)
    facts = FactSheet("data_quality", params.year)
    chapter = build(params.year, list(params.helplines), facts)
    stated, filled = _expected_gap("1712", 2020, "contacts_by_contact_person")
    table = chapter.tables["explained"]
    row = table[table["Gegevens"] == "Contacten per contactnemer, 2020"].iloc[0]
    # r36 (r35 2020 #11): 'Geteld', as the lead-in says ('de vermelde en de getelde totalen'), not 'Berekend'
    # r44 (2020 #7): 'Totaal in de bron', not 'Vermeld' (the gender table's row: 'vermeldt geen totaal')
    assert row["Totaal in de bron"] == quality_tables._count(stated) and row["Geteld"] == quality_tables._count(filled)
    assert list(table.columns) == ["Gegevens", "Totaal in de bron", "Geteld", "Toelichting"]
    gap = quality_tables._count(stated - filled)
    # r27 2020 #14: the cells are named once, in the table of what they hold together, not again here
    # r29 2020 #16: explained once, in the list of what the checks found; the row points there
    # r41 (r41 2020 #5): deliberately changed wording
    assert row["Toelichting"] == (
        f"{gap} contacten die dit rapport in de vier lege vakken plaatst; zie het overzicht van de controles hierboven."
    )
    said = " ".join(chapter.sections["corrections"].split())
    # r41 (r41 2020 #5): deliberately changed wording
    # r44 (#1): the table by its number (a cross-reference), not by its caption
    assert f"Dit rapport neemt aan dat die {gap} contacten in de vier lege vakken staan (@tbl-constraints)" in said
    assert "code 2300" not in row["Toelichting"]
    # r22 2020 #18: 'andere contactnemers' only in the release whose table per year has that row
    others = "„andere contactnemers”" in said  # r29 2020 #16: in the list of what the checks found
    assert others == (params.year != 2020)
    # the empty cells and what the prose's totals say they hold, also in the later year's release
    # r27 2020 #14: the table of what they hold together names all four, so it is the only table of them
    assert chapter.tables["missing"] is None and chapter.tables["constraints"] is not None
    assert "Code 2300 en code 2400" in list(chapter.tables["constraints"]["Lege vakken"])
    said = chapter.sections["missing"]
    assert "In de tabel contacten per contactnemer over 2020 zijn vier vakken leeg" in said
    # r38 (2020 r37 #5): the totals come from the minister's quote of the annual report, not 'de lopende tekst'
    named = "@tbl-constraints noemt ze"  # r44 (#1): a cross-reference, not the caption
    assert named in " ".join(said.split()) and "lopende tekst" not in said
    # r29 2020 #16: the gap is said once, in the list of what the checks found; here only the table is named
    assert f"{gap} minder dan het totaal van" not in said and "@tbl-explained zet" in said  # r44 (#1)
    assert f"{gap} minder dan het totaal van" in " ".join(chapter.sections["corrections"].split())


def test_a_release_without_source_tables_lists_no_gap():
    facts = FactSheet("data_quality", 2021)
    chapter = build(2021, ["tele-onthaal"], facts)
    assert chapter.tables["explained"] is None and chapter.tables["missing"] is None


def test_a_row_total_short_of_its_cells_names_its_row():
    short = pd.DataFrame(
        {"helpline": ["x"], "year": [2020], "table": ["contacts_by_month_channel"], "dimension": ["month"]}
        | {"category": ["2020-03"], "stated": [10.0], "filled": [7.0], "gap": [3.0], "cells": [["month=2020-03"]]}
    )
    row = quality_tables.short_of_total(short, ["uitleg"]).iloc[0]
    assert row["Gegevens"] == "Contacten per maand en kanaal, maart 2020, 2020"
    said = (row["Totaal in de bron"], row["Geteld"], row["Toelichting"])  # r36 (r35 2020 #11); r44 (2020 #7)
    assert said == ("10", "7", "uitleg")
