"""Review r20 (2020 #1, 2021 #2): the 40-45 % answered is attributed to 1712's internal analyses (r19), and the
minister's own remark on it is given in the answer's words, without adding doubt of the report's own: conclusive
figures of answered AGAINST incoming calls are hard to give (seed 000; data/registration_fields.csv, status
not_conclusive). The chapter does not claim how the calls were counted ('wie opnieuw belt, telt opnieuw')."""

from __future__ import annotations

import re

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import reach_messages


def plain(text) -> str:
    return re.sub(r"\s+", " ", str(text))


def test_the_chapter_gives_the_figure_to_the_questioner_and_the_attempts_to_the_minister_unlinked():
    """r22 2020 #1, 2021 #1: the 40-45 % is the questioner's, who cites 1712's internal analyses; the minister does not
    confirm it and calls conclusive figures hard to give; the 3-4 attempts are the minister's (samples) and the answer
    does not link them to the share; how many callers got through is not known. Not in bold as a whole, and no 'Het
    gaat om oproepen, niet om bellers' (no source says how the 40-45 % was counted)."""
    for year in (2020,):  # r33 (r32 #1): the 2021 report leaves 2020's paragraph to the 2020 report
        said = plain(reachability.build(year, "1712", FactSheet("t", year)).section("closing"))
        start = said.index("**Bereikbaarheid.** Volgens interne analyses van 1712")  # r34a 2020 #1: who says it first
        paragraph = said[start : said.index("**Maatregelen.**")]
        # r27 (2020 #1, 2021 #4): the question's figure, then what the answer says in its words; the attempts
        # r31 (2020 #1, 2021 #2): the question's figure in its words; the answer's stance; no guess of what it counts
        # r32 (2020 #1, 2021 #3): the answer's remark in its words, no verdict ('bevestigt noch corrigeert')
        # r34a (2020 #1): the attempts beside the share, and what that means for the share, once
        # r36 (r35 2020 #2, #3): 'geeft zelf geen cijfer' did not say which figure: plainly that the minister's answer
        # does not confirm this one, and why, in its words; then the attempts as the answer's, without the 'dus' that
        # assumed the share counts attempts
        assert (
            "tussen 40 en 45 % van de oproepen beantwoorden"
            # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
            " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)"
            ". Het antwoord van de minister gaat niet op dat cijfer in: "
            # r52 (reader r51): 'het zegt dat …' instead of a second 'volgens het antwoord'; this pin follows it
            "het zegt dat sluitende cijfers over beantwoorde tegenover binnengekomen oproepen moeilijk te geven zijn. "
            # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
            "Volgens het antwoord doet een beller gemiddeld 3 tot 4 pogingen (steekproeven met Proximus; "
            "uit welke periode, zegt het antwoord niet); hoeveel bellers nooit doorkwamen, is niet bekend."
        ) in paragraph.replace("\xa0", " ")
        # r32 (2020 #1): 'maar' is the question's 'slechts', with the analyses it comes from; r36: the minister is
        # named once, as who answers
        assert paragraph.count("minister") == 1 and "maar 40" not in paragraph  # r38 (r37 2020 #8): no stance
        assert "geeft zelf geen cijfer" not in paragraph and "dus niet" not in paragraph
        assert "niet om bellers" not in said and paragraph.count("**") == 2  # the label alone is bold
        # r30 (the lead's decision 1): 'wie opnieuw belt, telt opnieuw mee' says what 'belpogingen' would mean
        assert "onbeantwoord" not in said and "telt opnieuw" not in paragraph and "aanwijzing" not in paragraph


def test_the_summary_knows_the_answer_calls_the_figures_not_conclusive():
    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts)
    reach = reach_messages.reachability({r["key"]: r for r in facts.records()}, "1712", 2020)
    assert reach is not None and reach["by_questioner"] and reach["not_conclusive"]
    assert (reach["attempts_low"], reach["attempts_high"]) == (3, 4)  # r21 2020 #1: said with the share
    assert reach["announced"] is None  # the 2021 analyses are announced in the 2021 release only
    later = reach_messages.reachability({r["key"]: r for r in facts.records()}, "1712", 2021)
    assert later["announced"] == "de interne analyses van 2021"
