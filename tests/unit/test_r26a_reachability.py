"""Round 26 (r25 2020 #1, #7, #8, #9, #14, #15; 2021 #1, #2, #3, #4, #5, #10, #19, #20): the 40-45 % is the written
question's, citing 1712's internal analyses, and the answer does not confirm it; 'van de oproepen' as the question has
it; the year's figures are not in this report's sources (not 'geen cijfers bekend'); the answering machine's aim and
what was put in practice said plainly; one reachability bullet in the summary, problem first. Each test failed on the
round-25 text."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import data_quality, reachability
from hulplijnen.config.params import load_params
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import assemble, summary

QUESTION = "schriftelijke vraag in het Vlaams Parlement"
ANALYSES = "op basis van interne analyses van 1712"


def flat(md: str) -> str:
    return " ".join(str(md).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def built() -> dict[int, tuple[str, str]]:
    out = {}
    for year in (2020, 2021):
        facts = FactSheet("t", year)
        chapter = flat(reachability.build(year, "1712", facts, "2026-11-20").text)
        md = flat(summary.markdown({r["key"]: r for r in facts.records()}, ["1712"], year))
        out[year] = (chapter, md)
    return out


def bullets(md: str) -> list[str]:
    return [b for b in md.split(" - **")]


def test_the_chapter_gives_the_figure_to_the_question_not_confirmed(built):
    """2020 #1, 2021 #1: 'volgens interne analyses van 1712 … van de inkomende oproepen' credited the MP's figure to
    1712 and added 'inkomende'; the answer does not confirm it and calls conclusive figures hard to give."""
    for year, (chapter, _) in built.items():
        reach = chapter.split("**Bereikbaarheid.** ", 1)[1].split(" **", 1)[0]
        assert reach.startswith(f"Volgens een {QUESTION} van 24 januari 2022, {ANALYSES}, werd in"), (year, reach)
        assert (
            "tussen 40 % en 45 % van de oproepen beantwoord. Het antwoord bevestigt dat cijfer niet en noemt " in reach
        )
        assert "een beller doet gemiddeld 3 tot 4 pogingen." in reach
        assert "inkomende" not in reach
        assert chapter.count(QUESTION) == 1, year  # named once, where the figure is


def test_the_summary_gives_the_figure_to_the_question_in_its_own_words(built):
    """2020 #1, #7, 2021 #1, #7: the same attribution in the summary, no 'inkomende', and the attempts sentence not
    word for word the chapter's."""
    for _, md in built.values():
        line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
        assert f"olgens een {QUESTION}, {ANALYSES}, werd in september–december 2020 tussen 40 % en 45 % van de " in line
        assert "oproepen beantwoord. Het antwoord bevestigt dat cijfer niet" in line
        assert "inkomende" not in md
        assert "bellers doen gemiddeld 3 tot 4 pogingen" in line and "een beller doet gemiddeld" not in line
        assert "hoeveel bellers uiteindelijk" not in md.lower()


def test_no_geen_cijfers_bekend_but_not_in_the_sources_with_the_preliminary_figures(built):
    """2021 #2: 'over 2021 zijn geen cijfers bekend' while the chapter says preliminary figures pointed to more
    answered calls; 2020 #9: 'gepubliceerd zijn ze niet' is more than this report can know."""
    chapter, md = built[2021]
    assert "geen cijfers bekend" not in chapter and "geen cijfers bekend" not in md
    assert chapter.startswith("De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021.")
    line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
    assert line.startswith(
        "Bereikbaarheid:** de bronnen van dit rapport geven geen cijfers over 2021; wel leken voorlopige, "
        "nog niet gecontroleerde cijfers erop te wijzen dat 1712 deels door „optie 0” als overlooplijn "
        "meer telefonische oproepen kon beantwoorden."
    ), line
    for chapter, _ in built.values():
        assert "gepubliceerd zijn ze niet" not in chapter
        assert "kon beantwoorden; ze staan niet in de bronnen van dit rapport." in chapter


