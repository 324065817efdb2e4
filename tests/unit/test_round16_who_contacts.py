"""Round-15 reader findings on the 1712 summary and the chapters about who contacts (2020 #8, #11, #13, #15; 2021 #5,
#9, #11, #12, #13, #14, #16). Each test failed before its fix."""

import re

import pytest

from hulplijnen.chapters import contact_persons
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import fmt


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def persons_2020():
    return contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))


def test_the_derivation_of_empty_cells_leaves_the_chapter(persons_2020):
    """2020 #8: 'enkele vakken leeg ... groepstotaal toch vast' and 'waarvan 8 afgeleid uit een totaal' in ch. 2."""
    text = plain(persons_2020.section("groups"))
    assert "Enkele kleine aantallen zijn afgeleid; zie de technische bijlage." in text
    assert "vakken" not in text and "groepstotaal" not in text
    table = persons_2020.tables["groups"]
    assert "Opmerking" not in table.columns
    assert not table.apply(lambda c: c.astype(str).str.contains("afgeleid")).any().any()


def test_the_anonymous_share_says_more_than_once_only():
    """2020 #15: 'ruim driekwart (meer dan 75 %)' said the same twice."""
    text = plain(contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020)).section("groups"))
    assert "ruim driekwart van wie contact opneemt anoniem" in text
    assert "meer dan 75" not in text


def test_a_fraction_says_on_which_side_the_interval_lies():
    """2020 #15: 'ongeveer de helft (48 % tot 49 %) meer' in the headline: plainly 'bijna de helft'."""
    assert fmt.fraction_lead(48.1, 49.1) == "bijna"
    assert fmt.fraction_lead(51.0, 52.0) == "ruim"
    assert fmt.fraction_lead(49.0, 51.0) == "ongeveer"
    assert fmt.fraction_lead(40.0, 49.0) == ""
