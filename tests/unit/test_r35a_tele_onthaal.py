# r54 (r54 TO #2, 2021 #1): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 35a (fresh reader of the Tele-Onthaal 2021 report: #1, #2): chat's larger share of conversations was there
the year before already (the previous year's share said beside the oldest year's, 'al' by the one rule for two
shares); the chapter no longer repeats the summary's key message word for word in its opening and its corona
paragraph: it opens with the calls, the corona facts once, in their paragraph. Each test failed on the code before."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from r39_wording import CHAT, HEADLINE, PHONE, SUMMARY_OTHER  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters import helplines
from hulplijnen.chapters.helplines import conversion
from hulplijnen.data import load
from hulplijnen.facts import FactSheet, keys

ALL = ("1712", "tele-onthaal", "stop-it-now")
KEY_MESSAGE = (
    # r45: (r44 TO #7a, #7b) the headline counts first; the rise then the year's estimate
    HEADLINE.split(":** ", 1)[1] + " " + SUMMARY_OTHER
    # r36 TO #2: more than in which year; 'in totaal' of the other conversations, no 'het er'; r37 (r36 TO #1, #5):
    # what was counted, and the rise as its range
    # r39 (r38 TO #6, 2021 #4): the other conversations a bullet of their own
)


def test_chat_share_of_the_year_before_is_said_and_was_already_about_this_years():
    """#1: '85,9 % tegenover ongeveer 75 %' against 2019 alone suggested a 2021 change; 2020's was about 86 % already
    (Table 2: 16.700 / 19.400)."""
    chapter, facts = built()
    text = flat(chapter.text)
    # r36 TO #4: said in the gap's measure (calls less conversations as a share of the calls), as the sentence before
    # r37 (r36 TO #3): a sentence per channel, phone first (the larger), no 'tegenover'
    assert (
        PHONE + " " + CHAT  # r39 (r38 TO #4, #5, 2021 #2): against both earlier years, by the report's rule
    ) in text
    values = facts.values()
    k = ("tele-onthaal", "calls_without_conversation_chat", "calls_chat", 2020)
    assert values[keys.share_of(*k)] == 14  # from the derived ranges, both ends recorded
    assert 13.8 < values[keys.share_of(*k, "low")] < values[keys.share_of(*k, "high")] < 14.1
    # phone's share was about the same every year: recorded, not said again
    assert keys.share_of("tele-onthaal", "calls_without_conversation_phone", "calls_phone", 2020) in values
    # r39 (r38 TO #4, #5): 2020 said in the channel's sentence ('even groot als in 2020 (naar schatting …)')
    # r47 (r46 2021 #7): once, the total's; the channels' estimates are the table's
    # r51 (r50 TO #2): the channels' compared years with their estimates too: three
    assert "in 2020 was het al ongeveer 25" not in text and text.count("ongeveer even groot als in 2020 (naar") == 3


def _implied(chat_2020: tuple, years=(2019, 2020)) -> pd.DataFrame:
    ranges = {
        2019: [("phone", "calls", 100.0, 101.0), ("phone", "conversations", 75.0, 75.5)]
        + [("chat", "calls", 100.0, 100.5), ("chat", "conversations", 74.9, 75.0)],
        2020: [("phone", "calls", 100.0, 100.5), ("phone", "conversations", 74.9, 75.2)]
        + [("chat", "calls", 100.0, 100.2), ("chat", "conversations", *chat_2020)],
    }
    return pd.DataFrame(
        [
            {"category": c, "measure": m, "year": y, "low": lo, "high": hi, "preferred": True}
            for y in years
            for c, m, lo, hi in ranges[y]
        ]
    )


def _figs() -> pd.DataFrame:
    values = {"calls_phone": 100, "conversations_phone": 75, "calls_chat": 100, "conversations_chat": 86}
    return pd.DataFrame([{"key": k, "value": v} for k, v in values.items()])


def _channels(implied: pd.DataFrame) -> dict:
    labels, facts = {"phone": "telefoon", "chat": "chat"}, FactSheet("helplines", 2021)
    return {c["label"]: c for c in conversion.channels("tele-onthaal", 2021, _figs(), implied, facts, labels)}


def test_the_previous_year_by_the_rule_for_two_shares():
    """#1: 'al' only where the previous year's share is about this year's; a share that differs is said without it;
    nothing where the previous year is the oldest, or where every year reads as about the same."""
    already = _channels(_implied((85.9, 86.0)))
    # r36 TO #4: the gap's trend and shares (100 less the conversations' share)
    assert already["chat"]["trend"] == "fell" and already["chat"]["previous"]["already"]
    assert already["chat"]["previous"]["year"] == "2020" and already["chat"]["previous"]["about"] == 14
    assert already["telefoon"]["trend"] == "same" and already["telefoon"]["previous"] is None
    between = _channels(_implied((79.9, 80.0)))
    assert between["chat"]["previous"]["already"] is False and between["chat"]["previous"]["about"] == 20
    oldest_only = _channels(_implied((85.9, 86.0), years=(2020,)))
    assert oldest_only["chat"]["year"] == "2020" and oldest_only["chat"]["previous"] is None


