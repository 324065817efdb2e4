# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r48 (r47 2021 #9): the granted subsidy out of 'Wat er veranderde'
"""Round 26 (r25 2020 #1, #7, #8, #9, #14, #15; 2021 #1, #2, #3, #4, #5, #10, #19, #20): the 40-45 % is the written
question's, citing 1712's internal analyses, and the answer does not confirm it; 'van de oproepen' as the question has
it; the year's figures are not in this report's sources (not 'geen cijfers bekend'); the answering machine's aim and
what was put in practice said plainly; one reachability bullet in the summary, problem first. Each test failed on the
round-25 text."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import data_quality
from hulplijnen.config.params import load_params
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import assemble

QUESTION = "schriftelijke vraag in het Vlaams Parlement"
ANALYSES = "op basis van interne analyses van 1712"
MP = "Vlaams Parlementslid Lorin Parys"


def flat(md: str) -> str:
    return " ".join(str(md).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def built(reachability_built) -> dict[int, tuple[str, str]]:
    return reachability_built


def bullets(md: str) -> list[str]:
    return [b for b in md.split(" - **")]


def test_the_chapter_gives_the_figure_to_the_question_not_confirmed(built):
    """2020 #1, 2021 #1: 'volgens interne analyses van 1712 … van de inkomende oproepen' credited the MP's figure to
    1712 and added 'inkomende'; the answer does not confirm it and calls conclusive figures hard to give."""
    for year, (chapter, _) in [(2020, built[2020])]:  # r33 (r32 #1): the 2021 report says 2020 in one sentence
        reach = chapter.split("**Bereikbaarheid.** ", 1)[1].split(" **", 1)[0]
        # r28 (2020 #1, #2): the member of parliament who asked is named; the share is one of incoming calls
        # r31 (2020 #1, 2021 #2, the lead's decision): the question's figure in its words, from 1712's analyses of
        # 2020; the answer neither confirms nor corrects it; the attempts from the Proximus samples; no guess
        # r32 (2020 #1, 2021 #3, #16): the fact first, of the incoming calls (the answer's word), the MP who cites
        # the analyses after it, the answer's remark on conclusive figures in its words, no verdict
        # r34a (2020 #1): who says it first, briefly, the question by its month (the MP is the annex's), in the
        # question's words; the attempts beside it; that the answer gives no figure, once
        lead = "Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari 2022, kon 1712 in "
        assert reach.startswith(
            lead + "september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden"
            # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
            " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)."
        ), reach
        # r36 (r35 2020 #2, #3): plainly that the answer does not confirm the figure, and why, in its words; then the
        # attempts as the answer's, without the 'dus' that assumed the share counts attempts
        assert (
            # r52 (reader r51): 'het zegt dat …' instead of a second 'volgens het antwoord'; this pin follows it
            "Het antwoord van de minister gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde "
            # r39 (r38 2020 #1): what the answer said of its time, in the past tense
            "tegenover binnengekomen oproepen moeilijk te geven zijn. Volgens het antwoord doet een beller "
            # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
            "gemiddeld 3 tot 4 pogingen (steekproeven met Proximus; uit welke periode, zegt het antwoord "
            "niet); hoeveel bellers nooit doorkwamen, is niet bekend." in reach
        )
        assert "geeft zelf geen cijfer" not in reach and "dus niet hoeveel" not in reach
        assert "bevestigt noch corrigeert" not in reach and "„van de oproepen”" not in reach
        assert "wellicht" not in reach and "belpogingen" not in reach
        assert chapter.count(MP) == 0, year  # r34a: the brief lead names the analyses and the question


def test_the_summary_gives_the_figure_to_the_question_in_its_own_words(built):
    """2020 #1, #7, 2021 #1, #7: the same attribution in the summary, no 'inkomende', and the attempts sentence not
    word for word the chapter's."""
    for _, md in [built[2020]]:  # r27 2021 #1: the 2021 summary leaves the 2020 figure to the chapter
        line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
        # r32 (2020 #1, the lead's wording): the fact first, the source after it, one short sentence
        # r33 (r32 #5): the source in a plain sentence of its own, no 'bevestigt het niet' (read as a denial)
        # r34a (2020 #1): who says it first, and the attempts per caller in one clause (the reader's most important)
        # r36 (r35 2020 #2, #3): that the answer does not confirm the figure, in a clause; the attempts the answer's
        assert line.startswith(
            "Bereikbaarheid:** volgens interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282 (Vlaams "
            "Parlement, januari 2022), kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen "
            # r41 (r41 2020 #3): the wording changed deliberately; this pin follows it
            # r49 (r48 2020 #4): the Proximus samples the answer quotes; this pin follows it
            # r66 (r66 2020 #7): pin follows the new wording
            "beantwoorden (wat daarbij als oproep telt, zeggen de bronnen niet). "  # r63 (r63 2020 #6)
            "Het antwoord op de vraag gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde "
            "oproepen moeilijk te geven zijn. Volgens steekproeven met Proximus, aangehaald in het antwoord (periode "
            "niet vermeld), "
            "doet een beller "
            "gemiddeld 3 tot 4 pogingen"
        ), line
        assert "bevestigt het niet" not in line
        assert (
            "wellicht" not in line and "bevestigt noch corrigeert" not in line and line.count(". ") + 1 <= 3
        )  # r53 (r53 2020 #2): one sentence more
        assert "hoeveel bellers uiteindelijk" not in md.lower()


