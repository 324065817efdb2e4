# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round-19 reader findings on the 2021-tele-onthaal release (the second pass, branch r19h), on tiny inputs where the
rule is a function, else on the chapter or summary as built; each test failed before its fix."""

from __future__ import annotations

import pandas as pd
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters.helplines import charts
from hulplijnen.config.params import load_params
from hulplijnen.pipeline import assemble
from hulplijnen.presentation import display, figures_alt


def key_messages(md: str) -> str:
    return md.split("## Kerncijfers")[0]


def test_no_headline_count_of_calls_without_a_conversation_and_no_guessed_causes():
    # r53 (r52 TO #7)
    """#1: '33.000 oproepen meer dan gesprekken ... (een bezette lijn, ...)' in the key messages: the source gives two
    totals and never says what the difference is."""
    md = key_messages(summary_of_release(["tele-onthaal"]))
    assert "**Niet elke oproep werd een gesprek:**" not in md and "76,0 %" not in md  # r20 TO #1
    assert "33.000" not in md and "bezette lijn" not in md
    chapter = flat(built()[0].text)
    assert "bezette lijn" not in chapter
    # r24 TO #1: the difference is the annex's; r26 TO #2: the ratio in the chapter only with its condition
    assert chapter.count("32.988") == 1  # r30 TO #1: once, in the lead's plain sentence
    # r28 TO #2: no ratio at all
    assert "Als elk gesprek ook als oproep geteld is" not in chapter and "op de 100" not in chapter


def test_chat_and_phone_shares_are_a_description_and_phone_grew_most_in_numbers():
    """#2, #9: 'Chat ... leidde vaker tot een gesprek' read as a quality measure; phone grew most in numbers."""
    md = key_messages(summary_of_release(["tele-onthaal"]))
    # r20 TO #2, #10: this year against last year first; no shares of calls 'that became a conversation'
    assert (
        "**Meer gesprekken dan in 2019, via beide kanalen:**" in md  # r34 TO #6
    )  # r32 TO #5; r33f  # r21 TO #1: the published change leads
    assert "als gesprek geregistreerd" not in md and "leidde vaker" not in md


def test_the_non_corona_estimate_is_the_chapters_marked_as_one():
    # r56 (r55 TO #2): pin follows the new wording
    """#8, 2021 #4: 'steeg naar schatting van ongeveer 80.300 naar ongeveer 91.000' as the first key message."""
    md = key_messages(summary_of_release(["tele-onthaal"]))
    # r20 TO #9: said, with its uncertainty (r21 TO #2: a range)
    # r23 (r22 TO #1): not in the key messages any more; the chapter gives it, hedged
    # r32c (r31 TO #4 fix): the rise marked as an estimate, once, with no estimated count
    # r47 (r46 TO #8): bullet 2 shorter: one 'naar schatting' for its ranges
    assert (
        # r56 (r56 TO #2, #5): 'naar schatting' before each estimate, one figure each, and the gap's 2020 share
        # r59 (r58 TO #2): once before the two counts, and the gap's 2020 share
        # r66 (r66 TO #2): and before 2020's estimate
        md.lower().count("naar schatting") == 3
        # r48 (r47 TO #3): 'rond … (tussen …)', one hedge; r41 (r40/r41 TO #2, #4): once was the gap's 2020 share
    )
    # r45: (r44 TO #7b) the rise and the year's estimate are two sentences now, each marked
    # r30 TO #5; r31 TO #4, #7: the story leads, the rise of the conversations not about corona as the least the
    # ranges allow ('ruim'), no 'naar schatting' and no count of the estimate
    assert (  # r45: (r44 TO #7a) the headline counts first
        # r47 (r46 TO findings): wording changed on purpose
        # r59 (r58 TO #2): pin follows the new wording
        "**Iets minder gesprekken, veel minder vaak coronagerelateerd:** in 2021 waren er 104.681 gesprekken, iets "
        "minder (−1,1 %) dan in 2020" in md  # r61 (r61 TO #1): pin follows the new wording
    )
    # r53 (r52 TO #5): the table's '≈' counts, one figure each
    # r56 (r55 TO #2): pin follows the new wording
    # r59 (r58 TO #2): pin follows the new wording
    # r61 (r61 TO #1): pin follows the new wording
    # r66 (r66 TO #2): pin follows the new wording
    assert "naar schatting 91.000" in md and "tegen naar schatting 80.300 in 2020" in md and "91.100" not in md
    chapter = flat(built()[0].text)
    assert (
        # r41 (r40/r41 TO #4): after the year's estimate
        "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in chapter  # r34; r37: its range
    )  # r30 TO #4: the other conversations' rise, once
    assert "Wat het jaar betekent" not in chapter  # #6: the level said once, in the opener


def test_the_report_says_what_it_is_first_and_no_tables_it_does_not_show():
    """#3, #4: 'Tele-Onthaal — jaarrapport 2021'; a sentence on tables per month the report never shows; filler."""
    params = load_params("2021-tele-onthaal")
    assert params.title == "Tele-Onthaal in 2021: kerncijfers"
    opening = flat(assemble.intro(params, ["helplines"]))
    # r26 TO #4: no production note after the key figures ('Over deze cijfers' says when it was compiled)
    assert "samengesteld" not in opening
    assert "geen tabellen per maand" not in opening and "vatten het rapport samen" not in opening
    assert assemble.key_figures_only(params)["earlier"] is False


def test_the_years_tables_mark_estimates_and_stay_number_columns():
    """#18: 'ongeveer 120.900' left-aligned beside right-aligned 137.669."""
    chapter = built()[0]
    years, channels = chapter.data["sections"]["tele-onthaal"].tables["years"], chapter.tables["channels"]
    assert "≈\u00a0120.900" in years["2019"].tolist() and "≈\u00a0120.900" in channels["2019"].tolist()
    for column in ("2019", "2020", "2021"):
        assert display._numeric(years[column]) and display._numeric(channels[column]), column
    assert not display._numeric(pd.Series(["ongeveer 120.900"]))


def test_the_conversion_chart_names_its_axis_and_its_hatching():
    """#18, #19; r20 TO #1: the chart is gone, no hatching to name."""
    assert not hasattr(charts, "CONVERSION_AXIS") and not hasattr(charts, "HATCHED")


def test_an_estimated_value_is_read_out_as_about():
    """#20: the alt text read '2019 120.900 (tussen ...)' as an exact count."""
    alt = flat(figures_alt.alt_text(charts._years(built()[0].data), "t"))
    assert "2019 ongeveer 120.900 (tussen 120.827 en 120.921)" in alt and "2021 137.669" in alt
