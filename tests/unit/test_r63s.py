"""Round 63s (the r63 readers of 1712's 2020 and 2021): the summary's measures list in plain Dutch with a subject and
its closing sentence out of the list; the 2021 reachability message without 'geen cijfers' beside the preliminary
figures; what an 'oproep' is, said in the 2020 summary too."""

from hulplijnen.data import load


def test_r63_2020_3_2021_2_the_answering_machine_item_has_a_subject(reachability_built):
    row = load.events().set_index("event_id").loc["answering_machine"]
    # r66 (r65 2021 #2): 1712 the subject of a plain verb, the answer's words in brackets
    # r66 (r66 2021 #7): a noun phrase, read undated under 'Maatregelen in 2021' (the r66 reader's words)
    assert row["short_nl"].startswith("een beter gebruik van het antwoordapparaat (in het antwoord:")
    # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
    for year in (2021,):
        summary = reachability_built[year][1]
        assert "In 2021: in de praktijk gebracht" not in summary
        assert "beter benut" not in summary  # no result claimed (r62)
        assert (
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
            "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
            "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
            "behandelen en "
            "de bellers terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in summary
        )


def test_r63_2020_4_2021_2_no_checked_figures_is_a_closing_sentence_not_an_item():
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet
    from hulplijnen.pipeline import summary

    # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
    for year in (2021,):
        facts = FactSheet("t", year)
        reachability.build(year, "1712", facts, "2026-11-20")
        text = summary.markdown({r["key"]: r for r in facts.records()}, ["1712"], year)
        lines = text.splitlines()
        # r66 (r66 2020 #1): beside optie 0's preliminary figures, the answer gave none itself
        closing = "Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen."
        assert "  - " + closing not in lines
        at = lines.index("  " + closing)
        # a paragraph of the measures' bullet, after its sub-list and a blank line
        assert lines[at - 1] == "" and lines[at - 2].startswith("  - ")
        # no blank line before the next bullet: the key messages stay one tight list (a blank line made it loose)
        assert lines[at + 1].startswith("- **") or (lines[at + 1] == "" and lines[at + 2].startswith("#"))


def test_r63_2021_1_no_figures_is_not_said_beside_the_preliminary_ones(reachability_built):
    summary = reachability_built[2021][1]
    # r64 (r64 2021 #1): the answer gives no figures at all: 'geen cijfers' again, with what it says
    assert "over 2021 geven de bronnen geen gecontroleerde cijfers" not in summary
    assert (
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "Bereikbaarheid:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); de recentste "
        "cijfers gaan over september–december 2020" in summary
    )
    # shorter: where the answer says the analyses appear is chapter 5's
    assert "worden de analyses over 2021 bekendgemaakt" not in summary
    assert "worden de analyses over 2021 bekendgemaakt" in reachability_built[2021][0]


def test_r63_2020_6_the_summary_says_what_an_oproep_is_is_not_known(reachability_built):
    summary = reachability_built[2020][1]
    assert (
        # r66 (r66 2020 #7): 'daar' was vague
        "kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden (wat daarbij als oproep "
        "telt, zeggen de bronnen niet)." in summary
    )


def test_r63_2020_5_2021_7_the_quoted_annual_report_says_personen_and_3_percent():
    import re

    from hulplijnen.chapters import campaigns, contact_persons
    from hulplijnen.facts import FactSheet
    from hulplijnen.pipeline import summary

    facts = FactSheet("t", 2020)
    contact_persons.build(2020, "1712", facts)
    said = re.sub(r"\s+", " ", summary.markdown({r["key"]: r for r in facts.records()}, ["1712"], 2020))
    assert "kwamen 240 contacten (3 %) van plegers" not in said
    assert (
        "Volgens het jaarverslag 2020 van 1712, aangehaald in het antwoord van de minister, kwamen 240 contacten "
        "(in het jaarverslag: „240 personen”, 3 %) van plegers of iemand uit hun omgeving." in said
    )
    chapter = re.sub(r"\s+", " ", campaigns.build(2021, "1712", 1, 12, 20, FactSheet("c", 2021)).text)
    assert "(3 %, volgens het jaarverslag 2020 van 1712)" not in chapter
    assert (
        "in 2020 kwamen 240 contacten (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers"
        in chapter
    )
    assert chapter.count("personen”") == 1


def test_r63_2020_1_tabel_4_names_each_row_and_marks_the_estimate():
    import re

    from hulplijnen.chapters import contact_persons
    from hulplijnen.facts import FactSheet

    built = contact_persons.build(2020, "1712", FactSheet("t", 2020))
    table = built.tables["groups"].set_index("Groep")
    # r66 (r65 2020 #13): the mark on the row's label, not after its count
    culture = table.loc["cultuur ¹"]
    assert culture["Contacten"] == "≈\u00a037" and culture["Aandeel"].startswith("≈\u00a0")
    assert table.loc["pleger zelf of iemand uit diens omgeving ¹", "Contacten"] == "240"  # quoted: no estimate
    note = re.sub(r"\s+", " ", built.text)
    assert "zeker zijn alleen de 24" not in note
    assert (
        "In de rij „pleger zelf of iemand uit diens omgeving” komt het aantal 240 uit het citaat uit het jaarverslag; "
        "de ingevulde vakken geven 232. In de rij „cultuur” is het aantal 37 een schatting (≈), afgeleid met een "
        "aanname (zie @tbl-constraints); zeker zijn daar alleen de 24 contacten in de ingevulde vakken." in note
    )


def test_r63_2020_9_social_media_in_the_past_tense_as_the_answer_told_it(reachability_built):
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "Facebook en Instagram dienen alleen" not in chapter and "binnenkomen, zegt het niet" not in chapter
        assert (
            "**Sociale media.** Volgens het antwoord (begin 2022) dienden Facebook en Instagram alleen voor de "
            "externe communicatie en de publiekswerking van 1712:" in chapter
        )
        assert "hoeveel berichten er via die kanalen binnenkwamen, zegt het niet." in chapter


def test_r63_2020_11_the_peak_methods_give_the_months_numbers():
    import re
    import types

    from hulplijnen.presentation import text

    values = {"1712.peak.2020.m01": 533, "1712.peak.2020.m02": 569, "1712.peak.2020.m03": 565,
              "1712.reach.lockdown_campaign_date": "2020-03-23"}  # fmt: skip
    params = types.SimpleNamespace(year=2020)
    out = text.render("chapters/reachability/methods.md", every_value_used=False, values=values, params=params)
    out = re.sub(r"\s+", " ", out.replace("\u00a0", " "))
    assert "maart lag niet hoger dan de drukste maand ervoor," not in out
    assert (
        "maart (565) lag niet hoger dan de drukste maand ervoor (januari 533, februari 569), dus die maand drijft "
        "dat gemiddelde niet op." in out
    )


def test_r63_2020_12_kerngezin_is_this_reports_reading():
    from hulplijnen.pipeline.glossary import glossary_markdown

    said = " ".join(glossary_markdown("kerngezin", ["1712"]).split())
    assert "Zoals dit rapport de categorieën van 1712 leest: ouders en hun kinderen, ook na een scheiding." in said
