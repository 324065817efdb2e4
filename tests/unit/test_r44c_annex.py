"""r44 (readers of the 2020 and 2021 releases, #1-#7): the annex refers to its tables by number, the monthly table per
channel has a totals row, the table of what empty cells hold says which row is the report's assumption, the gender
table's gap is told month by month, and the table of tables short of their total heads its column as what it is. Each
assertion fails on the round-43 output."""

import re

import pytest

from hulplijnen import chapters
from hulplijnen.chapters import data_quality
from hulplijnen.chapters.shared import monthly_table
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import caption_text
from hulplijnen.presentation.display import XREF_SENTENCE


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def quality_2020():
    return data_quality.build(2020, ["1712"], FactSheet("data_quality", 2020))


def test_the_annex_names_its_tables_by_cross_reference_not_by_caption(quality_2020):
    """#1: '(tabel „Correcties op de bron” hieronder)' and the like: every table by '@tbl-…' (Quarto: 'Tabel N')."""
    said = _flat(quality_2020.text)
    assert "hieronder" not in said and "„" + "Correcties op de bron" not in said
    for label in ("@tbl-corrections", "@tbl-constraints", "@tbl-explained"):
        assert label in said, label
    assert "staan (@tbl-constraints)." in said


def test_the_gender_tables_gap_is_told_month_by_month(quality_2020):
    """#6: the check per month gave only the year's '8.043 contacten, 16 minder'."""
    said = _flat(quality_2020.sections["corrections"])
    assert (
        "Ze ontbreken in zeven maanden: 7 in oktober, 4 in december en telkens 1 in januari, april, juni, september en"
        " november." in said
    )


def test_the_table_short_of_its_total_heads_the_source_total_as_such(quality_2020):
    """#7: 'Vermeld 8.059' beside 'De tabel vermeldt geen totaal'."""
    table = quality_2020.tables["explained"]
    assert "Vermeld" not in table.columns and table.columns[1] == "Totaal in de bron"
    # r45 (r44 2020 #6): '–' in the column, the 8.059 named in the note as the total from the table per channel
    assert table.iloc[0]["Totaal in de bron"] == "–" and "geen eindtotaal" in table.iloc[0]["Toelichting"]  # r47
    assert "@tbl-explained zet de totalen in de bron en de getelde totalen naast elkaar" in _flat(
        quality_2020.sections["missing"]
    )


def test_the_bounds_table_says_its_second_row_is_the_reports_assumption(quality_2020):
    """#4: only the first row comes from the quote; the second from the table's total, an assumption."""
    caption = caption_text.plain(data_quality.SPEC.captions, "tbl_constraints", {})
    assert caption == "Wat de lege vakken samen bevatten: afgeleid uit het citaat en uit het tabeltotaal"
    derived = list(quality_2020.tables["constraints"]["Afgeleid uit"])
    # r61 (r59 2020 #5): the assumption named: the quoted count is exact (was '(aanname van dit rapport)')
    assert "citaat" in derived[0] and derived[1] == "totaal van de tabel, als het aantal in het citaat exact is"


def test_the_monthly_table_per_channel_has_a_totals_row():
    """#3: its note says '90 klopt met de totalen van de tabel', but the table had no totals."""
    chapter = chapters.channels.build(2020, "1712", [2019], chapters.FactSheet("channels", 2020))
    table = chapter.tables["monthly"]
    assert len(table) == 13
    assert table.iloc[-1].tolist() == ["Totaal", "5.702", "1.440", "911", "6", "8.059"]
    assert table.attrs.get("bold_rows") == [12]


def test_the_totals_row_adds_up_what_the_months_show():
    import pandas as pd

    months = pd.period_range("2031-01", "2031-03", freq="M")
    wide = pd.DataFrame({"phone": [1000, 2000, 3000], "chat": [None, None, None]}, index=months)
    table, _ = monthly_table.table(wide, "1712", chapters.FactSheet("channels", 2031))
    assert table.iloc[-1].tolist() == ["Totaal", "6.000", "–", "6.000"]


def test_the_figure_caption_points_to_the_table_by_number_and_the_alt_text_leaves_the_pointer_out():
    """#2: 'De aantallen staan in de tabel „Contacten per maand en kanaal”' (no full stop, named by title)."""
    data = {"without_channel": 0, "two_panels": False, "tabled": True}
    caption = caption_text.render("chapters/channels/captions.md", data)
    assert (
        caption.plain["fig_channels_monthly"]
        == "Contacten per maand en kanaal. De aantallen staan in @tbl-channels-monthly."
    )
    assert caption.option["fig_channels_monthly"] == caption.plain["fig_channels_monthly"]
    assert XREF_SENTENCE.sub("", caption.plain["fig_channels_monthly"]) == "Contacten per maand en kanaal."
