# r54 (r54 TO #4): pinned wording follows the r54 text
# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
"""r49 (r48 Tele-Onthaal and 2021 readers): a derived estimate in the summary is one rounded figure with 'ongeveer'
(TO #1, 2021 #1), the gap's caveat is the chapter's (#2), the website's two percentages are the note's and Table 3's
(#3), Table 1 gives the conversations per channel (#4), plain counts in the website bullet (#5), a label that says what
is counted (#6), one rounded change per channel pair (#7), both years' ranges alike (#8), the note names its table and
one label for the gap (#9), the glossary says first that the source does not define the word (#10), the gap's earlier
shares rounded once (2021 #11), and the real reason the annual reports are not used (#12). Each failed before."""

from __future__ import annotations

from r39_wording import SUMMARY_OTHER  # r61 (r61 TO #1)
from test_helplines_r13 import ALL, built, flat, summary_of_release
from test_r45c import _about

from hulplijnen.chapters.helplines import annex_rows, conversion
from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation import fmt


def test_about_round_is_one_figure_to_the_thousand_beside_a_wide_range():
    """The one rounding rule: to the thousand where any range said beside it is wider than ABOUT_WIDE."""
    assert fmt.about_round(90500, 91600, [10100, 11400]) == "91.000"
    assert fmt.about_round(80300, 80300, [90500, 91600]) == "80.000"
    assert fmt.about_round(10100, 11400) == "11.000"
    assert fmt.about_round(80244, 80403) == "80.300"


def test_the_summary_says_each_estimate_as_one_rounded_figure():
    md = summary_of_release(["tele-onthaal"])
    assert (
        # r52 (lead's decision A): one rounded figure per year, 'ongeveer'; no rise, no bullet of its own
        # r53 (r52 TO #5)
        # r56 (r55 TO #2): pin follows the new wording
        # r56 (r55 TO #4): no comparison with all conversations of 2019
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r61 (r61 TO #1): a bullet of its own, led by 'Meer andere gesprekken' with its caveat right after it
        SUMMARY_OTHER in md
    )
    assert "rond 91.100" not in md and "tussen 10.100" not in md
    both = summary_of_release(list(ALL))
    assert (
        # r53 (r52 TO #5)
        # r56 (r55 TO #2): pin follows the new wording
        # r56 (r55 TO #4): no comparison with all conversations of 2019
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
        "tegen naar schatting 80.300 in 2020: "
        # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
        "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier "  # r64 (r64 2021 #3)
        "bepaalde wat coronagerelateerd is." in both
    )
    assert "lag tussen 10.100 en 11.400 hoger" not in both


def test_the_summary_points_to_the_chapter_for_the_gap_and_counts_the_website():
    md = summary_of_release(["tele-onthaal"])
    assert (
        # r53 (r52 TO #7)
        "er waren 32.988 oproepen meer dan gesprekken (24,0 % van de oproepen; 2020: naar schatting 23,9 %). "
        "Of het om onbeantwoorde, afgebroken of herhaalde oproepen gaat, zegt de bron niet." in md  # r56 (r56 TO #2)
    )
    assert "inhaakte" not in md and "geen maat voor onbeantwoorde" not in md
    assert (
        # r52 (lead's decision D): the headline says both directions, the count what it counts and its year
        "- **Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan "
        "in 2020 en 79.554 meer (+84,2 %) dan in 2019." in md
    )
    assert "dat is 36.460" not in md and "nog 84,2" not in md


def test_table_1_gives_both_website_percentages_and_the_conversations_per_channel():
    md = summary_of_release(["tele-onthaal"])
    # r61 (r61 TO #8): pin follows the new wording
    assert "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in md
    assert (
        "| Gesprekken per kanaal | telefoon 84,2 %, chat 15,8 % van de gesprekken | 88.128 via telefoon en 16.553 "
        "via chat (aandelen berekend door dit rapport) |" in md  # r50 (r49 TO #1); r56 (r56 TO #6): briefly
    )
    assert "de aandelen kloppen met de gesprekken" not in md


def test_the_chapter_says_ranges_alike_one_rounded_change_and_no_website_percentages():
    text = flat(built()[0].text)
    assert (
        # r61 (r61 TO #3): pin follows the new wording
        "Tegenover 2020 waren er via beide kanalen iets minder oproepen en gesprekken (oproepen: −1,1 % via telefoon "
        "en −0,8 % via chat; gesprekken: −1,1 % via telefoon en −0,9 % via chat)." in text
    )
    assert "via telefoon 1,1 % minder gesprekken" not in text
    assert (
        "Het aantal coronagerelateerde gesprekken lag in 2020 tussen 25.400 en 25.600 en in 2021 tussen 13.000 en "
        "14.200." in text
    )
    assert "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in text and " rond " not in text
    # r52 (r51 TO #9): both percentages said in place, no pointer to the annex's table
    # r59 (r58 TO #8): pin follows the new wording
    # r53 (r52 2021 #9)
    # r61 (r61 TO #2): pin follows the new wording
    assert "(210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies)" in text
    assert "past daar niet bij" not in text
    assert "(naar schatting 23,9 %)" in text and "23,9 % tot 24,0 %" not in text  # r50 (r49 TO #3): one decimal
    assert "in @tbl-appendix-helpline-years. " in text and "in die tabel" not in text


def test_one_label_for_the_gap_in_both_tables():
    assert conversion.GAP.format("telefoon") == "telefoon – verschil oproepen en gesprekken (% van de oproepen)"
    assert annex_rows.GAP is conversion.GAP
    rows = [r["Cijfer"] for r in built()[0].tables["channels"].to_dict("records")]
    assert "totaal – verschil oproepen en gesprekken (% van de oproepen)" in rows


def test_the_glossary_opens_with_what_the_source_does_not_say():
    alone = flat(glossary_markdown("de oproepen en de gesprekken", ["tele-onthaal"]))
    assert "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand" in alone
    assert "**gesprekken** : De bron omschrijft het niet; vermoedelijk een oproep via" in alone  # r64 (r64 TO #3)
    assert "Zoals de bron het woord gebruikt: vermoedelijk" not in alone
    both = flat(glossary_markdown("de oproepen en de contacten", ["1712", "tele-onthaal"]))
    assert "Bij Tele-Onthaal: de bron omschrijft het niet; vermoedelijk elke keer" in both
    assert both.startswith("**contacten**") or "Bij 1712: de bronnen van 1712 gebruiken het woord" in both


def test_about_gives_the_real_reason_the_annual_reports_are_not_used():
    out = " ".join(_about({"about": False, "same": True}).split())
    assert (
        "horen niet bij de bronnen van dit rapport: ze kunnen anders tellen en werden niet met deze bron vergeleken."
        in out
    )
    assert "zodat elk cijfer" not in out and "houdt zich aan" not in out
