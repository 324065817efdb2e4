"""Round 32 (r31 2020 #1-#5, #11; 2021 #1, #3, #16): 1712's reachability said as a fact first, its source after it;
the glossary's 'oproepen' in both its uses; the measures as sentences with their subject, anchored plainly; the
contacts 1712 registered never read as demand."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline import summary
from hulplijnen.pipeline.appendix import glossary_markdown


def flat(md: str) -> str:
    return " ".join(str(md).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def built(reachability_built) -> dict[int, tuple[str, str]]:
    return reachability_built


def test_the_glossary_says_both_uses_of_oproepen():
    """2020 #2: 'oproepen' was defined as registered phone contacts only, so '40-45 % van de oproepen beantwoord'
    read as nonsense: where the text speaks of incoming calls, the entry says both uses plainly."""
    said = flat(glossary_markdown("oproepen; 40 tot 45 % van de inkomende oproepen", ["1712"]))
    entry = said.split("**oproepen**", 1)[1].split("**", 1)[0]
    assert "In de tabellen: de telefonische contacten die de hulplijn registreerde (zie „contacten”)." in entry
    assert (
        "Waar het over de bereikbaarheid gaat: alle telefonische oproepen die binnenkwamen, beantwoord of niet" in entry
    )
    assert "**inkomende oproepen**" in said
    # without incoming calls in the text, the one use
    alone = flat(glossary_markdown("oproepen", ["1712"]))
    assert "bereikbaarheid" not in alone.split("**oproepen**", 1)[1]


def test_no_audit_talk_and_the_measures_have_their_subject(built):
    """2020 #3, #4, #11, 2021 #3: 'In 2021 (het antwoord uit 2022 spreekt van „vorig jaar”) werd in de praktijk
    gebracht: wie …' had no subject; 'bevestigt noch corrigeert'; the preliminary figures unattributed."""
    for chapter, md in built.values():
        for audit in ("bevestigt noch corrigeert", "spreekt van „vorig jaar”", "werd in de praktijk gebracht"):
            assert audit not in chapter + md
        assert "Sinds 2021 nodigt 1712 wie op een bezette lijn botst, uit om een bericht in te spreken." in chapter
        assert "Sinds 2021 komen oproepen met „optie 0” (wie in het keuzemenu geen provincie kiest) terecht" in chapter
        assert "Volgens het antwoord leken voorlopige cijfers" in chapter


def test_the_registered_contacts_are_not_demand():
    """2021 #1: '8.515 contacten' read as everyone who needed the line: where a share of the incoming calls answered
    is published, the first key message says the count is of the contacts 1712 answered and registered."""
    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts)
    records = {r["key"]: r for r in facts.records()}
    total = {"value": 8059, "unit": "count", "source": {"file": "data/1712/2020/c.csv", "table": "t", "selection": "s"}}
    md = flat(summary.markdown({**records, keys.total("1712", "contacts"): total}, ["1712"], 2020))
    first = md.split(" - **")[1]
    assert "**8.059 contacten** in 2020" in first
    assert first.endswith(
        "Het gaat om contacten die 1712 registreerde, niet om iedereen die de hulplijn probeerde te bereiken."
    ), first
    # without a published answered share, no such clause
    alone = flat(summary.markdown({keys.total("1712", "contacts"): total}, ["1712"], 2020))
    assert "registreerde" not in alone
