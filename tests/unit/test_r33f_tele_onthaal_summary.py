# r54 (r54 TO #3; TO #8): pinned wording follows the r54 text
# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round 33f (r32 Tele-Onthaal review #1, #3, #5, #7, #9, #10, #12, #15): the summary leads with findings, the website's
decline among them and the calls less the conversations (the same share every year) not; one percentage per meaning;
Table 1 gives the website's difference with the share it comes to and the source's percentage in a note; the channel
shares say what they are of; the glossary gives the report's reading of Tele-Onthaal's words; the estimate rule names
every word the text uses; a single chapter is not numbered. Each test failed on the text before."""

import re
from pathlib import Path

from annex_text import annex_markdown  # tests/unit/ is on the path as pytest runs its tests
from r39_wording import SUMMARY_OTHER  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import flat, summary_of_release
from test_r32e_about import _about

from hulplijnen.pipeline.glossary import glossary_markdown

ALL = ["1712", "tele-onthaal", "stop-it-now"]


def test_the_website_decline_is_a_key_message_and_the_calls_less_conversations_are_not():
    """#1: 'Meer oproepen dan gesprekken … de bron zegt niet waarom' was a non-story; the website's fall was missing."""
    md = summary_of_release(["tele-onthaal"])
    messages = md[: md.index("## Kerncijfers")]
    # r40 (r39 TO #3): Table 1's mark ¹ on the share, whose note gives the source's −17,9 %
    assert (  # r41 (r40/r41 TO #1): the published count and difference lead
        # r52 (lead's decision D): the headline says both directions, the count what it counts and its year
        "- **Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan "
        "in 2020 en 79.554 meer (+84,2 %) dan in 2019."
    ) in md
    # r41 (r40/r41 TO #2): the gap is a key message again, with what it is not (a reader sets Table 1's counts apart)
    # r47 (r46 TO findings): wording changed on purpose
    gap = (  # r42 (TO #4)
        # r56 (r55 TO #5): pin follows the new wording
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        "er waren 32.988 oproepen meer dan gesprekken"  # r53 (r52 TO #7)
    )
    assert gap in messages and "zegt niet waarom" not in md
    several = summary_of_release(ALL)
    assert "websitebezoekers:**" not in several  # a comparison of helplines: no website message (chapter 6's)


def test_the_lead_says_one_percentage_for_one_meaning_and_the_counts_are_the_tables():
    """#5, #10: '13 %' twice with two meanings in one bullet; the counts bullet repeated Table 1's first rows."""
    md = summary_of_release(["tele-onthaal"])
    messages = md[: md.index("## Kerncijfers")]
    # r34 TO #1: the published facts first, the estimate second with its 2019 context
    # r36; r37 (r36 TO #5): what the figures count, the conversations not counted as about corona
    # r45: (r44 TO #7b) the other conversations' bullet titled by what changed, no 'Meer andere gesprekken'
    assert (
        # r47 (r46 TO findings): wording changed on purpose
        # r48: (r47 TO #10) the headline bullet split in two; the corona share a sentence of its own, still one meaning
        # r52 (lead's decision A): the other conversations follow in the same bullet, no bold bullet of their own
        # r56 (r55 TO #2): pin follows the new wording
        # r59 (r58 TO #2): pin follows the new wording
        # r61 (r61 TO #1): the other conversations a bullet of their own
        # r66 (r66 TO #4): pin follows the new wording
        "daalde van 24,1 % naar 13 %. - **Meer niet-coronagerelateerde gesprekken:**" in md  # r53 (r52 TO #5)
    )
    # r47 (r46 TO #8): the lead 'Meer andere gesprekken' is back, its words said right after it
    said = SUMMARY_OTHER  # r36 TO #2; r37 (r36 TO #1)
    assert said in md and ".- **" not in md  # r34: no bullet glued to the one before
    # r45: (r44 TO #7b) '13 %' again as the share the rise follows from, the same meaning (the corona share)
    # r47 (r46 TO #8): bullet 2 no longer repeats the shares of bullet 1
    # r59 (r58 TO #2): the lead's chosen wording: the share's fall, then the rise 'ongeveer 13 % meer'
    assert messages.count("13 %") == 2 and "daalde van 24,1 % naar 13 %" in messages and "(ongeveer 13 %)" not in md
    # r45: (r44 TO #7a) the headline counts lead the first bullet, once; no 'kreeg' sentence
    # r59 (r58 TO #2): the calls are Table 1's alone again
    assert "kreeg 137.669 oproepen" not in messages and messages.count("137.669") == 0
    # r59 (r58 TO #2); r61 (r61 TO #1): the change beside 'iets minder'
    assert "waren er 104.681 gesprekken, iets minder (−1,1 %) dan in 2020" in messages
    merged = (
        "- **Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % "
        "meer, via telefoon 11,6 % meer."  # r34 TO #6; r36 TO #3: the total first, the calls Table 1's
    )
    assert merged in md and "Via beide kanalen ongeveer evenveel" not in md
    several = summary_of_release(ALL)  # the report of three helplines keeps Tele-Onthaal's counts bullet
    # r45: (r44 2021 #4) of several helplines one Tele-Onthaal bullet, its counts first
    # r47 (r46 TO #1): 'iets minder', the Methods' rule
    assert "**Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020" in several
    # r64 (r64 2021 #3): the rise of the other conversations as a count, its percentage in brackets, once
    # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
    assert "(ongeveer 13 %)" not in several and "ongeveer 11.000 of 13 % meer" in several


