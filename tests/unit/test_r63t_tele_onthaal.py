"""Round r63t: the fresh reader's findings on the Tele-Onthaal 2021 release (/work/review/r63, #1-#5; r62 #7), each
pinned on its new text; each test failed on the text before."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release
from test_tele_onthaal_r16 import _records

from hulplijnen.config.params import load_params
from hulplijnen.pipeline.about import about_markdown, estimate_words
from hulplijnen.pipeline.glossary import glossary_markdown


def test_r63_1_the_gap_is_not_simply_the_unanswered_calls():
    """#1: 'geen maat voor onbeantwoorde oproepen' read as 'nothing to do with unanswered calls'."""
    chapter = flat(built()[0].text)
    assert "het verschil is dus niet zonder meer het aantal onbeantwoorde oproepen." in chapter
    assert "geen maat" not in chapter and chapter.count("onbeantwoord") == 1


def test_r63_2_about_these_figures_points_to_the_methods_for_what_ongeveer_means():
    """#2: the clauses on 'ongeveer' before a number and 'ongeveer evenveel/even groot' are the annex's detail."""
    chapter = built()[0]
    words = estimate_words(chapter.text + "\n" + summary_of_release(["tele-onthaal"]))
    about = flat(about_markdown(load_params("2021-tele-onthaal"), _records(), True, marked=True, words=words))
    assert (
        "Cijfers met ≈ of „naar schatting” zijn schattingen, net als een bereik („tussen … en …”); hoe ze berekend "
        "zijn en wat „ongeveer” en vergelijkingen als „ongeveer even groot” precies betekenen, staat in de Methoden."
    ) in about
    assert "vóór een getal" not in about and "vergelijken twee cijfers" not in about
    # only the words the text uses
    alone = flat(about_markdown(load_params("2021-tele-onthaal"), _records(), True, words=words | {"about": False}))
    assert "wat vergelijkingen als „ongeveer even groot” precies betekenen, staat in de Methoden." in alone


def test_r63_3_the_glossary_defines_the_two_derived_terms_where_the_text_uses_them():
    """#3: 'andere gesprekken' and 'verschil tussen oproepen en gesprekken' carry key messages, undefined; what the
    gap consists of, the source does not say (no cause invented)."""
    shown = "er waren andere gesprekken; het verschil tussen oproepen en gesprekken"
    glossary = flat(glossary_markdown(shown, ["tele-onthaal"]))
    assert (
        "**andere gesprekken** : Alle gesprekken min de coronagerelateerde; hun aantal is een schatting van dit "
        "rapport."
    ) in glossary
    assert (
        "**verschil tussen oproepen en gesprekken** : Het aantal oproepen min het aantal gesprekken; waaruit dat "
        "bestaat, zegt de bron niet."
    ) in glossary
    # only where the text uses them, and only for a release with Tele-Onthaal
    assert "andere gesprekken**" not in flat(glossary_markdown("gesprekken", ["tele-onthaal"]))
    assert "verschil tussen oproepen" not in flat(glossary_markdown(shown, ["1712"]))
    # with other helplines the gap heads no key message (one table note): not defined there (2021's annex page)
    several = flat(glossary_markdown(shown, ["1712", "tele-onthaal", "stop-it-now"]))
    assert "**andere gesprekken**" in several and "verschil tussen oproepen en gesprekken**" not in several


def test_r63_4_table_1_points_to_the_table_that_reads_the_channel_shares_as_of_the_calls():
    """#4: 'telefoon 86 %, chat 14 % van de oproepen' with no pointer to why; by a cross-reference, not a number. A
    report of several helplines keeps the row short (r58 2021 #5)."""
    md = summary_of_release(["tele-onthaal"])
    calls, talks = md.split("| Oproepen per kanaal |")[1].split("| Gesprekken per kanaal |")
    # r66 (r66 TO #3): the at-a-glance table sends no reader to that audit table; its counts point to the chapter's
    # table where the helplines chapter recorded them (test_r66k)
    assert calls.rstrip().endswith("118.408 via telefoon en 19.261 via chat |"), calls
    assert "@tbl-unclear-bases" not in talks.split("| Aandeel")[0]
    several = summary_of_release(["1712", "tele-onthaal", "stop-it-now"])
    row = several.split("| Tele-Onthaal: oproepen per kanaal |")[1].split("| Stop it Now!")[0]
    assert "19.261 via chat |" in row and "@tbl-unclear-bases" not in row


def test_r63_5_the_far_fall_of_chats_gap_share_says_its_cause_is_not_known():
    """#5: chat's share fell 11 points since 2019, the chapter's biggest shift; why, the source does not say."""
    chapter = flat(built()[0].text)
    assert (
        "Via chat was het 14,1 %, ongeveer even groot als in 2020 (naar schatting 14,0 %) en veel lager dan in 2019 "
        # r66 (r66 TO #1): the shift dated by the later year of about the same share, not "sinds 2019"
        "(naar schatting 25,1 %); waarom het tussen 2019 en 2020 zo sterk daalde, is niet bekend."
    ) in chapter
    # the telephone's share moved slightly only: no clause
    assert chapter.count("zo sterk") == 1 and "(naar schatting 24,8 %)." in chapter


def test_r62_7_calls_per_day_in_the_calls_paragraph_conversations_per_day_in_theirs():
    """r62 #7: 'Per dag waren er gemiddeld 377 oproepen en 287 gesprekken' in the paragraph on the conversations."""
    chapter = built()[0]
    calls = flat(chapter.section("helpline")[0])
    assert "iets minder dan in 2020 (−1 %). Per dag waren er gemiddeld 377 oproepen." in calls
    text = flat(chapter.text)
    assert "(−1,1 %). Per dag waren er gemiddeld 287 gesprekken." in text
    assert "377 oproepen en 287 gesprekken" not in text and text.count("Per dag") == 2
