"""r41 (r41 2021 findings #1, #8, #11, #12, #13): the 2021 release as its reader reads it; the 2020 release where
the same template speaks."""

from test_story_round11 import flat, messages, notebook_text


def _qmd(out) -> str:
    return flat((out / "report.qmd").read_text(encoding="utf-8"))


def test_the_2021_release_reads_as_the_r41_findings_ask(built):
    out = built["2021"]
    # #1: the key figure in its own words, no caveat on its base in the summary (the annex table keeps it)
    said = messages(out)
    assert "75 % koos voor anonimiteit" in said
    assert "de bron zegt niet of dat van de contacten" not in said and "ongeveer driekwart (75 %)" not in said
    qmd = _qmd(out)
    assert "aandeel anoniem, basis niet vermeld" in qmd
    # #8: the concerns with no base made up, in the chapter and the annex table alike
    helplines = notebook_text(out, "helplines")
    # r66 (r66 2021 #8): the year said
    assert "Volgens de bron was in 2021 48 % bezorgd over zichzelf" in helplines
    assert "van welk totaal, zegt de bron niet" in helplines
    assert "Van wie contact opnam, was 48 %" not in helplines
    # r64 (r64 2021 #7): 'bezorgdheid', the chapter's and the source's word, not 'aanleiding'
    assert "bezorgdheid (bezorgd over zichzelf), basis niet vermeld" in qmd
    assert "bezorgdheid (bezorgd over zichzelf), van de contacten" not in qmd
    # #11: '(zie Tabel 6)' is not followed by the same pointer again
    about = qmd.split("# Over deze cijfers", 1)[1].split("# Verklarende woordenlijst", 1)[0]
    assert "Welke waarden dat zijn, staat in de technische bijlage" not in about
    assert "De technische bijlage achteraan beschrijft de methoden" in about
    # #12: the note under the table of origins without a parenthesis inside a parenthesis
    # r41: shorter, so that the table of origins fits under the documents' table (2021 p.16)
    # r66 (r66 2021 #4): no note on counts Table 1 does not show (it gives the stated changes only)
    assert "¹ Geen aantallen in de bron voor 2019" not in qmd
    # #13: the annex heading names the section as the contents do
    assert "## Bij 2.1: Geslacht en leeftijd {#sec-appendix-gender_age" in qmd
    assert "Bij hoofdstuk 2: Geslacht en leeftijd van wie contact opneemt" not in qmd


def test_the_2020_release_says_the_annex_once(built):
    about = _qmd(built["2020"]).split("# Over deze cijfers", 1)[1].split("# Verklarende woordenlijst", 1)[0]
    assert "Welke waarden dat zijn" not in about and "De technische bijlage achteraan beschrijft" in about
