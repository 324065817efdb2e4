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
MP = "Vlaams Parlementslid Lorin Parys"


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
        # r28 (2020 #1, #2): the member of parliament who asked is named; the share is one of incoming calls
        assert reach.startswith(f"Volgens {MP} (schriftelijke vraag van 24 januari 2022), {ANALYSES}, werd in"), reach
        # r27: the answer's own words, not 'bevestigt niet' (read as a denial)
        assert (
            "tussen 40 % en 45 % van de oproepen beantwoord. Wat precies geteld werd, zegt de vraag niet; wellicht "
            "gaat het om belpogingen (wie opnieuw belt, telt opnieuw mee), niet om de 5.702 telefonische contacten "
            "die 1712 in 2020 registreerde. Volgens het antwoord zijn sluitende cijfers daarover moeilijk te geven. "
            "Volgens steekproeven met Proximus (periode niet vermeld) doet een beller gemiddeld 3 tot 4 pogingen."
            in reach
        )  # r30 (2020 #1, #17, 2021 #2): the source's words, the inference as one, the samples without a period
        assert "inkomende" not in reach
        assert chapter.count(MP) == 1, year  # named once, where the figure is


def test_the_summary_gives_the_figure_to_the_question_in_its_own_words(built):
    """2020 #1, #7, 2021 #1, #7: the same attribution in the summary, no 'inkomende', and the attempts sentence not
    word for word the chapter's."""
    for _, md in [built[2020]]:  # r27 2021 #1: the 2021 summary leaves the 2020 figure to the chapter
        line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
        assert (
            f"olgens {MP} (schriftelijke vraag van 24 januari 2022), {ANALYSES}, werd in september–december 2020 "
            in line
        )
        # r27 2020 #1: the answer's stance in its words, nothing else: the attempts are the chapter's
        assert "van de oproepen beantwoord. Wat precies geteld werd, zegt de vraag niet; wellicht gaat het" in line
        assert "oproepen beantwoord. " in line and "moeilijk te geven." in line
        assert "inkomende" not in line and "bevestigt" not in md
        assert " pogingen" not in line  # r28 2020 #1: 'belpogingen' says what the share counts; the attempts stay out
        assert "hoeveel bellers uiteindelijk" not in md.lower()


def test_no_geen_cijfers_bekend_but_not_in_the_sources_with_the_preliminary_figures(built):
    """2021 #2: 'over 2021 zijn geen cijfers bekend' while the chapter says preliminary figures pointed to more
    answered calls; 2020 #9: 'gepubliceerd zijn ze niet' is more than this report can know."""
    # r27 (2021 #1, #11, the lead's decision): said once and plainly, without audit wording; the preliminary figures,
    # hedged, are the chapter's
    chapter, md = built[2021]
    assert chapter.startswith("In de bronnen van dit rapport staan geen cijfers over de bereikbaarheid in 2021;")
    line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
    # r30 (2021 #1, #3, the lead's decision): two bullets, the end-2020 figure with its caveat and the year's
    # analyses not in the sources; then the measures, optie 0 in plain words, the subsidy as the answer granted it
    assert line.startswith(
        f"Bereikbaarheid eind 2020:** in september–december 2020 werd volgens {MP} (schriftelijke vraag van 24 januari "
        f"2022), {ANALYSES}, tussen 40 % en 45 % van de oproepen beantwoord. Wat precies geteld werd"
    ), line
    assert line.endswith(
        "Volgens het antwoord zijn sluitende cijfers daarover moeilijk te geven. In de bronnen van dit rapport staan "
        "geen cijfers over de bereikbaarheid in 2021; volgens het antwoord zou 1712 de analyses over 2021 bekendmaken "
        "in zijn jaarverslag."
    ), line
    done = next(b for b in bullets(md) if b.startswith("Wat 1712 deed"))
    assert done == (
        "Wat 1712 deed:** „optie 0” als overlooplijn (wie in het keuzemenu geen provincie kiest, komt terecht bij de "
        "minst drukke provincie of op een vrije lijn) en een voortzetting van de capaciteitssubsidie, in het antwoord "
        "toegekend van 1 december 2021 tot 30 november 2024."
    ), done
    for chapter, md in built.values():
        assert "gepubliceerd zijn ze niet" not in chapter
        assert "leken erop te wijzen dat 1712 deels hierdoor meer telefonische oproepen kon beantwoorden." in chapter
        # r30 (2021 #1, 2021 #5): the sources of this report named where the year's figures and what came later are
        assert chapter.count("bronnen van dit rapport") <= 2 and "in die bronnen" not in chapter + md


