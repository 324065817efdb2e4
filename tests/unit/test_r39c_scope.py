"""r39 (r38 2021 #1, #7): the scope caveat's own part for under 'Samenvatting'; the blank-cell rule in one voice."""

from pathlib import Path

from hulplijnen.config.params import load_params
from hulplijnen.pipeline import assemble

READING = ["channels", "contact_persons", "gender_age", "contexts", "reachability", "helplines"]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_2021_scope_is_its_own_part_and_the_rest_leaves_it_out():
    params = load_params("2021")
    scope = flat(assemble.intro(params, READING, "scope"))
    rest = flat(assemble.intro(params, READING, "rest"))
    # r52 (lead's decision B, r51 2020 #12): what kind of report this is comes first, before the key messages, in
    # every release: the whole opening is the part before them; the scope said once, right after that sentence
    assert scope.startswith("Dit rapport beschrijft")
    assert scope.count("Van Hulplijn 1712 staan voor 2021 in de bronnen alleen kerncijfers;") == 1
    assert scope.index("Dit rapport beschrijft") < scope.index("Van Hulplijn 1712 staan voor 2021")
    assert scope.count("De hoofdstukken 1 tot 5 gaan alleen over Hulplijn 1712") == 1
    assert rest == "" and scope.count("Dit rapport beschrijft") == 1


def test_a_year_with_its_own_tables_has_no_scope_part():
    # r52 (lead's decision B): the sentence on what kind of report this is comes first here too (once); a year
    # with its own tables still says nothing of key figures only or of another source
    scope = flat(assemble.intro(load_params("2020"), READING[:4], "scope"))
    rest = flat(assemble.intro(load_params("2020"), READING[:4], "rest"))
    assert scope.startswith("Dit rapport beschrijft de contacten met Hulplijn 1712 in 2020;") and rest == ""
    assert scope.count("Dit rapport beschrijft") == 1
    assert "alleen kerncijfers" not in scope and "andere bron" not in scope


def test_the_blank_cell_rule_does_not_contradict_itself():
    about = (Path(__file__).parents[2] / "report" / "about.md").read_text(encoding="utf-8")
    assert "soms is dat nul" not in about and "Een leeg vak in de bron telt dit rapport niet als nul" in about


def test_a_made_up_release_says_its_opening_once():
    """r39 (demo r39 #1): the demo's opening ('De meeste cijfers … zijn verzonnen') stood twice under 'Samenvatting':
    the made-up branch of the template ignored the part and filled the scope part as well."""
    params = load_params("demo")
    assert flat(assemble.intro(params, READING[:3], "scope")) == ""
    assert flat(assemble.intro(params, READING[:3], "rest")).startswith("De meeste cijfers in dit rapport")
