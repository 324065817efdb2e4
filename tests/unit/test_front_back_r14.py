"""Round-14 reader findings on the front and back matter, on tiny inputs (each test failed before its fix): the year
once on the cover (2020 #19), the depotnummer and the place of the program and data as params the build warns about
(2020 #19-20, 2021 #17, TO #10), the late compilation in the introduction (2020 #19, 2021 #17, TO #16), the
glossary (2021 #21, demo #13, demo #15) and the annex's table of every published key figure (2021 #16, TO #9)."""

from __future__ import annotations

import datetime as dt

import yaml

from hulplijnen.config.params import load_params
from hulplijnen.pipeline import assemble, front
from hulplijnen.pipeline.glossary import glossary_markdown, glossary_terms

READING = ["channels", "contact_persons"]


def _publisher(params, **changes):
    return params.model_copy(update={"publisher": params.publisher.model_copy(update=changes)})


def test_the_cover_says_the_year_once_when_the_title_has_it():
    params = load_params("2020")
    assert "2020" in params.title
    assert "report-year" not in yaml.safe_load(front.front_matter(params))
    untitled = params.model_copy(update={"title": "Hulplijn 1712 — jaarrapport"})
    assert yaml.safe_load(front.front_matter(untitled))["report-year"] == "2020"


def test_no_depotnummer_or_place_for_the_program_is_a_warning_of_the_build_never_a_made_up_value():
    params = _publisher(load_params("2021"), responsible_editor="An Peeters")
    day = params.publication_date
    assert params.publisher.legal_deposit is None and params.publisher.repository is None
    warnings = " ".join(front.publication_warnings(params, "abc1234", today=day))
    assert "publisher.legal_deposit is empty" in warnings and "publisher.repository is empty" in warnings
    assert "D/" not in front.colophon(params)
    ready = _publisher(params, legal_deposit="D/2026/3241/17", repository="https://example.org/hulplijnen")
    assert front.publication_warnings(ready, "abc1234", today=day) == []
    assert front.reproducibility(ready, "abc1234")["where"] == "https://example.org/hulplijnen"
    assert front.reproducibility(params, "abc1234")["where"] is None
    assert "software" not in front.reproducibility(ready, "abc1234")  # no "versie 0.1.0" for the reader (2020 #20)


def test_a_late_report_says_in_its_introduction_that_it_was_compiled_afterwards():
    late = load_params("2020")
    assert late.publication_date.year > late.year + 1
    said = " ".join(assemble.intro(late, READING).split())
    compiled = (  # r20 2020 #19: one sentence with what the report covers, no 'Dit rapport … Dit rapport'
        f"Dit rapport beschrijft de contacten met Hulplijn 1712 in 2020; het werd in {late.publication_date.year} "
        "samengesteld uit de cijfers die daarover eerder gepubliceerd werden."
    )
    assert compiled in said
    timely = late.model_copy(update={"publication_date": dt.date(2021, 5, 3)})
    assert "samengesteld" not in assemble.intro(timely, READING)
    assert "samengesteld" not in front.colophon(late)  # said once
    assert "samengesteld" not in assemble.intro(load_params("demo"), ["capacity"])


def _definition(term: str) -> str:
    return " ".join(next(t["definition"] for t in glossary_terms() if t["term"] == term).split())


def test_the_glossary_makes_no_claim_on_calls_outside_the_opening_hours():
    """2021 #21: 'die oproepen worden niet opgenomen' has no source (the sources give no opening hours)."""
    assert "niet opgenomen" not in _definition("openingsuren") and "buiten" not in _definition("openingsuren")


def test_chance_variation_is_defined_for_large_counts_too():
    """demo #13: with 13.055 calls nothing is 'klein'."""
    definition = _definition("schommeling door toeval")
    # demo r30 #13: a range a figure can lie in by chance, not a difference from year to year
    assert "klein" not in definition and "van jaar tot jaar" not in definition
    assert "Het bereik waarbinnen een cijfer door toeval kan liggen, ook als er niets veranderd is" in definition


def test_no_glossary_definition_says_he_of_a_caller():
    """demo #15: 'voor hij een hulpverlener krijgt'."""
    for t in glossary_terms():
        assert not {"hij", "hem"} & set(t["definition"].lower().replace(",", " ").split()), t["term"]


def test_a_term_of_a_chapter_the_release_lacks_is_not_in_its_glossary():
    """demo #15: 'context van het geweld' in the demo, which has no chapter on it ('context' in its sources)."""
    shown = "de contacten; de verdeling van geslacht, leeftijd en context"
    assert "**context van het geweld**" not in glossary_markdown(shown, ["1712"], ["capacity", "registration"])
    assert "**context van het geweld**" in glossary_markdown(shown, ["1712"], ["contexts"])


def test_the_annex_table_of_published_key_figures_has_no_basis_column_and_names_the_helpline_on_every_row():
    """TO #9: a 'Basis' column empty on most rows; the two bases the source does not state as a note at the figure.
    2021 #16: 'Tele-/Onthaal' and 'Stop it/Now!' broke on every row (the column is now wide enough); r19 2021 #3: the
    helpline named on every row, so the rows atop the table's second page say whose they are."""
    from hulplijnen.chapters.helplines.tables import published_table, short_names, with_base

    assert with_base("kanaalaandeel (chat)", "contacten") == "kanaalaandeel (chat), van de contacten"
    assert with_base("aandeel coronagerelateerde gesprekken", "gesprekken") == "aandeel coronagerelateerde gesprekken"
    assert with_base("aandeel anoniem", "niet vermeld") == "aandeel anoniem, basis niet vermeld"
    one = published_table(2021, ["tele-onthaal"])
    assert "Basis" not in one.columns and "Hulplijn" not in one.columns
    unstated = [c for c in one["Cijfer"] if "(basis niet vermeld)" in c]  # r52: shorter
    assert unstated == [  # r22 TO #13: in plain words, not 'basis niet vermeld; past bij de oproepen'
        "kanaalaandeel (telefoon), vermoedelijk van de oproepen (basis niet vermeld)",
        "kanaalaandeel (chat), vermoedelijk van de oproepen (basis niet vermeld)",
    ]
    helplines = ["1712", "tele-onthaal", "stop-it-now"]
    several = published_table(2021, helplines)
    assert "Basis" not in several.columns
    # r19 2021 #3: the table breaks over pages; the rows atop the next page had no helpline (named on the group's
    # first row only): now every row names its helpline, and each helpline's rows stand together, in report order
    assert (several["Hulplijn"] != "").all()
    groups = list(dict.fromkeys(several["Hulplijn"]))
    assert groups == [short_names()[h] for h in helplines]
    assert (several["Hulplijn"] != several["Hulplijn"].shift()).sum() == len(helplines)
