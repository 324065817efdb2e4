"""r61, second pass on the r61 review of the Tele-Onthaal release (r61 TO #1-#10)."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release


def test_the_first_key_message_is_two_bullets_one_13_percent_each():
    """#1: one bullet held three messages and two '13 %' a line apart; '(−1,1 %)' read as the first corona year's."""
    md = flat(summary_of_release(["tele-onthaal"]))
    messages = md.split("## Kerncijfers")[0]
    assert "iets minder (−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel" in messages
    assert (
        "- **Meer andere gesprekken:** als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
        "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd "
        "geteld werden, tegen 80.300 in 2020 (ongeveer 13 % meer)." in messages
    )
    assert "het eerste coronajaar (−1,1 %)" not in messages and ": ongeveer 13 % meer" not in messages


def test_the_website_paragraph_says_what_the_source_published():
    """#2: '(210.523 bezoekers; −17,3 %; over het gepubliceerde percentage: zie Tabel 3)', three items, the source's
    figure only in the annex."""
    text = flat(built()[0].text)
    assert (
        "36.460 minder dan in 2020 (210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies) "
        "en 79.554 of 84,2 % meer dan in 2019 (94.509 bezoekers)." in text
    )
    assert "over het gepubliceerde percentage" not in text


def test_the_website_row_of_table_1_gives_each_figure_its_year_first():
    """#8: the bracket and the note's mark between '−36.460' and 'tegenover 2020'."""
    md = summary_of_release(["tele-onthaal"])
    assert "| −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; +79.554 tegenover 2019 (+84,2 %) |" in md
    assert "−36.460 (−17,3 %" not in md and "+79.554 (+84,2 %)" not in md
