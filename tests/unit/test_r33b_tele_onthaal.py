# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 33b (r32 2021 #2, #4, #10): the corona count of 2021 as a range rounded outwards, so its printed ends hold the
whole range (13.086 to 14.131 is not 'tussen 13.000 en 14.000'); the website's finding only, the source's 17,9 % the
tables' and the annex's; the per-channel gap a sentence; the growth chart's close dots and values apart; the
comparison's lead-in one sentence. Each test failed on the code before."""

import itertools

import matplotlib.pyplot as plt
import pandas as pd
from test_helplines_r13 import built, flat

from hulplijnen.chapters.helplines import charts, conversion, corona
from hulplijnen.facts import FactSheet
from hulplijnen.maths.intervals import Interval

# r39 (r38 2021 #3): the exact share the difference comes to, the source's percentage beside it and why it does not fit
# r41 (r40/r41 TO #1, #8): the chapter no longer repeats both percentages (the summary's note and Table 3 give them)
WEBSITE_2020 = (  # r47 (r46 2021 #8): both percentages said in place
    # r52 (r51 TO #9, 2021 #8): both percentages in place again, no pointer to the annex
    # r59 (r58 TO #8): pin follows the new wording
    # r61 (r61 TO #2): pin follows the new wording
    "(210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies)"  # r53 (r52 2021 #9)
)

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_the_corona_range_is_rounded_outwards_and_holds_the_whole_range():
    """2021 #2: the printed ends are the recorded outward bounds and contain the derived range."""
    chapter, facts = built()
    text = flat(chapter.text)
    values = facts.values()
    low = values["tele-onthaal.corona_conversations.2021.low"]
    high = values["tele-onthaal.corona_conversations.2021.high"]
    first, last = corona.outward_bounds(low, high)
    assert first <= low and high <= last
    # r37 (r36 TO #11): in brackets after the 'rond' count
    assert f"en in 2021 tussen {first:,} en {last:,}.".replace(",", ".") in text  # r49 (r48 TO #8)
    assert "tussen 13.000 en 14.200" in text and "tussen 13.000 en 14.000" not in text
    assert (values["tele-onthaal.corona_conversations.2021.between_high"], last) == (14_200, 14_200)
    assert not any(".rounded_" in k for k in values)  # one rule, one fact


def test_outward_bounds_on_a_tiny_range_that_nearest_rounding_would_cut():
    """1.149 to 1.251: the nearest tens (1.150, 1.250) would cut off both ends; outwards they hold the range."""
    assert corona.outward_bounds(1_149, 1_251) == (1_140, 1_260)
    assert corona.outward_bounds(13_086, 14_131) == (13_000, 14_200)
    assert corona.outward_bounds(500, 500) == (500, 500)
    found = corona.outward("x", 2021, ("m", 2021), Interval(1_149, 1_251), FactSheet("t", 2021), "s")
    assert (found["between_low"], found["between_high"]) == (1_140, 1_260)


def test_the_website_sentence_says_the_finding_only():
    """2021 #4: no '(de bron vermeldt 17,9 %)' in the chapter; the difference and about the share it comes to."""
    for helplines_ in (("tele-onthaal",), ALL):
        text = flat(built(helplines_)[0].text)
        assert (
            # r61 (r61 TO #2): pin follows the new wording
            "174.063 bezoekers in 2021: 36.460 minder dan in 2020 "
            + WEBSITE_2020
            + " en 79.554 of 84,2 % meer dan in 2019"
            in text
        )
        # r39 (r38 2021 #3): the source's percentage beside the exact share, once, with the table of checks;
        # r41 (r40/r41 TO #8): the percentages are the summary's note's and Table 3's, the chapter points there
        # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
        # r52 (r51 TO #9): the source's percentage once, in place, no pointer to the annex
        # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
        # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
        assert text.count("17,9") == 1 and "past daar niet bij" not in text and "@tbl-inconsistencies" in text


