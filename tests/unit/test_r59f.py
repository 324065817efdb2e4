"""Round 59 (r58 2021 #2): the table beside the undated context table is a consistency check: it and its two
sentences are the annex's (under 'Bij hoofdstuk 3'), the chapter keeps one plain sentence; the table's year in one
wording in chapter, annex lead, the 2020 annex and the Methods' 'Jaartal van de tabellen'."""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest

from hulplijnen.chapters import contexts
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import text
from hulplijnen.presentation.parts import Table


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def seen():
    """The 2021 chapter and the data its template was filled with."""
    got = {}
    original = text.sections

    def keep(*args, **kwargs):
        got.update(kwargs)
        return original(*args, **kwargs)

    text.sections = keep
    try:
        chapter = contexts.build(2021, "1712", FactSheet("c", 2021))
    finally:
        text.sections = original
    return chapter, got


def test_2021_2_the_comparison_table_is_the_annexs_and_the_chapter_says_it_plainly(seen):
    chapter, _ = seen
    tables = {p.label: p for p in contexts.SHOWN if isinstance(p, Table)}
    assert "tbl-context-compare" not in tables
    compare = tables["tbl-appendix-context-compare"]
    assert compare.annex and compare.lead == "compare_lead"
    assert list(chapter.tables["compare"].columns)[1] == "tabel zonder jaartal"  # no mark: the lead says its year
    family = flat(chapter.section("family"))
    assert family.endswith(
        # r61 (r61 2021 #8): the undated table named first, then where it sits
        "ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020; die geeft "
        "gelijkaardige aandelen (zie de [technische bijlage, bij dit hoofdstuk](#sec-appendix-contexts))."
    )
    for audit in ("@tbl-context-compare", "11.305", "onzeker", "2020 of 2021", "toont alleen of"):
        assert audit not in family, audit
    lead = flat(chapter.section("compare_lead"))
    assert lead.startswith(
        "De tabel per context staat in de bron zonder jaartal bij de tabellen over 2020; dit rapport leest ze als "
        "2020, maar dat is onzeker: haar totaal (11.305 vermeldingen) ligt dicht bij de 11.312 mogelijke "
        "slachtoffers van 2021. @tbl-appendix-context-compare zet haar aandelen naast"
    )
    assert "2020 of 2021" not in flat(chapter.text)


def test_2021_2_other_shares_are_not_called_alike(seen):
    """'gelijkaardige' only where both shares lie within 2 points; else 'andere'."""
    _, got = seen
    kwargs = copy.deepcopy(got)
    now = next(x for x in kwargs["later"] if x["year"] == "2021")
    now["stated"]["nuclear_family"] = dataclasses.replace(now["stated"]["nuclear_family"], earlier=80.0)
    parts = text.sections("chapters/contexts/text.md", **{k: v for k, v in kwargs.items() if k != "facts"})
    assert "geeft andere aandelen (zie de" in flat(parts["family"])  # r61 (r61 2021 #8)
    assert "gelijkaardige" not in flat(parts["family"])


def test_2020_and_methods_say_the_year_in_the_same_words():
    chapter = contexts.build(2020, "1712", FactSheet("c", 2020))
    reading = flat(chapter.section("reading"))
    assert "De tabel staat in de bron zonder jaartal bij de tabellen over 2020; dit rapport leest ze als 2020." in (
        reading
    )
    assert "vermeldt geen jaar" not in reading
    # the Methods' 'Jaartal van de tabellen' (rendered from the build's tables: its pin is e2e test_r47a_2020)
    env = text.environment()
    methods = flat(env.loader.get_source(env, "chapters/reachability/methods.md")[0])
    assert ": dit rapport leest ze als {{ t.year }}, maar dat is onzeker, want {{ " in methods
