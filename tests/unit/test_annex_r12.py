"""Round-12 reader findings on the technical annex, 'Over deze cijfers' and the colophon: the gender table's gap is an
explained difference (not a contradiction), the checks are told in words, no log a reader does not have, no cell
jargon for every reader, one way to date the infographic, the sources as a list, no commit in the colophon."""

from __future__ import annotations

from hulplijnen.chapters.data_quality import build
from hulplijnen.chapters.data_quality import tables as quality_tables
from hulplijnen.config.params import load_params
from hulplijnen.data import quality
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import front
from hulplijnen.pipeline.appendix import used_documents


def _flagged(helplines, year):
    checks = quality.checks_for(helplines, year)
    return checks[checks["status"] == "known_inconsistency"]


def test_a_breakdown_short_by_the_contacts_not_filled_in_is_explained_not_a_contradiction():
    flagged = _flagged(["1712"], 2020)
    explained = quality_tables.explained(flagged)
    assert len(flagged) and explained.all()
    rows = quality_tables.explained_rows(flagged[explained])
    # the year's contacts, those in the gender table, the gap and those with a known gender, from the data
    assert rows["total"] == rows["counted"] + rows["gap"] and rows["known"] < rows["counted"]
    # a real contradiction (a stated change against the change the counts give) stays one
    assert not quality_tables.explained(_flagged(["tele-onthaal"], 2021)).any()


def test_the_data_quality_text_names_the_checks_links_the_totals_and_calls_no_explained_gap_a_contradiction():
    facts = FactSheet("data_quality", 2020)
    chapter = build(2020, ["1712"], facts)
    said = chapter.sections["corrections"]
    assert "controles kloppen" not in said and "Dit rapport rekende na of" in said and "optellen tot de totalen" in said
    # r19 #4: the source gives no reason for the gap; the equal blank ages are a hint, not an explanation
    # r28 2020 #17: in plain words, no 'Geen tegenstrijdigheid … blijft staan'
    assert (
        "Verder klopte alles wat deze controles nagingen." in said  # r37 (r36 2020 #9): no wider claim
        and " we " not in said
        and "Geen tegenstrijdigheid" not in said
    )
    assert "verklaard" not in said and "niets ingevuld" not in said and "waarom, zegt de bron niet" in said
    for k in ("total", "counted", "gap", "known"):
        assert f"{facts.values()[f'quality.explained_{k}']:,}".replace(",", ".") in said
    assert "logboek" not in said
    assert chapter.tables["inconsistencies"] is None and chapter.tables["explained"] is not None
    where = chapter.tables["explained"]["Gegevens"].iloc[0]
    # r29 2020 #11: the row gives the year's totals the text names, not the months that differ
    assert where == "Contacten per maand en geslacht, 2020" and "7 maanden" not in where


def test_over_deze_cijfers_has_no_cell_jargon_and_lists_its_sources():
    from hulplijnen.pipeline.about import about_markdown

    params = load_params("2020")
    facts = {
        "quality.blanks_forced_by_totals": {"value": 9, "source": {"file": None}},
        "quality.bounding_totals": {"value": 2, "source": {"file": None}},
        "a": {"value": 1, "source": {"file": "data/1712/2020/gender_by_month.csv"}},
        "b": {"value": 1, "source": {"file": "data/1712/2021/key_figures.csv"}},
    }
    about = about_markdown(params, facts)
    # r39 (r38 2021 #7): the blank-cell rule in plain words ('leeg vak'), no 'ontbrekende waarde' any more
    assert " cel" not in about and "Een leeg vak in de bron telt dit rapport niet als nul" in about
    assert "(1) " in about and "(2) " in about
    assert "datum niet vermeld" in about and "(2021)" not in about


def test_the_colophon_names_no_source_documents():
    """The colophon points to the annex; where the figures come from is 'Over deze cijfers' (and the late
    compilation the introduction's: r14, 2020 #19)."""
    colophon = " ".join(front.colophon(load_params("2020")).split())
    assert "documenten" not in colophon and "de hulplijnen en de Vlaamse overheid" not in colophon


def test_the_sources_table_dates_the_infographic_as_about_does():
    facts = {"b": {"value": 1, "source": {"file": "data/1712/2021/key_figures.csv"}}}
    documents = used_documents(facts, False)
    assert all("(2021)" not in d["about"] for d in documents)
