# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r51 (reader findings r50, 2020 #1, #2, #5, #6; 2021 #3, #7, #8; both #4): each fails on the wording before r51."""

from __future__ import annotations

import re

import pandas as pd
import yaml

from hulplijnen.config.paths import DATA
from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_derived_2019_count_is_the_range_of_whole_numbers():
    """2020 #1: 'naar schatting tussen 5.407 en 5.440 contacten', the annex's range, not one figure."""
    from hulplijnen.chapters import channels

    years = flat(channels.build(2020, "1712", [2019], FactSheet("channels", 2020)).section("years"))
    assert "Daaruit volgt voor 2019 naar schatting tussen 5.407 en 5.440 contacten; 2020 lag dus" in years
    assert "naar schatting 5.420" not in years


def test_2020_contexts_doubt_once_with_the_missing_year_and_a_link_to_the_annex(contexts_2020):
    """2020 #2: one sentence at the opening, its link the whole reference to this chapter's part of the annex."""
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")).strip()
    doubt = (
        # r54 (r54 2020 #4): what the table counts first, then this sentence ('De tabel staat …'); still one
        # sentence, before the first percentage
        "De tabel staat in de bron zonder jaartal bij de tabellen over 2020; dit rapport leest ze als "
        "2020, maar dat is onzeker: haar totaal ligt opvallend dicht bij de 11.312 mogelijke "
        "slachtoffers die de kerncijfers van 1712 voor 2021 noemen (zie de [technische bijlage, bij dit "
        "hoofdstuk](#sec-appendix-contexts))."
    )
    # r66 (r65 2020 #5): the result opens the text, the doubt closes its caveats (was before the first percentage)
    assert out.startswith("Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context")
    assert out.count(doubt) == 1 and out.endswith(doubt) and out.count("onzeker") == 1
    assert "Deze cijfers staan in de bron zonder jaartal" not in out and "@sec-chapter-contexts" not in out
    assert out.count("zonder jaartal") == 1


def test_2021_contexts_first_mention_says_no_year_and_the_table_header_the_doubt():
    """2021 #3: the earlier table's missing year at its first mention; Tabel 3's column says the year is doubtful."""
    from hulplijnen.chapters import contexts

    c = contexts.build(2021, "1712", FactSheet("c", 2021))
    out = flat(c.section("family") + "\n\n" + c.section("caveats"))
    assert (
        # r52 (reader r51 2021 #10): the earlier table's year and total where its shares come in; pin follows
        # r56 (r56 2021 #3): both sides of the year in short, and what the table then shows
        # r59 (r58 2021 #2): the chapter names the table without its year in one plain sentence; the doubt and the
        # total in the annex's lead
        # r61 (r61 2021 #8): the undated table named first, then where it sits
        "ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020; die geeft" in out
        and "11.305" not in out
    )
    assert out.count("zonder jaartal") == 1
    # r52 (reader r51): the doubt by a mark in the header, said in the note under the table
    assert (
        "tabel zonder jaartal" in list(c.tables["compare"].columns)  # r59 (r58 2021 #2): no mark, the lead says it
        and "2020 (jaar onzeker)" not in c.tables["compare"]
    )
    assert flat(c.section("compare_lead")).startswith("De tabel per context staat in de bron zonder jaartal")


def test_provenance_says_the_helplines_own_figures_were_not_compared():
    """#4: the way to check a figure does not contradict 'Over deze cijfers'."""
    doc = yaml.safe_load((DATA / "provenance.yml").read_text(encoding="utf-8"))
    texts = [v for v in doc["documents"].values() if isinstance(v, dict)]
    # r59 (r58 TO #6): no check the report sends readers to do; that they were not compared is 'Over deze cijfers'
    said = [t[k] for t in texts for k in ("where_nl", "where_one_nl") if "publice" in str(t.get(k, ""))]
    assert said and all(s.endswith("; die kunnen anders geteld zijn.") and "nagaan" not in s for s in said)


def test_the_subsidys_name_is_the_answers():
    """2020 #5: 'capaciteitssubsidie' is the answer's word, said so."""
    events = pd.read_csv(DATA / "events.csv")
    label = events.set_index("event_id").loc["capacity_subsidy_first", "name_nl"]
    assert label.startswith("extra werkingsmiddelen (in het antwoord: de capaciteitssubsidie) om")


def test_corrections_reason_lower_case_after_the_colon():
    """2020 #6: 'Cijfer klopt niet met de totalen: het rijtotaal', not ': Het'."""
    from hulplijnen.chapters.data_quality.tables import corrections
    from hulplijnen.data import load
    from hulplijnen.presentation import fmt

    cells = list(corrections(load.corrections())["Soort en toelichting"])
    assert any(c.startswith("Cijfer klopt niet met de totalen: het rijtotaal") for c in cells)
    assert not any(re.search(r": [A-Z][a-z]", c) for c in cells)
    assert fmt.lowerfirst("OCR las") == "OCR las" and fmt.lowerfirst("Het") == "het"


def test_2021_published_key_figures_one_in_ten_without_ongeveer():
    """2021 #7: as published: 'één op de tien in 2020', no 'ongeveer'."""
    from hulplijnen.chapters.helplines.tables import published_table

    table = published_table(2021, ["1712"])
    row = table[table["Cijfer"].str.contains("in woorden")].iloc[0]
    assert row["2021"] == "bijna één op de vijf; één op de tien in 2020"


def test_2021_reachability_says_what_the_answer_says_and_the_annual_report_once(reachability_built):
    """2021 #8: the answer's word on the 40-45 %; where the analyses appear and that it is outside, one sentence."""
    c2021 = reachability_built[2021][0]
    assert (
        "Het antwoord van de minister gaat niet in op dat cijfer; het zegt dat sluitende cijfers over beantwoorde "
        "tegenover binnengekomen oproepen moeilijk te geven zijn."
    ) in c2021
    assert (
        "De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021. Volgens het antwoord op de "
        "schriftelijke vraag van 24 januari 2022 worden de analyses over 2021 bekendgemaakt bij de publicatie van "
        "het jaarverslag van 1712; "
        "dat jaarverslag hoort niet bij die bronnen."
    ) in c2021
    assert "valt buiten" not in c2021 and "bekendgemaakt worden" not in c2021
