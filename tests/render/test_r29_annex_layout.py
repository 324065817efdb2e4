"""Round 29 (r28 readers): the technical annex and the page layout of 2020 and 2021.

2020 #11: the note under the table of where the key figures come from stood alone atop the next page; it is the
table's footnote (¹), kept with it. 2020 #17: 'Controles van de gegevens' opens with what the checks found, in plain
words. 2021 #4, #14: the annex tables that only repeated a chapter's chart or table are gone (a chart's numbers reach
a screen reader through its description and its CSV). 2021 #7: the table of every published key figure gives the
year's column the room and numbers its one note ¹, under the table. 2021 #6: a paragraph that points at a table
further on no longer takes a chapter's opening whole to the next page: every chapter flows."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from hulplijnen.presentation.parts import fit_words

from .test_page_breaks import by_rule
from .test_page_flow import pages_of

# r39 (2021 #8): the table says the key figures in the report's words, not the source's ("zoals gepubliceerd")
TITLE = "Alle gepubliceerde kerncijfers, in de woorden van dit rapport"


def test_a_nearly_empty_column_is_not_kept_whole_at_the_cost_of_the_years_column():
    """2021 #7: 'Tegenover 2019', filled on two rows of thirty, kept its one long cell on one line and left the
    year's column so narrow that '8.515; ongeveer 3 keer zoveel (tegenover 2012)' took five lines."""
    rows = 30
    frame = pd.DataFrame(
        {
            "Cijfer": ["kanaalaandeel (telefoon), van de contacten"] * rows,
            "2021": ["8.515; ongeveer 3 keer zoveel (tegenover 2012)"] * rows,
            "Tegenover 2019": ["−36.460; −17,9 %¹", "+57 %"] + [""] * (rows - 2),
        }
    )
    widths = fit_words((40, 40, 11), frame)
    assert widths[2] / sum(widths) < 0.15, widths


def test_a_paragraph_pointing_further_on_does_not_stick_a_chapters_opening_together():
    """2021 #6: '2 Wie neemt contact op' opened p.6 and left p.5 40 % empty: its second paragraph ('De tabel en de
    figuur hieronder …') was sticky, so heading, three paragraphs and the table moved as one."""
    typst = by_rule(
        "# Twee {#sec-twee}\n\nEen korte eerste alinea.\n\nDe tabel hieronder toont de aandelen.\n\n"
        "Nog een alinea voor de tabel.\n\n| A | B |\n|:--|:--|\n| 1 | 2 |\n\n: Tabel {#tbl-twee}\n"
    )
    pointing = typst.index("De tabel hieronder")
    assert "#block(sticky: true)[" not in typst[typst.rfind("\n", 0, pointing - 2) : pointing], typst


@pytest.mark.parametrize("release", ["2020", "2021"])
def test_every_tables_footnote_stands_with_its_table(rendered, release):
    pages = pages_of(rendered, release)
    alone = [f"p.{p.number}: {p.lines[0].text[:50]}" for p in pages[2:] if p.lines and p.lines[0].text[:1] in "¹²³"]
    assert not alone, "a table's footnote atop a page: " + "; ".join(alone)


def test_2020_the_key_figure_note_is_the_tables_footnote(rendered):
    qmd = (rendered["2020"] / "report.qmd").read_text(encoding="utf-8")
    table = qmd.index("{#tbl-key-figure-sources}")
    note = qmd.index("¹ De bron geeft voor dit cijfer geen aantal voor 2019")  # r41 (r41 2021 #12); r66 (r66 2020 #4)
    between = qmd[table + len("{#tbl-key-figure-sources}") : note]
    assert table < note and not between.strip(), f"the note is not right under its table: {between!r}"
    assert "contacten¹" in qmd[qmd.rfind("| Bron |", 0, table) : table]  # r66 (r66 2020 #4): its columns renamed


def test_2020_the_checks_open_with_what_they_found(rendered, misread_cell_sentence):
    import nbformat

    cells = nbformat.read(rendered["2020"] / "notebooks" / "data_quality.ipynb", as_version=4).cells
    shown = " ".join(o.get("data", {}).get("text/markdown", "") for c in cells for o in c.get("outputs", []))
    text = re.sub(r"\s+", " ", shown)
    assert "Wat de controles opleverden, in het kort:" in text
    # r37 (r36 2020 #10): what was checked is said first, then the short list of what it found
    assert text.index("Dit rapport rekende na of de tabellen optellen") < text.index("Wat de controles opleverden")
    # r31 (2020 #9): one wording of the misread cell, what the scan shows and what the report uses
    assert misread_cell_sentence in text
    # r29 2020 #16: each gap explained once, in this list
    assert "- De ingevulde vakken van de tabel contacten per contactnemer over 2020 tellen samen 8.038" in text
    assert "- De tabel contacten per maand en geslacht telt 8.043 contacten, 16 minder dan de 8.059" in text
    assert "Geen tegenstrijdigheid" not in text and "blijft staan" not in text


def test_2021_no_annex_table_repeats_a_chapters_chart_or_table(rendered):
    qmd = (rendered["2021"] / "report.qmd").read_text(encoding="utf-8")
    for caption in (
        ": Contacten per jaar",
        ": Aandeel van elk kanaal per jaar",
        "Gepubliceerde aandelen van contactnemers tegenover",
    ):
        assert caption not in qmd, caption
    assert "Elk gepubliceerd kerncijfer" not in qmd and TITLE in qmd  # r39: retitled


def test_2021_the_published_key_figures_table_has_no_note_a_page_below_its_mark(rendered):
    """r32 (2021 #2, #13): the table of every key figure as published carries no mark; the website mismatch is told
    once, in the table of figures that contradict each other (its note stood a page below its mark)."""
    qmd = (rendered["2021"] / "report.qmd").read_text(encoding="utf-8")
    annex = qmd[qmd.index("# Technische bijlage") :]
    assert TITLE + " {#" in annex  # r39 (2021 #8): retitled and "³" not in annex
    assert "Dit percentage past niet bij het gepubliceerde verschil" not in annex and "17,9 %¹" not in annex
