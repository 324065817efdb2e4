"""Round 63s (the r63 readers of 1712's 2020 and 2021): the summary's measures list in plain Dutch with a subject and
its closing sentence out of the list; the 2021 reachability message without 'geen cijfers' beside the preliminary
figures; what an 'oproep' is, said in the 2020 summary too."""

from hulplijnen.data import load


def test_r63_2020_3_2021_2_the_answering_machine_item_has_a_subject(reachability_built):
    row = load.events().set_index("event_id").loc["answering_machine"]
    assert row["short_nl"].startswith("bracht 1712 in de praktijk wat het antwoord")
    for year in (2020, 2021):
        summary = reachability_built[year][1]
        assert "In 2021: in de praktijk gebracht" not in summary
        assert "beter benut" not in summary and "een beter gebruik" not in summary  # no result claimed (r62)
        assert (
            "In 2021 bracht 1712 in de praktijk wat het antwoord „het gebruik van het antwoordapparaat "
            "optimaliseren” noemt. Bellers konden al eerder een bericht inspreken; met de extra capaciteit wilde "
            "1712 die berichten sneller behandelen en de bellers terugbellen. Die optie werd alleen kwalitatief "
            "geëvalueerd." in summary
        )


def test_r63_2020_4_2021_2_no_checked_figures_is_a_closing_sentence_not_an_item():
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet
    from hulplijnen.pipeline import summary

    for year in (2020, 2021):
        facts = FactSheet("t", year)
        reachability.build(year, "1712", facts, "2026-11-20")
        text = summary.markdown({r["key"]: r for r in facts.records()}, ["1712"], year)
        lines = text.splitlines()
        assert "  - Gecontroleerde cijfers over het effect van deze maatregelen gaf het antwoord niet." not in lines
        at = lines.index("  Gecontroleerde cijfers over het effect van deze maatregelen gaf het antwoord niet.")
        # a paragraph of the measures' bullet, after its sub-list and a blank line
        assert lines[at - 1] == "" and lines[at - 2].startswith("  - ")
        assert lines[at + 1] == "" or lines[at + 1].startswith("- **")


def test_r63_2021_1_no_figures_is_not_said_beside_the_preliminary_ones(reachability_built):
    summary = reachability_built[2021][1]
    assert "over 2021 geven de bronnen geen cijfers" not in summary
    assert (
        "Bereikbaarheid:** over 2021 geven de bronnen geen gecontroleerde cijfers, alleen de "
        "voorlopige die het antwoord vermeldt (zie „Wat er veranderde”). De recentste cijfers gaan over "
        "september–december 2020" in summary
    )
    # shorter: where the answer says the analyses appear is chapter 5's
    assert "worden de analyses over 2021 bekendgemaakt" not in summary
    assert "worden de analyses over 2021 bekendgemaakt" in reachability_built[2021][0]


def test_r63_2020_6_the_summary_says_what_an_oproep_is_is_not_known(reachability_built):
    summary = reachability_built[2020][1]
    assert (
        "kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden (wat een oproep daar is, "
        "zeggen de bronnen niet)." in summary
    )
