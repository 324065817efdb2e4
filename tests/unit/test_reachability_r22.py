"""Round 22 (r21 2020 #8): the measures list opened 'Het antwoord van de minister noemt deze maatregelen:' with an item
from the question, and split the capacity subsidy's aims (optie 0 and the answering machine among them) over two
lists. Now: what the question says, in its name; the subsidy's three aims together, as the answer lists them; then
what the answer names."""

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet


def test_the_subsidys_aims_are_one_list_as_the_answer_gives_them_and_the_questions_item_stands_apart():
    for year in (2020, 2021):
        text = " ".join(reachability.build(year, "1712", FactSheet("t", year)).text.split())
        goals = text.split("Volgens de minister had die capaciteitssubsidie deze doelen:", 1)[1]
        goals, done = goals.split("Het antwoord van de minister noemt verder deze maatregelen:", 1)
        aims = ("- extra telefoonlijn in alle provincies", "- „optie 0” in het keuzemenu", "- ingesproken berichten")
        assert [goals.index(a) for a in aims] == sorted(goals.index(a) for a in aims)
        assert "(volgens de parlementaire vraag)" not in done and "Het antwoord van de minister noemt deze" not in text
        assert text.index("1712 kreeg extra werkingsmiddelen") < text.index("deze doelen:")
        assert "- **In 2021:** „optie 0” als overlooplijn" in done  # what was put in practice stays with the answer
