"""Round 66y, wave 2 (the r66 readers of 2020, 2021 and Tele-Onthaal): the summary's measures, the reachability
bullet and the other conversations, each pinned on its new text so it fails on the old."""

from __future__ import annotations

from pathlib import Path

import yaml
from test_helplines_r13 import summary_of_release
from test_r44b_summary import flat

from hulplijnen.chapters.helplines import charts

REPORT = Path(__file__).resolve().parents[2] / "report"


def test_r66_2020_1_3_the_measures_after_the_year_are_one_short_bullet(reachability_built):
    """2020 #3: a 12-line bullet repeating chapter 6; #1: 'voorlopige cijfers … leken erop te wijzen' and then
    'Cijfers over het effect … gaf het antwoord niet' read as a contradiction."""
    summary = reachability_built[2020][1]
    assert "kwalitatief geëvalueerd" not in summary
    # r67 (r67 2020 #1): 'Cijfers over hun effect gaf het antwoord niet' still read as contradicted by chapter 6's
    # preliminary figures: the line says what the answer says of them
    assert "Cijfers over hun effect gaf het antwoord niet" not in summary
    assert (
        "- **Maatregelen na 2020 (volgens het antwoord van begin 2022):** in 2021 een beter gebruik van het "
        "antwoordapparaat en „optie 0” als overlooplijn; vanaf september 2021 een ruimere chat; vanaf 1 december 2021 "
        "een verlengde capaciteitssubsidie, toegekend tot 30 november 2024. Het antwoord gaf zelf geen cijfers over "
        "hun effect; wel leken voorlopige cijfers, waarop toen nog kwaliteitscontroles liepen, erop te wijzen dat "
        "1712 dankzij „optie 0” als overlooplijn deels meer telefonische oproepen kon beantwoorden (zie "
        "@sec-chapter-reachability)." in summary
    )


def test_r66_2020_6_the_measures_are_dated_in_the_year_not_in_its_course(reachability_built):
    """2020 #6: 'In de loop van 2021' said more than the source's 'vorig jaar'."""
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "in de loop van" not in chapter.lower()
        assert chapter.count("In 2021 ") == 2
        assert "In 2021 kwamen oproepen met „optie 0”" in chapter
    terms = yaml.safe_load((REPORT / "glossary.yml").read_text(encoding="utf-8"))
    entries = terms["terms"] if isinstance(terms, dict) else terms
    option = next(t for t in entries if t["term"] == "optie 0")
    assert "in de loop van" not in option["definition"]
    assert "werd optie 0 in {since} ook een overlooplijn" in option["definition"]


def test_r66_2020_7_what_counts_as_a_call_is_said_plainly(reachability_built):
    """2020 #7: '(wat een oproep daar is, …)': 'daar' was vague."""
    summary = reachability_built[2020][1]
    assert "wat een oproep daar is" not in summary
    assert "(wat daarbij als oproep telt, zeggen de bronnen niet)" in summary


def test_r66_2021_2_3_the_reachability_bullet_says_the_preliminary_figures_nowhere(reachability_built):
    """2021 #2: the preliminary figures twice, in two bullets; #3: the attempts per caller without why they matter
    (left to chapter 5)."""
    summary = reachability_built[2021][1]
    assert "nog niet gecontroleerde" not in summary and summary.count("voorlopige cijfers") == 1
    assert "pogingen." not in summary
    assert (
        "over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); de recentste cijfers gaan over "
        "september–december 2020" in summary
    )
    assert "zeggen de bronnen niet. - **Maatregelen in 2021" in summary


def test_r66_2021_7_the_measures_of_the_year_are_not_dated_again(reachability_built):
    """2021 #7: 'In 2021:' under 'Maatregelen in 2021'; the bare label 'Toegekend:'."""
    summary = reachability_built[2021][1]
    assert "In 2021:" not in summary and "In 2021 ging" not in summary and "**Toegekend:**" not in summary
    assert "- **Maatregelen in 2021 (volgens het antwoord van begin 2022):** - „optie 0” als overlooplijn" in summary
    assert "- Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het " in summary
    assert "Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen." in summary
    assert "- **Verlengde capaciteitssubsidie:** toegekend van 1 december 2021 tot 30 november 2024." in summary


def test_r66_tele_onthaal_2_4_the_other_conversations_named_and_both_estimates_said():
    """TO #2: 'tegen 80.300 in 2020' read as exact; #4: 'Meer andere gesprekken' (andere dan wat?)."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert "andere gesprekken:**" not in md and "tegen 80.300" not in md
    assert (
        "- **Meer niet-coronagerelateerde gesprekken:** als Tele-Onthaal in beide jaren op dezelfde manier bepaalde "
        "wat coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd "
        "geteld werden, tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)." in md
    )


def test_r66_the_unused_close_pairs_is_gone():
    """Code: the chart no longer asks which dots lie close (every open dot sits under its line, r65 2021 #6)."""
    assert not hasattr(charts, "close_pairs") and not hasattr(charts, "CLOSE")
