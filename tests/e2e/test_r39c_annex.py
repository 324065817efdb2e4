"""r39 (r38 2021 #1, #7, #8, #9, #10; 2020 #8, #14, #15): the summary's scope caveat and the technical annex as the
fresh readers of round 38 asked; each assertion fails on the round-38 wording."""

from test_story_round11 import flat, notebook_text


def _qmd(out) -> str:
    return flat((out / "report.qmd").read_text(encoding="utf-8"))


def test_2021_scope_caveat_stands_before_the_key_messages(built):
    qmd = _qmd(built["2021"])
    summary = qmd.split("# Samenvatting", 1)[1]
    caveat = summary.index("Van Hulplijn 1712 staan voor 2021 in de bronnen alleen kerncijfers")
    assert caveat < summary.index("Belangrijkste boodschappen")  # 2021 #1: it came after Tabel 1
    assert summary.index("De hoofdstukken 1 tot 5 gaan alleen over Hulplijn 1712") < summary.index("Kerncijfers")
    assert qmd.count("alleen kerncijfers; de detailcijfers") == 1


def test_2020_has_no_scope_caveat(built):
    summary = _qmd(built["2020"]).split("# Samenvatting", 1)[1].split("Belangrijkste boodschappen", 1)[0]
    assert "alleen kerncijfers" not in summary


def test_2021_annex_as_the_r38_readers_ask(built):
    qmd = _qmd(built["2021"])
    # #7: no 'geen nul … (soms is dat nul)'
    assert "soms is dat nul" not in qmd
    assert "Een leeg vak in de bron telt dit rapport niet als nul, tenzij de totalen van de bron maar één waarde" in qmd
    assert "zo zijn negen lege vakken 0 (zie @tbl-corrections)" in qmd
    # #8: the table does not claim the source's wording
    assert "Alle kerncijfers zoals gepubliceerd" not in qmd
    # #9: how ranges in the text are rounded
    # r49 (r48 TO #8): the example is now the first range the chapter gives, the corona conversations of 2020
    assert "is naar buiten afgerond" in qmd and "Zo staat 25.443 tot 25.566 in de tekst als „tussen 25.400" in qmd
    # #10: 1712's contacts carry the mark too, and the note is true for each helpline
    # r41 (r41 2021 #12): said without a parenthesis inside one, per helpline
    # r66 (r66 2021 #4): Table 1 gives each total with its stated changes, no earlier count: no mark, no note, and
    # every row from the key figures alone
    assert "Hulplijn 1712: contacten¹" not in qmd and "Geen aantallen in de bron voor 2019" not in qmd
    assert "**Herkomst van @tbl-key-figures.** Alle cijfers in die tabel komen uit „Cijfers hulplijnen" in qmd
    assert "voor 2019 en 2020 geen aantallen" not in qmd


def test_2020_annex_as_the_r38_readers_ask(built):
    qmd = _qmd(built["2020"])
    # #8: the context table's year is the report's reading
    # r59 (r58 2021 #2): in the chapter's words
    assert "De tabel staat in de bron zonder jaartal bij de tabellen over 2020; dit rapport leest ze als 2020." in qmd
    # #14: the answer's tables named, not 'de tabellen die in de herkomst staan'
    assert "de tabellen die in de herkomst staan" not in qmd
    # r44 (2020 #5): which are per month and which over the year, not five tables 'voor een overzicht per maand'
    # r45 (r44 reader finding, the answer's tables by year): four of 2020 and the undated context table
    # r47 (r46 2020 #2): only the tables per month carry the year; the age and contact-person tables have none
    assert (
        "geeft het antwoord vijf tabellen. Het jaartal 2020 staat alleen bij de maanden van de tabellen per maand "
        "(kanaal, geslacht); de andere drie hebben geen jaartal (leeftijd, contactnemer, context van het geweld)"
        in flat(qmd)
    )
    assert "vijf tabellen over 2020, waarvan" not in flat(qmd)
    # #15: each explained once; the cross-check with 2021's key figure in the checks
    annex = flat(" ".join(notebook_text(built["2020"], n) for n in ("data_quality", "gender_age", "contact_persons")))
    assert annex.count("staan in geen enkele kolom") == 1
    assert "aan uit dat aantal" not in annex and "zoveel laat het totaal van de tabel" not in annex
    assert "De kerncijfers van 2021 (8.515 contacten, +6 % tegenover 2020) kloppen met de 8.059 contacten" in annex
