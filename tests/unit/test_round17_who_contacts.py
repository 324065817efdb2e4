"""Round-16 reader findings on the 1712 chapters about who contacts, the summary and the glossary (r16 2021 #1, #4, #6,
#7, #14, #15; 2020 #5, #7, #8, #11, #14, #18). Each test failed before its fix."""

import re

import pytest

from hulplijnen.chapters import contact_persons, contexts, gender_age
from hulplijnen.facts import FactSheet


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def contexts_2021():
    return contexts.build(2021, "1712", FactSheet("contexts", 2021))


@pytest.fixture(scope="module")
def gender_2021():
    return gender_age.build(2021, "1712", FactSheet("gender_age", 2021))


@pytest.fixture(scope="module")
def persons_2021():
    return contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021))


def test_a_gap_within_two_points_is_about_the_same_as_methods_says(contexts_2021, gender_2021):
    """r16 2021 #1: 'iets lager: 73 % in 2021 tegenover 73,8 %' and '90 % ... iets minder dan in 2020 (91,5 %)' though
    Methods says a gap the rounding keeps within 2 points is 'ongeveer even groot' (about_same = 1 for both)."""
    women = plain(gender_2021.section("later"))
    assert "ongeveer even groot: 73 % in 2021 tegenover 73,8 % in 2020" in women
    assert "iets" not in women
    family = plain(contexts_2021.section("family"))
    assert "ongeveer even groot als in 2020 (91,5 %)" in family
    assert "iets minder" not in family


def test_one_rule_for_the_words():
    from hulplijnen.chapters.shared.checked import Compared

    def compared(low, high, within, about):
        return Compared(91.5, 90, 89.5, 90.5, within, low, high, about, 2)

    assert compared(-2.0, -1.0, False, True).same
    assert compared(-0.5, 0.5, True, True).same
    assert not compared(-4.0, -3.0, False, False).same


def test_the_key_figures_say_shares_of_the_calls_when_they_fit_the_calls():
    """r16 2021 #4, TO #3: 'wellicht aandelen van de 137.669 oproepen' though 118.408 / 137.669 = 86,0 %: the shares
    fit the calls, so the key figures say so plainly; the remark on the unstated base is the annex's."""
    from test_helplines_r13 import summary_of_release

    md = summary_of_release(["tele-onthaal"])
    figures = md[md.index("## Kerncijfers") :]
    assert "| Oproepen per kanaal | telefoon 86 %, chat 14 % | aandelen van de 137.669 oproepen |" in figures
    assert "wellicht" not in figures
