# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 32c (r31 Tele-Onthaal review #1, #3-#7, #9, #12, #13, #16; 2021 #4, #5, #8, #9): the gap between calls and
conversations as a difference of two counts, never calls that 'did not lead to' a conversation; the other
conversations marked as an estimate, no causal 'Zo'; the channel bullet against 2020 and 2019; the website's disputed
percentage once per place; Tele-Onthaal's conversations by its own channels (no e-mail); the table note says what the
annex gives; annex tables by number. Each test failed on the text before."""

from pathlib import Path

from r39_wording import JOINED_RISE, SUMMARY_OTHER  # r45 (r44 2021 #6); r52
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.pipeline.glossary import glossary_markdown

ALL = ["1712", "tele-onthaal", "stop-it-now"]
HELPLINES = Path(__file__).parents[2] / "src" / "hulplijnen" / "chapters" / "helplines"


def test_the_lead_message_marks_the_estimate_and_has_no_causal_zo():
    """TO #4, 2021 #9: 'naar schatting ruim 10.000', the published shares and the level first, no 'Zo bleef'."""
    for helplines_ in (["tele-onthaal"], ALL):
        md = summary_of_release(helplines_)
        # r33f, r34; r36 TO #2: more than in which year, said
        # r37 (r36 TO #1, #5): the conversations not counted as about corona; their rise as its range, no 'ruim'
        # r39 (r38 TO #6, 2021 #4): no double negative, no 'dus'; r41 (r40/r41 TO #4): the estimate, then the rise
        # r45: (r44 TO #7b) alone: the rise first, marked, then the year's estimate; (r44 2021 #6) of several
        # helplines the one bullet's rise, not 'meer andere gesprekken'
        assert "meer andere gesprekken" not in md
        if helplines_ == ALL:  # r45: the joined bullet's 'zodat' clause has its verb (it lacked 'waren')
            # r52 (lead's decision A): the levels, not the rise ('zo'n 11.000 meer' no longer said)
            assert JOINED_RISE in md and "zo'n 11.000" not in md
            assert JOINED_RISE + " dan in" not in md
        else:
            # r52 (lead's decision A): the year's level beside 2019's total, no rise, 'ongeveer' only
            assert SUMMARY_OTHER in md and "zo'n 11.000" not in md
            # r56 (r56 TO #2, #5): 'naar schatting' before the estimates and the gap's 2020 share
            # r59 (r58 TO #2): once before the two counts, and the gap's 2020 share
            # r66 (r66 TO #2): and before 2020's estimate
            assert md[: md.index("## Kerncijfers")].lower().count("naar schatting") == 3  # r57 (r57 TO #4)
        assert "Zo bleef" not in md
    chapter = flat(built()[0].text)
    assert (
        "Zo bleef" not in chapter
        # r41 (r40/r41 TO #4): the year's estimate first, then the rise
        and "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in chapter
    )
    several = flat(built(tuple(ALL))[0].text)
    # 2021 #9; r34 2021 #2
    # r36, r37; r39 (r38 TO #6): what the rise counts, said plainly
    # r41 (r40/r41 TO #4): the year's estimate first, then the rise, no 'in totaal'
    # r44 (r43 TO #9): both years' counts, the rise the summary's
    # r49 (r48 TO #8): both years 'tussen X en Y'
    assert "in 2021 tussen 90.500 en 91.600: ongeveer evenveel als alle gesprekken in 2019" in several


def test_the_gap_between_calls_and_conversations_is_a_difference_and_said_once():
    """TO #1, #7: why there were more calls than conversations is said where the gap is, not again at the end."""
    chapter = flat(built()[0].text)
    # the sentence and its per-channel counts; r37 (r36 TO #3): a sentence per channel
    # r47 (r46 2021 #7): once; the channels' gaps are rows of the table
    # r53 (r52 TO #7): 'oproepen meer dan gesprekken', the word order
    assert chapter.lower().count("oproepen meer dan gesprekken") == 1 and "meer oproepen dan gesprekken" not in chapter
    assert "waarom er meer oproepen dan gesprekken waren" not in chapter
    assert "(26 %" not in chapter and "(14 % van de oproepen via chat)" not in chapter  # TO #6


