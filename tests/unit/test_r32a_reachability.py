"""Round 32 (r31 2020 #1-#5, #11; 2021 #1, #3, #16): 1712's reachability said as a fact first, its source after it;
the glossary's 'oproepen' in both its uses; the measures as sentences with their subject, anchored plainly; the
contacts 1712 registered never read as demand."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline import summary
from hulplijnen.pipeline.glossary import glossary_markdown


def flat(md: str) -> str:
    return " ".join(str(md).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def built(reachability_built) -> dict[int, tuple[str, str]]:
    return reachability_built


def test_the_glossary_says_both_uses_of_oproepen():
    """2020 #2: 'oproepen' was defined as registered phone contacts only, so '40-45 % van de oproepen beantwoord'
    read as nonsense: where the text speaks of incoming calls, the entry says both uses plainly."""
    said = flat(glossary_markdown("contacten; oproepen; 40 tot 45 % van de inkomende oproepen", ["1712"]))
    entry = said.split("**oproepen**", 1)[1].split("**", 1)[0]
    # r33 (r32 #7): three uses read as one word: the glossary says once what is called what; what 1712 registered
    # are contacts (the sources' 'oproepen'), 'oproepen' the calls that came in
    # r34a (2020 #6, 2021 #15): the sources' 'oproepen' are all registered contacts, this report's only the phone
    # calls that came in. r36 (r35 2020 #9, 2021 #13): shorter, no example ('bijvoorbeeld over campagnes'), no
    # claim that the answered share counts phone calls ('zoals bij de bereikbaarheid')
    # r37 (r36 2021 #9): one meaning per helpline, the report's own; the sources' wider use a pointer to „contacten”
    # (a chapter that quotes the sources' word says so there)
    # r38 (r37 2021 #4): no definition the sources do not give, the sources' use only
    assert entry.strip(" :") == (
        "De bronnen van 1712 gebruiken het woord meestal voor alle contacten (zie „contacten”). Alle oproepen die "
        "binnenkwamen: zie „inkomende oproepen”."
    ), entry
    assert "bijvoorbeeld over campagnes" not in said and "zoals bij de bereikbaarheid" not in said
    # r37 (r36 2021 #9): what the answered share counted is the chapter's, where it gives the question's word; the
    # glossary keeps one meaning, with or without the reachability chapter
    reach = flat(glossary_markdown("contacten; oproepen", ["1712"], ["channels", "reachability"]))
    assert "precies telt" not in reach and "precies tellen" not in reach
    contacts = said.split("**contacten**", 1)[1].split("**", 1)[0]
    assert contacts.strip(" :") == (
        # r37 (r36 2020 #7): 'meestal', as in „oproepen”
        "Telefoongesprekken, e-mails en chatgesprekken die 1712 registreerde. De bronnen van 1712 noemen ze meestal "
        "„oproepen”; dit rapport noemt ze „contacten”."
    ), contacts
    assert "In de tabellen" not in said and "**inkomende oproepen**" in said
    both = flat(glossary_markdown("contacten; oproepen; inkomende oproepen", ["1712", "tele-onthaal"]))
    entry = both.split("**oproepen**", 1)[1].split("**", 1)[0]
    assert (
        # r36 (r35 2020 #9); r37 (r36 2021 #9, TO #4): one meaning per helpline
        entry.strip(" :").startswith("Bij 1712: de bronnen van 1712 gebruiken het woord meestal")  # r38 (r37 2021 #4)
        # r49 (r48 TO #10): Tele-Onthaal's meaning opens with what the source does not say, then the reading
        and "Bij Tele-Onthaal: de bron omschrijft het niet; vermoedelijk elke keer dat iemand" in entry
    )
    # r34a (2020 #6): without incoming calls in the text, both uses still (the sources' and this report's), no pointer
    alone = flat(glossary_markdown("oproepen", ["1712"]))
    assert (
        "zie „inkomende oproepen”" not in alone and "meestal voor alle contacten" in alone.split("**oproepen**", 1)[1]
    )


def test_no_audit_talk_and_the_measures_have_their_subject(built):
    """2020 #3, #4, #11, 2021 #3: 'In 2021 (het antwoord uit 2022 spreekt van „vorig jaar”) werd in de praktijk
    gebracht: wie …' had no subject; 'bevestigt noch corrigeert'; the preliminary figures unattributed."""
    for chapter, md in built.values():
        for audit in ("bevestigt noch corrigeert", "spreekt van „vorig jaar”"):
            assert audit not in chapter + md
        # r62 (r62 2020 #4, 2021 #3): 'in de praktijk gebracht' only with the subject the answer names, no bare
        # 'werd in de praktijk gebracht:' before what callers do
        said = chapter + md
        # r66 (r65 2021 #2): 'werd in de praktijk gebracht wat het antwoord … noemt' read awkwardly: 1712 the subject
        assert "in de praktijk gebracht wat het antwoord" not in said
        assert "ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van het" in said
        assert "werd in de praktijk gebracht:" not in said
        # r37 (r36 2020 #2): its subject the helpline, after what callers could already do
        # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
        # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
        # r59 (r58 2021 #1): what was put in practice in 2021, no invitation read as new
        # r60 (r59 2021 #1): leaving a message was possible before, then what is new
        assert (
            # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
            # r62 (r62 2020 #4, 2021 #3)
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder: wie op een" in chapter
        )
        # r44 (2020 #10): optie 0 as an active choice (0 in the menu), not 'geen provincie koos'
        assert (
            # r59 (r58 2021 #1): 'In de loop van 2021', not 'Vanaf'
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 kwamen oproepen met „optie 0” (wie in het keuzemenu 0 koos: provincie onbekend of "
            "liever niet genoemd) terecht" in chapter
        )
        assert "geen provincie koos" not in chapter
        # r44 (2020 #9): the qualitative evaluation before the preliminary figures
        # r52 (reader r51): the answer named once at the measures' opener; this pin follows the new word order
        assert "werd op verschillende momenten kwalitatief geëvalueerd, en voorlopige cijfers" in chapter


def test_the_registered_contacts_are_not_demand():
    """2021 #1: '8.515 contacten' read as everyone who needed the line: where a share of the incoming calls answered
    is published, the first key message says the count is of the contacts 1712 answered and registered."""
    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts)
    records = {r["key"]: r for r in facts.records()}
    total = {"value": 8059, "unit": "count", "source": {"file": "data/1712/2020/c.csv", "table": "t", "selection": "s"}}
    md = flat(summary.markdown({**records, keys.total("1712", "contacts"): total}, ["1712"], 2020))
    first = md.split(" - **")[1]
    assert "**8.059 contacten** in 2020" in first
    assert first.endswith(
        # r62 (r62 2021 #4): 'vermoedelijk', as chapter 1: the sources do not say so outright
        "Het gaat om contacten die 1712 registreerde, vermoedelijk niet om iedereen die de hulplijn probeerde te "
        "bereiken."
    ), first
    # without a published answered share, no such clause
    alone = flat(summary.markdown({keys.total("1712", "contacts"): total}, ["1712"], 2020))
    assert "registreerde" not in alone


