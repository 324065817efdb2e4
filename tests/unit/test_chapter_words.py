"""The words of the 1712 chapters built from the published tables (review r11 of 2020 and 2021): who a group holds,
one base per sentence, sums the report made said so, audit detail out of the chapter text, a later year's age."""

import re

import pytest

from hulplijnen.chapters import contact_persons, gender_age
from hulplijnen.facts import FactSheet


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def persons_2020():
    return contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))


def test_the_perpetrator_group_names_the_perpetrators_who_called_themselves(persons_2020):
    """The group 'omgeving van de pleger' holds 64 perpetrators who called themselves (2020 #6); the victim side holds
    the 2.708 victims themselves; the 1.159 is a sum the report made (2020 #15); the source's context (2020 #14)."""
    text = plain(persons_2020.section("groups"))
    assert "Van plegers zelf (64) of iemand uit hun omgeving kwamen 240 contacten (3,0 %)." in text
    assert "de contactnemer het slachtoffer zelf of iemand uit diens omgeving" in text
    assert "Uit de omgeving van de pleger" not in text
    assert (
        "(1.159: kinderen, grootouders en andere familieleden van het slachtoffer samen, door dit rapport opgeteld)"
        in text
    )
    assert "Van buren kwamen er ongeveer 100 meer dan in 2019." in text
    assert "Ruim driekwart van de contactnemers blijft anoniem (meer dan 75 %)." in text
    groups = persons_2020.tables["groups"]["Groep"].tolist()
    assert (
        "pleger zelf of iemand uit diens omgeving" in groups
        and "slachtoffer zelf of iemand uit diens omgeving" in groups
    )


def test_age_shares_have_one_base_and_the_table_width_note_leaves_the_chapter():
    """2020 #16: adults and minors both of the contacts with a known age (95,2 % + 4,8 %), never 94,4 % of all beside
    4,8 % of the known; 2020 #37: the 8.043 against 8.059 note is in the annex's lead, not the chapter."""
    chapter = gender_age.build(2020, "1712", FactSheet("gender_age", 2020))
    age = plain(chapter.section("age"))
    assert "kwam 95,2 % van een meerderjarige en 4,8 % van een minderjarige (381 contacten)" in age
    assert "van alle contacten" not in age
    assert "8.043" not in plain(chapter.section("gender")) and "8.043" in plain(chapter.section("not_recorded"))


def test_a_later_report_gives_the_last_known_age_too():
    """2021 #9: the chapter titled 'geslacht en leeftijd' says 2020's age split in a report on 2021."""
    chapter = gender_age.build(2021, "1712", FactSheet("gender_age", 2021))
    age = plain(chapter.section("age"))
    assert "In 2020 kwam 95,2 % van de contacten waarvan de leeftijdsklasse bekend is van een meerderjarige" in age
