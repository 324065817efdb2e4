"""Round 27 (r26 2021 #6, #19; 2020 #3): the contexts chapter says why the two years' totals are not compared,
what the published kinds of violence leave out, and shows the family's subtotal in the table."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import contexts
from hulplijnen.facts import FactSheet


@pytest.fixture(scope="module")
def built():
    return {y: contexts.build(y, "1712", FactSheet("contexts", y)) for y in (2020, 2021)}


def test_the_earlier_tables_total_stands_beside_the_years_and_is_not_compared(built, plain):
    """2021 #6: 11.312 in 2021 and a 2020 table of 11.305, and nothing said about it in the chapter."""
    said = plain(built[2021].section("bases"))
    # r28 2021 #1 (round 29): both totals, never 'bijna evenveel': whether they count the same is not known
    # r29 2021 #8 (round 30): the caveat once in the chapter, with the shares (block family), not again here
    # r30 2021 #8 (round 31): no two totals side by side (11.305 beside 11.312 read as mislabelled): the 2021 total
    # opens the chapter, the 2020 total is the table's last row
    assert "11.305" not in said and "11.312" not in said
    assert plain(built[2021].section("family")).startswith("In 2021 gingen de contacten over 11.312 mogelijke")
    assert "onzeker" not in said or "Het jaar van die tabel is onzeker" in said  # r50 (r49 2021 #3)
    # r39 (r38 2021 #6): the chapter's caveat moved to the chapter on who makes contact, said once for all chapters
    # r50 (r49 2021 #3): "onzeker" once, for the 2020 table's year only
    # r52 (lead decision): "onzeker" also in the table's note ('¹ Jaar onzeker'); outside that note, once
    # r59 (r58 2021 #2): the doubt of the undated table's year is the annex's lead now (block compare_lead), not the
    # chapter's: the chapter names the table without a year, and no 'onzeker'
    outside = plain(built[2021].text).replace(plain(built[2021].section("compare_lead")), "")
    assert "onzeker" not in outside and "onzeker" in plain(built[2021].section("compare_lead"))
    assert "is niet bekend" not in plain(built[2021].text)
    assert "bijna evenveel" not in said
    # r27 2021 #1: no refusal to compare the totals beside the shares the chapter does compare
    assert "worden ze hier niet vergeleken" not in said
    assert "Ze telt in totaal" not in plain(built[2020].text)


def test_the_rest_of_the_kinds_of_violence_is_said_undivided(built, plain):
    """2021 #19: 54 + 19 + 8 = 81 %, the rest unexplained; the seed does not divide it, so neither does the text.
    r37 (r36 2021 #5): no 'overige 19 %' either: the source does not say the kinds exclude each other, so 100 less
    their sum is no share of anything; that it names no other kind is said."""
    said = plain(built[2021].section("family"))
    assert "Andere vormen van geweld noemt de bron niet." in said
    assert "overige" not in said and "19 % zijn" not in said


def test_the_family_subtotal_stands_under_the_family_contexts(built):
    """2020 #3: the key share (91,5 % of the known contexts) visible in the table, right under its three contexts."""
    for chapter in built.values():
        # r31 2021 #12 (round 32): a later year's report has the earlier year's table in the annex
        shown = (
            chapter.tables["contexts"] if chapter.tables["contexts"] is not None else chapter.tables["earlier_contexts"]
        )
        if shown is None:  # r33 (r32 2021 #8): the earlier year's table is its own report's
            continue
        table = shown.set_index("Context")
        assert list(table.index[:4]) == [
            "gescheiden kerngezin",
            "niet-gescheiden kerngezin",
            "bredere familiale context",
            "subtotaal familie",  # r30 2020 #15 (round 31): the codebook's words, no '(de rijen erboven)'
        ]
        # r56 (r56 2020 #4): the row of the column's base, after the known contexts, in bold too
        assert shown.attrs["bold_rows"] == [3, list(table.index).index("bekende context, samen")]
        assert table.loc["bekende context, samen", "Mogelijke slachtoffers"] == "10.088"
        row = table.loc["subtotaal familie"]
        assert row["Mogelijke slachtoffers"] == "9.233" and row["Aandeel van bekend"] == "91,5\u00a0%"
        assert table.loc["totaal", "Mogelijke slachtoffers"] == "11.305"


def test_no_subtotal_when_the_family_contexts_do_not_come_first_together():
    rows = {
        "a": {"label": "a", "n": 1, "share": 10.0},
        "b": {"label": "b", "n": 2, "share": 20.0},
        "c": {"label": "c", "n": 3, "share": 30.0},
    }
    summary = {"family": 4, "family_pct": 40.0, "total": 6, "known": 6}
    # r56 (r56 2020 #4): the row of the column's base after the known contexts
    known = "bekende context, samen"
    assert contexts.context_rows(rows, ["a", "c"], summary)["Context"].tolist() == ["a", "b", "c", known, "totaal"]
    together = contexts.context_rows(rows, ["a", "b"], summary)["Context"].tolist()
    assert together == ["a", "b", "subtotaal familie", "c", known, "totaal"]