def test_the_answering_machine_says_its_aim_and_what_was_put_in_practice(built):
    """2021 #5, 2020 #14: '(een bericht inspreken kon al)' was cryptic and left out the aim: messages handled faster
    and callers called back; since 2021 a caller on a busy line is invited to leave a message. r27 (2020 #2, 2021 #2):
    read as if leaving a message were new in 2021: the aim says plainly that it could be done already; the summary
    leaves the measures to the chapter (2020 #1, 2021 #1)."""
    for chapter, md in built.values():
        # r30 (2020 #15, 2021 #9): described once, in the list; not again in the subsidy's aims
        assert "berichten die bellers bij een bezette lijn al konden inspreken" not in chapter
        assert (
            "**In 2021:** ingesproken berichten sneller behandeld en bellers teruggebeld (zo stond het in het "
            "antwoord)." in chapter
        )
        assert "wordt uitgenodigd" not in chapter  # r28 2020 #8, 2021 #9: not a new service
        assert "krijgt ook de uitnodiging" not in chapter and "bericht in te spreken" not in md
        assert "(een bericht inspreken" not in chapter


def test_one_reachability_bullet_problem_first_then_the_measures(built):
    """2021 #4, 2020 #7, #14: the measures came before the problem, capacity was spread over three bullets, and 'voor
    een jaar na de eerste lockdown' read as 'one year after'."""
    # r27 (2020 #1, 2021 #1): one bullet, at most two sentences (about 40 words); the measures and their dates are
    # the chapter's, in 2021 the measures in a few words
    for year, (_, md) in built.items():
        found = [b for b in bullets(md) if "Maatregel" in b or "Wat volgde na" in b or "Bereikbaarheid" in b]
        assert len(found) == 1, (year, found)
        line = found[0].split(" ## ")[0]
        # r28 (2020 #1, 2021 #2): one clause more, that the share counts attempts / the end-2020 figure; r30 (the
        # lead's decision 1): the source's words, the inference, the caveat and the year's none: four sentences
        assert line.count(". ") + 1 <= 4 and len(line.split()) <= 105, (year, len(line.split()), line)
        assert "voor een jaar na de eerste lockdown" not in md and "Maatregel" not in line
    assert "40 % en 45 %" in built[2020][1] and "40 % en 45 %" in built[2021][1]
    assert "Wat volgde na" not in built[2020][1] + built[2021][1]


def test_the_chapter_says_in_one_sentence_what_is_not_known(built):
    """2020 #8, 2021 #8: 'Niet beschikbaar in de bronnen: …' read as the MP's checklist."""
    for chapter, _ in built.values():
        assert "Niet beschikbaar in de bronnen" not in chapter
        # r28 2020 #7: no '(behalve het cijfer uit de vraag)'; what the answer says of the extra means
        # r30 (2020 #3, 2021 #6): no closing sentence widening optie 0's preliminary figures to the subsidy
        assert "Wat de extra middelen opleverden" not in chapter
        assert "Wat er sindsdien gebeurde, staat niet in de bronnen van dit rapport." in chapter
        assert "behalve het cijfer" not in chapter


def test_the_peak_counts_contacts_and_a_neutral_baseline(built):
    """2021 #10: 'de stijging van de oproepen' for a peak of all channels; 2020 #15, 2021 #19: the report's own remark
    that the lockdown had begun in March, beside a baseline that included it."""
    for chapter, _ in built.values():
        assert "naar aanleiding van de stijging van de contacten tijdens de eerste lockdown" in chapter
        assert "stijging van de oproepen" not in chapter
        assert "45 % meer dan het gemiddelde van de eerste drie maanden van 2020 (556 contacten per maand)." in chapter
        assert "lockdown al begonnen" in chapter


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
    # r29 2020 #12: a blank cell the totals force to 0 is not 'een ander getal'
    assert (
        "Op één plaats in de tabel contacten per maand en kanaal verbeterde het rapport een cijfer dat niet met de "
        "totalen klopt; negen lege vakken van die tabel zijn 0 omdat de totalen niets anders toelaten" in said
    )
    assert "Op tien plaatsen" not in said