def test_a_later_report_says_its_own_year_first_and_the_earlier_one_briefly():
    """r33 (r32 #1): the 2021 chapter repeated the 2020 chapter almost word for word (the monthly peak, the 40-45 %
    paragraph, the attempts). A report later than the year its figures are about says its own year first and that
    year in one sentence with a pointer to its report; a made-up later year does the same, from the data alone."""
    for year in (2021, 2023):
        said = flat(reachability.build(year, "1712", FactSheet("t", year), "2026-11-20").text)
        # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend')
        assert said.startswith(f"De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in {year}"), said
        # r34a (2021 #1): who says it first, the question's 'de oproepen', and the attempts the answer gives beside it
        assert (
            "Volgens interne analyses van 1712, aangehaald in " in said
            # pins34b: the months first, then the lockdown ('lockdown (april–juni 2020)' read as its dates)
            and ", was er in april–juni 2020, tijdens de eerste "
            "lockdown, een piek in het aantal oproepen, en kon 1712 in september–december 2020 tussen "
            "40 en 45 % van de "
            # r36 (r35 2021 #4): the attempts are the answer's, and no 'dus' from them
            # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
            # r49 (2021 #3): what 'oproepen' counts is the glossary's; one short parenthesis on the attempts
            # r51 (r50 2021 #8a): what the answer says of the figure
            "oproepen beantwoorden. Het antwoord van de minister gaat niet in op dat cijfer; het zegt dat sluitende "
            "cijfers over beantwoorde tegenover binnengekomen oproepen moeilijk te geven zijn. "
            "Volgens het antwoord doet een beller gemiddeld 3 tot 4 pogingen (steekproeven "
            "met Proximus, periode niet vermeld); hoeveel bellers nooit doorkwamen, is niet "
            "bekend. Het rapport „Hulplijn 1712 in 2020” "
            # r37 (r36 2021 #3): that report by its title, publisher and year (params/2020.yml), no web address
            "(Departement Zorg, 2026) gaat uitgebreider in op de bereikbaarheid in 2020."
            in said
        ), said[:800]
        for told in (
            "**Een piek in contacten.**",
            "807 contacten per maand",
            "**Bereikbaarheid.**",
            "Dit hoofdstuk toont wat er in",
        ):
            assert told not in said, (year, told)
        assert (
            # r38 (2020 r37 #8): the share is said 'tussen 40 en 45 %' after a year
            said.count("40 tot 45 %") + said.count("tussen 40 en 45 %") == 1
            # r39 (r38 2020 #1): past, dated to the answer
            # r41 (r41 2020 #9): the wording changed deliberately; this pin follows it
            # r52 (reader r51): no 'Volgens het antwoord' per sentence; this pin follows the new wording
            # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
            and "capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024"
            in said
        )
    # the 2020 report keeps its full chapter
    full = flat(reachability.build(2020, "1712", FactSheet("t", 2020), "2026-11-20").text)
    assert (
        "**Een piek in contacten.** In april–juni 2020, de periode die de "
        "schriftelijke vraag „de eerste lockdown” noemt"
    ) in full
    # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
    assert "De drukste maand was april 2020, met 967 contacten." not in full
    assert "**Bereikbaarheid.** Volgens interne analyses" in full
    assert "Het rapport over 2020" not in full and "3 tot 4 pogingen" in full
