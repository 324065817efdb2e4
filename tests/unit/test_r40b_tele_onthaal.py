# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""r40 (r39 2021 #6; Tele-Onthaal #1, #3): the chapter judges a gap in the annex rule's own words, the annex says only
counts are rounded outward, and the summary's website share carries Table 1's mark. Each test fails on the r39 text."""

from r39_wording import CHAT, GAP, PHONE
from test_helplines_r13 import summary_of_release
from test_tele_onthaal_r12 import chapter_text, flat

from hulplijnen.chapters.helplines.conversion import judged
from hulplijnen.maths.intervals import Interval
from hulplijnen.presentation import text


def test_the_gap_is_judged_in_the_rule_s_words():
    """2021 #6: 'even groot' three times where Methods calls it 'ongeveer even groot'; 'kleiner/groter' are no words
    of the rule ('lager/hoger')."""
    said = flat(chapter_text())
    assert GAP in said and PHONE in said and CHAT in said
    # r47 (r46 2021 #7): the total's; the channels' estimates are the table's
    # r51 (r50 TO #2): each channel's compared years with their estimates too
    assert said.count("ongeveer even groot als in 2020 (naar schatting") == 3
    assert " is even groot" not in said and ", even groot" not in said
    assert "kleiner dan in 2019" not in said and "groter dan in 2019" not in said
    # the rule itself unchanged; r41 (r40/r41 TO #3): with its third step ('far')
    assert judged(14.1, Interval(13.9, 14.1)) == {"trend": "same", "slight": False, "far": False}


def test_only_counts_are_rounded_outward():
    """TO #1: 'Een bereik dat de tekst afrondt, is naar buiten afgerond' while '25,49 % tot 25,64 %' reads
    '25,5 tot 25,6 %': the rule names counts, and says a range of percentages is rounded as usual."""
    outward = {"exact_low": 13086, "exact_high": 14131, "low": 13000, "high": 14200}
    context = {"marked": False, "words": {}, "derived": True, "example": None, "one_chapter": True, "unlike": False}
    md = flat(
        text.render("methods.md", prose=False, every_value_used=False, outward=outward, about_the_same=None, **context)
    )
    assert "Een bereik dat de tekst afrondt" not in md
    assert "Een bereik van aantallen dat de tekst afrondt, is naar buiten afgerond" in md
    assert (
        # r61 (r61 TO #5): each rule an item of a list
        "„tussen 13.000 en 14.200”. - *Percentages.* Een berekend bereik van percentages staat in de tekst gewoon op "
        "één decimaal afgerond." in md
    )


def test_the_summary_s_website_share_carries_table_1_s_mark():
    """TO #3: '17,3 % minder websitebezoekers' without a word that the source prints −17,9 %."""
    md = summary_of_release(["tele-onthaal"])
    assert (  # r41 (r40/r41 TO #1): the published count and difference lead
        # r52 (lead's decision D): the headline says both directions, the count what it counts and its year
        "- **Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan "
        "in 2020 en 79.554 meer (+84,2 %) dan in 2019."
    ) in md
    # r41 (r40/r41 TO #1): Table 1 the published difference; the note under the bullets gives both percentages
    # r45: (r44 TO #8) the note says the two published figures do not agree, the computed share first
    assert (
        # r61 (r61 TO #8): pin follows the new wording
        "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in md
        # r47 (r46 TO findings): wording changed on purpose
        and "¹ De bron geeft 36.460 bezoekers minder én −17,9 %."  # r52: (r51 TO #4) the note's new wording in md
        and "De bron geeft −17,9 %" not in md
    )
