# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round-20 reader findings on the 2021-tele-onthaal release (and 2021 #4), on the chapter or summary as built; each
test failed before its fix."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters import helplines
from hulplijnen.chapters.helplines import charts, tables
from hulplijnen.config.params import load_params
from hulplijnen.pipeline import summary


def key_messages(md: str) -> str:
    return md.split("## Kerncijfers")[0]


def test_no_share_of_calls_that_became_a_conversation_in_the_key_messages_or_a_chart():
    """TO #1: '76,0 % een gesprek', '85,9 % tegenover 74,4 %' read as an answer rate; the chapter gives the
    difference in numbers once and says the source does not say what the other calls were."""
    md = key_messages(summary_of_release(["tele-onthaal"]))
    assert "76,0 %" not in md and "85,9 %" not in md and "geregistreerd" not in md
    chapter = flat(built()[0].text)
    assert chapter.count("32.988") == 1  # r30 TO #1: the chapter's, once, no answer rate
    # r30 TO #1; r31 TO #10 and the tone rule: what the figures do not say, said once, under 'Wat niet bekend is'
    assert chapter.count("zegt de bron niet") + chapter.count("de bron zegt niet") == 0  # r33 TO #8: no source talk
    assert "de bron zegt niet waarom" not in chapter
    # r39 (r38 TO #2): the gap's exact share (24,0 %) is said once, as the gap, never its complement as an answer rate
    assert (
        "76,0 %" not in chapter
        and chapter.count("24,0 % van de oproepen") == 1
        and "Van oproep naar gesprek" not in chapter
    )
    # r63 (r63 2021-tele-onthaal #1): 'niet zonder meer', not 'geen maat'
    assert (
        "24,0 % van de oproepen, bijna een kwart" in chapter
        and "niet zonder meer het aantal onbeantwoorde oproepen" in chapter
    )
    assert not hasattr(charts, "CONVERSION") and all(
        getattr(p, "label", "") != "fig-helpline-conversion" for p in helplines.SHOWN
    )


def test_each_channel_this_year_against_last_year_first():
    """TO #2, #10: 'Chat groeide sinds 2019 procentueel het snelst' in a 2021 report; chat stayed level in 2021."""
    md = key_messages(summary_of_release(["tele-onthaal"]))
    assert "procentueel" not in md and "sinds 2019" not in md and "groeide" not in md
    # r21 TO #1: the published change since 2019 leads, then this year against last year; the derived counts of
    # 2020 against 2019 are the chapter's only
    # r25 TO #11: 'beide kanalen' and whole sentences, no 'Tegenover 2020 ongeveer evenveel:'
    # r34: the bullet's title is the rise since 2019 over both channels; the calls against 2020 in a whole sentence
    assert (  # r32 TO #5: against 2020 and 2019; r33f (r32 TO #10): with the counts, one finding
        # r36 TO #3: the conversations' total change first; the calls level with 2020 are Table 1's row
        "**Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % meer, "
        "via telefoon 11,6 % meer."
    ) in md
    # r28 TO #6: the counts per channel are the chapter's
    assert "via chat 39,7 % meer" in md  # r30 TO #6: the level is bullet 1's
    assert "16.553" not in md and "Tegenover 2020" not in md
    assert "In 2020 waren er via elk kanaal meer gesprekken dan in 2019" not in md
    chapter = flat(built()[0].text)
    # r22 TO #8: in time order; this year's changes against last year are the key messages' and the table's
    assert (  # r25 TO #11: 'beide kanalen'
        "In 2021 waren er 88.128 gesprekken via telefoon en 16.553 gesprekken via chat (@tbl-helpline-channels)."
        in chapter  # r30 TO #6; r33 TO #14: the table referred to here
    )
    assert "procentueel" not in chapter


def test_no_method_talk_in_the_chapter_and_the_other_conversations_said_with_their_uncertainty():
    """TO #4, #9: 'Een schatting uit die afgeronde aandelen', the 17,9 % in the chapter; the other conversations
    half-said (not in the summary, undercut in the chapter)."""
    chapter = flat(built()[0].text)
    # r28 TO #8: the source's 17,9 % said once, beside the change the exact difference gives
    # r30 TO #3; r31 TO #1: 17,9 % only once, in the website's sentence
    assert (
        "Een schatting uit die afgeronde aandelen" not in chapter
        # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
        # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
        # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
        and chapter.count("17,9") == 1
    )  # r41 (r40/r41 TO #8)
    assert "Dat zijn schattingen" not in chapter
    # r28 TO #4: the other conversations once, labelled an estimate; no hedge on how corona was coded
    assert (
        "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in chapter
        and "afgebakend" not in chapter
        and "berekend uit" not in chapter
    )  # r30 TO #4
    md = key_messages(summary_of_release(["tele-onthaal"]))
    assert "Het aantal andere gesprekken" not in md  # r23 (r22 TO #1): the chapter's estimate, hedged there


