# r54 (r54 TO #3): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round-14 reader findings on the helplines chapter and the summary it feeds, read in the built releases
2021-tele-onthaal and 2021: the summary without audit words and with the estimated rise of the other conversations,
one wording for the unstated base of the channel shares, one Methods paragraph with a worked example, whole-number
bounds in the annex, the chart caption that says its message."""

import re

import pytest
from test_annex_public import shown  # tests/e2e/ is on the path as pytest runs its tests

pytestmark = pytest.mark.e2e


def _qmd(out) -> str:
    return re.sub(r"\s+", " ", (out / "report.qmd").read_text(encoding="utf-8").replace("\u00a0", " "))


def _section(qmd: str, start: str, end: str) -> str:
    return qmd[qmd.index(start) : qmd.index(end, qmd.index(start))]


def test_the_one_helpline_summary_reads_without_audit_words(built):
    """TO #6, #7, #8: no '(berekend: oproepen min gesprekken', no 'Tele-Onthaal:' prefix in a one-helpline release;
    r19h TO #1, #8: calls and conversations as the source gives them (no headline count of the difference, no guessed
    causes), the rise of the other conversations the chapter's estimate, not a key message; r30 TO #1, #5: the gap
    between calls and conversations is a key message, as a count."""
    qmd = _qmd(built["2021-tele-onthaal"])
    messages = _section(qmd, "## Belangrijkste boodschappen", "## Kerncijfers")
    assert "berekend: oproepen min gesprekken" not in messages
    # r21 (r20 TO #1, #2): no ratio of conversations to calls in the key messages (it reads as an answer rate); the
    # chapter says the difference in numbers and that the source does not say what the other calls were
    assert "Niet elke oproep werd een gesprek" not in messages and "76,0 %" not in messages
    chapter = " ".join(shown(built["2021-tele-onthaal"]).split())
    # r30 TO #1, #5: the gap is a short key message of its own (no ratio, no guessed cause); r31 (TO #2): with its
    # context (the same in 2019 and 2020, mostly on the phone) as a plain proportion; the count is the chapter's
    # r32 (r31 TO): the gap as counts, the proportion in brackets, and that the source does not say why; the count is
    # said once in the key messages and once in the chapter
    # r33f (r32 TO #1): the same share as in 2019 and 2020 is no key message; the website's fall is
    # r41 (r40/r41 TO #2): a key message again (a reader sets Table 1's counts apart), never as a rate of calls that
    # led to a conversation, with what it is not
    # r47 (r46 TO findings): wording changed on purpose
    gap = (  # r42 (TO #4); r56 (r55 TO #5): the plainer heading
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        "er waren 32.988 oproepen meer dan gesprekken"  # r53 (r52 TO #7)
    )
    assert gap in messages and "één op de vier oproepen" not in messages
    # once in the key messages, once in the chapter
    # r45: (r44 TO #7c) why the gap is not the unanswered calls, said
    # r47 (r46 TO #2): said as the chapter says it
    # r49 (r48 TO #2): the caveat is the chapter's; the summary points there
    assert "herhaalde oproepen gaat, zegt de bron niet" in messages and chapter.count("32.988") <= 2
    # r39 (r38 TO #2): the share is exact (from published counts): '17,3 %', not 'ongeveer 17 %' (read as an estimate)
    # r40 (r39 TO #3): with Table 1's mark ¹ (its note: the source's −17,9 %)
    # r41 (r40/r41 TO #1): the published count and difference lead, the mark on the difference
    # r52 (lead's decision D): the headline with both directions
    website = (
        "- "
        "**Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan "
        "in 2020 en 79.554 meer (+84,2 %) dan in 2019."
    )
    assert website in messages and "ongeveer 17 %" not in messages
    assert "33.000" not in messages and "bezette lijn" not in messages and "Als elk gesprek" not in messages
    # r24 TO #10: what the counts say, not 'op het hoge niveau'
    # r31 (TO #4, #14): the calls with their two changes as in Tabel 1; the level said of the conversations
    # r33f (r32 TO #5, #10): the counts are Table 1's; the level a sentence of the corona bullet
    assert "kreeg 137.669 oproepen" not in messages
    # r34 (r33 TO): the level leads the corona bullet, said in words ('ongeveer evenveel')
    # r45: (r44 TO #7a) the headline counts first, the published −1,1 % beside 'ongeveer evenveel'
    assert (
        # r47 (r46 TO findings): wording changed on purpose
        # r48: (r47 TO) the bullet is two sentences: the counts with the −1,1 %, then the corona shares
        # r59 (r58 TO #2): pin follows the new wording
        "in 2021 waren er 104.681 gesprekken, iets minder (−1,1 %) dan in 2020, het eerste coronajaar. "  # r61
        "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %." in messages
    )
    assert "hoge niveau" not in messages
    # r19h TO #8: the published shares in the message; r21 (r20 TO): the other conversations' rise in the message
    # too, said as an estimate ('naar schatting'); the chapter says why it is one
    # r30 TO #5: four short bullets; the corona shares a bullet of their own, no lead sentence carrying them
    # r31 (TO #4): the best story first: the corona share fell, the other conversations rose
    # r34 (r33 TO): the bullet led by the published fact (as many conversations), then the corona shares
    # r45: (r44 TO #7a) the headline counts first
    # r47 (r46 TO findings): wording changed on purpose
    lead = "- **Iets minder gesprekken, veel minder vaak coronagerelateerd:** in 2021 waren er 104.681 gesprekken"
    assert messages.index(lead) < messages.index(" - **", messages.index(lead) + 1)
    # r48: (r47 TO) the shares said after 'Veel minder gesprekken waren coronagerelateerd:', without 'van de gesprekken'
    # r59 (r58 TO #2): the share's fall in one sentence
    assert "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %." in messages
    # r39 (r38 TO #6): the 70-word corona bullet split in two (corona shares; the other conversations that rose)
    # r33f (r32 TO #10): the counts and the channels one bullet; r41 (r40/r41 TO #2): and a bullet on the gap
    # r52 (lead's decision A): the other conversations in the corona bullet, no bullet of their own: four
    # r61 (r61 TO #1): the other conversations a bullet of their own again, caveat first: five
    assert messages.count(" - **") == 5
    # r45: (r44 TO #7b) the bullet titled by what changed, the rise said as what follows from the level total
    # r47 (r46 TO findings): wording changed on purpose
    # r47 (r46 TO #8); r48: (r47 TO) one form for estimates, 'rond <getal> (tussen … en …)'
    # r49 (r48 TO #1, #6): a label that says what is counted, one rounded figure
    # r52 (lead's decision A): no bullet of its own; the level said once, in the corona bullet, after its shares
    # r56 (r55 TO #2, 2021 #3): no 'Zo' (read as a cause), the count as precise as its range allows
    # r59 (r58 TO #2): pin follows the new wording
    # r61 (r61 TO #1): the other conversations a bullet of their own, caveat first
    # r66 (r66 TO #4): pin follows the new wording
    assert "naar 13 %. - **Meer niet-coronagerelateerde gesprekken:** als Tele-Onthaal" in messages  # r53 (r52 TO #5)
    assert "**Meer gesprekken die niet als coronagerelateerd geteld werden:**" not in messages
    # r61 (r61 TO #1): pin follows the new wording
    assert messages.count("naar schatting 91.000 gesprekken") == 1  # r53 (r52 TO #5); r56 (r55 TO #2)
    # r22 (r21 TO #1): the estimate in the message, a range rounded inwards at its step, said per year
    # r23 (r22 TO #1): the estimate is the chapter's only, hedged there; the message gives the published shares
    # r31 (TO #4, #7): the other conversations' rise is a key message again, rounded ('ruim', 'ongeveer'), never
    # the estimate's exact range; 'niet met corona te maken', not 'over andere onderwerpen'
    # r32 (r31 TO): 'naar schatting ruim 10.000', said as an estimate
    # r34; r36 TO #2: more than in which year, 'in totaal' of the other conversations
    # r37 (r36 TO #1, #5): the conversations not counted as about corona, their rise as its range (both ends known)
    # r39 (r38 TO #6, 2021 #4): its own bullet, no inverted 'Gesprekken die …, waren er dus'; the range kept (both
    # ends known); what the figures count as r37 said it ('niet als coronagerelateerd geteld', r36 TO #5)
    said = (  # r41 (r40/r41 TO #4): the year's estimate first (its range, as the chapter), then the rise
        # r45: (r44 TO #7b) the rise first, then the year's estimate of the 104.681, both ranges kept
        # r47 (r46 TO #8): shorter, the year's estimate first, then the rise
        # r52 (lead's decision A): the levels of both years, 'ongeveer' only, no rise
        # r53 (r52 TO #5)
        # r56 (r55 TO #2, #4): the count as its range allows, no comparison with all conversations of 2019
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r61 (r61 TO #1): a bullet of its own, the caveat first and the rise in brackets
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is, waren er in 2021 "
        # r66 (r66 TO #2): pin follows the new wording
        "naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld werden, "
        "tegen naar schatting 80.300 in 2020 "
        "(ongeveer 13 % meer)."
    )
    # r48: (r47 TO) the estimate now 'rond 91.100 (…)', said once in the key messages
    # r49 (r48 TO #1): one figure; r53 (r52 TO #5): Table 2's 91.100; r56 (r55 TO #2): Table 2's ≈ 91.000, once
    assert said in messages and messages.count("91.000") == 1 and "91.100" not in messages
    assert "andere onderwerpen" not in messages
    # r22: the channels led by their change against 2019
    # r32 (r31 TO): both comparisons per channel, 2020 first
    channels = (  # r34 (r33 TO): led by the rise against 2019; the calls' level against 2020 after it
        # r36 TO #3: the conversations' total change first; the calls level with 2020 are Table 1's row
        "- **Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % "
        "meer, via telefoon 11,6 % meer."
    )
    assert channels in messages  # r25 TO #11
    # r24 TO #2: no estimate of the other conversations; the corona conversations as counts
    assert "afgebakend" not in chapter  # r28 TO #4: the other conversations, once, as an estimate
    # r30 TO #4; r31 TO #6: the range rounded; r32: said per year
    # r33 (r32 2021 #4): the range rounded outwards, so that it holds the estimate's upper end (14.131)
    # r37 (r36 TO #11): beside its 'rond' count, as 2020's
    assert "lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen 13.000 en 14.200" in chapter


def test_the_key_figures_say_the_unstated_base_as_the_chapter_and_annex_do(built):
    """TO #13, 2021 #10: one wording everywhere."""
    for release in ("2021-tele-onthaal", "2021"):
        raw = (built[release] / "report.qmd").read_text(encoding="utf-8").replace("\u00a0", " ")
        row = next(line for line in raw.splitlines() if "per kanaal | telefoon 86 %" in line)
        # round 16 (r15 2021 #9): plain in the key figures; the remark on the base is the annex's
        # r16 2021 #4, TO #3: the shares fit the calls, no 'wellicht'
        # r19h TO #16: the counts per channel where every channel has one, still of the calls, and adding up to them
        # r20 2020 #2: the total of the calls is in the key messages, not repeated in the row
        # r49 (2021 #6): the shares read as of the calls say, as Table 14 does, that the source names no base
        assert row.endswith(
            # r52 (r51 2021 #6): no 'basis' jargon in Table 1
            # r52 (r52 2021 #3): the shares' base is unsaid, not the counts'
            # r56 (r56 2021 #1): without the audit parenthesis, the annex's table alone says it
            # r59 (r58 TO #3, 2021 #5): the counts given directly, no pointer to the annex's table
            # r63 (r63 TO #4): a report of one helpline points to the table that explains the reading
            # r66 (r66 TO #3): the counts point to the chapter's table that gives them, not to the audit table
            "| 118.408 via telefoon en 19.261 via chat"
            + (" (zie @tbl-helpline-channels)" if release != "2021" else "")
            + " |"
        ), row  # one row
        counts = [int(n.replace(".", "")) for n in re.findall(r"(\d[\d.]*) via", row)]
        assert len(counts) == 2 and sum(counts) == 137_669, row
        qmd = _qmd(built[release])
        # r61 (r59 TO #8): Tabel 1's caption names whose figures of which year
        figures = _section(qmd, "## Kerncijfers", "{#tbl-key-figures}")
        assert "basis niet vermeld" not in figures and "past bij" not in figures, release
        text = shown(built[release])
        assert "oproepen of gesprekken (niet vermeld)" not in text, release
        # r30 (r28 TO #11): one helpline alone has no annex table of every published figure, where this wording
        # stood; its data-quality note says the base once, with the table of percentages without a stated base
        several = release == "2021"
        assert ("vermoedelijk van de oproepen (basis niet vermeld)" in text) == several, release
        assert "dit rapport leest ze dus als aandelen van de oproepen" in text, release
        # r45: (r44 readers) the annex table is referred to by its number (@tbl-unclear-bases), not its title
        assert "(@tbl-unclear-bases)" in text and "86 % van de gesprekken" not in text, release
        assert "waar ze bij passen" not in text, release