def test_the_channel_bullet_gives_both_comparisons():
    """TO #5: 'Via beide kanalen meer gesprekken dan in 2019' alone read as a growth year; 2020 is said too."""
    md = summary_of_release(["tele-onthaal"])
    # r33f (r32 TO #10): merged with the counts: level with 2020 for both channels, each against 2019
    # r36 TO #3: the conversations level with 2020 are the first bullet's; the calls' Table 1's row
    assert (
        "via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat" in md
        # r45: (r44 TO #7a) the headline counts first, 'ongeveer evenveel' after them
        # r47 (r46 TO findings): wording changed on purpose
        # r59 (r58 TO #2): the calls are Table 1's
        # r61 (r61 TO #1): the change beside 'iets minder'
        and "104.681 gesprekken, iets minder (−1,1 %) dan in 2020" in md
        and "(137.669 oproepen)" not in md
        and "Het aantal oproepen bleef ongeveer gelijk" not in md
    )
    assert "**Via beide kanalen meer gesprekken dan in 2019:**" not in md


def test_the_key_figures_give_the_sources_percentage_once_without_audit_talk():
    """TO #3: Tabel 1 says the difference and the source's percentage, the explanation is the annex's."""
    md = summary_of_release(["tele-onthaal"])
    # r41 (r40/r41 TO #1): the published difference; the note under the bullets
    # r45: (r44 TO #8) the row shows the published figures; the note says they do not agree
    # r61 (r61 TO #8): pin follows the new wording
    assert "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in md and "¹ De bron geeft −17,9 %" not in md
    # r47 (r46 TO findings): wording changed on purpose
    assert "¹ De bron geeft 36.460 bezoekers minder én −17,9 %"  # r52: (r51 TO #4) the note's new wording in md
    assert "wat niet bij dat verschil past" not in md and "(de bron vermeldt" not in md


def test_tele_onthaals_conversations_are_by_telephone_and_chat_only():
    """2021 #4: in a report of three helplines the channels of the release include e-mail; Tele-Onthaal has none."""
    glossary = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ALL))
    entry = glossary[glossary.index("**gesprekken**") :]
    entry = entry[: entry.index("**", len("**gesprekken**") + 2)]
    assert "via telefoon of chat" in entry and "e-mail" not in entry
    assert "de gesprekken die de hulplijn" not in glossary  # TO #12: not defined by the word itself


def test_the_table_note_says_only_what_the_annex_gives():
    """2021 #5: the annex never gave 'beide' counts of the 2020 visitors."""
    several = built(tuple(ALL))[0]
    note = flat(several.section("years_note"))
    assert "de technische bijlage legt het uit" in note and "geeft beide" not in note


def test_annex_tables_are_referred_to_by_number():
    """TO #16: 'de tabel met de afgeleide cijfers' and 'de tabel „Gepubliceerde cijfers …”' by their labels."""
    methods = (HELPLINES / "methods.md").read_text(encoding="utf-8")
    text = (HELPLINES / "text.md").read_text(encoding="utf-8")
    assert "@tbl-appendix-helpline-years" in methods and "tabel met de" not in flat(methods)
    assert "@tbl-inconsistencies" in text and "„Gepubliceerde cijfers die elkaar tegenspreken”" not in text


def test_the_growth_chart_shows_the_year_between_so_a_fall_in_the_year_shows():
    """2021 #6: three lines going up hid that Tele-Onthaal and Stop it Now! fell in 2021; 2020 is drawn too."""
    import matplotlib.pyplot as plt

    from hulplijnen.chapters import helplines
    from hulplijnen.chapters.helplines import charts
    from hulplijnen.facts import FactSheet

    data = helplines.comparison(2021, ALL, FactSheet("helplines", 2021)).data
    growth = data["growth"].set_index("label")
    stop = growth.loc[[i for i in growth.index if i.startswith("Stop it Now!")][0]]
    assert stop["previous_year"] == "2020" and stop["previous"] > stop["value"]  # 164 then 146
    from caption_words import QUIET  # r39: the chart's title is its caption, from captions.md and all it names

    fig = charts._growth(QUIET | {**data, "base_year": "2019"})
    legend = [t.get_text() for t in fig.legends[0].get_texts()] if fig.legends else []
    assert legend == ["2021", "2020 (bij benadering)"]  # r61 (r61 2021 #4): the open dot an estimate
    # r38 (r37 2021 #13): the open dot's year by name, as the legend says it, not 'het jaar ervoor'
    words = (HELPLINES / "captions.md").read_text(encoding="utf-8")  # r39: the words are the template's
    # r53 (r53 2021 #4): both dots' years, the open dot's year no longer alone on the caption's last line
    assert "open bolletje: {{ growth_then }}" in words and "het jaar ervoor" not in words
    assert "vol bolletje:\n{{ growth_now }}" in words
    plt.close(fig)
