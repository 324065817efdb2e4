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
