# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round 28 (r27 2021 and Tele-Onthaal readers): a bold lead, not a bold bullet; one legend for '≈'; the annual report
of 1712 said as what it is, a quote in the minister's answer; the websites' changes said alike; the key figures' row of
the website gives counts against both years."""

import re

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.presentation import caption_text

# r39 (r38 2021 #3): the exact share the difference comes to, the source's percentage beside it and why it does not fit
# r41 (r40/r41 TO #1, #8): the chapter no longer repeats both percentages (the summary's note and Table 3 give them)
WEBSITE_2020 = (  # r47 (r46 2021 #8): both percentages said in place
    # r52 (r51 TO #9, 2021 #8): both percentages in place again, no pointer to the annex
    # r59 (r58 TO #8): pin follows the new wording
    # r61 (r61 TO #2): pin follows the new wording
    "(210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies)"  # r53 (r52 2021 #9)
)


def test_the_tele_onthaal_bullet_bolds_only_its_lead():
    """2021 #11, TO #10: the whole bullet was bold, the other bullets bold only a short lead."""
    for helplines_ in (["1712", "tele-onthaal"],):  # r33f (r32 TO #10): alone, the counts are Table 1's
        md = summary_of_release(helplines_)
        # r30 TO #5; r31 (2021 #12): the calls, the conversations apart; r37 (r36 2021 #11): one bullet with the
        # corona story, its changes Table 1's
        # r44 (2021 #4): one bullet, its lead the helpline's name
        assert (
            # r47 (r46 TO #1): 'iets minder' by the Methods' rule
            # r61 (r59 2021 #5): 'iets minder' with the published changes, as the Methods say
            "- **Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). "
            "Van de gesprekken was 13 %" in md
        )
        assert "24,1 %).**" not in md and "**Tele-Onthaal kreeg" not in md


def test_approx_is_explained_in_one_wording_without_an_equals_sign():
    """2021 #16, TO #13: '≈ = schatting' in one table, '≈ = teruggerekend …' in the other; '≈ =' reads badly."""
    legend = "(≈: schatting)"  # r30 TO #11
    # r34: Table 2 also shows ranges, so its legend names them: '(≈ of een bereik: schatting)'; one wording still
    # r37 (r36 TO #8): '(≈ of een bereik: schatting)' was cryptic: Table 2 says it in a note under it, in words
    # r39: the captions are the chapter's captions.md (the wording unchanged)
    data = {"channels_of": ["X"], "years_of": None, "counted": "", "years_also": "", "units": "", "base_year": "",
            "growth_then": "", "growth_now": ""}  # fmt: skip
    captions = caption_text.render("chapters/helplines/captions.md", data).plain
    years, channels = captions["tbl_helpline_years"], captions["tbl_helpline_channels"]
    assert years.endswith(legend) and "≈ =" not in years
    assert "≈" not in channels and "teruggerekend" not in channels


def test_the_chat_quote_is_said_as_the_ministers_quote(persons_2021, plain):
    """2021 #17: 'Volgens het jaarverslag 2020 van 1712 …' beside 'Over deze cijfers': not built from that report."""
    text = plain(persons_2021.section("groups") + persons_2021.section("earlier"))
    # r29 2021 #8 (round 30): a plain attribution; r36 (r35 2021 #15, replaces 'Volgens het jaarverslag 2020 van 1712
    # is in de chat'): the quote said as the minister's, so it does not contradict 'Over deze cijfers'
    # r37 (r36 2021 #6): its year said and in the past tense, not read as the report's year
    assert (
        "Volgens het jaarverslag 2020 van 1712, zoals geciteerd in het antwoord van de minister, was in 2020 in de chat"
        in text
    )
    assert "Volgens het jaarverslag 2020 van 1712 is in de chat" not in text
    assert "citeert" not in text


def test_both_websites_get_a_percentage_where_one_holds():
    """2021 #13: Tele-Onthaal's website only in counts, Stop it Now!'s in percentages; the contested −17,9 % stays
    out of the chapter, the uncontested +84,2 % is said beside its count."""
    chapter = flat(built(("tele-onthaal", "stop-it-now"))[0].text)
    # r28 TO #8: both changes as percentages, with the earlier counts; the source's −17,9 % once
    # r31 TO #1: the exact difference, the share it comes to, and the source's 17,9 % once, said not to fit
    # r61 (r61 TO #2): pin follows the new wording
    said = "36.460 minder dan in 2020 " + WEBSITE_2020 + " en 79.554 of 84,2 % meer dan in 2019"
    assert said in chapter
    assert "Dat is 16 % meer dan in 2020 en 5 % minder dan in 2019." in chapter
    # r30 TO #3: why it does not fit is the annex's; r41 (r40/r41 TO #8): the 17,9 % too
    # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
    # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
    # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
    assert re.sub(r"\|.*\|", "", chapter).count("17,9") == 1  # r52 (r51 2021 #8): once, in place


def test_the_website_row_gives_counts_against_both_years():
    """TO #8: '−36.460 tegenover 2020; +79.554 (+84,2 %) tegenover 2019': a percentage for one year only."""
    md = summary_of_release(["tele-onthaal"])
    assert (
        # r44 (r43 TO #1): each change a count and its percentage
        # r45: (r44 TO #8) the published −17,9 % in the row, marked; the computed share is the note's
        # r61 (r61 TO #8): pin follows the new wording
        "| Websitebezoekers | 174.063 | −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; "
        # r61 (r61 TO #8): pin follows the new wording
        "+79.554 tegenover 2019 (+84,2 %) |"
    ) in md  # r31 TO #1; r33f: the difference and about the share it comes to; 2019 as a percentage
    assert (
        "+79.554 tegenover 2019 (+84,2 %)" in md
    )  # r61 (r61 TO #8); r44 (lead 3a): count and percentage together, not a bare count
