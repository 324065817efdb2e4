# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r41 (r41 2021 #1, #3, #4, #6, #7, #9): the 2021 reader's findings on wording and the charts' legend, checked on
the chapters as built and on a chart. Each test fails on the code before."""

from __future__ import annotations

import matplotlib
import pandas as pd

matplotlib.use("agg")

from hulplijnen.presentation import figures, figures_describe, figures_sources  # noqa: E402


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def test_the_key_figure_and_the_answer_agree_on_anonymity_without_a_base_made_up(persons_2021, reachability_built):
    """#1: '75 % kiest voor anonimiteit' (key figures) beside the answer's 'ruim driekwart van de oproepers'; chapter 5
    no longer weakens it to 'het grootste deel van de bellers'."""
    said = flat(persons_2021.text)
    assert (
        # r44 (2021 #12): each figure with its speaker, no total made up, no 'die anonimiteit' joining them
        "Volgens de kerncijfers van 2021 koos 75 % voor anonimiteit; van welk totaal, zeggen ze niet. Het "
        "antwoord van de minister spreekt van „ruim driekwart van de oproepers”."
    ) in said
    assert "gebruik van die anonimiteit" not in said
    assert "de bron zegt niet of dat 75 %" not in said and "bleef 75 % anoniem" not in said
    chapter, _ = reachability_built[2021]
    assert "ruim driekwart van de oproepers blijft anoniem" in chapter
    assert "het grootste deel van de bellers" not in chapter
    # the 2020 release keeps its sentence
    assert "ruim driekwart van de oproepers blijft anoniem" in reachability_built[2020][0]


def test_the_rise_is_in_calls_and_the_measures_are_told_in_the_past(reachability_built):
    """#3: 'de stijging van het aantal oproepen', the question's word; #4: what the early-2022 answer describes, in
    the past tense, in the chapter and the summary alike (2020 and 2021)."""
    for chapter, summary in reachability_built.values():
        assert "naar aanleiding van de stijging van het aantal oproepen tijdens de eerste lockdown" in chapter
        assert "stijging van de contacten" not in chapter
        assert (
            # r44 (2020 #10): optie 0 as an active choice (0 in the menu), not 'geen provincie koos'
            # r59 (r58 2021 #1): 'In de loop van 2021', not 'Vanaf'
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 kwamen oproepen met „optie 0” (wie in het keuzemenu 0 koos: provincie onbekend of "
            "liever niet "
            "genoemd) terecht bij de minst drukke provincies of op lijnen die op dat moment vrij waren."
        ) in chapter
        assert "geen provincie koos" not in chapter
        # r54 (r54 2020 #9): the call-back as the aim the answer gives, not a result
        aim = "met de bedoeling die berichten sneller te behandelen en de bellers terug te bellen"
        # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
        # r56 (r56 2020 #7): the aim the bullet opens with is not said again
        # r59 (r58 2021 #1): what was put in practice in 2021, not an invitation read as new
        # r60 (r59 2021 #1): leaving a message was possible before, then what is new
        assert (
            # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
            # r62 (r62 2020 #4, 2021 #3)
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon"
            in chapter
            and aim not in chapter
        )
        for present in ("komen oproepen met", "nodigt de hulplijn", "kan terugbellen", "komt terecht"):
            assert present not in chapter and present not in summary, present
    assert "liever niet genoemd werd, kwam terecht bij de minst drukke provincie" in reachability_built[2021][1]  # r44


def test_the_later_measures_go_by_what_they_are(reachability_built):
    """#9: not the vague 'Verder in 2021 en daarna'."""
    chapter, _ = reachability_built[2021]
    assert "**Chat.**"  # r47 (r46 2021 #13) in chapter
    assert "Verder in 2021" not in chapter


def test_the_perpetrators_side_is_counted_in_contacts_in_the_chapter_and_the_annex_alike():
    """#7: the chapter's '240 contacten' and the annex table's '240 contactnemers' named one count two ways; the
    figures count contacts (the glossary), so both say 'contacten'."""
    from hulplijnen.chapters import campaigns
    from hulplijnen.data import load
    from hulplijnen.facts import FactSheet

    said = flat(campaigns.build(2021, "1712", 1, 12, 20, FactSheet("campaigns", 2021)).text)
    assert (
        # r63 (r63 2021 #7): the quoted annual report's own word beside the report's 'contacten'
        "in 2020 kwamen 240 contacten (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers of van "
        "iemand "
        "uit de directe omgeving van een pleger" in said
    )
    reason = load.constraints().set_index("constraint_id").loc["perpetrator_environment_total", "reason_nl"]
    assert reason.startswith("Volgens het citaat uit het jaarverslag kwamen 240 contacten van plegers")
    assert "contactnemers" not in reason


def test_the_legend_says_the_solid_bars_are_the_reports_own_calculation():
    """#6: beside the dotted published bars, the solid ones named: computed from the tables, exact."""
    figures.apply_theme()
    shares = pd.DataFrame(
        {
            "year": [2020, 2020, 2021, 2021],
            "channel": ["phone", "chat", "phone", "chat"],
            "low": [70.8, 11.3, 67.5, 17.5],
            "high": [70.8, 11.3, 68.5, 18.5],
            "exact": [True, True, False, False],
        }
    )
    fig = figures_sources.share_series(shares, "t", whiskers=False, exact=figures_describe.EXACT_FROM_TABLES)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    # r41: on two lines, so that the legend stays within the chart's width (the chart's type no longer shrinks)
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert "tabellen 2020 (exacte aantallen)" in [" ".join(t.split()) for t in legend]
    assert "kerncijfers 2021 (afgerond)" in legend
    assert all(len(line) <= figures_sources.EXACT_WRAP for t in legend if "effen" in t for line in t.split("\n"))
    # where every bar is exact, no such entry: nothing to tell apart
    fig = figures_sources.share_series(
        shares.assign(exact=True, high=shares["low"]), "t", whiskers=False, exact=figures_describe.EXACT_FROM_TABLES
    )
    legend = fig.axes[0].get_legend()
    assert legend is None or not any("effen" in t.get_text() for t in legend.get_texts())


def test_a_chapter_shown_as_a_section_is_placed_by_its_section_number_and_title():
    """#13: the annex heading named 'Bij hoofdstuk 2: Geslacht en leeftijd van wie contact opneemt', which neither the
    chapter nor its section 2.1 is called; the annex goes by the number and title the contents give."""
    from hulplijnen.pipeline.release import load_release

    titles, numbers = load_release("2021").places
    assert numbers["gender_age"] == "2.1" and titles["gender_age"] == "Geslacht en leeftijd"
    assert numbers["contact_persons"] == "2" and numbers["helplines"] == "6"
    titles, numbers = load_release("2020").places  # a chapter of its own there
    assert "." not in numbers["gender_age"]
