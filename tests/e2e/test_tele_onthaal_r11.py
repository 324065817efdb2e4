"""A fresh reader's findings on the Tele-Onthaal release (review r11), checked on the built release: the summary
tells the calls without a conversation and the website, the chapter reads as a report (no ranges, no 'Soort'),
Tele-Onthaal's own units, the narrow chart. Each test failed before."""

import re

import nbformat
from test_report_reads import reader_part, shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.pipeline.appendix import glossary_terms, uses

RELEASE = "2021-tele-onthaal"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_summary_gives_the_calls_without_a_conversation_and_the_website(built):
    text = flat(reader_part(built[RELEASE]))
    summary = text.split("# Over deze cijfers")[0]
    assert (  # review r13: said to be computed, rounded
        "**Ongeveer 33.000 meer oproepen dan gesprekken:**" in summary  # r16 TO #4: no conditional headline
        and "volgde bij één op de vier oproepen (24,0 %) geen gesprek, de meeste via telefoon." in summary  # r19 TO #1
    )
    assert "De bron zegt niet wat er met die oproepen gebeurde" in summary
    assert "onbeantwoord" not in text  # what those calls were is not known (finding 1)
    # r16 TO #4: the corona share in the lead on the calls, not a bullet of its own
    assert "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % in 2020 naar 13 % in 2021." in text
    assert (
        "websitebezoekers dan in 2020, meer dan in 2019:** de website van Tele-Onthaal kreeg 174.063 bezoekers" in text
    )
    assert "procentueel het sterkst via chat" in text


def test_the_chapter_reads_as_a_report_and_speaks_tele_onthaals_units(built):
    text = flat(reader_part(built[RELEASE]))
    assert "ongeveer 120.900" in text and "tussen 120." not in text
    assert "| Soort |" not in text and "afgeleid uit +13,9 %" not in text  # the annex's table, not the chapter's
    assert "t.o.v." not in text  # 'tegenover' in the reader's part (finding 30)
    assert "Dit rapport beschrijft de oproepen en gesprekken van Tele-Onthaal in 2021." in text
    assert "contacten" not in text.split("Hulp nodig?")[0]  # Tele-Onthaal counts calls and conversations
    assert (
        "kanaalmix" not in text.lower() and "kanaalaandeel" in text.lower()
    )  # the glossary writes terms in lower case
    assert "uit één bron" in text  # finding 13: one source said as one source
    everything = flat(shown(built[RELEASE]))
    # Tele-Onthaal's units are defined (in the glossary: one definition, one place), 1712's "contact" is not
    assert "**contact**" not in everything and "**oproepen**" in everything and "**gesprekken**" in everything
    assert "Afgeleide cijfers voor eerdere jaren" in everything and "Alle kerncijfers zoals gepubliceerd" in everything
    assert "139.072 tot 139.211" in everything  # the annex: the range the channels narrow (finding 11)
    assert "2020: afgeleid uit de gepubliceerde afgeronde wijziging" not in everything  # finding 24


def test_the_three_bar_chart_is_narrow_and_named_as_its_caption(built):
    notebook = nbformat.read(built[RELEASE] / "notebooks" / "helplines.ipynb", as_version=4)
    cell = next(c for c in notebook.cells if "#| label: fig-helpline-years" in c.source)
    assert "#| classes: narrow-chart" in cell.source
    alt = (built[RELEASE] / "report.qmd").read_text(encoding="utf-8")
    assert "Hoofdcijfer per jaar" not in alt


def test_r12_the_reader_meets_one_rule_one_term_and_both_years(built):
    """Review r12 (TO #1, #9, #13; 2021 #2): the built releases state the chapters' 'ongeveer' rule, call Tele-Onthaal's
    key figure 'oproepen per kanaal', head the website message with both years, and print no glossary term the
    report does not use. Each failed before."""
    for release, row in ((RELEASE, "| Oproepen per kanaal |"), ("2021", "| Tele-Onthaal: oproepen per kanaal |")):
        document = shown(built[release])
        assert "schijnbaar exact" not in flat(document) and "nooit als exact aantal" not in flat(document)
        assert row in document and "Tele-Onthaal: contacten per kanaal" not in document
        glossary = document.split("# Verklarende woordenlijst")[1].split("\n# ")[0]
        outside = document.replace(glossary, "").lower()
        forms = {t["term"]: t["forms"] for t in glossary_terms()}
        for term in re.findall(r"^\*\*([^*]+)\*\*$", glossary, re.M):
            assert any(uses(outside, form) for form in forms[term]), term
    assert "**Minder websitebezoekers dan in 2020, meer dan in 2019:**" in flat(reader_part(built[RELEASE]))
