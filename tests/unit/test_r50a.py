# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r50 (reader findings r49, 2020 #1-#2, 2021 #3): the table per context whose year the report doubts feeds no key
figure either; the chapter opens with the doubt; the 2021 chapter says the earlier table's doubt where its shares
come in, its comparison table labels the earlier share by what it counts, and no double negative. Each test fails on
the behaviour before r50."""

from __future__ import annotations

import copy
import re

import pytest
from test_r44b_summary import facts  # noqa: F401 (fixture)

from hulplijnen.pipeline import messages, summary


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def kinds(facts: dict, helplines: list[str], year: int) -> list[str]:  # noqa: F811
    return [r["kind"] for r in summary.key_figure_rows(facts, helplines, year)]


def test_2020_key_figures_have_no_row_from_the_doubted_table(facts):  # noqa: F811
    """#1: no 'Geweld binnen de familie 91,5 %' row (nor its annex origin) from the table whose year is doubted."""
    assert "family" not in kinds(facts[2020], ["1712"], 2020)


def test_the_key_figures_rule_is_the_recorded_counts(facts):  # noqa: F811
    """#1: decided from the counts, not the release: with the later count far from the table's total, the row stays."""
    far = copy.deepcopy(facts[2020])
    far["1712.context.2021.all.possible_victims"]["value"] = 20000
    assert "family" in kinds(far, ["1712"], 2020)


def test_2021_key_figures_keep_the_family_share_of_its_own_key_figures(facts):  # noqa: F811
    """#1: 2021's 90 % is its own key figures' share, no table per context: its row is unchanged."""
    rows = summary.key_figure_rows(facts[2021], ["1712", "tele-onthaal", "stop-it-now"], 2021)
    family = [r for r in rows if r["kind"] == "family"]
    assert len(family) == 1 and float(family[0]["value"]) == 90


@pytest.mark.parametrize(
    ("u", "doubted"),
    [
        ({"total": 11305, "victims": 11312, "year": "2021"}, True),
        ({"total": 11305, "victims": 20000, "year": "2021"}, False),
        ({"total": 11305, "victims": None, "year": "2021"}, False),
        (None, False),
    ],
)
def test_doubted_is_the_chapters_one_percent_rule(u, doubted):
    assert messages.doubted(u) is doubted


def test_2020_chapter_opens_with_the_doubt(contexts_2020):
    """#2: the doubt in one sentence; r66 (r65 2020 #5): after the result, no longer before the first percentage."""
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")).strip()
    first = out.index("%")
    # r51 (r50 2020 #2): the missing year and the doubt in one sentence
    doubt = out.index("maar dat is onzeker: haar totaal ligt")  # r53 (r53 2020 #1)
    # r66 (r65 2020 #5): the result opens the text, the doubt follows it with the other caveats (it came first)
    assert doubt > first and out.startswith("Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context")
    assert out.count("onzeker") == 1


@pytest.fixture(scope="module")
def contexts_2021():
    from hulplijnen.chapters import contexts
    from hulplijnen.facts import FactSheet

    return contexts.build(2021, "1712", FactSheet("c", 2021))


def test_2021_chapter_says_the_earlier_tables_doubt_at_the_comparison(contexts_2021):
    """#3: the 2020 table's uncertain year said where its shares come in (Tabel 3), one sentence."""
    # r59 (r58 2021 #2): said in the annex's lead to the comparison table (block compare_lead), not in the chapter
    out = flat(contexts_2021.section("compare_lead"))
    assert (
        # r51 (r50 2021 #3): the missing year is said at the table's first mention
        # r52 (reader r51 2021 #10): the earlier table's total just before its doubt, the paragraph's end
        # r53 (r53 2021 #1): and no change from 2020 to 2021 read from it
        # r56 (r55 2021 #7): the reason and the warning once, in the table's note
        # r56 (r56 2021 #3): both sides of the year in short, and what the table then shows
        "dit rapport leest ze als 2020, maar dat is onzeker: haar totaal (11.305 vermeldingen) ligt dicht bij de "
        "11.312 mogelijke slachtoffers van 2021. @tbl-appendix-context-compare zet haar aandelen naast die van de "
        "kerncijfers over 2021; ze toont alleen of de aandelen bij elkaar passen."
    ) in out and out.rstrip().endswith("Lees er geen verandering van 2020 naar 2021 uit.")
    # r59 (r58 2021 #2): the warning said once, in the lead; none in the chapter
    family = flat(contexts_2021.section("family"))
    assert "geen verandering" not in family and out.count("geen verandering") == 1


def test_2021_comparison_labels_the_earlier_share_by_what_it_counts(contexts_2021):
    """#3: the 2020 side counts entries ('vermeldingen'), not 'van alle mogelijke slachtoffers' alone."""
    labels = [flat(v) for v in contexts_2021.tables["compare"]["Aandeel"]]
    assert labels[1] == "binnen het gezin (van alle vermeldingen; in 2021: van alle mogelijke slachtoffers)"
    assert flat(contexts_2021.tables["compare"]["2021"].iloc[1]) == "ongeveer 75 %"


def test_2021_no_double_negative_before_the_comparison(contexts_2021):
    """#3: not 'Anders dan bij de 90 % noemt de bron … geen beperking'."""
    out = flat(contexts_2021.section("family"))
    assert "Anders dan" not in out
    # r52 (reader r51): the bases said plainly (r51 2021 #11); this pin follows the new wording
    assert (
        "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander "
        "totaal; tel ze niet op en trek ze niet van elkaar af."
    ) in out
