"""Round 23 (r22 TO #7) and round 24 (r23 TO #1): the key figures' website row gives the exact differences, each with
the published percentage only where that percentage fits the difference; the source's −17,9 % that does not fit
36.460 fewer visitors (and the report's own −17,3 %) is the annex's, not the most-read table's."""

from test_helplines_r13 import summary_of_release

from hulplijnen.pipeline import summary


def test_an_exact_difference_comes_with_the_published_percentage_only_where_it_fits():
    md = summary_of_release(["tele-onthaal"]).replace("\u00a0", " ")
    figures = md[md.index("## Kerncijfers") :]
    assert "| Websitebezoekers | 174.063 | −36.460 tegenover 2020; +79.554 (+84,2 %) tegenover 2019 |" in figures
    assert "17,9" not in figures and "17,3" not in figures and "gepubliceerd" not in figures
    # a change the source gives as a percentage only stays as it was published
    assert "| Oproepen | 137.669 | −1 % tegenover 2020; +13,9 % tegenover 2019 |" in figures


def test_a_stated_percentage_fits_a_difference_by_its_sign_and_its_rounding():
    assert summary.agrees(79554, 84.18, 84.2, 1)
    assert not summary.agrees(-36460, 17.3, -17.9, 1)  # the website's 2020: a conflict
    assert not summary.agrees(-36460, 17.9, 17.9, 1)  # a rise stated for a fall
    assert not summary.agrees(-36460, None, -17.9, 1)  # no size to check it against
