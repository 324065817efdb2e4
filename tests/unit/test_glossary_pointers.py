"""Demo r18 #5: the glossary said „zie „Contactnemers”” while the demo has no such entry nor chapter. Every pointer
(zie „X”) in a release's glossary names an entry of that same glossary (each test failed before)."""

import re

import pytest

from hulplijnen.config.errors import BuildError
from hulplijnen.pipeline import glossary
from hulplijnen.pipeline.glossary import glossary_markdown, glossary_terms, pointers

RELEASES = (["1712"], ["tele-onthaal"], ["1712", "tele-onthaal"])


def _entries(glossary: str) -> set[str]:
    return {m.lower() for m in re.findall(r"^\*\*(.+?)\*\*$", glossary, flags=re.M)}


@pytest.mark.parametrize("helplines", RELEASES)
def test_every_pointer_names_an_entry_of_the_same_glossary(helplines):
    for term in glossary_terms():
        if term["annex"]:
            continue
        for form in term["forms"]:  # a text with only this word: the glossary it gets must resolve its pointers
            glossary = glossary_markdown(f"een zin met {form} erin.", helplines)
            assert set(m.lower() for m in pointers(glossary)) <= _entries(glossary), (form, helplines)


def test_the_anonymity_entry_points_to_no_chapter():
    glossary = " ".join(glossary_markdown("anoniem", ["1712"]).split())
    # r20 2020 #22, 2021 #11: neutral, no invented definition and no unattributed 'de meeste'
    assert "Zonder zich bekend te maken. De bronnen noemen 1712 een anonieme hulplijn" in glossary
    assert "Contactnemers”" not in glossary


def test_a_pointer_to_a_term_the_text_does_not_use_prints_that_term_too():
    glossary = glossary_markdown("contacten", ["1712"])
    assert "zie „contacten”" not in glossary and "**contacten**" in glossary
    # r31 (2020 #1, 2021 #4): 1712's calls no longer point to 'inkomende oproepen' (the caveat there is gone); a
    # demo's calls point to the term of its call logs, printed too
    calls = glossary_markdown("oproepen", ["1712"])
    assert "zie „inkomende oproepen”" not in calls and "**inkomende oproepen**" not in calls
    demo = glossary_markdown("oproepen belpogingen", ["1712"], ["capacity"])
    # r38 (demo r37 #15): the demo's calls point to „contacten” with a capital (the definition's first word): the
    # term is printed too (a pointer read only as 'zie „…”' left it out)
    assert "Zie „contacten”" in demo and "**contacten**" in demo and "**belpogingen**" in demo


def test_a_pointer_to_no_term_stops_the_build(monkeypatch):
    terms = glossary_terms()
    broken = [{**t, "definition": "Iets (zie „Bestaat niet”)."} if t["term"] == "mediaan" else t for t in terms]
    monkeypatch.setattr(glossary, "glossary_terms", lambda: broken)
    with pytest.raises(BuildError, match="Bestaat niet"):
        glossary_markdown("de mediaan", ["1712"])
