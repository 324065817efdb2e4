# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
"""Round-13 reader findings on the glossary, 'Over deze cijfers', the annex's Methods and its data-quality text:
statistics terms in the annex's Methods, not the glossary (2020 #21, demo #18); body terms the glossary lacked
(demo #18); no unused procentpunt note (2020 #21); plain annex words and numbers in words (2021 #19, TO #7);
'hoofdstuk 1' in a release with one chapter (TO #13); no repeated 'ongeveer' rule in the Methods (TO #12)."""

from __future__ import annotations

from hulplijnen.config.params import load_params
from hulplijnen.pipeline.glossary import annex_terms, glossary_markdown, glossary_terms
from hulplijnen.presentation import text

STATISTICS = ("t-verdeling", "vrijheidsgraden", "Wilson-interval")  # quasi-Poisson: no text names it (r25 2020 #13)


def test_statistics_terms_are_the_annex_methods_and_never_the_glossarys():
    used = "een quasi-poisson-regressie met een t-verdeling en 20 vrijheidsgraden; een wilson-interval"
    glossary = glossary_markdown(used + " de contacten", ["1712"])
    for term in STATISTICS:
        assert f"**{term}**" not in glossary, term
    assert [t["term"] for t in annex_terms(used)] == sorted(STATISTICS, key=str.lower)
    assert annex_terms("geen statistiek hier") == []
    methods = text.render("methods.md", derived=False, about_the_same=None, terms=annex_terms(used))
    assert "**Begrippen uit de statistiek.**" in methods and "*Wilson-interval.*" in methods
    assert annex_terms("een quasi-poisson-regressie") == []  # r25 2020 #13: its entry left with the model's table
    assert "Begrippen" not in text.render("methods.md", derived=False, about_the_same=None, terms=[])


def test_terms_of_the_body_have_an_entry_only_where_the_text_uses_them():
    body = ("mediaan", "keuzemenu", "oproeplogs", "openingsuren", "schommeling door toeval")
    used = "de mediaan; het keuzemenu; de oproeplogs; buiten de openingsuren; de schommeling door toeval loopt"
    glossary = glossary_markdown(used, ["1712"])
    for term in body:
        assert f"**{term}**" in glossary, term
    assert not any(f"**{term}**" in glossary_markdown("de contacten", ["1712"]) for term in body)
    assert "**procentpunt**" not in glossary_markdown("de contacten", ["1712"])
    assert {t["term"] for t in glossary_terms()} >= set(body)


def test_the_glossary_says_which_word_the_report_uses_plainly():
    glossary = " ".join(glossary_markdown("de contacten", ["1712"]).split())
    # r21 2020 #2; r34a (2020 #6): the sources' 'oproepen' are this report's 'contacten'
    # r37 (r36 2020 #7): 'meestal', as the entry „oproepen” says ('allemaal' contradicted it)
    assert "De bronnen van 1712 noemen ze meestal „oproepen”; dit rapport noemt ze „contacten”." in glossary
    assert "allemaal" not in glossary
    assert "houdt dit rapport" not in glossary


def _about(release, one_chapter):
    from hulplijnen.pipeline.about import about_markdown

    facts = {"a": {"value": 1, "source": {"file": "data/tele-onthaal/2021/key_figures.csv"}}}
    # r32: the rounding sentence where the release derives counts from rounded figures (here two)
    src = {"file": "data/tele-onthaal/2021/key_figures.csv"}
    facts |= {f"tele-onthaal.calls.{y}.about": {"value": 1, "source": src} for y in (2019, 2020)}
    return " ".join(about_markdown(load_params(release), facts, one_chapter=one_chapter).split())


def test_over_deze_cijfers_says_hoofdstuk_1_in_a_release_of_one_chapter_and_no_procentpunt_note():
    # r33f (r32 TO #15): a single chapter has no number; r34 (TO #5): the word rule is the annex's, 'Over deze
    # cijfers' says what 'ongeveer' marks, whatever the chapters
    # r39 (r38 TO #2): 'ongeveer' also rounds exact figures, so it marks no estimate; said as such
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert "zijn schattingen; hoe ze berekend zijn en wat „ongeveer” en " in _about("2021-tele-onthaal", True)
    assert "Cijfers met „ongeveer” zijn schattingen" not in _about("2021-tele-onthaal", False)
    assert "hoofdstuk 1" not in _about("2021-tele-onthaal", True)
    assert "procentpunt" not in _about("2021-tele-onthaal", True)


def test_the_methods_explain_a_range_without_interval_jargon_or_repeating_the_ongeveer_rule():
    methods = " ".join(text.render("methods.md", derived=True, about_the_same=None, terms=[]).split())
    assert "**Afgeleide waarden.**" in methods and "(interval)" not in methods
    assert methods.count("ongeveer") == 1  # once in the Methods, once in 'Over deze cijfers'


def _quality(**changes):
    values = {
        "checked": ["of de tabellen optellen tot de totalen"],
        "explained": None,
        "inconsistent": 1,
        "missing": 3,
        "bounded": 0,
        "forced": 1,
        "changed": 1,
        "cells": 0,
        "unclear": 2,
        "tables": True,
        "year": "2020",
    } | changes
    sections = text.sections("chapters/data_quality/text.md", **values)
    return " ".join((sections["corrections"] + " " + sections["missing"]).split())


def test_the_data_quality_text_has_no_cell_or_scan_words_and_says_small_numbers_in_words():
    said = _quality()
    for jargon in (" cel ", " cellen", "gescand", " scan", "leesfout", "Alle cijfers zijn nagerekend:"):
        assert jargon not in said, jargon
    assert "Dit rapport rekende na of de tabellen optellen tot de totalen." in said
    assert "Eén gepubliceerd cijfer spreekt een ander cijfer tegen" in said  # r28 2020 #17: plain words
    assert "Bij twee gepubliceerde percentages" in said
    # r29 2020 #12, #16: a blank cell forced to 0 in plain words; the scan's repairs that change no figure not told
    # r49 (r48 2020 #5): the table of corrections introduced in one sentence, not told a second time
    assert (
        "@tbl-corrections geeft de lege vakken die als 0 gelezen zijn." in said and "herstelde dit rapport" not in said
    )
    assert "drie vakken leeg" in said
    one = _quality(unclear=1)
    assert "Bij één gepubliceerd percentage zegt de bron niet of het over de oproepen" in one
