# r54 (r54 TO #3; TO #8): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round r41 (r40 Tele-Onthaal findings): the built report of Tele-Onthaal alone."""

import pytest


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def qmd(built):
    return flat((built["2021-tele-onthaal"] / "report.qmd").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raw(built):
    return (built["2021-tele-onthaal"] / "report.qmd").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def chapter(built):
    return flat((built["2021-tele-onthaal"] / "notebooks" / "helplines.ipynb").read_text(encoding="utf-8"))


def test_the_website_bullet_leads_with_the_published_count_and_difference(qmd):
    """#1, #8, #13: the summary rests on what the source published; the conflict said once, in a note under the
    bullets, Table 1 without a percentage of the report's own."""
    # r52 (lead's decision D): the headline with both directions, the count with what it counts and its year
    lead = (
        "**Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan "
        "in 2020 en 79.554 meer (+84,2 %) dan in 2019."
    )
    # r45: (r44 TO #8) the note says the two published figures do not agree; Table 1 shows both, marked
    note = (
        # r47 (r46 TO findings): wording changed on purpose
        # r52 (lead's decision D): both published figures, what follows, that one is wrong and which is not known
        "¹ De bron geeft 36.460 bezoekers minder én −17,9 %. Uit 174.063 en 36.460 minder volgt een daling van 17,3 %; "
        # r53 (r52 TO #7)
        "een van die twee gepubliceerde cijfers klopt dus niet. Welk cijfer fout is, valt uit de bron niet af te leiden"
    )
    assert lead in qmd and note in qmd
    assert (
        "17,3 %¹" not in qmd
        and "(−17,3 %¹)" not in qmd
        and "−36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹" in qmd  # r61 (r61 TO #8)
    )
    assert "De bron geeft −17,9 %" not in qmd and "De bron vermeldt −17,9 %" not in qmd
    assert "klopt niet met het gepubliceerde verschil" not in qmd  # 'Over deze cijfers' no longer repeats it


def test_the_summary_says_the_gap_between_calls_and_conversations(qmd):
    """#2: a bullet on the gap, its share, the year before by the rule, and what it is not."""
    assert (
        # r42 (TO #4): the lead names what is compared, the count its noun
        # r47 (r46 TO findings): wording changed on purpose
        # r56 (r55 TO #5): the plainer heading
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        # r49 (r48 TO #2): the caveat is the chapter's; the summary points there
        # r53 (r52 TO #7)
        "er waren 32.988 oproepen meer dan gesprekken (24,0 % van de oproepen; 2020: naar schatting 23,9 %). "
        "Of het om onbeantwoorde, afgebroken of herhaalde oproepen gaat, zegt de bron niet." in qmd  # r56 (r56 TO #2)
    )
    assert "leidden tot een gesprek" not in qmd and "onbeantwoord bleven" not in qmd


def test_the_gap_paragraphs_give_one_estimate_and_the_rule_words(chapter):
    """#3: one rounded estimate per year, not two-decimal ranges; chat's fall since 2019 'veel lager'."""
    # r45: (r44 TO #1) each earlier year to one decimal, a range where its ends round apart, '%' on both ends
    # r63 (r63 TO #5): the far shift's cause not known, said at once
    # r66 (r66 TO #1): the shift dated between the two years, 2020's share being about 2021's
    assert "en veel lager dan in 2019 (naar schatting 25,1 %); waarom het tussen 2019 en 2020" in chapter  # r50
    total = (
        "ongeveer even groot als in 2020 (naar schatting 23,9 %) en iets lager dan in 2019 (naar schatting "
        "24,9 %)"  # r50 (r49 TO #3): the table's middle, one decimal
    )
    assert total in chapter
    assert "naar schatting 23,9 tot 24,0 %" not in chapter  # r49: '(naar schatting 25 %)' is 2019's now


def test_the_other_conversations_are_said_first_then_their_rise(chapter, qmd):
    """#4, #5: the year's estimate, then the rise; an estimate 'naar schatting', never 'ongeveer 90.800'."""
    assert (  # r45: (r44 TO #9, r43) both years' counts; the rise is the summary's
        # r48: (r47 TO) one form for estimates: 2021's as 'rond 91.100 (tussen … en …)'
        # r63 (r62 TO #6): the clause in brackets, so 'lag' reads with 'aantal'
        "Het aantal andere gesprekken (die niet als coronagerelateerd geteld werden) lag in 2020 tussen 80.200 en "
        "80.500 en in 2021 tussen 90.500 en 91.600: ongeveer evenveel als alle gesprekken in 2019, vóór corona "
        "(naar schatting 90.800)." in chapter  # r49 (r48 TO #8)
    )
    assert "(ongeveer 90.800)" not in chapter and "in totaal ongeveer evenveel" not in qmd
    bullet = (  # r45: (r44 TO #7b) the summary's rise first, then the year's estimate
        # r47 (r46 TO #8): shorter, the year's estimate first
        # r52 (lead's decision A): the levels of both years, 'ongeveer' only, no rise
        # r53 (r52 TO #5)
        # r56 (r55 TO #2, #4, 2021 #3): no 'Zo', the count as its range allows, no comparison with 2019
        # r56 (r56 TO #5): 'naar schatting' before each estimate
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r61 (r61 TO #1): a bullet of its own, the caveat first and the rise in brackets
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is, waren er in 2021 "
        # r66 (r66 TO #2): pin follows the new wording
        "naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld werden, "
        "tegen naar schatting 80.300 in 2020 "
        "(ongeveer 13 % meer)."
    )
    assert bullet in qmd and "dat zijn er tussen 10.100" not in qmd
    assert "evenveel als alle gesprekken in 2019" not in qmd and "91.100 gesprekken" not in qmd


def test_the_estimate_words_agree_and_the_sources_choice_has_a_reason(qmd):
    """#5, #7: both passages list the same marks; why the annual reports are not used."""
    # r56 (r56 TO #5): no 'ongeveer' before an estimate (nor any number) now: the Methods name 'naar schatting' alone
    # r59 (r58 TO #2): the summary's 'ongeveer 13 %': the Methods name both words
    assert "„naar schatting” of „ongeveer” ervoor (in een tabel: ≈)" in qmd
    assert "„naar schatting”, „ongeveer” of „rond” ervoor" not in qmd
    # r45: (r44 TO #1-#4) the 'ongeveer' clause only where the text writes 'ongeveer <getal>' (this report does not)
    assert "„ongeveer” rondt exacte cijfers af." not in qmd  # r49 (r48 TO #7): 'ongeveer 1 %' said now
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert "vergelijkingen als „ongeveer even groot” precies betekenen, staat in de Methoden." in qmd
    # r42 (TO #2): not 'na te trekken' beside a source whose web address is not known
    # r49 (r48 TO #12): the real reason, not the circular one
    assert "ze kunnen anders tellen en werden niet met deze bron vergeleken" in qmd and "zodat elk cijfer" not in qmd
    assert "na te trekken is" not in qmd


def test_the_methods_examples_follow_their_sentences(qmd):
    """#9, #10: the count example after the counts, a percentage example after the percentages; Table 6 retitled."""
    # r61 (r61 TO #5): the counts' example in the item on estimates, the outward item after it
    assert "toont „≈ 120.900”. - *Naar buiten afgerond.*" in " ".join(qmd.split())  # r49 (r48 TO #8)
    # r45: (r44 TO #1) a range whose ends round apart stays a range, to one decimal
    assert "zo staat 24,82 % tot 24,93 % in de tekst als „naar schatting 24,9 %”." in qmd  # r50 (r49 TO #3)
    assert "gewoon op één decimaal afgerond" not in qmd
    assert "Afgeleide waarden: schattingen en berekeningen" in qmd  # r60 (r59 2021-tele-onthaal #5)
    assert "ongeveer even groot" in qmd and "meer dan 5 procentpunten van nul" in qmd  # the rule, now stated


def test_an_approx_sign_never_stands_apart_from_its_number(raw):
    """#12: a no-break space between ≈ and its number wherever it is written."""
    assert "≈ 1" not in raw and "≈ 9" not in raw and "≈\u00a0120.900" in raw
