# r54 (r54 TO #2, 2021 #1): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 24 (r23 Tele-Onthaal review): what the helpline is, the hedged count of calls without a conversation, the
corona paragraph after the conversations it is a share of, and a true note on the website's conflicting figures."""

import re
from pathlib import Path

import pandas as pd
from r39_wording import GAP  # r39 (r38 TO #2, #4-#6)
from test_tele_onthaal_r12 import chapter_text, flat

from hulplijnen.chapters.helplines import charts


def test_the_chapter_says_what_the_helpline_is_in_its_opening_not_as_the_help_box_says_it():
    """TO #5: the chapter never said what Tele-Onthaal is."""
    text = flat(chapter_text())
    # r31 TO #4: what the helpline is, then the story (the corona split) before the counts
    # r34: the published fact leads (about as many conversations, fewer about corona, both shares)
    # r35 TO #2: that story is the summary's key message, said again word for word in the opening: the opening now
    # starts from the calls, with what the helpline is in its sentence
    # r38 (r37 TO #15): the box's description said again word for word: the opening gives the count alone
    assert text.startswith("In 2021 telde Tele-Onthaal 137.669 oproepen (@fig-helpline-years).")
    assert "helpend gesprek" not in text
    assert "Tele-Onthaal: anonieme hulplijn" not in text  # the 'Hulp nodig?' box's own sentence


def test_the_calls_without_a_conversation_are_hedged_in_their_own_sentence():
    """TO #4, 2021 #2: '32.988 oproepen meer dan gesprekken: niet elke oproep werd een gesprek' read as unanswered."""
    text = flat(chapter_text())
    # r24 TO #1: even hedged, the gap was read as unanswered calls: it is the annex's, not the chapter's
    # r30 TO #1: the lead's one plain sentence in the chapter, nothing on unanswered calls
    # r31 TO #2: in context (as in 2019 and 2020, by channel); why is unknown is said once, under 'Wat niet bekend is'
    # r34: the gap in a paragraph of its own, with what is not known about the other calls said right after it;
    # 'onbeantwoord' only to say the gap is no measure of it
    # r37 (r36 TO #3): the years in one sentence; the channels a paragraph of their own, a sentence each
    paragraphs = [flat(p) for p in re.split(r"\n\s*\n", chapter_text())]
    assert (
        GAP + " "
        # r38 (r37 TO #6): what the gap's cause is, not 'de andere oproepen'
        "Waar dat verschil vandaan komt (oproepen die niemand beantwoordde, waarbij de oproeper inhaakte of "
        "niets zei, of die herhaald werden), is "
        # r63 (r63 2021-tele-onthaal #1): 'niet zonder meer', not 'geen maat'
        "niet bekend; het verschil is dus niet zonder meer het aantal onbeantwoorde oproepen."
    ) in paragraphs
    # r47 (r46 2021 #7): the channels' shares are the table's rows; the paragraph points there
    assert any(p.startswith("@tbl-helpline-channels geeft dat aandeel per kanaal.") for p in paragraphs)
    # r36 TO #12: 'geen coronagerelateerde gesprekken' is Table 2's note on 2019, not the gap
    assert not re.search("geen gesprek(?!ken over corona)", text) and text.count("zegt de bron niet") == 0
    # r63 (r63 TO #5): and once for chat's far fall of that share since 2019, in its own sentence
    assert text.count("onbeantwoord") == 1 and text.count("is niet bekend") == 2
    assert text.count("zo sterk daalde, is niet bekend") == 1
    assert "niet elke oproep werd een gesprek" not in text
    assert text.count("oproepen zonder gesprek") == 0  # said once, not again under 'Wat niet bekend is'


def test_the_corona_paragraph_follows_the_conversations_and_says_its_estimate_in_one_hedged_sentence():
    """TO #3, #9: the estimate came between the calls and their chart, as a range pulled inwards from the annex's."""
    text = flat(chapter_text())
    # r34: the corona paragraph still follows the conversations, now after 'Per kanaal' and Tabel 2
    assert (
        text.index("**Gesprekken.**")
        < text.index("**Per kanaal")
        < text.index("**Veel lager aandeel coronagerelateerde gesprekken.**")
    )
    assert "90.600" not in text and "91.500" not in text and "Omgerekend" not in text
    # r24 TO #2: the corona conversations as counts, no estimate of the undefined 'other' conversations
    assert (
        "91.000" not in text and "Dat is tussen 10.100 en 11.400" not in text
    )  # r30 TO #4: the rise, not the two estimates
    # r31 TO #6, #7: the 2021 count as the thousands its range lies between; the rise of the conversations not about
    # corona is the opening's
    # r37 (r36 TO #1, #11): 2021's range beside its 'rond' count; the rise as a range, not 'ruim 10.000'
    assert (
        "Het aantal coronagerelateerde gesprekken lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen "
        "13.000 en 14.200."  # r49 (r48 TO #8)
    ) in text
    # r44 (r43 TO #9): the rise is the summary's; the chapter gives both years' counts
    assert (
        text.count("tussen 10.100 en 11.400 meer") == 0
        and "tussen 80.200 en 80.500 en in 2021 tussen 90.500" in text  # r49 (r48 TO #8)
        and "ruim 10.000" not in text
    )
    assert "andere onderwerpen" not in text
    assert "tussen 13.000 en 14.000" not in text  # r32 2021 #2: its ends hold the whole range


def test_the_note_on_the_website_conflict_draws_no_conclusion_the_figures_do_not_allow():
    """TO #2: the 2019 figures fitting each other said nothing about 2020; '−17,9 % staat alleen in ...' was false."""
    notes = Path("data/inconsistencies.csv").read_text(encoding="utf-8")
    assert "passen wel bij elkaar" not in notes
    assert "Welk van de twee cijfers fout is, valt uit de bron niet af te leiden." in notes
    # r26 TO #4, #8: no note under the key figures any more, and no bookkeeping of where else it stands
    assert "alleen in een noot bij de kerncijfers" not in notes and "Buiten deze tabel" not in notes


def test_the_chart_of_the_years_has_few_level_ticks_and_room_for_its_values():
    """TO #12: eight x ticks ('25.000' ...) stood upright on a phone, and '≈ 139.100' covered its bar's end."""
    rows = pd.DataFrame(
        {
            "year": [2019, 2019, 2020, 2020, 2021, 2021],
            "measure": ["calls", "conversations"] * 3,
            "low": [120827, 90700, 139000, 105700, 137669, 104681],
            "high": [120921, 90900, 139200, 105900, 137669, 104681],
            "exact": [False, False, False, False, True, True],
        }
    )
    fig = charts.calls_conversations(rows, "t", {})
    ax = fig.axes[0]
    low, high = ax.get_ylim()  # r33 TO #16: vertical columns
    shown = [t for t in ax.get_yticks() if low <= t <= high]
    # r30 TO #15: the axis ends at the tick above the longest bar, the long bars' values inside their ends
    # r33 TO #16: room above the longest column for its value
    assert len(shown) <= 5 and 139200 * 1.12 <= high <= 200000  # upright ticks: five stay level
