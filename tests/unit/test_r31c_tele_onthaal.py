"""Round 31c (r30 Tele-Onthaal review #1-#4, #6-#12, #14, #15; 2021 #12, #13): the story first (fewer corona
conversations, more that had nothing to do with corona, conversations level with the first corona year); the website
as its difference and the share it comes to, the source's 17,9 % once; the calls without a conversation in context;
'13.000 tot 14.000'; the chat conversion stated; 'oproepen' and 'gesprekken' in the glossary; the Methods' example from
the change alone; the checks in plain words."""

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters.data_quality.tables import CHECKED
from hulplijnen.chapters.helplines import conversion
from hulplijnen.pipeline.appendix import glossary_markdown


def test_the_chapter_opens_with_the_story():
    """TO #4, #7: the opening is what the corona split says, the other conversations as not about corona."""
    chapter = flat(built()[0].text)
    opening = (
        "In 2021 waren er minder gesprekken over corona dan in 2020, maar ruim 10.000 (ongeveer 13 %) meer gesprekken "
        "die niet met corona te maken hadden. Zo bleef het aantal gesprekken op het niveau van 2020, het eerste "
        "coronajaar."
    )
    assert opening in chapter and chapter.index(opening) < chapter.index("137.669 oproepen")
    assert "andere onderwerpen" not in chapter


def test_the_corona_count_of_2021_is_a_range_in_thousands():
    """TO #6, 2021 #13: 'ongeveer 13.600' claimed a precision the range 13.086 to 14.131 does not have."""
    chapter = flat(built()[0].text)
    assert "daalde van ongeveer 25.500 naar 13.000 tot 14.000" in chapter and "13.600" not in chapter
    assert " à " not in chapter


def test_the_website_gives_the_difference_its_share_and_the_sources_percentage_once():
    """TO #1: never '17 tot 18 %'; the difference, about 17 %, and the source's 17,9 % in one clause."""
    chapter = flat(built()[0].text)
    assert (
        "36.460 bezoekers minder, ongeveer 17 % minder dan in 2020 (de bron vermeldt 17,9 %, maar dat past niet bij "
        "het verschil van 36.460; zie de technische bijlage), en 84,2 % meer dan in 2019 (94.509 bezoekers)."
    ) in chapter
    assert "17 tot 18" not in chapter and chapter.count("17,9") == 1
    md = summary_of_release(["tele-onthaal"])
    assert "−36.460 (ongeveer −17 %; de bron vermeldt −17,9 %, wat niet bij dat verschil past) tegenover 2020" in md
    assert "17 tot" not in md


def test_the_calls_without_a_conversation_stand_in_context():
    """TO #2: as in 2019 and 2020 (each year's range the same rough fraction), by phone more often than by chat;
    never 'onbeantwoord'."""
    chapter = flat(built()[0].text)
    assert (
        "Zoals in 2019 en 2020 leidde in 2021 ongeveer één op de vier oproepen niet tot een gesprek (32.988 oproepen), "
        "bij de telefoon vaker (26 % van de oproepen via telefoon) dan bij de chat (14 % van de oproepen via chat)."
    ) in chapter
    assert "waarom, zegt de bron niet" not in chapter and "onbeantwoord" not in chapter
    md = summary_of_release(["tele-onthaal"])
    assert (
        "- **Meer oproepen dan gesprekken, zoals in 2019 en 2020:** in 2021 leidde ongeveer één op de vier oproepen "
        "niet tot een gesprek, bij de telefoon vaker (26 %) dan bij de chat (14 %)."
    ) in md
    assert "32.988 oproepen meer dan gesprekken" not in md


def test_the_summary_leads_with_the_story_and_the_counts_bullet_keeps_its_clauses_apart():
    """TO #4: the story the first key message; 2021 #12: the changes with the calls, the conversations apart."""
    md = summary_of_release(["tele-onthaal"])
    first = md.index("- **")
    assert md[first:].startswith("- **Minder gesprekken over corona, meer andere gesprekken:**")
    assert (
        "- **Tele-Onthaal** kreeg 137.669 oproepen (−1 % tegenover 2020, +13,9 % tegenover 2019) en voerde 104.681 "
        "gesprekken."
    ) in md
    assert "| Aandeel coronagerelateerde gesprekken | 13 % | 24,1 % in 2020 |" in md  # TO #14


def test_the_chat_conversion_is_said_plainly_and_the_two_chat_shares_apart():
    """TO #8: the share of chat calls that became a conversation, 2019 against 2021, and the phone's."""
    chapter = flat(built()[0].text)
    assert (
        "Van de oproepen via chat leidde in 2021 86 % tot een gesprek, tegenover ongeveer 75 % in 2019; via telefoon "
        "was dat 74 %, tegenover ongeveer 75 %."
    ) in chapter
    assert "Het aandeel van chat in de gesprekken (niet in de oproepen: daar was het 14 %)" in chapter


def test_the_history_rule_on_tiny_ranges():
    """The years before count only where their ranges give the same rough fraction as this year."""
    facts = built()[1]
    values = facts.values()
    assert values["tele-onthaal.calls_without_conversation.share_of_calls_pct.2019"] == 25
    assert values["tele-onthaal.conversations_chat.share_of_calls_chat_pct.2019"] == 75
    assert conversion.NO_CONVERSATION == "calls_without_conversation"


def test_the_glossary_has_oproepen_and_gesprekken_for_tele_onthaal_and_no_kanaalaandeel():
    """TO #3: the two central words, what is known and that the source does not define them."""
    glossary = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ["tele-onthaal"]))
    assert "**oproepen** : Bij Tele-Onthaal: wat de hulplijn via telefoon en chat binnenkreeg." in glossary
    assert "**gesprekken** : Bij Tele-Onthaal: de gesprekken die de hulplijn via telefoon en chat voerde." in glossary
    assert "kanaalaandeel" not in glossary.lower()


def test_the_checks_are_said_as_the_published_figures():
    """TO #12: the checks are on the published figures, not on this report's own text."""
    assert CHECKED["key_figures"] == "of de gepubliceerde cijfers met elkaar kloppen"
