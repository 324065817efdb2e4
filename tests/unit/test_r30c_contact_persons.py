# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 30 (the r29 readers of 2020 and 2021) on the contact-persons chapter: the sectors' codes said as 'iemand uit
onderwijs, cultuur, sport, welzijn of justitie', 'ongeveer' where cells the source left empty are in it, and no
'professional' in the heading or the glossary (2020 #6, 2021 #14); the table's note in plain words (2020 #7); the
annual report named plainly (2021 #8) and no link planted between the chat's growth and the victims' share (2021
#13). Each fails on the code before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hulplijnen.chapters import contact_persons
from hulplijnen.facts import FactSheet

ROOT = Path(__file__).resolve().parents[2]


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def built():
    return {y: contact_persons.build(y, "1712", FactSheet("contact_persons", y)) for y in (2020, 2021)}


def test_no_professional_the_codes_do_not_state(built):
    assert "professional" not in contact_persons.SPEC.title
    for chapter in built.values():
        assert "professional" not in chapter.text
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    assert (
        # r61 (r59 2020 #3): one plain sentence, the filled cells' 367 in the annex
        "Er kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of "
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        # r67 (r67 2020 #4): how many of them are estimated
        "justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens”" in flat(built[2020].text)
    )
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    # r56 (r55 2021 #2): a later year's report says one plain share by the Methods' rule; the cells are the annex's
    # r59 (r58 2021 #3): the count and its share of all contacts, not 'ongeveer 5 %' beside the empty cells' table
    # r60 (r59 2021 #3): 'naar schatting' 380, the filled cells' 367 beside it
    # r61 (r61 2021 #6): one plain sentence, as in the 2020 release
    assert "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs," in flat(built[2021].text)


def test_the_glossary_promises_no_professional():
    terms = yaml.safe_load((ROOT / "report" / "glossary.yml").read_text(encoding="utf-8"))
    entries = terms["terms"] if isinstance(terms, dict) else terms
    definition = next(t["definition"] for t in entries if t["term"] == "contactnemer")
    assert "professional" not in definition
    assert "iemand uit onderwijs, cultuur, sport, welzijn of justitie" in definition


def test_the_table_note_is_plain(built):
    note = flat(built[2020].section("groups_note"))
    # r30 2020 #7 (round 31): the note says which culture count is derived from the table's total, in plain words
    # r34 (r33 2020 #14): no audit talk under the table, which cells were derived is the annex's
    # r38 (2020 r37 #5): the totals come from the minister's quote of the annual report, not 'de begeleidende tekst'
    # r56 (r55 2020 #6): as certain as the text ('minstens … wellicht'): where each count comes from, and what the
    # filled cells alone give
    assert note == (
        # r59 (r58 2020 #7): 37 rests on an assumption, said so; what alone is certain
        # r63 (r63 2020 #1): which row each count belongs to; the derived 37 an estimate (≈), as the Methods say
        "¹ De tabel van 1712 laat bij deze groepen vakken leeg. In de rij „pleger zelf of iemand uit diens omgeving” "
        "komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232. In de rij „cultuur” is "
        "het aantal 37 een schatting (≈), afgeleid met een aanname (zie @tbl-constraints); zeker zijn daar alleen de "
        "24 contacten in de ingevulde vakken."
    )
    assert "niet ingevuld" not in note  # r56 (r55 2020 #6): the filled cells' 232 is said now


def test_the_chat_is_said_plainly_without_a_link_to_the_victims_share(built):
    said = flat(built[2021].section("earlier"))
    # r36 (r35 2021 #15): who quotes the annual report, so it does not read as a source of this report; r37 (r36 2021
    # #6): its year said, in the past tense
    assert (
        "Volgens het jaarverslag 2020 van 1712, zoals geciteerd in het antwoord van de minister, was in 2020 in de chat"
        " bij meer dan de helft van de contacten de contactnemer zelf slachtoffer, wellicht door het meer anonieme"
        " karakter van de chat. Per kanaal zijn de contactnemers van 2021 niet bekend."
    ) in said
    assert "citeert" not in said and "samenhangt" not in said and "De chat groeide" not in said
