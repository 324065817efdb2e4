# r54 (r54 TO #8): pinned wording follows the r54 text
# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r52 (r51 readers of 2020, 2021, 2021-tele-onthaal and demo): the summary's key messages, Table 1, its opening and
'Over deze cijfers', built as the pipeline builds them (no Quarto). Each test fails on the wording before r52."""

from __future__ import annotations

from pathlib import Path

from test_helplines_r13 import summary_of_release
from test_r44b_summary import facts, flat, said  # noqa: F401 (fixtures)
from test_r45c import _about

from hulplijnen.config.params import load_params
from hulplijnen.pipeline import assemble

ALL = ["1712", "tele-onthaal", "stop-it-now"]
NBSP = "\u00a0"
REPORT = Path(__file__).resolve().parents[2] / "report"


def test_2021_other_conversations_compare_the_level_not_the_difference(said):  # noqa: F811
    """2021 #1: no 'zo'n 11.000 meer: ongeveer evenveel als alle gesprekken in 2019' (read as 11.000 = 2019's)."""
    s = said[2021]
    # r52 (lead's decision A): 'ongeveer' only, no number of 2019 (the chapter's)
    assert (
        # r53 (r52 TO #5)
        # r56 (r55 TO #2): pin follows the new wording
        # r56 (r55 TO #4): no comparison with all conversations of 2019
        # r59 (r58 2021 #6): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
        "tegen naar schatting 80.300 in 2020: "
        # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
        "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier "  # r64 (r64 2021 #3)
        "bepaalde wat coronagerelateerd is." in s
    )
    assert "naar schatting 90.800" not in s
    assert "zo'n" not in s and "zo’n" not in s


def test_tele_onthaal_other_conversations_folded_into_the_corona_bullet():
    """TO #1, #6: no bold bullet 'Meer gesprekken die niet als coronagerelateerd geteld werden'; r52 (lead's decision
    A): 'ongeveer' only, no 'naar schatting' in the Tele-Onthaal summary (r49)."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert "eer gesprekken die niet als coronagerelateerd geteld werden:**" not in md
    assert (
        # r56 (r55 TO #1): pin follows the new wording
        # r59 (r58 TO #2): pin follows the new wording
        "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %. "
        # r56 (r55 TO #2, #4, 2021 #3): no 'Zo', the count as its range allows, no comparison with 2019
        # r61 (r61 TO #1): a bullet of its own, the caveat first and the rise in brackets
        # r66 (r66 TO #4): pin follows the new wording
        "- **Meer niet-coronagerelateerde gesprekken:** "
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
        "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld "
        # r66 (r66 TO #2): pin follows the new wording
        "werden, tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)." in md
    )
    # r56 (r56 TO #5): the estimates 'naar schatting' (two), as in the chapter
    # r59 (r58 TO #2): once before the two counts, and the gap's 2020 share
    # r66 (r66 TO #2): and before 2020's estimate
    assert md[: md.index("## Kerncijfers")].lower().count("naar schatting") == 3  # r57: the rise; the gap's 2020 share
    assert "zo'n" not in md


def test_2021_reach_says_where_the_answer_announced_the_analyses(said):  # noqa: F811
    """2021 #2: 'geen cijfers' read as 'none exist': where the answer says they appear, not used here."""
    assert (
        # (r52, round11's rule: no 'minister' in the key messages)
        # r53 (r53 2021 #6): as the answer says it; this pin follows it
        # r61 (r59 2021 #1): the quoted part says what an 'oproep' may be (attempts or callers)
        "toen werd 40 tot 45 % van de oproepen beantwoord; wat er precies geteld werd "
        # r66 (r65 2021 #3): the attempts a sentence of their own
        # r66 (r66 2021 #3): the attempts per caller are the chapter's
        "(belpogingen, bellers of geregistreerde contacten), zeggen de bronnen niet. - **Maatregelen" in said[2021]
    )
    # r63 (r63 2021 #1): the bullet shorter, its lead says 'no published or checked figures, only preliminary ones';
    # where the answer says the analyses appear is chapter 5's alone
    assert "worden de analyses over 2021 bekendgemaakt" not in said[2021]


