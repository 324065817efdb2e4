"""r66c, the r65 reader of 2020: chapter 4 opens with its result, the caveats after it (#5); the annex says how the
campaign model's interval is computed, as the code computes it (#9). Each fails on the code before."""

from __future__ import annotations

import re

import pytest

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def contexts_2020():
    from hulplijnen.chapters import contexts

    return contexts.build(2020, "1712", FactSheet("contexts", 2020))


def test_5_the_contexts_chapter_opens_with_its_result_then_the_caveats(contexts_2020):
    family = flat(contexts_2020.section("family"))
    assert family.startswith(
        "Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context speelt het geweld zich af binnen de"
        " familie, bij 85,0 % van diezelfde 10.088 in het kerngezin"
    )
    caveats = family.index("Deze cijfers komen uit de tabel van 1712 over de context van het geweld")
    # what the table counts, its unknown contexts and the doubted year, in that order, all after the result
    order = [
        family.index(said)
        for said in (
            "en daarbij horen kanttekeningen. Wat de tabel precies telt, zegt de bron niet;",
            "Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld.",
            "De tabel staat in de bron zonder jaartal bij de tabellen over 2020;",
        )
    ]
    assert caveats > family.index("gescheiden kerngezin.") and order == sorted(order) and order[0] > caveats
    # the result and the caveats two paragraphs
    assert "\n\n" in contexts_2020.section("family").strip()