def test_table_1_gives_the_websites_share_and_the_sources_percentage_in_a_note():
    """#3, #12: '(de bron vermeldt −17,9 %)' read as the decline; 'telefoon 86 %, chat 14 %' said not of what."""
    md = summary_of_release(["tele-onthaal"])
    # r45: (r44 TO #8) the row shows the published −17,9 %; the note says the two published figures do not agree
    assert (
        # r61 (r61 TO #8): pin follows the new wording
        "| −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; +79.554 tegenover 2019 (+84,2 %) |" in md
    )  # r41 (r40/r41 TO #1)
    # r41 (r40/r41 TO #1, #13): the note under the bullets, both percentages and that which is wrong is not known
    note = (
        # r47 (r46 TO findings): wording changed on purpose
        # r52 (lead's decision D): both published figures, what follows from them, that one is wrong and which not known
        "¹ De bron geeft 36.460 bezoekers minder én −17,9 %. Uit 174.063 en 36.460 minder volgt een daling van 17,3 %; "
        # r53 (r52 TO #7)
        "een van die twee gepubliceerde cijfers klopt dus niet. Welk cijfer fout is, valt uit de bron niet af te leiden"
    )
    assert note + " (zie @tbl-inconsistencies)." in md
    assert "(de bron vermeldt" not in md
    assert "| telefoon 86 %, chat 14 % van de oproepen |" in md
    several = summary_of_release(ALL)
    assert "chat 14 % van de oproepen" in several and "¹ De bron vermeldt" not in several


def test_the_glossary_gives_tele_onthaals_words_as_the_reports_reading():
    """#7: 'oproepen'/'gesprekken' stated as definitions the source does not give."""
    alone = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ["tele-onthaal"]))
    # r37 (r36 TO #4): the source's word and what it presumably means, not 'In dit rapport' (read as a definition)
    assert "De bron omschrijft het niet; vermoedelijk elke keer dat iemand de hulplijn belde of een chat" in alone
    assert "De bron omschrijft het niet; vermoedelijk een oproep via telefoon of chat" in alone  # r64 (r64 TO #3)
    # r48: 'kanaal' now says 'Bij Tele-Onthaal: telefoon en chat.' (a fact the source gives); the guard against a
    # helpline-prefixed definition stays for the two words the source does not define
    assert alone.count("De bron omschrijft het niet; vermoedelijk") == 2  # r49 (r48 TO #10)
    parts = re.split(r"\*\*(\w+)\*\* :", alone)
    entries = dict(zip(parts[1::2], parts[2::2]))
    assert "Bij Tele-Onthaal:" not in entries["oproepen"] and "Bij Tele-Onthaal:" not in entries["gesprekken"]
    assert "**kanaal** : De weg waarlangs een oproep binnenkomt. Bij Tele-Onthaal: telefoon en chat." in alone
    assert alone.count("de cijfers kunnen dus ook anders geteld zijn") == 2 and "In dit rapport" not in alone
    several = flat(glossary_markdown("de oproepen en de gesprekken via het kanaal", ALL))
    # r64 (r64 TO #3)
    assert "Bij Tele-Onthaal: de bron omschrijft het niet; vermoedelijk een oproep via telefoon of chat" in several


def test_the_estimate_rule_names_every_word_the_text_marks_an_estimate_with():
    """#9: the rule promised 'ongeveer' only; the text says 'rond', 'ruim' and ranges too; #15: no 'hoofdstuk 1'."""
    found = [{"name": "Tele-Onthaal", "label": "oproepen", "year": y} for y in ("2019", "2020")]
    about = _about(found, True)
    # r34 TO #5: one plain sentence; the word rule is the annex's
    # r36 TO #8: every word the text uses (here none but 'ongeveer': no text given; test_r36a_tele_onthaal with one)
    # r52 (r51 TO #5): how a table marks an estimate, said after 'ongeveer'
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert "Cijfers met ≈ zijn schattingen; hoe ze berekend zijn en wat „ongeveer” en " in " ".join(about.split())
    assert "ondergrens" not in about and "hoofdstuk 1" not in about


def _annex_heading(chapters: list[dict]) -> str:
    table = {"chapter": "helplines", "title": "Oproepen en gesprekken", "number": 1, "table": True, "caption": "c"}
    tables = [table | {"label": "tbl-x", "lead": "", "markdown": "", "note": ""}]
    md = annex_markdown(appendix_tables=tables, chapters=chapters)
    return next(line for line in md.splitlines() if line.startswith("## Bij"))


def test_a_single_chapter_is_not_numbered():
    """#15: '1 Oproepen en gesprekken' implied chapters that do not exist; the annex said 'Bij hoofdstuk 1'."""
    one = [{"name": "helplines", "title": "Oproepen en gesprekken"}]
    # r37 (r36 TO #10): the bare title meant nothing in the table of contents: 'het hoofdstuk'
    assert _annex_heading(one).startswith("## Bij het hoofdstuk „Oproepen en gesprekken” {")
    assert _annex_heading(one + [{"name": "x", "title": "X"}]).startswith("## Bij hoofdstuk 1: Oproepen en gesprekken")
    report = (Path(__file__).parents[2] / "report" / "report.qmd").read_text(encoding="utf-8")
    # r49 (r48 2020 #1): a numbered chapter has an id, for 'bij hoofdstuk 4' in a chapter's text
    assert "{% if chapters | length == 1 %} {.unnumbered}{% else %} {#sec-chapter-{{" in report
