# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 29d (r28 Tele-Onthaal review #1, #2, #4-#13; 2021 #3, #8): what the source calls 'oproepen' and 'gesprekken'
and that it does not say what each counts, in the glossary; no conversations per 100 calls in chapter or annex; the
count well above 2019 first; the other conversations estimated once; the channel paragraph split and without
caveats; the corona count of 2021 as a range rounded outwards; the website's changes alike, with the earlier counts;
the base of the channel shares in the glossary; a derived share with 'ongeveer'; no annex table repeating Tabel 1 and
2; an axis title on Figure 1; the web address 'niet bekend'."""

import matplotlib.pyplot as plt
import pandas as pd
from test_helplines_r13 import built, flat, summary_of_release
from test_r27d_tele_onthaal import _methods

from hulplijnen.chapters.helplines import charts, corona
from hulplijnen.facts import FactSheet
from hulplijnen.maths.intervals import Interval
from hulplijnen.pipeline.glossary import glossary_markdown

# r39 (r38 2021 #3): the exact share the difference comes to, the source's percentage beside it and why it does not fit
# r41 (r40/r41 TO #1, #8): the chapter no longer repeats both percentages (the summary's note and Table 3 give them)
WEBSITE_2020 = (  # r47 (r46 2021 #8): both percentages said in place
    # r52 (r51 TO #9, 2021 #8): both percentages in place again, no pointer to the annex
    # r59 (r58 TO #8): pin follows the new wording
    # r61 (r61 TO #2): pin follows the new wording
    "(210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies)"  # r53 (r52 2021 #9)
)


def test_the_glossary_says_what_the_source_calls_both_counts_and_that_it_does_not_say_what_they_count():
    """TO #1: the two main measures were never in the glossary."""
    glossary = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ["tele-onthaal"]))
    # r30 TO #7: no circular entries; r31 TO #3: each entry says what the source counts and that it does not say
    # what an 'oproep' or a 'gesprek' is
    # r33f (r32 TO #7): the report's reading, said as such
    # r37 (r36 TO #4): the source's word and what it presumably means, not 'In dit rapport' (read as a definition)
    said = "De bron omschrijft het niet; vermoedelijk"
    assert f"**oproepen** : {said}" in glossary and f"**gesprekken** : {said}" in glossary
    assert "In dit rapport" not in glossary
    assert (
        "zegt ook niet of een oproep die niemand beantwoordde, een stille of een afgebroken" in glossary
        and "zegt ook niet vanaf welke lengte een contact als gesprek" in glossary
    )
    assert "wat elk woord telt" not in glossary
    both = flat(glossary_markdown("de oproepen en de contacten", ["1712", "tele-onthaal"]))
    # r34a (2021 #15): each helpline's use under its name, once; r37 (r36 TO #4): as the source uses the word
    assert both.count("Bij Tele-Onthaal: de bron omschrijft het niet;") == 1  # r49 (r48 TO #10)


def test_the_channel_share_entry_names_the_missing_base():
    """TO #9: the glossary stated as fact what the annex calls a reading."""
    glossary = flat(glossary_markdown("het kanaal", ["tele-onthaal"]))
    # r30 TO #7: the entry without audit text; the base is the annex's (Tabel 4); r31 TO #3: 'kanaalaandeel' is only
    # an annex table's label, so no entry; the channel entry names the channels only
    assert "**kanaal** : De weg waarlangs een oproep binnenkomt. Bij Tele-Onthaal: telefoon en chat." in glossary
    assert "kanaalaandeel" not in glossary.lower() and "noemt de bron de basis" not in glossary