@pytest.fixture
def made_up_later_year(monkeypatch):
    """2021's Tele-Onthaal figures as a made-up 2023's (every reference year two later), chat's conversations down
    10 % since the year before, so that year's share is not about this year's."""
    real = load.key_figures

    def later(year, helpline):
        figs = real(year - 2, helpline).copy()
        figs["reference_year"] = figs["reference_year"] + 2
        figs["key"] = figs["key"].str.replace(r"_(20\d\d)$", lambda m: f"_{int(m.group(1)) + 2}", regex=True)
        figs.loc[figs["key"] == "conversations_chat_change_2022", "value"] = -10.0
        return figs

    monkeypatch.setattr(load, "key_figures", later)
    return flat(helplines.whole(2023, ["tele-onthaal"], FactSheet("helplines", 2023)).text)


def test_a_made_up_later_year_says_its_own_previous_year_without_already(made_up_later_year):
    text = made_up_later_year
    assert (  # r36 TO #4: the gap's measure; r37 (r36 TO #3): a sentence per channel
        # r39 (r38 TO #4, #5): both earlier years, the made-up ones, by the report's rule; r40 (r39 2021 #6): in its
        # words ('ongeveer even groot', 'hoger', 'lager')
        # r41 (r40/r41 TO #3): one estimate each; 'veel hoger/lager' by the rule's third step
        # r45 (r44 TO #1): each earlier year to one decimal, a range where its ends round apart
        # r47 (r46 2021 #7): the channels' shares are the table's; a sentence only for a share far from a year's
        "@tbl-helpline-channels geeft dat aandeel per kanaal." in text
    )
    assert (  # r48 (r47 TO #5): a sentence per channel, the year not repeated
        "Via chat was het "
        "14,1 %, veel hoger dan in 2022 (naar schatting 5,3 %) en veel lager dan in 2021 (naar "
        "schatting 25,1 %)."  # r50 (r49 TO #3): the table's middle, one decimal
    ) in text and "via telefoon, ongeveer even groot als in 2022" not in text
    assert not re.search(r"\b(2019|2020)\b", text)  # no year typed in
    # r61 (r61 TO #4): 'In 2023 was 13 % van de gesprekken coronagerelateerd, tegen …'
    assert "13 % van de gesprekken coronagerelateerd, tegen 24,1 % in 2022, het eerste coronajaar." in text  # r60


def _paragraph(text: str, head: str) -> str:
    return next(p for p in text.split("\n\n") if p.startswith(head))


def test_the_chapter_opens_with_the_calls_not_the_key_message_again():
    """#2: the key message, then the chapter's opening and its corona paragraph said the same, word for word."""
    text = built()[0].text
    first = flat(text.split("\n\n")[0])
    assert first.startswith("In 2021 telde Tele-Onthaal 137.669 oproepen")  # r38 (r37 TO #15): no box words again
    assert "corona" not in first and "13 %" not in first
    chapter = flat(text)
    # the corona facts once, in their paragraph, with their numbers
    corona = flat(_paragraph(text, "**Veel lager aandeel coronagerelateerde gesprekken.**"))
    for said in ("24,1 %", "In 2021 was 13 %", "het eerste coronajaar"):  # r61 (r61 TO #4): pin follows the wording
        assert chapter.count(said) == 1 and said in corona, said
    # r37 (r36 TO #1, #5): what was counted; the rise as its range
    # r39 (r38 TO #6, 2021 #4); r41 (r40/r41 TO #4, #5): the year's estimate first, 'naar schatting 90.800'
    other = flat(_paragraph(text, "Het aantal andere gesprekken"))  # r44 (r43 TO #9): both years' counts
    said = "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600"
    assert chapter.count(said) == 1 and said in other and "vóór corona (naar schatting 90.800)" in other
    # no fact of the old opening lost: about as many conversations as the year before, in their paragraph
    talks = flat(_paragraph(text, "**Gesprekken.**"))
    # r47 (r46 TO findings): wording changed on purpose
    assert "Dat is 15,3 % meer dan in 2019 en iets minder dan in 2020 (−1,1 %)." in talks
    # the key message stays the summary's, as it was
    # r47 (r46 TO findings): wording changed on purpose
    assert "**Iets minder gesprekken, veel minder vaak coronagerelateerd:** " + KEY_MESSAGE in summary_of_release(
        ["tele-onthaal"]
    )


def test_the_2021_report_keeps_its_tele_onthaal_message_and_the_section_does_not_repeat_it():
    """#2, the 2021 report: its summary bullet as before; § 6.1 gives the facts in its paragraphs."""
    md = summary_of_release(list(ALL))
    # r36 (r35 2021 #6): of several helplines, the lead names whose; r37 (r36 2021 #11): the year's counts lead that
    # bullet ('voerde 104.681 gesprekken' and 'evenveel gesprekken' were two bullets in a row), the text as before
    # r44 (r43 2021 #4): one bullet again in the report of several helplines (Tele-Onthaal's own release keeps its
    # two); the 2021 report's wording is pinned in test_r44b_summary.py
    assert (
        # r47 (r46 TO #1): 'iets minder' by the Methods' rule
        # r61 (r59 2021 #5): 'iets minder' with the published changes, as the Methods say
        "- **Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). "
        "Van de gesprekken was 13 %" in md
    )
    assert md.count("**Tele-Onthaal") == 1
    section = flat(built(ALL)[0].text)
    assert "maar minder gesprekken hadden met corona te maken" not in section
    # r61 (r61 TO #4): pin follows the new wording
    assert (
        "In 2021 was 13 % van de gesprekken coronagerelateerd, tegen 24,1 % in 2020, het eerste coronajaar." in section
    )
    assert CHAT in section  # r36 TO #4: the gap's measure; r39 (r38 TO #4): against both earlier years