def test_2021_lead_doubts_the_shares_not_the_total():
    """2021 #3: the caveat about shares; the total's growth is the 2021 source's own."""
    scope = flat(assemble.intro(load_params("2021"), ["channels", "helplines"], "scope"))
    assert "dus vergelijkingen met 2020 zijn onzeker" not in scope
    assert (
        # r52 (r52 2021 #4): that the growth is comparable, said plainly
        # r54 (r54 2021 #6): 'betrouwbaar' (report/summary/intro.md); the doubt still the shares', not the total's
        "vergelijkingen van aandelen met 2020 zijn daarom onzeker. De groei van het totaal tegenover 2020 is wel "
        "betrouwbaar: die geeft de bron over 2021 zelf." in scope
    )
    assert scope.count("onzeker") == 1  # r54: the doubt said once


def test_2021_channels_in_plain_sentences(said):  # noqa: F811
    """2021 #4: no brackets inside brackets."""
    s = said[2021]
    assert (
        # r60 (r59 2021 #5): the key figures' words beside the share, the shift said once
        # r61 (r59 2021 #2): the key figures' own comparison said as theirs, so the rise is safe to read
        "18 % van de contacten liep via chat (naar schatting 1.500), tegen 11,3 % (911) in 2020; volgens de "
        "kerncijfers zelf was dat bijna één op de vijf, tegen nog één op de tien in 2020. "
        "E-mail: 14 % (naar schatting 1.200), tegen 17,9 % (1.440) in 2020." in s
    )
    assert "in de tabellen over 2020: 11,3 %" not in s


def test_2021_anonymity_with_its_caveat(said):  # noqa: F811
    """2021 #5: the source does not say of which total."""
    assert "75 % koos voor anonimiteit (de bron zegt niet van welk totaal)" in said[2021]


def test_key_figures_no_basis_jargon():
    """2021 #6: not 'de bron noemt de basis niet' in Table 1."""
    md = flat(summary_of_release(ALL))
    # r56 (r56 2021 #1): the unsaid base is the annex's table alone, not Table 1's
    assert "(de bron zegt niet of de aandelen over oproepen of gesprekken gaan" not in md
    assert "de bron noemt de basis niet" not in md


def test_about_says_what_ongeveer_can_be():
    """TO #5, 2021 #9: not as if the word rounds."""
    out = flat(_about({"about": True, "same": False}))
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert "wat „ongeveer” precies betekent, staat in de Methoden." in out
    assert "rondt ook een exact cijfer af" not in out


def test_website_headline_both_sides_and_plain_note():
    """TO #2-#4: each compared year in the headline, no bare figures side by side, the note's mark after 'minder'."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        "**Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460 minder "
        "(−17,3 %)¹ dan in "
        "2020 en 79.554 meer (+84,2 %) dan in 2019." in md
    )
    assert (
        "¹ De bron geeft 36.460 bezoekers minder én −17,9 %. Uit 174.063 en 36.460 minder volgt een daling van "
        # r53 (r52 TO #7)
        "17,3 %; een van die twee gepubliceerde cijfers klopt dus niet. Welk cijfer fout is, valt uit de bron niet af "
        "te leiden" in md
    )
    assert "174.063, 36.460" not in md


def test_2020_opening_before_the_key_messages():
    """2020 #12: what kind of report this is, under the heading ('scope'), not after the key figures ('rest')."""
    reading = ["channels", "contact_persons"]
    scope = flat(assemble.intro(load_params("2020"), reading, "scope"))
    rest = flat(assemble.intro(load_params("2020"), reading, "rest"))
    assert "Dit rapport beschrijft de contacten met Hulplijn 1712 in 2020; het werd in 2026 samengesteld" in scope
    assert "Dit rapport beschrijft" not in rest


