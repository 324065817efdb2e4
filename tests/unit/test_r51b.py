# r54 (r54 TO #1, 2021 #3): pinned wording follows the r54 text
"""r51 (r50 Tele-Onthaal and 2021 readers): the rise of the other conversations explained by the corona share's fall
beside a total about level, not two falls set against each other (TO #1); each channel's compared years each with
its estimate (TO #2); the rise of the other conversations without a sentence part starting with a digit (TO #3); the
2021 summary's bullet with one 'ongeveer' before the figures (2021 #4). Each failed before."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release

ALL = ["1712", "tele-onthaal", "stop-it-now"]


def test_the_rise_of_the_other_conversations_is_explained():
    md = " ".join(summary_of_release(["tele-onthaal"]).split())
    # r52 (lead's decision A): explained by 'Daardoor' after the corona share's fall; the rise no longer said
    # r56 (r55 TO #2): pin follows the new wording
    # r59 (r58 TO #2): pin follows the new wording
    # r61 (r61 TO #1): the other conversations a bullet of their own
    # r66 (r66 TO #4): pin follows the new wording
    # r53 (r52 TO #5)
    assert "daalde van 24,1 % naar 13 %. - **Meer niet-coronagerelateerde gesprekken:** als Tele-Onthaal" in md
    assert "daalde iets, maar het aandeel" not in md
    # r53 (r52 TO #5)
    assert "zo'n 11.000" not in md
    # r56 (r55 TO #4): no comparison with all conversations of 2019 (what counted as about corona is undefined)
    assert "evenveel als alle gesprekken in 2019" not in md and "(ongeveer 90.800)" not in md
    assert "ongeveer 11.000 meer" not in md


def test_each_compared_year_of_a_channel_has_its_estimate():
    text = flat(built()[0].text)
    assert (
        "Via telefoon was het 25,6 %, ongeveer even groot als in 2020 (naar schatting 25,6 %) en iets hoger dan in "
        "2019 (naar schatting 24,8 %)." in text
    )
    assert "Via chat was het 14,1 %, ongeveer even groot als in 2020 (naar schatting 14,0 %) en veel lager" in text
    assert "ongeveer even groot als in 2020 en" not in text


def test_the_rise_of_the_other_conversations_in_the_chapter_reads_plainly():
    text = flat(built()[0].text)
    # r53 (r52 TO #3)
    assert (
        # r59 (r58 TO #1): pin follows the new wording
        "In 2021 waren er tussen 10.100 en 11.400 andere gesprekken meer dan in 2020, naar schatting 13,4 % meer, "
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is." in text
    )
    assert "lag in 2021 tussen 10.100 en 11.400 hoger" not in text


def test_the_2021_bullet_says_ongeveer_once_before_the_figures():
    md = " ".join(summary_of_release(ALL).split())
    # r52 (lead's decision A): one 'ongeveer' before each figure, no rise
    # r53 (r52 TO #5)
    # r56 (r55 TO #2): pin follows the new wording
    assert (
        # r59 (r58 2021 #6): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
        "tegen naar schatting 80.300 in 2020: "
        # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
        "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier "  # r64 (r64 2021 #3)
        "bepaalde wat coronagerelateerd is." in md
    )
    assert "naar ongeveer 91.000 (ongeveer 11.000 meer)" not in md
