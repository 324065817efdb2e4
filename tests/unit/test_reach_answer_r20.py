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


def test_the_chapter_gives_the_answers_remark_in_its_words_after_the_attributed_figure():
    facts = FactSheet("t", 2020)
    said = plain(reachability.build(2020, "1712", facts).text)
    figure = said.index("Volgens interne analyses van 1712 (aangehaald in een parlementaire vraag)")
    # r21 2020 #1, 2021 #1: in the bold lead itself, with the attempts: a share of calls, not of callers
    remark = said.index(
        "Het gaat om oproepen, niet om bellers: volgens de minister doet een beller gemiddeld 3 tot 4 pogingen, en "
        "zijn sluitende cijfers moeilijk te geven.**"
    )
    assert said.index("van de oproepen beantwoord.", figure) < remark
    assert "onbeantwoord" not in said
    paragraph = said[figure:remark]
    assert "telt opnieuw" not in paragraph and "bevestigde" not in paragraph and "aanwijzing" not in paragraph


def test_the_summary_knows_the_answer_calls_the_figures_not_conclusive():
    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts)
    reach = reach_messages.reachability({r["key"]: r for r in facts.records()}, "1712", 2020)
    assert reach is not None and reach["by_questioner"] and reach["not_conclusive"]
    assert (reach["attempts_low"], reach["attempts_high"]) == (3, 4)  # r21 2020 #1: said with the share
    assert reach["announced"] is None  # the 2021 analyses are announced in the 2021 release only
    later = reach_messages.reachability({r["key"]: r for r in facts.records()}, "1712", 2021)
    assert later["announced"] == "de interne analyses van 2021"
