"""Round 66y (the r65 reader of 1712's 2021 release, the r64 reader of Tele-Onthaal's): the 2021 and Tele-Onthaal
wording, each pinned on its new text so it fails on the old."""

from __future__ import annotations


def test_r65_2021_2_the_answering_machine_has_1712_as_its_subject(reachability_built):
    """2021 #2: 'In 2021 bracht 1712 in de praktijk wat het antwoord „…” noemt' read awkwardly."""
    for year in (2020, 2021):
        chapter, summary = reachability_built[year]
        for text in (chapter, summary):
            assert "in de praktijk wat het antwoord" not in text and "in de praktijk gebracht wat" not in text
        assert (
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van het "
            "antwoordapparaat optimaliseren”). Inspreken kon al eerder;" in summary
        )
        assert (
            "In de loop van 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder:" in chapter
        )


def test_r65_2021_3_the_attempts_per_caller_are_a_sentence_of_their_own(reachability_built):
    """2021 #3: two nested asides in the longest bullet of the summary."""
    summary = reachability_built[2021][1]
    assert "(volgens steekproeven" not in summary
    assert "zeggen de bronnen niet. Volgens steekproeven doet een beller gemiddeld 3 tot 4 pogingen." in summary


def test_r65_2021_4_the_continued_subsidy_says_subsidie_once(reachability_built):
    """2021 #4: 'De capaciteitssubsidie werd voortgezet, met een subsidie van …'; r64 2020 #1 asked for 'volgens het
    antwoord' on that sentence."""
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "met een subsidie van" not in chapter
        assert (
            "De capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024"
            in chapter
        )
