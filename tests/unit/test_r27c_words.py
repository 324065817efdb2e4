"""Round 27 (helper r27c): reader findings of r26 on the 2020 chapters' wording and the facts' descriptions."""

from __future__ import annotations

from hulplijnen.chapters import contact_persons, gender_age
from hulplijnen.facts import FactSheet, keys


def plain(text: str) -> str:
    return " ".join(text.split())


def test_two_kinds_of_unknown_gender_are_told_apart():
    """r26 2020 #9: 'als onbekend geregistreerd' and 'niet bekend' sounded like the same thing."""
    text = plain(gender_age.build(2020, "1712", FactSheet("gender_age", 2020)).section("gender"))
    assert "Bij 86 contacten noteerde de hulplijn „geslacht onbekend”; 16 contacten staan niet in de tabel" in text
    assert "als onbekend geregistreerd" not in text and "geslacht niet bekend" not in text


def test_known_age_base_says_minor_and_adult():
    """r26 2020 #20: the 7.986 contacts with a known age are the minor and the adult classes, not the minors."""
    facts = FactSheet("gender_age", 2020)
    gender_age.build(2020, "1712", facts)
    fact = facts._facts[keys.age("1712", 2020, "known")]
    assert fact.value == 7986
    assert "minor or adult" in fact.source.selection


def test_other_family_says_which_codes():
    """r26 2020 #14: 1.159 is (stief)kind, grootouder and andere familieleden together, not code 1500 alone."""
    text = plain(contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020)).section("groups"))
    assert "een ander familielid (kinderen, grootouders en andere familieleden samen: 1.159)" in text
