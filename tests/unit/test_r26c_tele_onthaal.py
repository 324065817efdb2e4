# r54 (r54 TO #2, 2021 #1): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 26c (r25 Tele-Onthaal and 2021 reviews): per channel how many calls in 100 became a conversation, chat's
share of the conversations with its numbers, 'beide kanalen', one 'ongeveer' count per corona year, the website's
own percentage in the key figures with the source's in a note, the derived years named in 'Herkomst', and the
ranges of the corona estimates recorded as facts."""

from dataclasses import asdict

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters import helplines
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import summary


def test_the_chapter_says_per_channel_how_many_calls_became_a_conversation_and_what_is_not_known():
    """TO #3, r24 TO #7: the gap between calls and conversations was hidden; the glossary was circular."""
    text = flat(built()[0].text)
    # r28 TO #2, 2021 #3: no ratio at all (read as an answer rate); the glossary says what the words are
    assert "op de 100 oproepen" not in text and "Als elk gesprek ook als oproep geteld is" not in text
    assert text.count("32.988") == 1  # r30 TO #1: the chapter's, once


def test_per_channel_leads_with_the_year_and_gives_chats_share_with_its_numbers():
    """2021 #12, TO #7, #11, #12: 2019 -> 2020 in tens and hundreds led the paragraph; 'via elk kanaal' for two
    channels; 'nam het aandeel van chat toe' without a number."""
    text = flat(built()[0].text)
    # r34: the corona paragraph now follows 'Per kanaal' (its 'ongeveer evenveel als alle gesprekken in 2019' is the
    # estimate's): the channels' text ends where it begins
    per_channel = text[
        text.index("**Per kanaal.**") : text.index("**Veel lager aandeel coronagerelateerde gesprekken.**")
    ]
    assert per_channel.index("In 2021 waren er 88.128 gesprekken via telefoon") < per_channel.index(
        "Tegenover 2019"
    )  # r38 (r37 TO #2)
    # r30 TO #6: 'ongeveer evenveel als in 2020' is the opening's, not the channels' again
    assert "ongeveer evenveel" not in per_channel and "via elk kanaal" not in text
    # r26 TO #7: the share rose by 2020 and then stayed
    # r31 TO #8: the chat share of the conversations set apart from its share of the calls
    assert ("Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen.") in text
    for tens in ("78.960", "11.850", "89.100", "16.700"):
        assert tens not in text, tens


def test_each_corona_year_is_one_count_in_the_text_and_its_range_a_fact():
    """TO #7, 2021 #11: 'ongeveer 13.100 tot 14.100' beside 'ongeveer 25.500'; TO #18: the annex's ranges were in no
    fact."""
    chapter, facts = built()
    # r28 TO #7: a whole 13 % gives 13.086 to 14.131: rounded outwards, 'tussen 13.000 en 14.200'
    # r30 TO #4: one 'ongeveer' count in the text, the range the annex's
    # r31 TO #6: the 2021 count as the range it lies between (the between_low/high facts); r32 2021 #2: outwards
    # r37 (r36 TO #11): the range beside its 'rond' count (a bare range beside 'rond 25.500' read oddly)
    assert "en in 2021 tussen 13.000 en 14.200." in flat(chapter.text)
    assert "13.100 tot 14.100" not in flat(chapter.text)
    assert (
        facts.get("tele-onthaal.corona_conversations.2021.about") == 14_000  # r56 (r55 TO #2): width_count
        and facts.get("tele-onthaal.corona_conversations.2021.between_high") == 14_200
    )
    assert facts.get("tele-onthaal.corona_conversations.2021.between_low") == 13_000
    expected = {
        ("corona_conversations", 2020): (25_443, 25_566),
        ("corona_conversations", 2021): (13_086, 14_131),
        ("other_conversations", 2020): (80_244, 80_403),
        ("other_conversations", 2021): (90_550, 91_595),
    }
    for (measure, year), (low, high) in expected.items():
        assert facts.get(f"tele-onthaal.{measure}.{year}.low") == low, (measure, year)
        assert facts.get(f"tele-onthaal.{measure}.{year}.high") == high, (measure, year)


