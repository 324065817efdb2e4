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
        # r31 (2020 #10, 2021 #11, the lead's decision): two plain lists: the subsidy's aims, each with what is known
        # of its result, then what changed later, dated
        # r37 (r36 2021 #8); r41 (r41 2021 #9): what the later measures are
        # r44 (2020 #8): the later measures named in 2020 too (was 'Wat volgde na 2020')
        lead = "**Chat.**"  # r47 (r46 2021 #13)
        assert "Wat volgde na" not in text
        aims, done = text.split(lead, 1)
        # r36 (r35 2021 #4): the aims are the answer's, said so (was 'Met die capaciteitssubsidie wilde 1712:')
        # r52 (reader r51): the measures' source said once at 'Maatregelen'; this pin follows the new wording
        aims = aims.split("Die capaciteitssubsidie had deze doelen: ", 1)[1]
        assert "minister" not in aims + done
        assert aims.startswith(
            "- in alle provincies een extra telefoonlijn inzetten om de bereikbaarheid op piekdagen te verhogen. Of "
            # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
            # r59 (r58 2021 #1): 'In de loop van 2021', not 'Vanaf'
            # r66 (r66 2020 #6): pin follows the new wording
            "dat gebeurde, is niet bekend. - „optie 0” uitbouwen tot overlooplijn. In 2021 kwamen oproepen "
            "met "
            # r44 (2020 #10): optie 0 as an active choice (0 in the menu), not 'geen provincie koos'
            "„optie 0” (wie in het keuzemenu 0 koos: provincie onbekend of liever niet genoemd) terecht bij de minst "
            "drukke provincies of op lijnen die op dat moment vrij waren."
        ), aims
        # r28 (2020 #8, 2021 #9): 'voor een jaar' is the question's: attributed to it
        # r52 (reader r51): 'dezelfde vraag' was ambiguous; this pin follows the new wording
        assert text.index("Volgens de schriftelijke vraag zelf kreeg 1712 extra werkingsmiddelen") < text.index(
            "deze doelen:"
        )
        # r47 (r46 2021 #6, #13): the subsidy's continuation said once, before the aims; the chat alone after them
        assert aims.count(" - ") == 2 and done.count(" - ") == 0  # three aims, one later change
        # r31 (2020 #18): the continued subsidy plainly, from its start to its end
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #9): the wording changed deliberately; this pin follows it
        # r52 (reader r51): no 'Volgens het antwoord' per sentence; this pin follows the new wording
        # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
        granted = "capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024"
        assert granted in text.split(lead, 1)[0] and "in het antwoord toegekend" not in text
        assert text.count("zeggen de bronnen niet") <= 2 and "zou de subsidie" not in text
    before = " ".join(reachability.build(2021, "1712", FactSheet("t", 2021), "2024-03-01").text.split())
    assert granted in before


def test_the_timeline_figure_is_gone():
    """r22 2020 #7, 2021 #4: the timeline's boxes, fades and 8 px labels could not be read; the list gives the dates."""
    assert not [p for p in reachability.SHOWN if getattr(p, "label", "") == "fig-capacity-timeline"]