def test_no_conversations_per_100_calls_in_the_chapter_or_the_annex():
    """TO #2, 2021 #3: '74 op de 100 oproepen' and the annex's six 'gesprekken per 100 oproepen' rows."""
    chapter, _ = built()
    text = flat(chapter.text)
    assert "op de 100" not in text and "per 100" not in text and "wat elk woord telt" not in text
    assert not chapter.tables["years_all"]["Cijfer"].str.contains("per 100").any()
    methods = _methods()
    assert "32.988" not in methods  # r30 TO #1: the chapter's, not again in the annex
    assert "per 100" not in methods and "bereikbaarheid" not in methods


def test_the_lead_says_the_calls_stayed_well_above_2019_then_level_with_2020():
    """TO #4: 'ongeveer evenveel als in 2020' read as a return to normal."""
    text = flat(built()[0].text)
    # r34 (2021 #2, the lead's decision): only beside the 2019 total the other conversations are compared with
    # r36 TO #12: and in Table 2's note on the empty 2019 cell
    assert text.count("vóór corona") == 2 and "alle gesprekken in 2019, vóór corona" in text
    assert "(2019, vóór corona);" in text  # r56 (r55 TO #7): the note goes on
    assert (
        "137.669 oproepen (@fig-helpline-years). Dat is 13,9 % meer dan in 2019 en iets minder "
        "dan in 2020 (−1 %)."  # r30 TO #8: no 'vóór corona' in text
    ) in text
    md = summary_of_release(["tele-onthaal"])
    # r31 (2021 #12): the calls' changes in brackets, the conversations apart; the level is the story bullet's
    assert (
        "kreeg 137.669 oproepen" not in md  # r33f (r32 TO #10): the counts are Table 1's
        # r34; r45: (r44 TO #7a) the headline counts first, the published −1,1 % beside 'ongeveer evenveel'
        # r47 (r46 TO findings): wording changed on purpose
        # r59 (r58 TO #2): pin follows the new wording
        # r61 (r61 TO #1): pin follows the new wording
        and "gesprekken, iets minder (−1,1 %) dan in 2020, het eerste coronajaar" in md
        and md.count("vóór corona") == 0  # r49 (r48 TO #1): the lead's form, no 'vóór corona'
    )


def test_the_other_conversations_are_estimated_once_and_the_corona_count_of_2021_is_a_range_rounded_outwards():
    """TO #4, #7, 2021 #8: 'ruim 13.000' leaned to the low end of 13.086 to 14.131; the other conversations' rise."""
    chapter, facts = built()
    text = flat(chapter.text)
    # r30 TO #4: the message, each count 'ongeveer'; the ranges are the annex table's
    # r31 TO #6, #7: the 2021 count as the thousands it lies between; the rise of the conversations not about corona
    # once, in the opening
    # r37 (r36 TO #1, #11): 2021's range beside its 'rond' count; the rise as the range both ends of which are known
    assert (
        "Het aantal coronagerelateerde gesprekken lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen "
        "13.000 en 14.200."
    ) in text
    assert (
        "ruim 10.000" not in text
        # r41 (r40/r41 TO #4): the year's estimate, then the rise
        and "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in text
    )
    # r39 (r38 TO #13): the 2021 range of the other conversations is in Table 2's note; r41 (r40/r41 TO #4): and in
    # the sentence that opens with it, the rise after it
    # r44 (r43 TO #8, #9): no longer in the note, only in the chapter's sentence
    assert text.count("tussen 90.500 en 91.600") == 1 and "ruim 13.000" not in text
    assert facts.get("tele-onthaal.corona_conversations.2021.between_high") == 14_200
    k = ("corona_conversations", 2021)
    found = corona.outward("x", 2021, k, Interval(13_086, 14_131), FactSheet("t", 2021), "s")
    assert (found["between_low"], found["between_high"]) == (13_000, 14_200)
    rows = chapter.tables["years_all"]
    assert (rows["Cijfer"] == "andere gesprekken").sum() + rows["Cijfer"].str.contains("andere").sum() >= 2


