# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r44 (2020 #1-#10, 2021 #10-#13): the readers' findings on contexts, contact persons, gender and age and
reachability, checked on the chapters as built. Each test fails on the code before r44."""

from __future__ import annotations

import re

import pytest

from hulplijnen.chapters import contact_persons, gender_age
from hulplijnen.chapters.contact_persons import analysis as cp
from hulplijnen.data import load
from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_the_listed_contact_persons_add_up_to_the_victims_environment():
    """#2: every role of the victim's environment the text lists, 'other' (code 1999) too, adds up to the group."""
    people = load.contacts_by_contact_person(2020, "1712")
    codes, groups = load.codebook("contact_person_codes"), load.codebook("contact_person_groups")
    total = load.year_contacts(2020, "1712")[0]
    parts = sum(cp.role_share(people, codes, "victim_environment", [r], total)[0] for r in contact_persons.ROLES)
    # the group's filled cells (no empty cell in the victim's environment), without the derived totals
    group = cp.by_group(people, codes, groups, people.iloc[0:0].assign(missing_cells="", derived_total=0), total)
    assert parts == int(group.set_index("group").loc["victim_environment", "low"])


def test_the_other_persons_and_the_reports_grouping_are_said(persons_2020):
    """#2, #3: the 406 of code 1999 in the list; the grouping of 1.159 said as this report's."""
    said = flat(persons_2020.text)
    assert "59 van de partner van het slachtoffer en 406 van een andere of onbekende persoon uit de omgeving" in said
    # r49 (r48 2020 #7): the other relatives a sentence of their own; this pin follows it
    # r63 (r62 2020 #8): no nested brackets
    assert ": (stief)kinderen, grootouders en andere familieleden samen (1.159 contacten)" in said


def test_the_anonymity_figures_each_have_their_speaker(persons_2021):
    """#12: the key figures' 75 % without a base, the answer's words quoted beside it."""
    said = flat(persons_2021.text)
    assert "Volgens de kerncijfers van 2021 koos 75 % voor anonimiteit; van welk totaal, zeggen ze niet." in said
    assert "Het antwoord van de minister spreekt van „ruim driekwart van de oproepers”." in said
    assert "gebruik van die anonimiteit" not in said


def test_the_context_table_year_is_doubted_in_the_chapter_and_one_base_per_sentence(contexts_2020):
    """#1, #4."""
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    said = flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats"))
    # r49 (r48 2020 #1): the doubt once, in one sentence pointing to the annex (its reasoning is the annex's)
    assert "maar dat is onzeker: haar totaal ligt" in said  # r51; r53 (r53 2020 #1): with its reason
    # r45 (r44 2020 F): each figure with its base's count ('van de 8.570 mogelijke slachtoffers in het kerngezin')
    # r52 (reader r51): the share of all 11.305 in brackets ends the finding's sentence; this pin follows it
    assert "meetelt). Bij bijna de helft van de 8.570 mogelijke slachtoffers in het kerngezin" in said
    assert "(75,8 % van alle mogelijke slachtoffers" not in said


def test_the_2021_count_is_not_set_against_the_2020_table():
    """#11: no 'tegenover 11.305'."""
    from hulplijnen.chapters import contexts

    said = flat(contexts.build(2021, "1712", FactSheet("c", 2021)).text)
    assert "tegenover 11.305" not in said
    # r45 (r44 2021 A): 'of die tabel ook mogelijke slachtoffers telt', units 'vermeldingen' throughout
    # r49 (r48 2021 #9c): whether the table counts possible victims is the annex's; this pin follows it
    # r52 (reader r51 2021 #10): the earlier table's year and total where its shares come in; pin follows
    assert (
        # r56 (r56 2021 #3): both sides of the year in short, and what the table then shows
        # r59 (r58 2021 #2): in the annex's lead to the comparison table, the year in one wording with the annex
        "dit rapport leest ze als 2020, maar dat is onzeker: haar totaal (11.305 vermeldingen) ligt dicht bij de "
        "11.312 mogelijke slachtoffers van 2021." in said
    )  # r51
    assert "pleeggezin telt niet mee. Of die tabel ook mogelijke slachtoffers telt, zegt de bron niet." in said


def test_gender_and_age_say_niet_ingevuld():
    """#5: one term; equal counts are not claimed to be the same contacts."""
    chapter = gender_age.build(2020, "1712", FactSheet("g", 2020))
    said = flat(chapter.text)
    # r56 (r55 2020 #2): the gender's 16 are missing from the source's table (no column), the age's have a row
    # r61 (r59 2020 #3): why the source does not say is the annex's
    assert "16 contacten ontbreken in de tabel naar geslacht van de bron (zie" in said and "ontbreekt het" not in said
    # r61 (r59 2020 #3): the equal count is the annex's (was ', evenveel als er in de tabel naar geslacht ontbreken')
    assert "Bij 16 contacten is de leeftijd niet ingevuld." in said and "evenveel als er in de tabel" not in said
    # r56 (r55 2020 #2): the derived column named as what it is: missing from the source's table, not 'niet ingevuld'
    assert "Niet in de brontabel" in chapter.tables["months"].columns


@pytest.mark.parametrize("year", [2020, 2021])
def test_the_measures(reachability_built, year):
    """#7, #8, #9, #10."""
    chapter, _ = reachability_built[year]
    assert "wanneer het eerste jaar liep, zeggen de bronnen niet."  # r47 (r46 2021 #6) in chapter
    assert "Wat volgde na" not in chapter
    assert "**Chat.**"  # r47 (r46 2021 #13) in chapter
    assert "op verschillende momenten kwalitatief geëvalueerd" in chapter
    assert "binnen zijn bestaande werking" in chapter
    assert "wie in het keuzemenu 0 koos: provincie onbekend of liever niet genoemd" in chapter
    assert "geen provincie koos" not in chapter


def test_march_is_set_against_january_and_february(reachability_built):
    """#6: by the rule, March not above the busiest month before it."""
    chapter, _ = reachability_built[2020]
    # r45 (r44 2020 G): each month's count beside its name
    # r52 (reader r51): March against February only, the busiest month before it ('januari (533)' deliberately
    # gone); no false 'not above January' (r45)
    # r56 (r56 2020 #6): one short sentence, no 'uitschieter' reasoning in the chapter
    # r59 (r58 2020 #3): the campaign launched, the source's verb
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert "Maart (565 contacten) lag niet hoger dan februari (569), ook al lanceerde" not in chapter
    assert "niet hoger dan januari" not in chapter and "niet hoger dan februari (569) en januari" not in chapter


def test_the_2021_annual_report_is_pointed_to(reachability_built):
    """#13: the website from data/helpline_contacts.csv; why the report does not use it."""
    chapter, _ = reachability_built[2021]
    # r45 (r44 2021 D): not circular; where the figures are
    assert (
        "bij de publicatie van het jaarverslag. Dat jaarverslag hoort niet bij die bronnen"
    )  # r47 (r46 2021 #3) in chapter
    assert "niet gebruikt voor dit rapport" not in chapter
