# r54 (r54 TO #3): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 31c (r30 Tele-Onthaal review #1-#4, #6-#12, #14, #15; 2021 #12, #13): the story first (fewer corona
conversations, more that had nothing to do with corona, conversations level with the first corona year); the website
as its difference and the share it comes to, the source's 17,9 % once; the calls without a conversation in context;
'13.000 tot 14.000'; the chat conversion stated; 'oproepen' and 'gesprekken' in the glossary; the Methods' example from
the change alone; the checks in plain words."""

from r39_wording import CHAT, GAP, PHONE  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters.data_quality.tables import CHECKED
from hulplijnen.chapters.helplines import conversion
from hulplijnen.pipeline.glossary import glossary_markdown

# r39 (r38 2021 #3): the exact share the difference comes to, the source's percentage beside it and why it does not fit
# r41 (r40/r41 TO #1, #8): the chapter no longer repeats both percentages (the summary's note and Table 3 give them)
WEBSITE_2020 = (  # r47 (r46 2021 #8): both percentages said in place
    # r52 (r51 TO #9, 2021 #8): both percentages in place again, no pointer to the annex
    # r59 (r58 TO #8): pin follows the new wording
    # r61 (r61 TO #2): pin follows the new wording
    "(210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies)"  # r53 (r52 2021 #9)
)


def test_the_chapter_opens_with_the_story():
    """TO #4, #7: the opening is what the corona split says, the other conversations as not about corona."""
    chapter = flat(built()[0].text)
    # r32 TO #4: no causal 'Zo'; r34 TO #1: the published facts, the estimate the corona paragraph's; r35 TO #2: that
    # story is the summary's key message: the chapter opens with the calls, the corona facts once, in their paragraph
    assert chapter.startswith("In 2021 telde Tele-Onthaal 137.669 oproepen")  # r38 (r37 TO #15): no box words
    assert "maar minder gesprekken hadden met corona te maken" not in chapter
    assert "andere onderwerpen" not in chapter


def test_the_corona_count_of_2021_is_a_range_in_thousands():
    """TO #6, 2021 #13: 'ongeveer 13.600' claimed a precision the range 13.086 to 14.131 does not have."""
    chapter = flat(built()[0].text)
    # r32 TO #13: the range reads as one ('tussen … en …'), no 'ongeveer' on one side and a range on the other
    # r37 (r36 TO #11): the range beside its 'rond' count, as precise as 2020's (a bare range beside it read oddly)
    assert "lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen 13.000 en 14.200" in chapter
    assert " à " not in chapter


def test_the_website_gives_the_difference_its_share_and_the_sources_percentage_once():
    """TO #1: never '17 tot 18 %'; the difference, about 17 %, and the source's 17,9 % in one clause."""
    chapter = flat(built()[0].text)
    assert (
        (  # r32 TO #3: one short clause, the why the annex's
            "174.063 bezoekers in 2021: 36.460 minder dan in 2020 "
            + WEBSITE_2020
            + " en 79.554 of 84,2 % meer "  # r61 (r61 TO #2)
            "dan in 2019 (94.509 bezoekers)."
        )
        in chapter
    )
    # r32 2021 #4: the tables' and the annex's; r41 (r40/r41 TO #8): the 17,9 % too (the summary's note, Table 3)
    # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
    # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
    # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
    assert "17 tot 18" not in chapter and chapter.count("17,9") == 1  # r52 (r51 TO #9): once, in place; r49
    md = summary_of_release(["tele-onthaal"])
    assert (
        # r61 (r61 TO #8): pin follows the new wording
        "| −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; +79.554 tegenover 2019 (+84,2 %) |" in md
    )  # r41 (r40/r41 TO #1)
    assert "17 tot" not in md


