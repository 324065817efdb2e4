# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 27d (r26 Tele-Onthaal review #1, #2, #4-#7, #11-#15; 2021 #13): the conversations per 100 calls only with
their condition and never as an answer rate, chapter and annex telling one story; no contested percentage, note or
production note in the summary; each headline number once in the summary; the corona count of a whole percent as
'ruim 13.000'; chat's calls beside its conversations; no false contrast in the lead; no empty glossary entries; a
plain 'Over deze cijfers'; one rounding in Table 2; a level in the year's cell of Table 7 and the disputed percentage
marked."""

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen import chapters
from hulplijnen.chapters.helplines import channel_years, tables
from hulplijnen.config.params import load_params
from hulplijnen.config.paths import PACKAGE
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation import text


def _methods() -> str:
    facts = FactSheet("helplines", 2021)
    chapters.helplines.whole(2021, ["tele-onthaal"], facts)
    values = {r["key"]: r["value"] for r in facts.records()}
    return flat(
        text.render(
            chapters.spec("helplines").methods,
            every_value_used=False,
            params=load_params("2021-tele-onthaal"),
            timings=False,
            not_shown={},
            values=values,
        )
    )


def test_the_ratio_stands_with_its_condition_and_is_no_answer_rate():
    """TO #2, 2021 #13: '74 op de 100 oproepen werden een gesprek' read as an answer rate (r28 TO #2: dropped)."""
    chapter = flat(built()[0].text)
    assert "de bron omschrijft niet wat elk woord telt" not in chapter and "op de 100 oproepen" not in chapter
    assert "Niet elke oproep werd een gesprek" not in chapter


def test_the_annex_tells_the_same_story_and_no_longer_keeps_the_gap_out_of_the_chapter():
    """TO #2: the annex said the difference stays out of the chapter 'daarom', while the chapter gave the ratio; TO #1:
    no worked example of the ranges, no rounding rule of the per-100 values."""
    methods = _methods()
    assert "Daarom staat dat verschil niet in het hoofdstuk" not in methods
    assert "de bron verklaart dat verschil niet" not in methods  # r30 TO #1: the chapter says it, once
    assert "per 100 oproepen" not in methods
    assert "Een voorbeeld uit dit rapport" not in methods and "**Gesprekken per 100 oproepen.**" not in methods


def test_the_summary_has_no_contested_percentage_no_note_and_no_production_note():
    """TO #4: '−36.460 (−17,9 %)¹' and its note, then 'Dit rapport werd in 2026 samengesteld' after the key figures."""
    md = summary_of_release(["tele-onthaal"])
    # r30 TO #9; r31 TO #1; r33f (r32 TO #3): the difference and the share it comes to, the source's −17,9 % once,
    # in a note pointing to the annex's table
    assert (
        # r61 (r61 TO #8): pin follows the new wording
        "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in md
    )  # r41 (r40/r41 TO #1): the published difference
    # r40 (TO r39 #3): the key message's 17,3 % carries the note's mark too (a third ¹), the −17,9 % still once
    # r45: (r44 TO #8) −17,9 % in the row and in the note that it does not fit the difference: twice
    assert "ongeveer 17 %" not in md and md.count("17,9") == 2 and md.count("¹") == 3 and "@tbl-inconsistencies" in md


def test_each_headline_number_is_said_once_in_the_summary():
    """TO #5: the bullets and Table 1 said 137.669 (−1 %, +13,9 %) and 174.063 (36.460, 79.554) twice."""
    md = summary_of_release(["tele-onthaal"])
    # r52 (lead's decision D): the website headline now says '174.063 bezoekers in 2021' (the count with what it
    # counts); still said once in the bullets and once in Table 1
    assert "137.669 oproepen:" not in md
    assert md.count("174.063 bezoekers") == 1
    # r33f (r32 TO #10): the bullets state the findings, Table 1 alone carries the counts and their changes;
    # r41 (r40/r41 TO #1): the website's bullet leads with its published count and difference, as the reader asked
    messages, figures = md.split("## Kerncijfers")
    # r52 (lead's decision D): the note under the bullets now names the count it computes from: three in all
    assert md.count("174.063") == 3 and "+13,9 %" not in messages and figures.count("+13,9 %") == 1
    # r36 TO #3: the conversations' total change leads the channel bullet (the reader asked for it), Table 1 keeps its
    # row; the calls' count and changes stay Table 1's alone
    # r45 (r44 TO #7a): the first bullet gives the headline counts (the calls once, beside the conversations)
    # r59 (r58 TO #2): the calls are Table 1's alone again
    assert messages.count("137.669") == 0 and messages.count("15,3 %") == 1 and "gesprekken in totaal" in messages


