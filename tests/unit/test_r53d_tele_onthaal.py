# r54 (r54 TO #1, 2021 #3; TO #8): pinned wording follows the r54 text
"""r53 (r52 readers of 2021-tele-onthaal #3, #5, #7, #8, #9 and 2021 #9): the other conversations' rise as a range
with its percentage, the summary's levels as Table 2's '≈' counts, the footnote and the gap in plain Dutch, how a
reader finds the source page, Table 2's note on 2019, and the website's checking detail out of the running text.
Each test fails on the wording before r53."""

from __future__ import annotations

from r39_wording import SUMMARY_OTHER  # r61 (r61 TO #1)
from test_back_matter_r17 import PAGE
from test_back_matter_r17 import flat as flat_md
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.pipeline.appendix import sources_markdown

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_the_rise_of_the_other_conversations_is_a_range_with_its_percentage():
    """TO #3: '… was in 2021 10.100 tot 11.400 hoger dan in 2020' broke the rules for ranges and for counts."""
    for helplines_ in (("tele-onthaal",), ALL):
        text = flat(built(helplines_)[0].text)
        rise = (
            # r59 (r58 TO #1): pin follows the new wording
            "In 2021 waren er tussen 10.100 en 11.400 andere gesprekken meer dan in 2020, naar schatting 13,4 % "
            "meer, als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is."
        )
        assert rise in text
        assert "10.100 tot 11.400 hoger" not in text


def test_the_summary_gives_table_2s_counts_and_the_oldest_years():
    """TO #5: 'ongeveer 91.000 (2020: ongeveer 80.000)' beside Table 2's '≈ 91.100' and '≈ 80.300'; 2019 unnamed."""
    for helplines_ in (["tele-onthaal"], list(ALL)):
        md = flat(summary_of_release(helplines_))
        assert (
            # r56 (r55 TO #2): pin follows the new wording
            # r56 (r55 TO #4): no comparison with all conversations of 2019
            # r59 (r58 TO #2, 2021 #6): pin follows the new wording
            (
                SUMMARY_OTHER  # r61 (r61 TO #1): of Tele-Onthaal alone a bullet of its own
                if "1712" not in helplines_
                else "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
                # r66 (r66 TO #2): pin follows the new wording
                "tegen naar schatting 80.300 in 2020: "
                # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
                "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
                "coronagerelateerd is."  # r64 (r64 2021 #3)
            )
            in md
        )
        # r56 (r55 TO #2): the count as precise as its range allows (91.000); still no rounder 80.000, no 91.100
        # r56 (r56 TO #5): each estimate 'naar schatting', 'ongeveer' for rounded exact figures only
        assert "91.100" not in md and "80.000" not in md and "ongeveer 80" not in md.split("## Kerncijfers")[0]


def test_the_footnote_and_the_gap_read_plainly():
    """TO #7: 'een van beide … klopt dus niet, welk is niet bekend'; '32.988 meer oproepen dan gesprekken'."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        "een van die twee gepubliceerde cijfers klopt dus niet. Welk cijfer fout is, valt uit de bron niet af te leiden"
        in md
    )
    assert "welk is niet bekend" not in md and "32.988 oproepen meer dan gesprekken" in md
    text = flat(built(("tele-onthaal",))[0].text)
    assert "Er waren 32.988 oproepen meer dan gesprekken: " in text and "meer oproepen dan gesprekken" not in text


def test_the_source_page_is_found_by_its_title():
    """TO #8: 'Het webadres van die pagina is niet bekend' left the reader without a way to find it."""
    for quality in (True, False):
        md = flat_md(sources_markdown(PAGE, False, quality))
        assert (
            # r56 (r55 TO #3): pin follows the new wording
            # r56 (r55 TO #3): the page's title and the line under it as the source gives them, no joined title
            # r59 (r58 TO #5): the title and the line under it in one name, with what the page does not say
            # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
            "De webpagina „Cijfers hulplijnen: 1712, Stop it Now! &amp; Tele-Onthaal” vermeldt geen uitgever, geen "
            "datum en niet wie de cijfers aanleverde; het webadres van die pagina is niet bekend." in md  # escaped
        )
        assert "bekend bij" not in md and "http" not in md.replace("https://www.", "")


def test_table_2s_note_on_2019_is_no_counted_zero():
    """TO #9: '–: geen coronagerelateerde gesprekken (2019, vóór corona)' read as a counted zero."""
    text = flat(built(("tele-onthaal",))[0].text)
    # r56 (r55 TO #7): the note goes on after 2019 (what its other conversations are)
    # r63 (r62 TO #8): the mark named
    assert "Een streepje (–): niet van toepassing (2019, vóór corona);" in text
    assert "geen coronagerelateerde gesprekken" not in text


def test_the_website_sentence_points_to_the_annex_for_the_published_percentage():
    """2021 #9: '(de bron vermeldt −17,9 %, maar uit de aantallen volgt −17,3 %)' was checking detail in the text."""
    for helplines_ in (("tele-onthaal",), ALL):
        text = flat(built(helplines_)[0].text)
        assert (
            # r59 (r58 TO #8): pin follows the new wording
            # r61 (r61 TO #2): pin follows the new wording
            "36.460 minder dan in 2020 (210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie "
            "@tbl-inconsistencies)" in text
        )
        # r61 (r61 TO #2): what the source published said once in place, its reasoning still the annex's
        assert "maar uit de aantallen volgt" not in text and text.count("17,9") == 1