def test_the_summary_gives_the_website_change_with_its_own_percentage_and_the_source_in_a_note():
    """TO #5: '−36.460' stood without a percentage and an audit sentence explained why."""
    md = summary_of_release(["tele-onthaal"])
    # r26 TO #4: the difference alone; the conflict is the annex's only
    # r31 TO #1: the difference, the share it comes to and the source's percentage in one clause of the row, no note
    # r33f (r32 TO #3): the share it comes to in the row, the source's percentage in a note
    assert (
        # r61 (r61 TO #8): pin follows the new wording
        "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in md
    )  # r41 (r40/r41 TO #1): the published difference
    # r45: (r44 TO #8) the row shows both published figures, the computed −17,3 % only in the note
    assert "36.460 minder (−17,3 %)¹ dan in 2020" in md  # r57 (r57 TO #2): the percentage the Methods ask for
    assert "ongeveer 17 %" not in md and "(de bron vermeldt" not in md and "17 tot" not in md
    assert "het gepubliceerde percentage past niet" not in md


def test_the_channel_bullet_is_whole_sentences_with_both_channels():
    """TO #11: 'Tegenover 2019 meer gesprekken via elk kanaal' and the fragment 'Tegenover 2020 ongeveer evenveel:'."""
    messages = summary_of_release(["tele-onthaal"]).split("## Kerncijfers")[0]
    # r34: the bullet leads with the rise since 2019 over both channels; 2020 in a whole sentence of its own
    assert (  # r32 TO #5: both comparisons per channel; r33f (r32 TO #10): one bullet with the counts
        "**Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % "
        "meer, via telefoon 11,6 % meer." in messages  # r36 TO #3: the total first, the calls Table 1's row
    )
    assert "via elk kanaal" not in messages and "Tegenover 2020 ongeveer evenveel:" not in messages


def test_herkomst_names_every_derived_year_and_the_table_that_gives_them():
    """TO #10: 'geven de kerncijfers geen aantal voor 2020' while Tabel 1 shows no 2020 count, and 2019 unnamed."""
    facts = FactSheet("helplines", 2021)
    helplines.whole(2021, ["tele-onthaal"], facts)
    records = {
        r["key"]: {
            **r,
            "notebook": "helplines",  # as figures.json records it
            "source": asdict(r["source"]) if not isinstance(r["source"], dict) else r["source"],
        }
        for r in facts.records()
    }
    said = flat(summary.sources_markdown(records, ["tele-onthaal"], 2021))
    # r66 (r66 2021 #4): Tabel 1 gives these totals with their stated changes and shows no earlier count at all: no
    # sentence on the counts derived for 2019 and 2020 (the chapter's annex table gives them, with its own note)
    assert "afgeleid" not in said and "geen aantal" not in said and "@tbl-appendix-helpline-years" not in said


def test_the_annex_table_lists_telephone_before_chat_and_says_once_what_per_100_is():
    """TO #13: 'gesprekken gedeeld door oproepen; geen bereikbaarheidscijfer' in six rows; TO #14: chat first."""
    chapter, _ = built()
    rows = chapter.tables["years_all"]
    labels = list(dict.fromkeys(rows["Cijfer"]))
    assert labels.index("oproepen (telefoon)") < labels.index("oproepen (chat)")
    assert labels.index("gesprekken (telefoon)") < labels.index("gesprekken (chat)")
    assert not rows["Soort"].str.contains("bereikbaarheidscijfer").any()
    # r28 TO #2: no conversations per 100 calls, so no note on them
    assert "derived_note" not in chapter.sections and not rows["Cijfer"].str.contains("per 100").any()


def test_figure_values_are_written_as_the_report_states_them():
    """2021 #18: '157.0033891932027' and bounds '5406.3,5440.9' for the text's 5.407 to 5.440."""
    from hulplijnen.presentation.figures_alt import csv_values

    assert csv_values("index", {"value": 157.0033891932027, "low": 156.5257, "high": 157.4810}) == [157.0, 156.5, 157.5]
    assert csv_values("count", {"value": None, "low": 5406.3, "high": 5440.9}) == [None, 5407, 5440]
    assert csv_values("count", {"value": None, "low": 280.2, "high": 280.9}) == [281, None, None]
    assert csv_values("pct", {"value": 13.990804, "low": None, "high": None}) == [14.0, None, None]
