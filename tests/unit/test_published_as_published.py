"""Section 1 of issue 21: counts, changes and captions as a reader must see them."""

import nbformat
import pandas as pd
import pytest

from hulplijnen.analysis import helplines as hl
from hulplijnen.chapters.contact_persons import charts as contact_persons_charts
from hulplijnen.chapters.helplines.tables import derivation
from hulplijnen.data import load
from hulplijnen.presentation import captions, fmt


def test_a_range_of_counts_shows_the_whole_numbers_it_allows():
    # 410 after +46 % (45,5 % .. 46,5 %): 279,9 .. 281,8 -> 280 and 281, never 282
    assert fmt.count_range(410 / 1.465, 410 / 1.455) == "280 tot 281"
    assert fmt.count_range(410 / 1.465, 410 / 1.455, between=True) == "tussen 280 en 281"
    assert fmt.count_range(138361.2, 139765.9) == "138.362 tot 139.765"
    assert fmt.count_range(279.9999999, 281.0000001) == "280 tot 281"  # whole bounds stay whole
    assert fmt.count_range(94509, 94509) == "94.509"


def test_a_change_is_shown_with_the_decimals_it_was_published_with():
    assert fmt.change_words(-1, 0) == "1\u00a0% minder dan"
    assert fmt.change_words(13.9, 1) == "13,9\u00a0% meer dan"
    row = pd.Series({"basis": "pct_change", "stated": 46.0, "decimals": 0})
    assert derivation(row) == "afgeleid uit +46\u00a0%"
    row = pd.Series({"basis": "difference", "stated": 79554.0, "decimals": 0})
    assert derivation(row) == "berekend uit het verschil +79.554"


def test_an_exact_published_difference_gives_the_earlier_year_exactly():
    figs = load.key_figures(2021, "tele-onthaal")
    implied = hl.implied_earlier_years(figs, 2021)
    visitors = implied[implied["measure"] == "website_visitors"]
    y2019 = visitors[visitors["year"] == 2019]
    assert len(y2019) == 1 and bool(y2019["exact"].iloc[0]) and y2019["low"].iloc[0] == 174063 - 79554
    # 2020: the difference (-36.460) and the percentage (-17,9 %) disagree: both are shown, the exact one preferred
    y2020 = visitors[visitors["year"] == 2020]
    assert len(y2020) == 2 and y2020["conflict"].all()
    assert y2020[y2020["preferred"]]["low"].tolist() == [174063 + 36460]
    calls = implied[(implied["measure"] == "calls") & (implied["category"] == "all") & (implied["year"] == 2019)]
    assert not calls["exact"].iloc[0]  # only a rounded change: an interval


def test_a_caption_names_the_year_of_its_data(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('#| label: tbl-x\n#| tbl-cap: "Contacten per maand"\nshow_table(t)')
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": "|a|"}, metadata={captions.YEAR_METADATA: 2020})
    ]
    same = nbformat.v4.new_code_cell('#| label: tbl-y\n#| tbl-cap: "Contacten per jaar"\nshow_table(t)')
    same.outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": "|a|"}, metadata={captions.YEAR_METADATA: 2021})
    ]
    nb.cells = [cell, same]
    (tmp_path / "notebooks").mkdir()
    nbformat.write(nb, tmp_path / "notebooks" / "x.ipynb")
    captions.name_data_years(tmp_path, ["x"], 2021)
    cells = nbformat.read(tmp_path / "notebooks" / "x.ipynb", as_version=4).cells
    assert '#| tbl-cap: "Cijfers 2020: Contacten per maand"' in cells[0].source
    assert '#| tbl-cap: "Contacten per jaar"' in cells[1].source
    assert captions.with_year("Contacten per maand, 2020", 2020) == "Contacten per maand, 2020"


def test_an_earlier_years_caption_says_its_year_first_not_after_a_long_tail():
    """r26 2021 #5: ', 2020' at the end of a long caption went unseen under the report year's text; a caption whose
    title names the year already is not doubled."""
    long = "Mogelijke slachtoffers naar context van het geweld (aandeel van wie een bekende context heeft)"
    assert captions.with_year(long, 2020) == f"Cijfers 2020: {long}"
    assert captions.with_year("Contacten per maand (zonder kanaal)", 2020).startswith("Cijfers 2020: ")
    assert captions.with_year("Contacten per maand, 2020 (zonder kanaal)", 2020) == (
        "Contacten per maand, 2020 (zonder kanaal)"
    )
    # the year only in the qualifying tail is not prominent: the lead names it
    assert captions.with_year("Contacten per kanaal (2020 zonder e-mail)", 2020).startswith("Cijfers 2020: ")
    assert captions.with_year("Contacten per kanaal, 12020", 2020).startswith("Cijfers 2020: ")


@pytest.mark.parametrize("share, words", [(33.6, "één op de drie"), (37, "ruim één op de drie")])
def test_one_in_n_does_not_call_more_than_a_third_a_third(share, words):
    assert fmt.one_in(share / 100) == words


def test_no_chart_draws_a_zero_tick_on_a_log_axis_or_a_whisker_to_100_for_more_than():

    groups = pd.DataFrame({"label_nl": ["a", "b"], "low": [3.0, 240.0], "high": [3.0, 260.0]})
    fig = contact_persons_charts.group_bars(groups, "t")
    ax = fig.axes[0]
    assert ax.get_xscale() == "linear" and ax.get_xlim()[0] == 0 and 0 in ax.get_xticks()  # a 0 on a linear axis
    rows = pd.DataFrame(
        {
            "label_nl": ["a", "b", "c"],
            "value": [54.0, 58.0, 10.0],
            "low": [53.5, 58.0, 9.5],
            "high": [54.5, 100.0, 10.5],
            "open_above": [False, True, False],
            "base": ["mogelijke slachtoffers", "mogelijke slachtoffers", "contacten"],
        }
    )
    fig = contact_persons_charts.published_shares(rows, "t")
    assert len(fig.axes) == 2  # one panel per base
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "meer dan 58\u00a0%" in texts
    whiskers = [seg for ax in fig.axes for c in ax.collections for seg in c.get_segments()]
    assert not any(max(p[0] for p in seg) >= 100 for seg in whiskers)
