"""Round 30 (2021 #11, #22): the 2021 lead-in to the 2020 monthly figure says its message in one plain sentence from
the recorded step (chat rose in April 2020 and stayed higher); the annex says how the exact chat share lies against
the published 'één op de 10' in plain words ('ruim één op de tien'), no 'dat klopt'."""

import re

import pytest

from hulplijnen.chapters import channels
from hulplijnen.facts import FactSheet, keys


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def chapter_2021():
    facts = FactSheet("channels", 2021)
    return channels.build(2021, "1712", [2020], facts), facts


def test_the_lead_in_to_the_earlier_years_months_says_the_figures_message(chapter_2021):
    chapter, facts = chapter_2021
    monthly = plain(chapter.section("monthly"))
    shares = plain(chapter.section("channels"))
    # r31 2021 #7 (round 32): the counts beside it, no 'Ter vergelijking' promising a comparison not drawn; r33 2021
    # #17: tied to the chat's growth; r37 (r36 2021 #7): in the channels' text, not above the figure of the shares,
    # with the months of both levels
    assert (
        "Chat groeide al in 2020: van 21 tot 29 contacten per maand in januari–maart naar 74 tot 108 per maand van "
        "april tot december 2020." in shares
    )
    assert "Chat" not in monthly and "Ter vergelijking" not in shares + monthly
    # r31 2021 #5: the sentence keeps the point, no chart of the earlier year's months
    assert "De figuur hieronder" not in monthly and chapter.data["monthly"] is None
    assert facts.get(keys.channel_count("1712", "chat", "step_month")) == "2020-04"
    # the earlier year's counts were the figure's; with no figure left (r31 2021 #5) they are the sentence's, recorded
    # (r31 2021 #7, round 32)
    assert facts.get(keys.channel_count("1712", "chat", "step_after_high_contacts")) == 108


def test_the_own_years_step_keeps_its_numbers():
    text = plain(channels.build(2020, "1712", [2019], FactSheet("channels", 2020)).section("monthly"))
    assert "**Chat nam in april 2020 sterk toe en bleef daarna hoog:** van 21 tot 29 contacten per maand" in text


def test_the_published_one_in_n_is_set_beside_the_exact_share_in_plain_words(chapter_2021):
    checks = plain(chapter_2021[0].section("checks"))
    # r31 2021 #15: nobody says 'één op de 8,8'; r32 (2021 #2): a published share that rounds right (11,3 % as
    # 'ongeveer één op de 10') is not set right in the annex under 'Bij hoofdstuk 1', which never said it
    assert "8,8" not in checks and "dat klopt" not in checks
    assert "één op de 10" not in checks and not checks.strip()
