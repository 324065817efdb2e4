"""Round 23 (r22 TO #7): the key figures' website row mixed an absolute change with a percentage, and left out the
published −17,9 % a reader who knows the infographic looks for."""

from test_helplines_r13 import summary_of_release


def test_an_exact_difference_comes_with_its_percentage_and_the_published_one_where_it_differs():
    md = summary_of_release(["tele-onthaal"]).replace("\u00a0", " ")
    figures = md[md.index("## Kerncijfers") :]
    assert (
        "| Websitebezoekers | 174.063 | −36.460 (−17,3 %; gepubliceerd: −17,9 %) tegenover 2020; "
        "+79.554 (+84,2 %) tegenover 2019 |" in figures
    )
    # a change the source gives as a percentage only stays as it was published
    assert "| Oproepen | 137.669 | −1 % tegenover 2020; +13,9 % tegenover 2019 |" in figures
