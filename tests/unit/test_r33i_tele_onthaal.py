# r54 (r54 TO #2, 2021 #1): pinned wording follows the r54 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 33 (Tele-Onthaal findings of r32: #2, #6, #8, #11, #14): the gap per channel as shares and whether chat turned
more of its calls into a conversation than in the oldest year, the corona split in Table 2, no source talk, the corona
paragraph a paragraph of its own."""

from __future__ import annotations

import pandas as pd
from r39_wording import CHAT, PHONE  # r39 (r38 TO #4, #5)
from test_helplines_r13 import built, flat

from hulplijnen.chapters.helplines import charts, conversion
from hulplijnen.facts import FactSheet


def test_the_gap_per_channel_is_a_share_and_the_chat_conversion_an_estimate_against_2019():
    """#2: absolute gaps of channels of very different size hid that chat turned a larger share of its calls into a
    conversation than in 2019 while phone stayed about the same."""
    text = flat(built()[0].text)
    # r35 TO #1: chat's share was already about 86 % in 2020 (the rise came before 2021): said after the oldest
    # year's; r36 TO #4: one measure, the gap as a share of the calls (not its complement); r37 (r36 TO #3): each
    # channel a sentence of its own, its share and its earlier years together, no 'tegenover' of two percentages
    assert (
        PHONE + " " + CHAT  # r39 (r38 TO #4, #5, 2021 #2): both earlier years, by the report's rule
    ) in text
    assert "tegenover ongeveer 25 %" not in text


def _implied(chat_talks: tuple) -> pd.DataFrame:
    rows = [
        ("phone", "calls", 100.0, 101.0),
        ("phone", "conversations", 75.0, 75.5),
        ("chat", "calls", 100.0, 100.5),
        ("chat", "conversations", *chat_talks),
    ]
    return pd.DataFrame(
        [{"category": c, "measure": m, "year": 2019, "low": lo, "high": hi, "preferred": True} for c, m, lo, hi in rows]
    )


def _figs(chat_talks_now: float) -> pd.DataFrame:
    values = {"calls_phone": 100, "conversations_phone": 75, "calls_chat": 100, "conversations_chat": chat_talks_now}
    return pd.DataFrame([{"key": k, "value": v} for k, v in values.items()])


def test_the_rule_decides_from_the_ranges():
    """#2: a change only where the earlier range and this year's share are further apart than 'about the same'."""
    labels, facts = {"phone": "telefoon", "chat": "chat"}, FactSheet("helplines", 2021)
    rose = conversion.channels("tele-onthaal", 2021, _figs(86), _implied((74.9, 75.0)), facts, labels)
    # r36 TO #4: the trend is the gap's (calls less conversations, as a share of the calls): chat's fell
    assert {c["label"]: c["trend"] for c in rose} == {"telefoon": "same", "chat": "fell"}
    facts = FactSheet("helplines", 2021)
    same = conversion.channels("tele-onthaal", 2021, _figs(76), _implied((74.9, 75.0)), facts, labels)
    assert {c["trend"] for c in same} == {"same"}


def test_table_2_holds_the_corona_split_as_estimates():
    """#6: the headline (fewer conversations about corona, more others) had no table or chart in the chapter."""
    table = built()[0].tables["channels"].set_index("Cijfer")
    corona, other = table.loc["totaal – coronagerelateerde gesprekken"], table.loc["totaal – andere gesprekken"]
    # r34 TO #8: a range says it is an estimate, no '≈' before it; r37 (r36 TO #11): in brackets after its count
    # r56 (r55 TO #2): 2021's counts from a whole-percent share as precise as their ranges allow (width_count)
    assert corona["2020"] == "≈\u00a025.500" and corona["2021"] == "≈\u00a014.000"  # r39 (r38 TO #13)
    assert other["2020"].startswith("≈") and other["2021"] == "≈\u00a091.000"  # r39 (r38 TO #13)
    # r36 TO #12: 2019, before the first corona year, has none about corona and all its conversations as the others
    assert corona["2019"] == "–" and other["2019"] == table.loc["totaal – gesprekken", "2019"] == "≈\u00a090.800"


def test_no_source_talk_and_the_corona_paragraph_stands_alone():
    """#8: 'de bron zegt niet waarom' and 'afgeleid uit gepubliceerde wijziging'; #11: 'Minder gesprekken over
    corona.' ran on inside the paragraph 'Gesprekken.'."""
    text = built()[0].text
    # r37 (r36 TO #9): the annex's word, with the bars' mark, not 'geschat'
    assert "de bron zegt niet" not in flat(text) and charts.DERIVED == "schatting (≈)"  # r39 (r38 2021 #14)
    assert "\n\n**Veel lager aandeel coronagerelateerde gesprekken.**" in text


def test_the_chart_of_the_years_has_the_years_from_left_to_right():
    """#16: horizontal bars put the years from top to bottom, odd for a trend: vertical columns, years on x."""
    rows = pd.DataFrame(
        [
            {"year": y, "measure": m, "low": v, "high": v + (0 if y == 2021 else 50), "exact": y == 2021}
            for y, m, v in [(2019, "calls", 120), (2021, "calls", 137), (2019, "conversations", 90)]
            + [(2021, "conversations", 104)]
        ]
    )
    fig = charts.calls_conversations(rows, "t", {})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2019", "2021"] and ax.get_ylabel() == "aantal per jaar"
    # r34 TO #10, r37; r39 (r38 2021 #14): the legend's word is the tables' "schatting"
    assert "oproepen, schatting (≈)" in [t.get_text() for t in fig.legends[0].get_texts()]
