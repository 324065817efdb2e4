"""r59 (reader findings r58, 2020 #1, #2, #3, #5, #6, #7, #8): each fails on the wording before r59."""

from __future__ import annotations

import re

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_contexts_does_not_say_as_fact_what_the_table_counts():
    """r58 2020 #1: 'telt 11.305 personen', what it counts the source does not say; no 'daarom telt ze meer'."""
    from hulplijnen.chapters import contexts

    out = flat(contexts.build(2020, "1712", FactSheet("c", 2020)).section("family"))
    assert (
        "telt 11.305 personen. Wat ze precies telt, zegt de bron niet; dit rapport noemt ze, zoals de kerncijfers"
        " over 2021, mogelijke slachtoffers: één contact kan over meer dan één persoon gaan." in out
    )
    assert "daarom telt ze meer personen" not in out
    assert "telt 11.305 mogelijke slachtoffers" not in out
