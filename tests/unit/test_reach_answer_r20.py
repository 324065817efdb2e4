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
    remark = said.index(
        "Het antwoord van de minister voegt eraan toe dat sluitende cijfers over het aantal beantwoorde telefonische "
        "oproepen ten opzichte van het aantal inkomende oproepen moeilijk te geven zijn."
    )
    paragraph = said[figure : said.index("pogingen", remark)]
    assert "telt opnieuw" not in paragraph and "bevestigde" not in paragraph and "aanwijzing" not in paragraph


def test_the_summary_knows_the_answer_calls_the_figures_not_conclusive():
    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts)
    reach = reach_messages.reachability({r["key"]: r for r in facts.records()}, "1712")
    assert reach is not None and reach["by_questioner"] and reach["not_conclusive"]