def test_a_count_from_a_difference_has_a_marker_and_the_note_is_under_the_table():
    """TO #12, #16: '210.523 (uit het verschil)' widened the column and hid the conflicting percentage."""
    chapter = built()[0]
    years = chapter.data["sections"]["tele-onthaal"].tables["years"].set_index("Cijfer")
    assert years.loc["Websitebezoekers", "2020"] == f"210.523 {tables.UNCERTAIN}"  # r24 2021 #17: its own marker
    whole = helplines.whole(2021, ["1712", "tele-onthaal"], chapters_facts())  # r22 TO #2: the table of several
    note = flat(whole.section("years_note"))
    assert note.startswith(tables.MARK) and "de technische bijlage legt het uit" in note and "17,9" not in note


def chapters_facts():
    from hulplijnen import chapters

    return chapters.FactSheet("helplines", 2021)


def test_tables_in_the_order_referred_to_and_captions_name_the_helpline():
    """TO #15, 2021 #4: Tabel 3 named before Tabel 2; a Tele-Onthaal-only caption not naming Tele-Onthaal."""
    labels = [getattr(p, "label", None) for p in helplines.SHOWN]
    assert labels.index("tbl-helpline-channels") < labels.index("tbl-helpline-years")
    # r34: the helpline named within the caption ('van {}'), not as '{}:' before it; the legend names the ranges
    # r30 TO #11; r37 (r36 TO #8): what '≈' and a range are, in the note under the table, not the caption
    from caption_words import QUIET

    from hulplijnen.presentation import caption_text

    # r39: the caption is the chapter's captions.md (was channel_years.CAPTION); the helpline's name stands for {}
    said = caption_text.render("chapters/helplines/captions.md", QUIET | {"channels_of": ["{}"]}).plain
    assert said["tbl_helpline_channels"] == "Oproepen en gesprekken van {} per kanaal en per jaar"
    sections = helplines.build(2021, ["tele-onthaal"], chapters_facts())
    assert tables.captioned(sections, ["tele-onthaal"]) == {  # r39: names; captions.md says 'van …'
        "channels_of": ["Tele-Onthaal"],
        "years_of": "Tele-Onthaal",
        "years_shown": [2019, 2021],  # r61 (r61 TO #7): the years the chart of the years shows
    }


def test_the_annex_table_of_derived_values_holds_derived_values_only():
    """TO #5: Tabel 7 repeated every published value of Tabel 8, and the 2020 conflict a second time."""
    derived = built()[0].tables["years_all"]
    assert "gepubliceerd" not in set(derived["Soort"]) and "afgeleid uit −17,9 %" not in set(derived["Soort"])


def test_the_key_figures_of_one_helpline_give_its_totals():
    """TO #17 then r21 TO #3: Tabel 1 gives the helpline's totals (calls, conversations, website visitors) at a
    glance; the corona share is a key message, so the table does not say them a second time (r20 2020 #2)."""
    md = summary_of_release(["tele-onthaal"]).split("## Kerncijfers")[1]
    assert "| Oproepen | 137.669 |" in md and "| Gesprekken | 104.681 |" in md
    # r31 TO #14 (a lead's decision): Tabel 1 and the key messages cover the same things, the corona share a row too
    assert "| Websitebezoekers | 174.063 |" in md
    assert md.count("coronagerelateerde") == 1 and "| Aandeel coronagerelateerde gesprekken | 13 % |" in md
    assert summary.ALONE_MEASURES == ("website_visitors",)


def test_the_summary_opens_with_the_finding():
    """TO #8: the summary opened with 'Dit rapport vat ... samen'; the key messages come first."""
    from hulplijnen.pipeline import assemble

    assert "intro_first=params.is_synthetic," in open(assemble.__file__, encoding="utf-8").read()
    assert load_params("2021-tele-onthaal").is_synthetic is False
