# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r45 (r44 2020 #1, #2; 2021 #3-#6; TO #7-#9): the summary's key messages, Table 1 and the help line, built from the
notebooks' facts as the pipeline builds them (no Quarto). Each test fails on the wording before r45."""

from __future__ import annotations

import re

import pytest
from test_helplines_r13 import summary_of_release
from test_r44b_summary import facts, flat, said  # noqa: F401 (fixtures)

from hulplijnen.config.params import load_params
from hulplijnen.pipeline import front


def test_2020_family_share_doubts_its_year(said):  # noqa: F811
    """2020 #1: the table's total lies close to the 2021 count: the doubt said, not 'leest ze als 2020'."""
    s = said[2020]
    # r49 (r48 2020 #1): the lead's rule: a table whose year the report doubts feeds no key message (the doubt is the
    # chapter's and the annex's); this pin follows it
    assert "Waar het geweld plaatsvindt" not in s and "91,5 %" not in s
    assert "dit rapport leest ze als 2020" not in s


def test_2020_estimate_after_its_published_base(said):  # noqa: F811
    """2020 #2: the later year's count and change first, then the estimate derived from it, in one sentence."""
    # r47 (r46 2020 #3): the year's count, then the published figure, then the estimate, then the rise
    assert (
        # r48 (r47 2020 #1, #4): the key figures' figures (not 'meldt 1712'), the derivation shorter
        # r52 (lead's decision D): two sentences, the base first, then the estimate
        "kreeg **8.059 contacten** in 2020. Uit de kerncijfers over 2021 (8.515 contacten, 57 % meer dan in 2019) "
        "volgt dat 1712 in 2019 ongeveer 5.420 contacten had. In 2020 waren het er dus naar schatting 48 tot 49 % "
        # r56 (r56 2020 #2): the computed range, then the fraction
        "meer, bijna de helft." in " ".join(said[2020].split())
    )
    assert "meldt 1712" not in said[2020] and ("Voor 2021 meldt" not in said[2020])
    assert "afgeleid uit de kerncijfers" not in said[2020]


def test_2021_measures_a_nested_list(facts, said):  # noqa: F811
    """2021 #3: the measures one a line, indented under their bullet, no 75-word sentence."""
    from hulplijnen.pipeline import messages

    raw = messages.key_messages(facts[2021], ["1712", "tele-onthaal", "stop-it-now"], 2021)
    assert re.search(
        r"^- \*\*Maatregelen in 2021 \(volgens het antwoord van begin 2022\):\*\*\n  - "
        r"„optie 0” als overlooplijn",  # r66 (r66 2021 #7): not dated again under its heading's year
        raw,
        re.M,
    )
    assert (
        "\n  - Vanaf september 2021: een ruimere chat (van maandag tot donderdag tot 22 uur).\n" in raw
    )  # r64 2021 #5
    # r48 (r47 2021 #9): a granted subsidy changes nothing: a bullet of its own, not 'Van … tot … (toegekend)'
    assert (
        # r66 (r66 2021 #7): pin follows the new wording
        "\n- **Verlengde capaciteitssubsidie:** toegekend van 1 december 2021 tot 30 november 2024." in raw
    )
    assert "(toegekend)" not in raw


def test_2021_reach_and_tele_onthaal_wording(said):  # noqa: F811
    """2021 #5, #6: the noun in 'de recentste cijfers'; no unexplained 'meer andere gesprekken'."""
    s = said[2021]
    assert (
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "de recentste cijfers gaan over september–december 2020 (interne analyses van 1712, aangehaald in "
        "schriftelijke vraag nummer 282): toen werd 40 tot 45 % van de oproepen beantwoord; "
        "wat er precies geteld werd (belpogingen, bellers of geregistreerde contacten), zeggen de bronnen niet" in s
    )
    assert "meer andere gesprekken" not in s and "naar schatting ongeveer" not in s


@pytest.fixture(scope="module")
def tele_onthaal():
    return flat(summary_of_release(["tele-onthaal"]))


def test_tele_onthaal_headline_counts_and_neutral_other_conversations(tele_onthaal):
    """TO #7a, #7b, #7c: the counts first; the rise said as what follows from the level total, not as a cause; why
    the calls less the conversations are not the unanswered calls."""
    s = tele_onthaal
    # r47 (r46 TO findings): wording changed on purpose
    # r59 (r58 TO #2): pin follows the new wording
    # r61 (r61 TO #1): the change beside 'iets minder'
    assert "in 2021 waren er 104.681 gesprekken, iets minder (−1,1 %) dan in 2020" in s
    assert "(−1,1 %)" in s
    # r47 (r46 TO findings): wording changed on purpose
    # r52 (lead's decision A): no bullet of its own; the year's level after 'Daardoor', 'ongeveer' only
    # r56 (r55 TO #2): pin follows the new wording
    # r61 (r61 TO #1): a bullet of its own, the caveat first
    assert (
        "waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld" in s
    )  # r53 (r52 TO #5)
    # r59 (r58 TO #2): what they were about is the chapter's 'Wat niet bekend is'
    assert "Waarover die andere gesprekken gingen" not in s
    assert "die stijging komt uit" not in s and "omdat het totaal" not in s  # r47 (r46 TO #8)
    assert "zegt de bron niet." in s and "wat dat verschil inhoudt" not in s  # r49 (r48 TO #2); r56 (r56 TO #2)
    # r47 (r46 TO #2): the summary says it as the chapter does


def test_tele_onthaal_table_shows_the_published_change_and_its_source(tele_onthaal):
    """TO #8: Table 1 shows both published figures (−36.460, −17,9 %), the note says they do not agree; a source
    line under the table."""
    s = tele_onthaal
    # r61 (r61 TO #8): pin follows the new wording
    assert "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in s
    assert "36.460 minder (−17,3 %)¹ dan in 2020" in s  # r57 (r57 TO #2): the key message gives its percentage
    # r47 (r46 TO findings): wording changed on purpose
    assert "De bron geeft 36.460 bezoekers minder én −17,9 %."  # r52: (r51 TO #4) the note's new wording in s
    assert "Bron: de infografiek over Tele-Onthaal op de webpagina „Cijfers hulplijnen”" in s


@pytest.mark.parametrize("release", ["2020", "2021", "2021-tele-onthaal", "demo"])
def test_help_line_names_the_suicide_line_and_links_the_box(release):
    """#9: the Zelfmoordlijn in the line (data/general_lines.csv), a link to the box, its page in the PDF."""
    line = flat(front.help_box(load_params(release), line=True))
    box = front.help_box(load_params(release))
    assert "Zelfmoordlijn 1813 op [1813](tel:1813)" in line
    assert "(#hulp-nodig)" in line and "verderop in de samenvatting" not in line
    assert "counter(page).at(<hulp-nodig>)" in line
    # r62 (r62 demo #7): on the box's own page the PDF says 'verderop', not its own page number
    assert "if p == counter(page).get().first() [ verderop] else [~op pagina #p]" in line
    assert "<hulp-nodig>`{=typst}" in box and 'id="hulp-nodig"' in box
