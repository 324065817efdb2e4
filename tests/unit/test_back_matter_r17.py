"""Round-16 reader findings on the shared front and back matter, fixed in round 17, on the templates and the
recorded data; each test failed before its fix: the sources name their publisher and how to find them, without this
report's bookkeeping (2021 #3, 2020 #2, TO #1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from annex_text import annex_markdown  # tests/unit/ is on the path as pytest runs its tests

from hulplijnen.data import provenance
from hulplijnen.pipeline import validate
from hulplijnen.pipeline.appendix import sources_markdown, used_documents


def _fact(file):
    return {"value": 1, "unit": "count", "source": {"file": file, "table": "t", "selection": "s"}}


def flat(md: str) -> str:
    return " ".join(md.replace("\u00a0", " ").split())


BOTH = {"a": _fact("data/1712/2020/contacts_by_month_channel.csv"), "b": _fact("data/1712/2021/key_figures.csv")}
PAGE = {"b": _fact("data/tele-onthaal/2021/key_figures.csv")}


def test_the_sources_name_their_publisher_and_how_to_find_them_without_bookkeeping():
    """2021 #3, 2020 #2, TO #1: 'Van deze documenten zijn in de gegevens van dit rapport geen uitgever en geen
    webadres vastgelegd; het rapport noemt daarom geen adres.' The question names its publisher (Vlaams Parlement) and
    is found among the written questions on its site; the web page names neither publisher nor date, said once."""
    both = used_documents(BOTH, False)
    assert [d["publisher"] for d in both] == ["Vlaams Parlement", None]
    md = flat(sources_markdown(BOTH, False, True))
    assert "| Bron | Uitgever | Datum | Wat eruit komt |" in md
    # r22 2020 #15: the question's date, not the answer's, in one row of the table (a line of its own broke it)
    rows = [line for line in sources_markdown(BOTH, False, True).splitlines() if line.startswith("| Vlaams")]
    assert len(rows) == 1 and "| vraag van 24 januari 2022; antwoord: datum niet vermeld |" in rows[0]
    assert "| Vlaams Parlement | vraag van 24 januari 2022; antwoord: datum niet vermeld |" in md
    assert "| niet vermeld | niet vermeld |" in md  # the web page: no publisher, no date
    assert (
        "Schriftelijke vraag nummer 282 en het antwoord erop staan bij de schriftelijke vragen op de website van het "
        "Vlaams Parlement, "
        # r44 (demo r42 #15): the website a link, as the help box's are
        "[www.vlaamsparlement.be](https://www.vlaamsparlement.be); zoek op het nummer en de datum van de vraag." in md
    )
    # r56 (r55 TO #3): said neutrally, no account of a search
    # r59 (r58 2020 #4, TO #5): the page named once, with what it does not say and that its address is not known
    assert "achterhalen" not in md and "(webadres niet vermeld)" not in md and "De pagina heet" not in md
    # who supplied the figures, as far as known, and where a reader can ask (r20 2020 #13, TO #3): never a guess
    assert (
        # r61 (r59 2020 #6): no production words: 'is niet bekend'
        "vermeldt geen uitgever, geen datum en niet wie de cijfers aanleverde; het webadres van die pagina is "
        "niet bekend." in md  # r60 (r59 2021-tele-onthaal #3)
    )
    # r22 TO #6, 2020 #10: where a reader can check, without a made-up address: the helplines' own publications
    # r38 (r37 TO #11): where the figures are of one helpline, that helpline, not 'de hulplijnen'
    # r44: its site; r47 (demo r46 #15): a link, as the parliament's and the help box's addresses are
    assert (
        # r59 (r58 TO #6, 2020 #4): short
        "Hulplijn 1712 publiceert zelf cijfers op [www.1712.be](https://www.1712.be); die kunnen anders geteld zijn."
        in md
    )
    # r61 (r61 TO #9): what the reader can go there for
    assert "Met vragen over deze cijfers kunt u ook terecht bij de uitgever van dit rapport (zie het colofon)." in md
    # r44 (demo r42 #15): the parliament's website a link, the one address the sources give; no other
    linked = md.replace("(https://www.vlaamsparlement.be)", "").replace("(https://www.1712.be)", "")
    for words in ("gegevens van dit rapport", "vastgelegd", "http"):
        assert words not in linked, words
    one = flat(sources_markdown(PAGE, False, True))
    # r53 (r52 TO #8): the address not found, said once, with the title to search on
    # r56 (r55 TO #3): said neutrally, once, beside the page's title
    # r59 (r58 TO #5): pin follows the new wording
    assert (
        # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
        one.count("het webadres van die pagina is niet bekend") == 1 and "achterhalen" not in one
    )
    assert "Vlaams Parlement" not in one
    demo = flat(sources_markdown(BOTH, True, False))
    # r37 (demo r36 #2, #12): the column says what the report uses (the glossary's words too), without 'verzonnen'
    assert "| Bron | Uitgever | Datum | Wat dit rapport eruit gebruikt |" in demo
    assert "www.vlaamsparlement.be" in demo


def _document(**extra) -> dict:
    return {"title": "T", "date": None, "seed": "000_x.txt", "covers": "c", "covers_nl": "c", "quality": "q", **extra}


def _load(tmp_path: Path, document: dict):
    import yaml

    path = tmp_path / "provenance.yml"
    path.write_text(yaml.safe_dump({"documents": {"d": document}, "files": {}}), encoding="utf-8")
    return provenance.load(path)


def test_the_provenance_schema_takes_a_publisher_and_a_sentence_on_where_to_find_a_document(tmp_path):
    """The new optional fields: a publisher is a name (never empty), where_nl one Dutch sentence; other keys stay
    refused."""
    record, problems = _load(tmp_path, _document(publisher="Vlaams Parlement", where_nl="Te vinden op de site."))
    assert problems == [] and record.documents["d"].publisher == "Vlaams Parlement"
    assert _load(tmp_path, _document())[0].documents["d"].publisher is None
    for bad in ({"publisher": ""}, {"where_nl": "te vinden op de site"}, {"where_nl": "Geen punt"}, {"url_nl": "x"}):
        record, problems = _load(tmp_path, _document(**bad))
        assert record is None and problems and problems[0].rule == "provenance_schema", bad


def test_make_validate_asks_every_source_document_how_a_reader_finds_it(tmp_path, monkeypatch):
    """A source document (one with a seed) without where_nl is a problem of make validate; the project's data has
    none."""
    assert [p for p in validate.check_provenance() if p.rule == "provenance_where_nl"] == []
    record, _ = _load(tmp_path, _document())
    monkeypatch.setattr(validate.provenance, "load", lambda path: (record, []))
    rules = [p.rule for p in validate.check_provenance()]
    assert "provenance_where_nl" in rules


@pytest.mark.parametrize("name", ["vr282", "cijfers2021"])
def test_the_recorded_sources_say_only_what_the_document_makes_certain(name):
    """No deep web address is recorded for a source (none is in the seeds), and the page gets no publisher."""
    from hulplijnen.config.paths import DATA

    record, problems = provenance.load(DATA / "provenance.yml")
    assert problems == []
    document = record.documents[name]
    assert "http" not in document.where_nl and "/" not in document.where_nl
    assert (document.publisher is None) == (name == "cijfers2021")


def _annex(where: str | None) -> str:
    return flat(annex_markdown(where))


@pytest.mark.parametrize("where", [None, "https://example.org/hulplijnen"])
def test_the_annex_says_where_program_and_data_are_or_nothing(where):
    """2021 #10, 2020 #15, TO #14: 'Wie over dat programma en die gegevens beschikt, maakt het rapport met één opdracht
    opnieuw … Python en Quarto' promised what a reader cannot do, in tool names. With params' repository: one plain
    sentence where they are; without: no paragraph, and no pointer to it in the colophon."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline import front

    annex = _annex(where)
    for words in ("beschikt", "één opdracht", "Python", "Quarto", "Opnieuw maken"):
        assert words not in annex, words
    said = (
        "**Programma en gegevens.** Het programma waarmee dit rapport gemaakt is en de gegevens die deze bijlage "
        f"beschrijft, zijn te krijgen via {where}."
    )
    assert (said in annex) == (where is not None)
    assert ("Programma en gegevens" in annex) == (where is not None)
    params = load_params("2021")
    params = params.model_copy(update={"publisher": params.publisher.model_copy(update={"repository": where})})
    colophon = flat(front.colophon(params))
    assert ("onder „Herkomst”" in colophon) == (where is not None)
    assert "opnieuw maakt" not in colophon


