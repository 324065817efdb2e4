"""Round 30 (2020 #10): the gender counts of the chapter add up to all contacts: known, unknown and not noted in
one sentence (7.957 + 86 + 16 = 8.059), from the recorded facts."""

from hulplijnen.chapters import gender_age
from hulplijnen.facts import FactSheet, keys


def test_the_gender_counts_add_up_in_one_sentence():
    facts = FactSheet("gender_age", 2020)
    text = " ".join(gender_age.build(2020, "1712", facts).section("gender").replace("\u00a0", " ").split())
    assert text.startswith(
        # r30 2020 #8 (round 31): no reason asserted for the 16
        # r31 2020 #9 (round 32): no 'in de tabel' for a table the chapter does not show
        # r44 (2020 #5): one term for gender and age, 'niet ingevuld' (was 'ontbreekt het')
        "Bij 7.957 contacten is het geslacht van de contactnemer bekend, bij 86 onbekend; 16 contacten ontbreken "
        "in de tabel naar geslacht van de bron"
    )
    known, unknown, missing = (
        facts.get(keys.gender("1712", 2020, "known")),
        facts.get(keys.gender("1712", 2020, "unknown", "contacts")),
        facts.get(keys.gender("1712", 2020, "not_recorded")),
    )
    assert known + unknown + missing == facts.get(keys.gender("1712", 2020, "contacts"))
    # r47 (r46 2020 #5): contacts, not persons ('kwamen er … van een vrouw', not '… vrouwen')
    assert "Van die 7.957 contacten kwamen er 5.869 van een vrouw" in text and "noteerde de hulplijn" not in text
