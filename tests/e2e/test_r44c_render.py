"""r44 (readers of the 2020 and 2021 releases, #1, #2, #5): in the built report (the PDF's text and the HTML) the
annex and the monthly chart's caption name tables as 'Tabel N', with the number of the table meant."""

import html
import re
import subprocess

import pytest


def _pdf(out) -> str:
    if not (out / "report.pdf").exists():  # a build without Quarto; run with HULPLIJNEN_TEST_REUSE=_output
        pytest.skip("not rendered")
    text = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True).stdout
    # r55: a sentence may run over a page: without the page's footer and the next page's running header
    text = re.sub(r"\s*pagina \d+ van \d+\s*\f[^\n]*\n\s*[^\n]*\n", " ", text)
    return re.sub(r"\s+", " ", text)


def _html(out) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", (out / "report.html").read_text("utf-8"))))


def _number(text: str, caption: str) -> str:
    return re.search(r"Tabel (\d+): " + re.escape(caption), text).group(1)


def test_2020_refers_to_its_annex_tables_by_number(built):
    for text in (_pdf(built["2020"]), _html(built["2020"]).replace("\xa0", " ")):
        bounds = _number(text, "Wat de lege vakken samen bevatten")
        assert f"in de vier lege vakken staan (Tabel {bounds})." in text
        assert f"Tabel {bounds} noemt ze, met wat ze samen bevatten." in text
        # r61 (r59 2020 #11): the title says what is counted and against which total
        assert f"Tabel {_number(text, 'Tabellen die minder contacten tellen')} zet de totalen in de bron" in text
        # r49 (r48 2020 #6): the paragraph that retold the corrections is gone; one sentence introduces their table
        corrections = _number(text, "Correcties op de bron")
        assert f"Tabel {corrections} geeft de correcties en de lege vakken die als 0 gelezen zijn." in text
        assert f"De aantallen staan in Tabel {_number(text, 'Contacten per maand en kanaal')}." in text
        assert not re.search(r"[Tt]abel „[^”]*” hieronder", text) and "?@tbl" not in text  # none by caption
        # r45 (r44 reader finding, the answer's tables by year): the undated context table apart from the four of 2020
        # r47 (r46 2020 #2): only the tables per month carry the year (tests/e2e/test_r47a_2020.py)
        assert (
            "vijf tabellen. Het jaartal 2020 staat alleen bij de maanden van de tabellen per maand (kanaal, geslacht); "
            "de andere drie hebben geen jaartal (leeftijd, contactnemer, context van het geweld)" in text
        )
        assert "drie voor het hele jaar (leeftijd, contactnemer," not in text


def test_2021_refers_to_the_contradictions_and_the_unclear_bases_by_number(built):
    text = _pdf(built["2021"])
    assert f"Tabel {_number(text, 'Gepubliceerde cijfers die elkaar')} zegt welk cijfer" in text
    assert f"gesprekken gaan (Tabel {_number(text, 'Percentages zonder vermelde basis')})." in text