def test_the_lead_has_no_false_contrast():
    """TO #11: '…, al gingen minder gesprekken over corona'."""
    md = summary_of_release(["tele-onthaal"])
    assert "al gingen minder" not in md
    # r31 TO #4: the story leads; the level follows from the split, no 'al' or 'maar' contrast; r33f (r32 TO #5):
    # two sentences
    # r34 TO #1: the published facts first, the estimate second
    assert (
        "**Iets minder gesprekken, "
        # r45 (r44 TO #7a, #7b): the headline counts first; a neutral lead for the other conversations
        "veel minder vaak coronagerelateerd:** in 2021 waren er 104.681 gesprekken, iets minder "
        # r61 (r61 TO #1): the change beside its words; the other conversations a bullet of their own
        "(−1,1 %) dan in "
        # r47 (r46 TO findings): wording changed on purpose
        # r48 (r47 TO #10)
        # r56 (r55 TO #1): pin follows the new wording
        # r59 (r58 TO #2): pin follows the new wording
        "2020, het eerste coronajaar. Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %. "
        # r52 (lead's decision A): the other conversations in the same bullet, no bullet of their own
        # r66 (r66 TO #4): pin follows the new wording
        "- **Meer niet-coronagerelateerde gesprekken:** als Tele-Onthaal"  # r53 (r52 TO #5)
    ) in md


def test_the_corona_count_of_a_whole_percent_is_ruim_13000():
    """TO #6: 'ongeveer 13.600' from a whole 13 % (13.086 to 14.131)."""
    chapter, facts = built()
    prose = flat(chapter.text)
    # r28 TO #7: rounded outwards, not 'ruim 13.000'
    # r30 TO #4: the range the annex's; r31 TO #6: the 2021 count as the thousands it lies between, not '13.600'
    # r37 (r36 TO #11): the range beside its 'rond' count, as 2020's
    assert "lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen 13.000 en 14.200" in prose
    assert "ruim 13.000" not in prose and "tussen 13.000 en 14.000" not in prose  # r32 2021 #2
    assert facts.get("tele-onthaal.corona_conversations.2021.between_high") == 14_200


def test_chat_calls_stand_beside_chat_conversations_and_the_share_stayed_after_2020():
    """TO #7: the conversations' +39,7 % read as demand; the share had risen by 2020 and then stayed."""
    prose = flat(built()[0].text)
    assert "de oproepen stegen met 21,8 % via chat" in prose  # r38 (r37 TO #2): no 'sinds … groeiden'
    assert (
        "Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen."
        in prose  # r30 TO #6; r31 TO #8: the chat share of the calls apart
    )


def test_the_glossary_has_no_empty_entries_for_calls_and_conversations():
    """TO #12: 'gesprekken – Bij Tele-Onthaal: de bron omschrijft het woord niet'."""
    glossary = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ["tele-onthaal"]))
    # r30 TO #7: no circular entries; r31 TO #3: each entry says what the source counts and what is not known
    # r37 (r36 TO #4): the source's word and what it presumably means, not 'In dit rapport' (read as a definition)
    assert (
        "**gesprekken** : De bron omschrijft het niet; vermoedelijk een oproep via telefoon of chat waarin de "
        "hulplijn met de oproeper sprak of schreef."  # r64 (r64 2021-tele-onthaal #3)
    ) in glossary
    assert (
        "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand de hulplijn belde of een "
        "chat met de hulplijn begon," in glossary
    )
    assert "de bron omschrijft het woord niet" not in glossary and glossary.count("zegt ook niet") == 2
    both = flat(glossary_markdown("de oproepen en de contacten", ["1712", "tele-onthaal"]))
    # r34a (2020 #6, 2021 #15): 1712's two uses always, and Tele-Onthaal's reading, each under its name
    # r36 (r35 2020 #9): 1712's part shorter; r37 (r36 2021 #9, TO #4): one meaning per helpline, Tele-Onthaal's as
    # the source uses the word
    assert "Bij Tele-Onthaal: de bron omschrijft het niet; vermoedelijk elke keer" in both
    # r38 (r37 2021 #4): no definition the sources do not give, the sources' use only
    assert "Bij 1712: de bronnen van 1712 gebruiken het woord meestal voor alle contacten" in both
    assert "beantwoord of niet" not in both


