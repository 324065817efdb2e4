# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 41 (the r41 reader of 2020), findings 1, 4, 5, 6, 7 and 8: the context table's year said once in the chapter
and its closeness to the later year's count not read as a confirmation (#1); one base for both age shares (#4); the
contacts the table's total leaves over placed in empty cells as the report's assumption, with the range it leaves
(#5); the neighbours' change attributed to the quoted annual report (#6); the gender table's 'Vermeld' named as the
year's total from the table per channel (#7); the annex's passage on the quoted figures grammatical (#8). Each fails
on the code before."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import contact_persons, contexts, data_quality, gender_age
from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def persons():
    return contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))


def test_1_the_chapter_says_the_table_states_no_year():
    chapter = contexts.build(2020, "1712", FactSheet("contexts", 2020))
    text = flat(chapter.text)
    said = (  # plainly, without the annex's audit words (r20, r23); r51 (r50 2020 #2): with the doubt, once
        # r54 (r54 2020 #4): said after what the table counts ('De tabel staat …', '… maar dat is onzeker: …')
        "De tabel staat in de bron zonder jaartal bij de tabellen over 2020; dit rapport leest ze als"
        " 2020, maar dat is onzeker"
    )
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    assert said in flat(chapter.section("family") + "\n\n" + chapter.section("caveats"))
    # r59 (r58 2021 #2): the annex says the year in the chapter's words: chapter once, annex once
    assert text.count("zonder jaartal") == 2 and "vermeldt geen jaar" not in text
    reading = flat(chapter.section("reading"))
    assert "ligt opvallend dicht bij de 11.312 mogelijke slachtoffers die de kerncijfers van 1712 voor 2021" in reading
    # r47 (r46 2020 #1): one wording of the doubt in summary, chapter and annex
    assert "daarom is het onzeker of de tabel over 2020 gaat" in reading
    assert "het jaar 2020 berust alleen op de plaats van de tabel in de bron" in reading


def test_4_one_base_for_both_age_shares():
    text = flat(gender_age.build(2020, "1712", FactSheet("gender_age", 2020)).text)
    assert "95,2 % van de 7.986 contacten waarvan de leeftijdsklasse bekend is" in text
    assert "Van minderjarigen kwamen 381 contacten (4,8 % van diezelfde 7.986 contacten):" in text
    assert "van alle contacten):" not in text


def test_5_the_sectors_count_lets_the_column_add_up_and_the_annex_says_it_is_assumed(persons):
    text = flat(persons.text)
    assert (
        # r61 (r59 2020 #3): one plain sentence, the filled cells' 367 in the annex
        "Er kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of "
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        # r67 (r67 2020 #4): how many of them are estimated
        "justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens”" in text
    )
    table = persons.tables["groups"].set_index("Groep")
    # r66 (r65 2020 #13): the mark on the group's label, the count plain
    assert table.loc["cultuur ¹", "Contacten"] == "≈\u00a037"  # r63 (r63 2020 #1): an estimate, marked '≈'
    assert flat(table.loc["cultuur ¹", "Aandeel"]) == "≈ 0,5 %"
    assert table.loc["pleger zelf of iemand uit diens omgeving ¹", "Contacten"] == "240"
    checks = flat(persons.section("checks"))
    assert (
        "Dit rapport neemt aan dat 13 van de 37 contacten bij cultuur in de tabel per groep in vakken staan die de "
        "bron leeg liet" in checks
    )
    assert "zonder die aanname zijn het er 24, maar dan telt de tabel niet op tot haar totaal." in checks
    assert "verandert het aantal bij cultuur (37) met hetzelfde verschil" in checks


def test_5_the_later_report_says_about_380():
    text = flat(contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021)).text)
    # r56 (r55 2021 #2): a later year's report says one plain share by the Methods' rule; the cells are the annex's
    # r59 (r58 2021 #3): the count and its share of all contacts, not 'ongeveer 5 %' beside the empty cells' table
    # r60 (r59 2021 #3): 'naar schatting' 380, the filled cells' 367 beside it
    # r61 (r61 2021 #6): one plain sentence, as in the 2020 release
    assert "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs" in text


def test_5_7_the_annex_says_the_assumption_and_the_year_total():
    text = flat(data_quality.build(2020, ["1712"], FactSheet("t", 2020)).text)
    # r44 (#1): the table by cross-reference, not by its caption
    assert "Dit rapport neemt aan dat die 21 contacten in de vier lege vakken staan (@tbl-constraints)" in text
    assert "Die 21 contacten staan in vier lege vakken" not in text
    quality = data_quality.build(2020, ["1712"], FactSheet("t", 2020))
    short = quality.tables["explained"].set_index("Gegevens")
    note = flat(short.loc["Contacten per maand en geslacht, 2020", "Toelichting"])
    # r42 (2020 #3): the 8.059 in the column 'Vermeld' said to be the channel table's, beside it
    # r45 (r44 2020 #6): the 'Vermeld' cell is '–' now, so the year's total is named in the note, not 'hiernaast'
    # r47 (r46 2020 #10): the source's column sums named, no grand total
    assert note.startswith(
        "De tabel zelf geeft alleen kolomsommen (2.088, 5.869 en 86, samen 8.043), geen eindtotaal; jaartotaal uit de "
        "tabel per kanaal: 8.059. Daarvan"
    )
    assert "hiernaast" not in note
    assert "Daarvan vallen 16 contacten in geen enkele kolom" in note  # no sentence opening with a digit
    assert "21 contacten die dit rapport in de vier lege vakken plaatst" in flat(
        short.loc["Contacten per contactnemer, 2020", "Toelichting"]
    )


def test_6_the_neighbours_change_is_the_annual_reports(persons):
    text = flat(persons.text)
    assert (
        "Volgens het jaarverslag 2020 van 1712, zoals geciteerd in het antwoord van de minister, kwamen er van buren "
        # r59 (r58 2020 #5): the source's own word, "een honderdtal"
        "een honderdtal contacten meer dan in 2019." in text
    )
    assert "Van buren kwamen er" not in text


def test_8_the_quoted_figures_in_a_grammatical_sentence(persons):
    checks = flat(persons.section("checks"))
    assert checks.startswith(
        # r67 (r67 2020 #8): 'Deze' opened the annex section with nothing to point to
        "De cijfers uit het citaat uit het jaarverslag kloppen met de tabel per code: de aantallen 2.708, 1.650 en 804"
    )
    assert (
        "Niet na te rekenen zijn de uitspraak over de chatcontacten en die over de buren tegenover 2019: de tabel per "
        "code is niet opgesplitst per kanaal en bevat geen cijfers over 2019." in checks
    )
    assert "„een buur of iemand uit de woonomgeving”" not in checks
    assert "Van de cijfers over contactnemers" not in checks