def test_the_calls_without_a_conversation_stand_in_context():
    """TO #2: as in 2019 and 2020 (each year's range the same rough fraction), by phone more often than by chat;
    never 'onbeantwoord'."""
    chapter = flat(built()[0].text)
    assert (
        (  # r32 TO #1: a difference of two counts, never calls that 'did not lead to' a conversation
            # r36 TO #5: the share the same; r37 (r36 TO #3): said in one sentence, the channels a sentence each
            GAP + " "
            # r38 (r37 TO #6): what the gap's cause is, not 'de andere oproepen'
            "Waar dat verschil vandaan komt (oproepen die niemand beantwoordde, waarbij de oproeper inhaakte of "
            "niets zei, of die herhaald werden), is "
            # r63 (r63 2021-tele-onthaal #1): 'niet zonder meer', not 'geen maat'
            "niet bekend; het verschil is dus niet zonder meer het aantal onbeantwoorde oproepen. "  # r34 TO #2
             + PHONE
        )
        in chapter
        and CHAT in chapter
    )
    assert "niet tot een gesprek" not in chapter and chapter.count("onbeantwoord") == 1  # r34 TO #2
    md = summary_of_release(["tele-onthaal"])
    # r33f (r32 TO #1): the same share as in the years before is no key message; the chapter says it
    # r41 (r40/r41 TO #2): the gap a key message again, never as calls that led to a conversation
    # r47 (r46 TO findings): wording changed on purpose
    gap = (  # r42 (TO #4)
        # r56 (r55 TO #5): pin follows the new wording
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        "er waren 32.988 oproepen meer dan gesprekken"  # r53 (r52 TO #7)
    )
    assert gap in md and "leidden tot een gesprek" not in md
    assert "niet tot een gesprek" not in md


def test_the_summary_leads_with_the_story_and_the_counts_bullet_keeps_its_clauses_apart():
    """TO #4: the story the first key message; 2021 #12: the changes with the calls, the conversations apart."""
    md = summary_of_release(["tele-onthaal"])
    first = md.index("- **")
    # r47 (r46 TO findings): wording changed on purpose
    assert md[first:].startswith("- **Iets minder gesprekken, veel minder vaak coronagerelateerd:**")  # r34 TO #1
    assert (  # r33f (r32 TO #10): the counts are Table 1's; the channels one finding; r34 TO #6: the level once
        "- **Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % meer"
    ) in md  # r36 TO #3
    assert "| Aandeel coronagerelateerde gesprekken | 13 % | 24,1 % in 2020 |" in md  # TO #14


def test_the_chat_conversion_is_said_plainly_and_the_two_chat_shares_apart():
    """TO #8, r32 TO #6, #9: no share of a channel's calls that 'led to' a conversation (86 % meant three things), no
    share of the conversations beside the share of the calls; the paragraph short."""
    chapter = flat(built()[0].text)
    assert "tot een gesprek" not in chapter and "daar was het" not in chapter
    channel = chapter[chapter.index("**Per kanaal.**") :]
    channel = channel[: channel.index("@tbl-helpline-channels")]
    assert channel.count("%") <= 5


def test_the_history_rule_on_tiny_ranges():
    """The years before count only where their ranges give the same rough fraction as this year."""
    facts = built()[1]
    values = facts.values()
    assert 24 < values["tele-onthaal.calls_without_conversation.share_of_calls_pct.2019.low"] < 25  # r33: the ends
    assert 24 < values["tele-onthaal.calls_without_conversation.share_of_calls_pct.2019.high"] < 25
    assert conversion.NO_CONVERSATION == "calls_without_conversation"


def test_the_glossary_has_oproepen_and_gesprekken_for_tele_onthaal_and_no_kanaalaandeel():
    """TO #3: the two central words, what is known and that the source does not define them."""
    glossary = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ["tele-onthaal"]))
    # r32 TO #12: plain words, not the word itself
    # r33f (r32 TO #7): the report's reading, not a definition of the source's
    # r37 (r36 TO #4): the source's word and what it presumably means, not 'In dit rapport' (read as a definition)
    assert (
        "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand de hulplijn belde of een "
        "chat met de hulplijn begon," in glossary
    )
    # r64 (r64 TO #3)
    assert "**gesprekken** : De bron omschrijft het niet; vermoedelijk een oproep via telefoon of chat" in glossary
    assert "kanaalaandeel" not in glossary.lower()


def test_the_checks_are_said_as_the_published_figures():
    """TO #12: the checks are on the published figures, not on this report's own text."""
    assert CHECKED["key_figures"] == "of de gepubliceerde cijfers met elkaar kloppen"
