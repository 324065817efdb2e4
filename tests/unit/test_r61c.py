"""Round 61c (the r61 readers of 1712's 2020 and 2021, chapters 2–5): each test fails on the wording or behaviour
before r61c."""

import re

import pytest

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def contexts_built():
    from hulplijnen.chapters import contexts

    return {year: contexts.build(year, "1712", FactSheet("c", year)) for year in (2020, 2021)}


def test_r61_2020_7_the_table_is_not_called_possible_victims(contexts_built):
    """2020 #7: 'dit rapport noemt ze … mogelijke slachtoffers' read as the table being called so."""
    c = contexts_built[2020]
    chapter = flat(c.section("family"))
    assert "Wat ze precies telt" not in chapter and "noemt ze" not in chapter
    assert (
        "Wat de tabel precies telt, zegt de bron niet; dit rapport spreekt, zoals de kerncijfers over 2021, van "
        "mogelijke slachtoffers: één contact kan over meer dan één persoon gaan." in chapter
    )
    annex = flat(c.section("reading"))
    assert "noemt wat ze telt" not in annex
    assert (
        "Dit rapport spreekt van mogelijke slachtoffers, omdat een contact over meer dan één persoon kan gaan." in annex
    )


def test_r61_2021_7_the_kinds_of_violence_most_frequent_first(contexts_built):
    """2021 #7: 'vooral' did not fit 8 %."""
    chapter = flat(contexts_built[2021].section("family"))
    assert "Het ging vooral om" not in chapter
    assert (
        "Het vaakst ging het om kindermishandeling (54 % van de mogelijke slachtoffers), daarna om partnergeweld "
        "(19 %) en geweld tegen volwassenen (8 %)." in chapter
    )


def test_r61_2021_8_the_undated_table_in_a_sentence_that_parses(contexts_built):
    """2021 #8: 'Een tabel per context zonder jaartal in de bron, bij de tabellen over 2020, geeft …' was hard to
    parse."""
    chapter = flat(contexts_built[2021].section("family"))
    assert "Een tabel per context zonder jaartal" not in chapter
    assert chapter.endswith(
        "De bron bevat ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020; die "
        "geeft gelijkaardige aandelen (zie de [technische bijlage, bij dit hoofdstuk](#sec-appendix-contexts))."
    )
