"""Round 22 (r21 2020 #8): the measures list opened 'Het antwoord van de minister noemt deze maatregelen:' with an item
from the question, and split the capacity subsidy's aims (optie 0 and the answering machine among them) over two
lists. Now: what the question says, in its name; the subsidy's three aims together, as the answer lists them; then
what the answer names."""

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet


def test_the_measures_are_one_dated_list_after_the_aims_in_one_sentence():
    """r22 2020 #4, 2021 #3: the aims ('deze doelen:') and the measures ('verder deze maatregelen:') were two lists,
    optie 0 and the answering machine in both. Now: the question's item in its name; the subsidy's aims in one sentence,
    in the answer's order; then one list of the measures with their dates. 2021 #21: optie 0 as the answer describes it.
    2021 #14: an end before the report's publication is told in the past tense, from the dates."""
    for year in (2020, 2021):
        text = " ".join(reachability.build(year, "1712", FactSheet("t", year), "2026-11-20").text.split())
        # r25 2020 #1, #8: no 'Het antwoord van de minister noemt'; in 2020 the measures after it under 'Wat volgde'
        lead = "**Wat volgde na 2020.**" if year == 2020 else "Wat er daarna veranderde:"
        aims, done = text.split(lead, 1)
        aims = aims.split("Een van de doelen van die capaciteitssubsidie was: ", 1)[1]
        assert "minister" not in aims + done
        # r30 (2020 #15, 2021 #9): the aims put in practice are said once, in the list; the others in the sentence
        assert aims.startswith("extra telefoonlijn in alle provincies") and "; de andere staan hieronder." in aims
        assert "„optie 0” in het keuzemenu" not in aims and "bezette lijn" not in aims and "\n- " not in aims
        # r28 (2020 #8, 2021 #9): 'voor een jaar' is the question's: attributed to it
        assert text.index("Volgens dezelfde vraag kreeg 1712 extra werkingsmiddelen") < text.index("van de doelen")
        assert text.count("- **") == 4 and "verder deze maatregelen" not in text
        assert (
            "- **In 2021:** „optie 0” als overlooplijn: wie in het keuzemenu geen provincie kiest, komt terecht bij de "
            "minst drukke provincies of op lijnen die op dat moment vrij zijn." in done
        )
        # r24 2020 #13, 2021 #9: the 2022 answer gives the end it planned; no source says the subsidy ran so long
        # r30 (2020 #2, 2021 #5): as the answer granted it, from its start to its end
        granted = "Voortzetting van de subsidie:** in het antwoord toegekend van 1 december 2021 tot 30 november 2024."
        assert granted in done
    before = " ".join(reachability.build(2021, "1712", FactSheet("t", 2021), "2024-03-01").text.split())
    assert granted in before


def test_the_timeline_figure_is_gone():
    """r22 2020 #7, 2021 #4: the timeline's boxes, fades and 8 px labels could not be read; the list gives the dates."""
    assert not [p for p in reachability.SHOWN if getattr(p, "label", "") == "fig-capacity-timeline"]