def test_the_gap_per_channel_is_a_sentence():
    """2021 #4: 'Meer oproepen dan gesprekken per kanaal: telefoon 30.280, chat 2.708.' was a fragment; the counts are
    each channel's calls less its conversations (118.408 - 88.128, 19.261 - 16.553)."""
    text = flat(built()[0].text)
    # r33 TO #2: each channel's gap as a share of its calls
    # r37 (r36 TO #3): a sentence per channel, the share after a colon
    # r47 (r46 2021 #7): twelve percentages in running text: each channel's share is a row of Table 2 now
    assert "Via telefoon waren er 30.280" not in text
    rows = built()[0].tables["channels"].set_index("Cijfer")
    assert rows.loc["telefoon – verschil oproepen en gesprekken (% van de oproepen)", "2021"] == "25,6\u00a0%"
    assert "per kanaal: telefoon" not in text


def test_the_comparison_lead_in_is_one_sentence():
    """2021 #10: 'De groei sinds 2019 is bij benadering. De groeicijfers vergelijken dus ...' followed from nothing."""
    text = flat(built(ALL)[0].text)
    # r63 (r63 2021 #3): only the year between is approximate, as Figuur 5 says
    assert (
        "De groei van 2019 tot 2021 volgt uit de gepubliceerde wijzigingen; die van 2019 tot 2020 is bij benadering "
        "berekend. Groeicijfers zeggen niets over hoe groot de hulplijnen tegenover elkaar zijn" in text
    )  # r64 (r64 2021 #6)
    assert "groeicijfers vergelijken dus" not in text


def _growth(rows):
    frame = pd.DataFrame(rows, columns=["label", "value", "previous"])
    return frame.assign(low=frame["value"], high=frame["value"], decimals=0, year="2021", previous_year="2020")


def test_close_dots_and_their_values_never_overlap():
    """2021 #10: 114 and 115 sat on top of each other and the open 2020 dot hid behind the 2021 dot."""
    rows = _growth([("a", 113.9, 115.1), ("b", 157.0, 148.1), ("c", 146.2, 164.4)])
    # r66: close_pairs is gone (every row's open dot now sits under its line, r65 2021 #6); the drawing is checked
    for width in (charts.WIDTH, 3.9):  # the report's width and a phone's
        fig = charts.intervals(rows, "Groei", "index", 100, "2019 = 100")
        fig.set_size_inches(width, fig.get_size_inches()[1])
        fig.canvas.draw()
        ax = fig.axes[0]
        # r61 (r61 2021 #4): the open dot's value with '≈' (derived), as the chart of the years writes it
        boxes = [t.get_window_extent() for t in ax.texts if t.get_text().lstrip("\u2248\u00a0").isdigit()]
        assert len(boxes) == 6
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b)
        dots = [line for line in ax.lines if line.get_marker() == "o" and len(line.get_xdata()) == 1]
        centres = [ax.transData.transform((line.get_xdata()[0], line.get_ydata()[0])) for line in dots]
        size = dots[0].get_markersize() * fig.dpi / 72
        for (x1, y1), (x2, y2) in itertools.combinations(centres, 2):
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= size
        plt.close(fig)


def test_talks_level_is_one_rule_and_the_unused_conversion_facts_are_gone():
    """Code: the chapter and the summary take the conversations' level from conversion.talks_level; the per-channel
    conversion shares and their order that no text said are not computed."""
    chapter, facts = built()
    values = facts.values()
    # r33 TO #2 (r33i): the per-channel shares are said again, so their facts are back
    # r36 TO #4: the gap's share per channel, not the conversations' (one measure)
    assert "tele-onthaal.calls_without_conversation_chat.share_of_calls_chat_pct.2019.low" in values
    assert "tele-onthaal.conversations_chat.share_of_calls_chat_pct.2019.low" not in values
    # r39 (r38 TO #2, 2021 #2): the gap's share of all calls is judged against each earlier year, so its fact is back;
    # the conversations' share of the calls stays unrecorded
    assert not any(k.endswith("share_of_calls_pct.2019") and "without_conversation" not in k for k in values)
    assert "tele-onthaal.calls_without_conversation.share_of_calls_pct.2019.low" in values
    from hulplijnen.pipeline import helpline_messages

    assert helpline_messages.talks_level is conversion.talks_level