@pytest.mark.parametrize("contact", [None, "hulplijnen@example.org"])
def test_the_accessibility_statement_says_what_was_done_and_invites_a_report(contact):
    """2021 #15, TO #16: 'Mensen die een schermlezer gebruiken, hebben het rapport nog niet getest' read as an
    unfinished item. The statement says what was done and asks a reader who gets stuck to tell the publisher (its
    contact from the params when there is one)."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline import front

    params = load_params("2021")
    params = params.model_copy(update={"publisher": params.publisher.model_copy(update={"contact": contact})})
    colophon = flat(front.colophon(params))
    said = colophon[colophon.index("**Toegankelijkheid**") :]
    assert "nog niet getest" not in said and "nog niet" not in said
    assert "zodat een schermlezer ze kan voorlezen" in said
    invitation = "Loopt u met een schermlezer of een ander hulpmiddel toch vast, of hebt u het rapport in een andere"
    assert invitation in said and "meld het dan aan de uitgever, het Departement Zorg" in said
    assert ("example.org)." in said) == (contact is not None)
    demo = flat(front.colophon(load_params("demo")))
    assert "nog niet" not in demo and "meld het dan aan wie u dit demonstratierapport bezorgde" in demo


@pytest.mark.parametrize("count", [0, 1, 2])
def test_over_deze_cijfers_counts_the_contradictions_as_the_annex_does(count):
    """TO #9: 'Sommige gepubliceerde cijfers spreken elkaar tegen' (plural) against the annex's 'blijft één
    tegenstrijdigheid staan': the count is the annex's (quality.conflicting_facts), singular or plural by it."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.about import about_markdown

    facts = {**PAGE, "quality.conflicting_facts": {**_fact(None), "value": count}}
    facts["quality.known_inconsistencies"] = {**_fact(None), "value": 5}  # rows of the register, not facts
    about = flat(about_markdown(load_params("2021-tele-onthaal"), facts))
    # r25 2021 #19: no count a reader cannot place; the rule in plain words, which figure the annex's
    # r26 TO #13: plainly which figure (from the register, data/inconsistencies.csv), no rule-book sentence
    plain = (
        "Eén gepubliceerd cijfer (de wijziging van het aantal websitebezoekers tegenover 2020) klopt niet met de "
        "andere (zie @tbl-inconsistencies)."  # r39 (r38 TO #10): pointed to, not explained again
    )
    # r31 TO #10: the annex is named once, in the closing sentence, not after this one too
    assert "andere; zie de technische bijlage" not in about
    said = {0: None, 1: plain, 2: plain}[count]
    assert "stilzwijgend" not in about and "Twee gepubliceerde" not in about
    assert "Sommige" not in about and "spreken elkaar tegen" not in about
    assert (said in about) if said else ("tegenspreken" not in about)