def test_the_channel_paragraph_is_the_facts_and_the_derived_share_is_about_a_whole_percent():
    """TO #5, #10: one paragraph of shares, growth, ratio and caveats; '15,8 % in 2020' from ranges."""
    text = flat(built()[0].text)
    assert (
        "Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen."
    ) in text  # r31 TO #8: the two chat shares bridged
    # r36 TO #6: chat's 15,8 % of the conversations of 2021 in a sentence naming its base; none of 2020's
    assert "15,8 % in 2020" not in text and "bereikbaarheid" not in text
    assert "Van de gesprekken liep 84,2 % via telefoon en 15,8 % via chat." in text
    md = summary_of_release(["tele-onthaal"])
    # TO #6: the counts per channel are the chapter's, not the summary's bullet again
    # r30 TO #6: said once, in bullet 1; r34: there also the other conversations against 2019
    # r38 (r37 TO #3): the bullet's lead says 'ongeveer evenveel' too, as its body
    # r47 (r46 TO #1): 'iets minder' in the lead and bullet 1 (−1,1 %); 'ongeveer evenveel' only against 2019
    assert (
        # r56 (r55 TO #4): no 'ongeveer evenveel als alle gesprekken in 2019' in the summary any more
        md.lower().count("ongeveer evenveel") == 0 and md.lower().count("iets minder") == 2 and "88.128" in md
    )  # r49 (r48 TO #4): Tabel 1's row


def test_the_website_gives_both_changes_as_percentages_with_the_earlier_counts():
    """TO #8: '36.460 minder dan in 2020 en 79.554 meer dan in 2019 (84,2 % meer)'."""
    text = flat(built()[0].text)
    assert (
        "De website kreeg 174.063 bezoekers in 2021: 36.460 minder dan in 2020 "
        + WEBSITE_2020
        + " en 79.554 of 84,2 % meer dan in "  # r61 (r61 TO #2)
        "2019 (94.509 bezoekers)." in text  # r30 TO #3; r31 TO #1: the exact difference, the source's 17,9 %
    )
    # r41 (r40/r41 TO #8): the source's 17,9 % is the summary's note's and Table 3's
    assert (
        (
            # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
            # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
            text.count("17,9") == 1  # r52 (r51 TO #9): once, in place; r49
            # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
        )
        and "(210.523 bezoekers, −17,3 %" in text  # r61 (r61 TO #2); r59 (r58 TO #8): the 2020 count beside its change
        and "17 tot 18" not in text
    )


def test_no_annex_table_repeats_the_key_figures_and_the_channel_table():
    """TO #11: 'Alle kerncijfers zoals gepubliceerd' repeated Tabel 1 and Tabel 2."""
    chapter, facts = built()
    assert chapter.tables["published"] is None or chapter.tables["published"].empty
    assert "tbl-appendix-helpline-published" in facts.not_shown
    several, _ = built(("1712", "tele-onthaal", "stop-it-now"))
    assert not several.tables["published"].empty


def test_the_chart_of_the_years_has_an_axis_title():
    """TO #12: no axis title, small ticks."""
    rows = pd.DataFrame(
        {"year": [2020, 2021], "measure": ["calls", "calls"], "low": [10.0, 12.0], "high": [10.0, 12.0], "exact": True}
    )
    fig = charts.calls_conversations(rows, "t", {})
    assert fig.axes[0].get_ylabel() == "aantal per jaar"  # r33 TO #16: vertical columns
    plt.close(fig)


def test_the_web_address_is_not_known():
    """TO #13: 'Haar webadres is niet bewaard'."""
    text = open("data/provenance.yml", encoding="utf-8").read()
    # r53 (r52 TO #8)
    # r56 (r55 TO #3): pin follows the new wording
    # r56 (r55 TO #3): the page's title as the source gives it, the address said neutrally
    # r59 (r58 TO #5): one sentence, 'niet vermeld' was ambiguous
    assert (
        # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
        "het webadres van die pagina is niet bekend." in text and "(webadres niet vermeld)" not in text
    )