def test_no_geen_cijfers_bekend_but_not_in_the_sources_with_the_preliminary_figures(built):
    """2021 #2: 'over 2021 zijn geen cijfers bekend' while the chapter says preliminary figures pointed to more
    answered calls; 2020 #9: 'gepubliceerd zijn ze niet' is more than this report can know."""
    # r27 (2021 #1, #11, the lead's decision): said once and plainly, without audit wording; the preliminary figures,
    # hedged, are the chapter's
    chapter, md = built[2021]
    # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend': figures may exist)
    assert chapter.startswith("De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021.")
    line = next(b for b in bullets(md) if b.startswith("Bereikbaarheid"))
    # r31 (2021 #2, #10, the lead's decision): the year's none and the question's end-2020 figure, two sentences;
    # then 'Wat er veranderde': optie 0, the chat, the subsidy continued
    # r32 (2021 #16, the lead's wording): what is not known, then the last figure known, the source after it
    # r33 (r32 #1, #5): the year first, plainly; the 2020 figure once, dated, its source said plainly
    # r36 (r35 2021 #1, #4, #5): the lead without the year; the 2020 figure dated before it; the attempts the
    # answer's; 'Wat er veranderde' with every measure dated, the call-back option too
    assert line.startswith(
        # r44 (2021 #4): about two lines; the attempts per caller are the chapter's
        # r45 (r44 2021 #5): 'de recentste cijfers gaan over'
        # r63 (r63 2021 #1): not 'geen cijfers' beside the measures' preliminary figures
        # r64 (r64 2021 #1): no figures at all; what the answer says of the preliminary ones
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "Bereikbaarheid:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); de recentste "
        "cijfers gaan over "
        "september–december "
        "2020 (interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282): "
        "toen werd "
        # r61 (r59 2021 #1): the quoted part says what an 'oproep' may be (attempts or callers)
        # r64 (r64 2021 #8): the three possibilities the glossary names
        "40 tot 45 % van de oproepen beantwoord; wat er precies geteld werd (belpogingen, bellers of geregistreerde "
        # r66 (r66 2021 #3): the attempts per caller are the chapter's
        "contacten), zeggen de bronnen niet."
    ), line
    assert line.count("2020") == 1 and "bevestigt" not in line
    done = next(b for b in bullets(md) if b.startswith("Maatregelen in 2021"))
    assert done == (
        # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
        # r44 (2021 #5): optie 0 an active choice
        # r45 (r44 2021 #3): a nested list, one measure a line, each dated first; the continuation dated
        # 'Van … tot … (toegekend)' as its own item
        # r64 (r64 2021 #5, 2020 #2): the heading says whose list and when; every item ends with a full stop,
        # the measure evaluated only qualitatively last
        # r66 (r66 2021 #7): not dated again under its heading's year; the answering machine a noun phrase
        "Maatregelen in 2021 (volgens het antwoord van begin 2022):** - „optie 0” als "
        "overlooplijn (wie in het keuzemenu 0 koos, "
        "omdat de eigen provincie onbekend was of liever niet genoemd werd, kwam "
        # r38 (r37 2021 #3): the invitation, not a call-back option that reads as new
        # r56 (r55 2021 #5): no 'actieve', the source's 'boodschap'
        # r59 (r58 2021 #1): the better use of the answering machine, not an invitation read as new
        # r61 (r59 2020 #1): the aim said as an aim, not a result; no evaluation in figures
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r61 (r59 2020 #2): optie 0's preliminary figures, said in its line
        "terecht bij de minst drukke provincie of op een vrije lijn); voorlopige cijfers, toen nog in "
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
        "kwaliteitscontrole, leken erop te wijzen dat 1712 deels hierdoor meer oproepen kon beantwoorden. - Vanaf "
        "september 2021: "
        # r48 (r47 2021 #9): the granted subsidy a bullet of its own ('Toegekend:'), not under 'Wat er veranderde'
        "een ruimere chat (van maandag tot donderdag tot 22 uur). - "
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het antwoordapparaat "
        "optimaliseren”). "
        "Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller behandelen en de bellers terugbellen. "
        "Tot begin 2022 werd dat alleen kwalitatief geëvalueerd. "
        # r61 (r59 2020 #2): a summary read alone took the measures as results
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #4, 2021 #2): a closing sentence under the list, not one of its items
        # r66 (r66 2020 #1): beside optie 0's preliminary figures, the answer gave none itself
        "Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen."
    ), done
    for year, (chapter, md) in built.items():
        assert "gepubliceerd zijn ze niet" not in chapter
        # r44 (2020 #9): the qualitative evaluation first, and 'binnen zijn bestaande werking' as the answer says it
        assert (
            # r52 (reader r51): the answer named once at the measures' opener; this pin follows the new word order
            "Dit werd op verschillende momenten kwalitatief geëvalueerd, en voorlopige cijfers" in (chapter)
        )
        assert (
            "erop te wijzen dat 1712 deels hierdoor meer telefonische oproepen kon beantwoorden binnen zijn" in chapter
        )
        # r30 (2021 #1, 2021 #5): the sources of this report named where the year's figures and what came later are
        # r35 (2021 #1): except once in the chapter and once in the summary, where a later report says that its sources
        # give no figures of its own year (figures may exist: the answer says they would be published)
        once = int(year == 2021)
        # r39 (r38 2021 #5): the chapter's next sentence says plainly that the annual report is not among them
        # r39 (p39d): said without repeating 'bronnen van dit rapport' ('is niet gebruikt voor dit rapport')
        # r44 (2021 #4): the summary's bullet in two lines says 'de bronnen'
        assert chapter.count("bronnen van dit rapport") == once and md.count("bronnen van dit rapport") == 0
        # r44 (2021 #13): why the annual report is not used, said once (was 'Dat jaarverslag is niet gebruikt ...')
        # r49 (2021 #3): where the figures may be, not 'niet nagegaan' (read as 'we did not look')
        assert chapter.count("bij de publicatie van het jaarverslag van 1712; dat jaarverslag hoort niet bij") == once
        assert "niet gebruikt voor dit rapport" not in chapter
        assert "in die bronnen" not in chapter + md


def test_the_answering_machine_says_its_aim_and_what_was_put_in_practice(built):
    """2021 #5, 2020 #14: '(een bericht inspreken kon al)' was cryptic and left out the aim: messages handled faster
    and callers called back; since 2021 a caller on a busy line is invited to leave a message. r27 (2020 #2, 2021 #2):
    read as if leaving a message were new in 2021: the aim says plainly that it could be done already; the summary
    leaves the measures to the chapter (2020 #1, 2021 #1)."""
    for chapter, md in built.values():
        # r30 (2020 #15, 2021 #9): described once, in the list; not again in the subsidy's aims
        # r31 (2020 #2, 2021 #1): the aim as an aim, what was put in practice with it, said once each
        assert "sneller behandeld" not in chapter and "zo stond het in het antwoord" not in chapter
        # r32 (2020 #3, #4): a sentence with its subject; r35 (r34): with its aim, calling back
        # r37 (r36 2020 #2): what callers could already do, then the active invitation, once
        # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
        # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
        # r59 (r58 2021 #1): what was put in practice in 2021 and how it works (the source's 'wordt uitgenodigd')
        # r60 (r59 2021 #1): leaving a message was possible before, then what is new
        # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
        # r62 (r62 2020 #4, 2021 #3)
        assert (
            chapter.count(
                # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
                # r66 (r66 2020 #6): pin follows the new wording
                "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik "
                "van het antwoordapparaat optimaliseren”). Inspreken kon al eerder"
            )
            == 1
        )
        # r38 (r37 2021 #3): the summary names the invitation (terugbeloptie read as new), with what was possible before
        assert "daartoe uitgenodigd" not in chapter and "terugbeloptie" not in md
        assert "krijgt ook de uitnodiging" not in chapter
        assert "(een bericht inspreken" not in chapter


def test_one_reachability_bullet_problem_first_then_the_measures(built):
    """2021 #4, 2020 #7, #14: the measures came before the problem, capacity was spread over three bullets, and 'voor
    een jaar na de eerste lockdown' read as 'one year after'."""
    # r27 (2020 #1, 2021 #1): one bullet, at most two sentences (about 40 words); the measures and their dates are
    # the chapter's, in 2021 the measures in a few words
    for year, (_, md) in built.items():
        # r52 (r51 2020 #3, accepted by the lead): what was done after the year is a short bullet of its own after
        # the reachability bullet; still one reachability bullet, and at most one for the measures, right after it
        found = [b for b in bullets(md) if "Wat volgde na" in b or "Bereikbaarheid" in b]
        assert len(found) == 1, (year, found)
        after = [b for b in bullets(md) if b.startswith("Maatregelen na ")]
        assert len(after) <= 1 and all(bullets(md).index(a) == bullets(md).index(found[0]) + 1 for a in after)
        line = found[0].split(" ## ")[0]
        # r28 (2020 #1, 2021 #2): one clause more, that the share counts attempts / the end-2020 figure; r30 (the
        # lead's decision 1): the source's words, the inference, the caveat and the year's none: four sentences
        assert line.count(". ") + 1 <= 4 and len(line.split()) <= 105, (year, len(line.split()), line)
        assert "voor een jaar na de eerste lockdown" not in md and "Maatregel" not in line
    # r38 (2020 r37 #8): 'tussen 40 en 45 %' after the months' year
    assert "tussen 40 en 45 %" in built[2020][1] and "40 tot 45 %" in built[2021][1]
    assert "Wat volgde na" not in built[2020][1] + built[2021][1]


def test_the_chapter_says_in_one_sentence_what_is_not_known(built):
    """2020 #8, 2021 #8: 'Niet beschikbaar in de bronnen: …' read as the MP's checklist."""
    for chapter, _ in built.values():
        assert "Niet beschikbaar in de bronnen" not in chapter
        # r28 2020 #7: no '(behalve het cijfer uit de vraag)'; what the answer says of the extra means
        # r30 (2020 #3, 2021 #6): no closing sentence widening optie 0's preliminary figures to the subsidy
        assert "Wat de extra middelen opleverden" not in chapter
        assert "Wat er sindsdien gebeurde" not in chapter  # r31 (2020 #4, 2021 #3): no audit talk
        assert "behalve het cijfer" not in chapter


def test_the_peak_counts_contacts_and_a_neutral_baseline(built):
    """2021 #10: 'de stijging van de oproepen' for a peak of all channels; 2020 #15, 2021 #19: the report's own remark
    that the lockdown had begun in March, beside a baseline that included it."""
    for year, (chapter, _) in built.items():
        # r41 (r41 2021 #3): 'het aantal oproepen', the question's word
        assert "naar aanleiding van de stijging van het aantal oproepen tijdens de eerste lockdown" in chapter
        assert "stijging van de oproepen" not in chapter
        # r33 (r32 #1): the peak paragraph is the 2020 report's; the 2021 report gives no second telling of it
        # r34 (r33 2020 #2): the period's average against those months (the busiest month follows it)
        said = "45 % meer dan het gemiddelde van de eerste drie maanden van 2020 (556 contacten per maand)."
        # r49 (r48 2020 #6): March's lockdown by the campaign that named it on its day; this pin follows it
        # r52 (reader r51): the campaign day in the sentence on March in the average; this pin follows it
        # r59 (r58 2020 #3): the campaign as the source describes it, 'lanceerde' its verb
        # r56 (r56 2020 #6)
        lockdown = "al een poster en animatie met tips over conflicten in relatie of gezin tijdens de lockdown."
        # r61 (r59 2020 #4): March, not above February, is not said in the chapter (was in 2020's)
        assert (said in chapter) == (year == 2020) and lockdown not in chapter


def test_the_2021_intro_says_the_2020_tables_are_the_latest_detail():
    """2021 #3, #8: the 2020 tables were introduced as a comparison; 'een jaarverslag … hoort niet bij die bronnen'."""
    reading = ["channels", "contact_persons", "gender_age", "contexts", "reachability", "helplines"]
    said = flat(assemble.intro(load_params("2021"), reading))
    assert (
        # r31 2021 #7 (round 32): the helpline first, no tables named the report does not contain
        "Van Hulplijn 1712 staan voor 2021 in de bronnen alleen kerncijfers; de detailcijfers van Hulplijn 1712 in dit"
        " rapport gaan over 2020." in said
    )
    assert "hoort niet bij die bronnen" not in said


def test_the_ten_places_are_named_as_one_cell_and_nine_blank_month_cells():
    """2021 #20: 'Op tien plaatsen' above a table of two rows."""
    said = flat(data_quality.build(2021, ["1712", "tele-onthaal", "stop-it-now"], FactSheet("t", 2021)).text)
    # r29 2020 #12: a blank cell the totals force to 0 is not 'een ander getal'
    # r49 (r48 2020 #5): the corrections are the list's and the table's; one sentence introduces the table
    assert "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in said
    assert "Op tien plaatsen" not in said


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
