"""Tables as a reader reads them: cells and tables named in Dutch, widths that fill the text column."""

import pandas as pd
import pytest

from hulplijnen.chapters.data_quality import tables as quality_tables
from hulplijnen.presentation.display import markdown_table


def test_cells_are_named_in_dutch_with_each_coordinate_once():
    assert quality_tables.cell("month=2020-08|channel=email") == "augustus 2020, e-mail"
    keys = [f"month=2020-0{m}|channel=not_recorded" for m in (1, 2, 5)]
    # r39 (r38 2020 #13): the source's 'Leeg' is 'niet ingevuld' in every table (data/codebooks/channels.csv)
    assert (
        quality_tables.cells(keys) == "januari, februari en mei 2020, kolom „Leeg” (kanaal niet ingevuld)"
    )  # r47 (r46 2021 #11)
    assert quality_tables.cell("code=2300") == "code 2300"
    assert quality_tables.cell("code=blank") == "Leeg"  # a machine code shows its label
    assert quality_tables.table_name("1712/2020/gender_by_month.csv") == "contacten per maand en geslacht"


def test_corrections_that_share_reading_value_and_reason_share_a_row():
    corr = pd.DataFrame(
        {
            "file": ["1712/2020/contacts_by_month_channel.csv"] * 3,
            "key": [
                "month=2020-01|channel=not_recorded",
                "month=2020-02|channel=not_recorded",
                "month=2020-08|channel=email",
            ],
            "published": [None, None, "20"],
            "used": ["0", "0", "90"],
            "kind": ["blank_forced_by_totals", "blank_forced_by_totals", "ocr_misread"],
            "reason_nl": ["r1", "r1", "r2"],
        }
    )
    table = quality_tables.corrections(corr)
    assert len(table) == 2 and "januari en februari 2020" in table["Vak"].iloc[0]
    assert table["Soort en toelichting"].iloc[1] == "Cijfer klopt niet met de totalen: r2"  # r31 wording
    assert not table.apply(lambda col: col.astype(str).str.contains("_")).any().any()


def test_widths_make_a_full_width_pipe_table_with_aligned_columns():
    frame = pd.DataFrame({"Tekst": ["a\\|b"], "Aantal": ["1.234"], "Aandeel": ["−3,5 %"]})  # cells come escaped
    lines = markdown_table(frame, (2, 1, 1)).splitlines()
    rule = lines[1].strip("|").split("|")
    assert len(lines[1]) > 72  # longer than pandoc's line width: the widths apply
    assert rule[0].startswith(":") and rule[1].endswith(":") and rule[2].endswith(":")
    assert len(rule[0]) == pytest.approx(2 * len(rule[1]), abs=2)
    assert "a\\|b" in lines[2]
    with pytest.raises(ValueError):
        markdown_table(frame, (1, 1))


@pytest.mark.parametrize("widths", [None, (1, 1, 1, 1)])
def test_columns_of_numbers_and_ranges_align_right_text_left(widths):
    frame = pd.DataFrame(
        {
            "Jaar": ["2019", "2020"],
            "Contacten": ["5.407 tot 5.440", "8.059"],
            "Aandeel": ["51,5\u00a0% tot 58,5\u00a0%", ""],
            "Bron": ["afgeleid", "tabel"],
        }
    )
    rule = markdown_table(frame, widths).splitlines()[1].strip("|").split("|")
    assert [cell.strip().endswith(":") and not cell.strip().startswith(":") for cell in rule] == [
        True,
        True,
        True,
        False,
    ]


def test_the_corrections_table_has_narrow_right_aligned_values_and_a_wide_explanation():
    """r31 2020 #18: 'In de bron' held '20' and '(leeg)' left-aligned in a wide column, 'Gebruikt' far to the right,
    the explanation squeezed into six-line cells."""
    corr = pd.DataFrame(
        {
            "file": ["1712/2020/contacts_by_month_channel.csv"] * 2,
            "key": ["month=2020-01|channel=not_recorded", "month=2020-08|channel=email"],
            "published": [None, "20"],
            "used": ["0", "90"],
            "kind": ["blank_forced_by_totals", "ocr_misread"],
            "reason_nl": ["r1", "r2"],
        }
    )
    widths = quality_tables.WIDTHS["corrections"]
    rule = markdown_table(quality_tables.corrections(corr), widths).splitlines()[1].strip("|").split("|")
    assert [r.endswith(":") and not r.startswith(":") for r in rule] == [False, True, True, False]
    assert widths[3] == max(widths) and widths[1] + widths[2] < widths[0] and widths[3] > 2 * widths[0] - 10