def test_the_methods_say_derived_values_once_with_an_example(built):
    """TO #11: one paragraph, a worked example, 'het hoofdstuk' in a one-chapter release."""
    qmd = _qmd(built["2021-tele-onthaal"])
    methods = _section(qmd, "## Methoden", "## Controles van de gegevens")
    assert "Afgeleide jaren in een hoofdstuk" not in methods and "rondste getal" not in methods
    # r31 (TO #11): the example follows its rule (the +13,9 % alone), the channels' narrowing beside it
    assert (
        # r41 (r40/r41 TO #9): where 'met de kanalen samen' is explained
        "Zo liggen de oproepen van 2019 tussen 120.816 en 120.921 (met de kanalen samen: tussen 120.827 en 120.921, "
        "zie „Kanalen en totaal samen”); een tabel van het hoofdstuk toont „≈ 120.900”." in methods
    )
    # r39 (r38 TO #1): the chapter's text never wrote „ongeveer 120.900” (only its table and chart show ≈ 120.900)
    assert "schrijft „ongeveer 120.900”" not in methods
    assert "hoofdstukken" not in methods


def test_derived_bounds_are_whole_numbers_and_the_used_website_value_is_marked(built):
    """TO #12, 2021 #22: 120.827 (105.019 + 15.808), not 120.826; the 2020 website value the report uses, marked."""
    for release in ("2021-tele-onthaal", "2021"):
        text = shown(built[release])
        assert "120.826" not in text and "120.827 tot 120.921" in text, release
        assert "berekend uit het verschil −36.460" in text and "(gebruikt)" not in text, release
        # r16: the doubt is the annex's; r21: the 17,9 % only in the annex's table of contradictions, the chapter's
        # note under its table points there
        assert "De bron vermeldt ook een daling met 17,9 %" not in text, release
        assert text.count("een daling met 17,3 %, niet de vermelde 17,9 %") == 1, release
        # r24 2021 #17: the uncertain count marked on its own, both published figures in its note
        # r32 (r31 TO): the note says the percentage does not fit the difference, the annex explains
        pointer = (
            "² Onzeker: berekend uit het gepubliceerde verschil in aantallen. Het gepubliceerde percentage past niet "
            "bij dat verschil; de technische bijlage legt het uit."
        )
        # r22 TO #2: one helpline alone has no chapter table of the years (its totals are the channel table's rows)
        assert (pointer in " ".join(text.split())) == (release == "2021"), release


def test_the_chart_of_the_years_has_a_caption_with_its_message(built):
    """TO #14."""
    text = (built["2021-tele-onthaal"] / "notebooks" / "helplines.ipynb").read_text(encoding="utf-8")
    # r61 (r61 TO #7): the caption names the helpline and its years
    assert "Oproepen en gesprekken bij Tele-Onthaal, 2019–2021" in text  # r30 TO #6
    assert "gepubliceerd, of afgeleid uit een gepubliceerde wijziging" not in text


def test_stop_it_now_counts_beside_the_shares(built):
    """2021 #18."""
    text = shown(built["2021"])
    assert "173 via e-mail (42 %), 162 via telefoon (40 %) en 75 via chat (18 %)" in text