def test_2020_estimate_with_its_unit_in_two_sentences(said):  # noqa: F811
    """2020 #9 (r51 2020 #9): the unit said, the rise a sentence of its own."""
    s = said[2020]
    assert (
        "volgt dat 1712 in 2019 ongeveer 5.420 contacten had. In 2020 waren het er dus naar schatting 48 tot 49 % "
        # r56 (r56 2020 #2): the computed range, then the fraction
        "meer, bijna de helft." in s
    )
    assert "volgt voor 2019 ongeveer 5.420, en" not in s


def test_2020_reach_says_the_measures(said):  # noqa: F811
    """2020 #3: the measures after the year beside the reachability bullet."""
    s = said[2020]
    # r52 (r52 2020 #2): one short line per measure, as 2021's list; no 'Maatregel' in the key messages (round11)
    # r56 (r55 2021 #5): no 'actieve', the source's 'boodschap'
    # r59 (r58 2021 #1): the better use of the answering machine, not a new invitation
    # r61 (r59 2020 #1): the aim said as an aim, not a result ('een beter gebruik')
    # r61 (r59 2021 #3): put in practice, 'beter benut'
    # r62 (r62 2020 #4, 2021 #3)
    assert (
        # r63 (r63 2020 #3): a sentence with 1712 as its subject
        # r64 (r64 2020 #2): the heading whose list and when; the answering machine last
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2020 #1, #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
        "- **Maatregelen na 2020 (volgens het antwoord van begin 2022):** in 2021 een beter gebruik van het "
        "antwoordapparaat en „optie 0” als overlooplijn;" in s
    )
    # r64 (r64 2020 #2): the list's heading is 'Maatregelen na 2020 (volgens het antwoord …)', the reviewer's words;
    # no other 'Maatregel' in the key messages
    assert s.count("Maatregel") == 1
    # r59 (r58 2020 #2): the continued subsidy said with what it is
    # r66 (r66 2020 #3): in the short line by its fewest words; the glossary says what it is
    assert "„optie 0” als overlooplijn" in s and "een verlengde capaciteitssubsidie" in s


def test_about_later_figures_a_list():
    """2020 #7: the later key figures a short list, a paragraph of its own."""
    from hulplijnen.facts import recorded

    used = [
        {"year": "2021", "label": "contacten", "change": False, "against": None, "decimals": 0,
         "value": recorded("a", 8515), "use": "estimate"},
        {"year": "2021", "label": "contacten", "change": True, "against": "2020", "decimals": 0,
         "value": recorded("c", 6.0), "use": "check"},
    ]  # fmt: skip
    out = _about({}, used).replace(NBSP, " ")
    assert "\n\nUit de kerncijfers over 2021 gebruikt het wel:\n\n- het aantal contacten (8.515), om 2019 te " in out
    assert "schatten;\n\n- de wijziging van het aantal contacten tegenover 2020 (+6 %), ter controle.\n" in out


def test_demo_peak_computed_from_published_monthly_figures():
    """demo #9: averages computed from the published monthly totals, not 'gepubliceerde cijfers'."""
    src = (REPORT / "summary" / "_message_reach.md").read_text(encoding="utf-8")
    # r61 (r61 demo #7): one closing sentence for both bullets, no fragment
    assert "berekend uit de gepubliceerde maandcijfers en" in src and "Berekend uit de gepubliceerde" not in src
    assert "Dat zijn gepubliceerde cijfers." not in src


def test_the_demo_s_about_section_closes_with_one_short_sentence():
    """demo r51 #5: 'Het rapport telt de registratie zoals het een echte zou tellen. Kleine aantallen …' stood alone
    on the next page, above chapter 1's heading, and read as its opening: one short sentence."""
    from hulplijnen.config.paths import ROOT

    text = (ROOT / "report" / "about.md").read_text(encoding="utf-8")
    demo = text.split("{% if synthetic and imitated %}")[1].split("{% elif synthetic %}")[0]
    assert "telt de registratie zoals het een echte zou tellen" not in demo
    assert "Kleine aantallen zijn ook hier verborgen, zoals in een rapport met echte gegevens." in demo
