"""A table's column widths in the PDF leave every column room for its longest word: the PDF never breaks a word,
so the annex table's Hulplijn column, sized by its share alone, broke "Tele-Onthaal" over two lines (2021 r14)."""

from __future__ import annotations

import pandas as pd

from hulplijnen.presentation.parts import CHAR_EMS, INSET_EMS, LINE_EMS, fit_words


def share(widths, i):
    return widths[i] / sum(widths)


def test_a_narrow_column_gets_the_width_of_its_longest_word():
    frame = pd.DataFrame({"Naam": ["Lang-Woordmetveelletters", "Kort"], "Uitleg": ["een paar woorden", "meer"]})
    fitted = fit_words((5, 95), frame)
    assert share(fitted, 0) >= (len("Lang-Woordmetveelletters") * CHAR_EMS + INSET_EMS) / LINE_EMS - 0.001
    assert share(fitted, 0) > share((5, 95), 0)


def test_the_room_comes_from_the_other_columns_in_proportion():
    frame = pd.DataFrame({"A": ["Woordmetveelletters"], "B": ["x"], "C": ["y"]})
    fitted = fit_words((4, 40, 20), frame)
    assert abs(share(fitted, 1) / share(fitted, 2) - 2) < 0.02


def test_widths_wide_enough_stay_as_they_are():
    frame = pd.DataFrame({"A": ["kort"], "B": ["ook kort"]})
    fitted = fit_words((30, 70), frame)
    assert abs(share(fitted, 0) - 0.3) < 0.002


def test_words_that_cannot_all_fit_leave_the_widths_alone():
    frame = pd.DataFrame({c: ["x" * 40] for c in "ABC"})
    assert fit_words((1, 2, 3), frame) == (1, 2, 3)


def test_a_column_of_short_cells_keeps_them_on_one_line_where_the_room_allows():
    """Tele-Onthaal r14 #9: the Waarde cells wrapped as "+13,9 % t.o.v. / 2019", the header as "Gepubliceerd / als"
    (2021 r14 #16): a column of short cells gets the width of its longest cell, not only of its longest word."""
    frame = pd.DataFrame(
        {
            "Cijfer": ["een lange omschrijving van het cijfer"] * 2,
            "Waarde": ["+13,9 % t.o.v. 2019", "1"],
            "Gepubliceerd als": ["exact", "afgerond"],
        }
    )
    fitted = fit_words((60, 10, 10), frame)
    for i, cell in ((1, "+13,9 % t.o.v. 2019"), (2, "Gepubliceerd als")):
        assert share(fitted, i) >= (len(cell) * CHAR_EMS + INSET_EMS) / LINE_EMS - 0.001


def test_short_cells_that_cannot_all_stay_whole_keep_at_least_their_words_whole():
    frame = pd.DataFrame({c: ["woord " * 3] for c in "ABCDEF"})
    fitted = fit_words((1, 1, 1, 1, 1, 1), frame)
    assert all(share(fitted, i) >= (len("woord") * CHAR_EMS + INSET_EMS) / LINE_EMS - 0.001 for i in range(6))