def test_the_answering_machine_says_its_aim_and_what_was_put_in_practice(built):
    """2021 #5, 2020 #14: '(een bericht inspreken kon al)' was cryptic and left out the aim: messages handled faster
    and callers called back; since 2021 a caller on a busy line is invited to leave a message."""
    for chapter, md in built.values():
        assert "ingesproken berichten sneller behandelen en de bellers terugbellen" in chapter
        assert "**In 2021:** wie op een bezette lijn botst, wordt uitgenodigd een bericht in te spreken." in chapter
        assert "onder meer om ingesproken berichten sneller te behandelen en bellers terug te bellen" in md
        assert "in 2021 een uitnodiging om bij een bezette lijn een bericht in te spreken" in md
        assert "kon al" not in chapter and "kon al" not in md


def test_one_reachability_bullet_problem_first_then_the_measures(built):
    """2021 #4, 2020 #7, #14: the measures came before the problem, capacity was spread over three bullets, and 'voor
    een jaar na de eerste lockdown' read as 'one year after'."""
    for year, (_, md) in built.items():
        found = [b for b in bullets(md) if "Maatregel" in b or "Wat volgde na" in b or "Bereikbaarheid" in b]
        assert len(found) == 1, (year, found)
        line = found[0]
        assert line.index("40 % en 45 %") < line.index("Maatregel") < line.index("voor één jaar extra middelen")
        assert "na de eerste lockdown voor één jaar extra middelen" in line
        assert "voor een jaar na de eerste lockdown" not in md
    assert "Wat volgde na 2020: in 2021 een uitnodiging" in built[2020][1]
    assert "Wat volgde na" not in built[2021][1]


def test_the_chapter_says_in_one_sentence_what_is_not_known(built):
    """2020 #8, 2021 #8: 'Niet beschikbaar in de bronnen: …' read as the MP's checklist."""
    for chapter, _ in built.values():
        assert "Niet beschikbaar in de bronnen" not in chapter
        assert (
            "Hoeveel oproepen na de lockdown beantwoord werden en wat de extra middelen opleverden, staat evenmin "
            "in die bronnen." in chapter
        )


def test_the_peak_counts_contacts_and_a_neutral_baseline(built):
    """2021 #10: 'de stijging van de oproepen' for a peak of all channels; 2020 #15, 2021 #19: the report's own remark
    that the lockdown had begun in March, beside a baseline that included it."""
    for chapter, _ in built.values():
        assert "naar aanleiding van de stijging van de contacten tijdens de eerste lockdown" in chapter
        assert "stijging van de oproepen" not in chapter
        assert "45 % meer dan het gemiddelde van de eerste drie maanden van 2020 (556 contacten per maand)." in chapter
        assert "lockdown al begonnen" not in chapter


def test_the_2021_intro_says_the_2020_tables_are_the_latest_detail():
    """2021 #3, #8: the 2020 tables were introduced as a comparison; 'een jaarverslag … hoort niet bij die bronnen'."""
    reading = ["channels", "contact_persons", "gender_age", "contexts", "reachability", "helplines"]
    said = flat(assemble.intro(load_params("2021"), reading))
    assert (
        "Voor 2021 zijn in de bronnen alleen kerncijfers van Hulplijn 1712 beschikbaar; de tabellen per maand, per "
        "leeftijd en per context gaan over 2020 (de meest recente detailcijfers)." in said
    )
    assert "hoort niet bij die bronnen" not in said


def test_the_ten_places_are_named_as_one_cell_and_nine_blank_month_cells():
    """2021 #20: 'Op tien plaatsen' above a table of two rows."""
    said = flat(data_quality.build(2021, ["1712", "tele-onthaal", "stop-it-now"], FactSheet("t", 2021)).text)
    assert "Op tien plaatsen (één vak en negen lege maandvakken) gebruikt dit rapport een ander getal" in said