def test_over_deze_cijfers_names_the_figure_that_does_not_match_plainly():
    """TO #13: 'Een percentage is een aandeel van een geheel …' and 'verbetert het rapport dat niet stilzwijgend'."""
    from hulplijnen.pipeline.about import about_markdown

    facts = {
        "a": {"value": 1, "source": {"file": "data/tele-onthaal/2021/key_figures.csv"}},
        keys.quality("conflicting_facts"): {"value": 1, "source": {"file": "data/inconsistencies.csv"}},
    }
    about = flat(about_markdown(load_params("2021-tele-onthaal"), facts, one_chapter=True))
    assert (
        "Eén gepubliceerd cijfer (de wijziging van het aantal websitebezoekers tegenover 2020) klopt niet met de "
        "andere (zie @tbl-inconsistencies)." in about  # r39 (r38 TO #10): pointed to, not explained again
    )
    assert about.count("technische bijlage") == 1  # r31 TO #10: the annex named once, in the closing sentence
    assert "stilzwijgend" not in about and "Een percentage is een aandeel" not in about
    assert "samengesteld in 20" in about  # the production note, moved out of the summary (TO #4)


def test_table_2_rounds_every_back_calculated_count_to_hundreds_and_says_what_approx_is():
    """TO #14: '≈ 78.960' beside '≈ 105.100'; what '≈' is (r27 TO #13: '(≈: …)', not '≈ =')"""
    table = built()[0].tables["channels"]
    table = table[~table["Cijfer"].str.contains("%")]  # r47 (r46 2021 #7): the counts; the gap's shares are no count
    # r56 (r55 TO #2): pin follows the new wording
    # r37 (r36 TO #11): a wide estimate's range in brackets after its count ('≈ 14.000 (13.000 tot 14.200)')
    cells = [str(c).split(" (")[0] for c in table.drop(columns="Cijfer").to_numpy().ravel() if str(c).startswith("≈")]
    assert cells and all(c.replace(".", "").endswith("00") for c in cells), cells
    # r30 TO #11; r34 TO #8; r37 (r36 TO #8): what '≈' and a range are, in the note under the table, not the caption
    words = (PACKAGE / "chapters/helplines/captions.md").read_text(encoding="utf-8")  # r39: the caption's words
    assert "≈" not in words.split("tbl_helpline_channels")[1].split("endblock")[0] and channel_years.estimated(table)
    assert "≈: schatting, afgeleid uit" in built()[0].section("comparison")[0]


def test_table_7_puts_a_level_in_the_years_cell_and_marks_the_disputed_percentage():
    """TO #15: '24,1 % in 2020' stood in the column 'Tegenover 2020'; −17,9 % had no mark."""
    table = tables.published_table(2021, ["tele-onthaal"], "¹").replace("\u00a0", " ", regex=True)
    corona = table[table["Cijfer"].str.contains("corona")].iloc[0]
    assert corona["2021"] == "13 %; 24,1 % in 2020" and corona["Tegenover 2020"] == ""
    website = table[table["Cijfer"] == "websitebezoekers"].iloc[0]
    assert website["Tegenover 2020"].endswith("−17,9 %¹")


def test_over_deze_cijfers_names_whose_figure_in_a_report_of_several_helplines():
    """r26 TO #13 in the 2021 report: Stop it Now! has website visitors too."""
    from hulplijnen.pipeline.about import conflicts

    # r37 (r36 TO #13): each with the difference it does not match, where recorded (none here: no facts)
    assert [c["what"] for c in conflicts(load_params("2021"), {})] == [
        "de wijziging van het aantal websitebezoekers van Tele-Onthaal tegenover 2020"
    ]
    assert conflicts(load_params("2021-tele-onthaal"), {}) == [
        {
            "what": "de wijziging van het aantal websitebezoekers tegenover 2020",
            # r60 (r59 2021-tele-onthaal #1): the rounding sentence's exception, in its words
            "change": "de daling van het aantal websitebezoekers",
            "against": None,
        }
    ]
