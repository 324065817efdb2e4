"""The built demo after the r35 reader (review/r35/demo-findings.md), fixed in r36; each test failed on the r35
build."""

from test_demo_reads_r14 import facts
from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex, flat


def _document(out) -> str:
    """What the built demo says (no render here): the document up to the annex with the chapters, and the annex."""
    return flat(reader_part(out) + " " + annex(out)).replace("\u00a0", " ")


def test_the_demo_counts_march_and_gives_the_busiest_month_from_its_facts(built):
    """#2: 'Maart 2020 laten we weg: het is niet bekend hoeveel van die maand al in de eerste lockdown viel'."""
    f, text = facts(built["demo"]), flat(reader_part(built["demo"]))
    demand = "1712.export.phone.demand."
    assert f[demand + "before_months"] == 3 and f[demand + "answered_before_calls"] == 422  # (422 + 421 + 423) / 3
    assert (f[demand + "busiest_month"], f[demand + "busiest_calls"]) == ("2020-04", 634)
    assert "laten we weg" not in text and "niet bekend hoeveel van die maand" not in text


def test_the_demo_says_belpogingen_and_keeps_oproepen_for_the_sources(built):
    """#3: 'oproepen' defined as registered phone contacts and used for unanswered attempts."""
    pdf = _document(built["demo"])
    # r38 (demo r37 #12): the minister's own words in the one sentence that reports his answer, nowhere else
    # r66 (r66 demo #4): the answer's word marked as quoted
    said = "sluitende cijfers te geven over hoeveel „telefonische oproepen” beantwoord werden"
    # r45 (r44 demo #3): and quoted as the sources' word in the glossary's „oproepen”, which says the sources
    # sometimes mean phone calls only
    quoted = "soms alleen telefoontjes („beantwoorde telefonische oproepen”)"
    assert pdf.count("telefonische oproepen") == 2 and pdf.count(said) == pdf.count(quoted) == 1
    whole, pdf = pdf, pdf.replace(said, "").replace(quoted, "")
    for old in (
        "telefonische oproepen",
        "het tijdstip van elke oproep",
        "Een oproep tijdens de openingsuren",
        "aandeel beantwoorde oproepen",
        "oproep per oproep",
    ):
        assert old not in pdf, old
    # r38 (demo r37 #15): a pointer to 'contacten', which says the sources' use already
    # r41 (r41 demo #5): what the sources' word covers, and the report's three words for it
    assert (
        # r45 (r44 demo #3): mostly every channel, sometimes phone calls only
        "**oproepen** : Zie „contacten”. In de bronnen meestal alle contacten (telefoon, e-mail, chat), soms alleen"
        " telefoontjes („beantwoorde telefonische oproepen”). Dit rapport zegt"
        " contacten (alle kanalen), telefooncontacten (geregistreerd) of belpogingen (uit de oproeplogs)." in whole
    )


def test_the_demo_credits_the_answer_to_question_282_and_says_the_jumps(built):
    """#5, #7, #10: the daily line's jumps, the source of the monthly totals, no 'de echte' pointing nowhere."""
    pdf = _document(built["demo"])
    assert "gelijk aan de totalen voor 2020 in het antwoord op schriftelijke vraag nummer 282" in pdf
    assert "die de hulplijn voor 2020 publiceerde" not in pdf and "kon 1712 niet precies zeggen" not in pdf
    assert "De lijn springt soms bij het begin van een maand" in pdf
    assert "de echte is groter" not in pdf  # the caption's new words: tests/unit/test_demo_r36.py


def test_the_demo_names_figure_1_in_table_9(built):
    """#13: the row 'Contacten per dag' in a column 'Tabel' pointed to a table that does not exist."""
    back = flat(annex(built["demo"]))
    assert "| @fig-export-daily: contacten per werkdag" in back and "| Tabel of figuur" in back
    assert "| @tbl-export-codes: contacten per contactnemer" in back
