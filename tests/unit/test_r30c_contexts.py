"""Round 30 (the r29 readers of 2020 and 2021) on the contexts chapter: the lead ends after its finding and what the
table counts is said once, plainly, after the message (2020 #8, #9); the 2021 caveat on comparing with 2020 said once
in the chapter (2021 #8). Each fails on the code before."""

from __future__ import annotations

import re

import pytest

from hulplijnen.chapters import contexts
from hulplijnen.facts import FactSheet

# r54 (r54 2020 #4): the context table's doubted year, said after what it counts
DOUBT = r" ?De tabel staat in de bron zonder jaartal.*?\(#sec-appendix-contexts\)\)\."


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def built():
    return {y: contexts.build(y, "1712", FactSheet("contexts", y)) for y in (2020, 2021)}


def test_the_lead_ends_after_the_finding(built):
    # r50 (r49 2020 #2): the doubt opens the text; the lead read after it
    # r54 (r54 2020 #4): the doubt follows what the table counts; the lead read without it
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    family = re.sub(DOUBT, "", flat(built[2020].section("family") + "\n\n" + built[2020].section("caveats")))
    # r45 (r44 2020 F): no bold lead-in (the table's year is doubtful); the lead is the first sentence, the family's
    # and the nuclear family's share on the one base of the known contexts, its count named
    assert "**" not in family
    # r52 (reader r51): what the table counts and the unknown contexts (as a count) come before the finding; the
    # first sentence with a percentage is the finding and ends after it (the share of all 11.305 in brackets)
    first = next(s for s in family.split(". ") if "%" in s) + "."
    assert first == (
        "Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context speelt het geweld zich af binnen de"
        " familie, bij 85,0 % van diezelfde 10.088 in het kerngezin (75,8 % van alle 11.305, als ook wie een"
        " onbekende context heeft meetelt)."
    )
    # r66 (r65 2020 #5): the finding opens the text; the table named in the caveats after it
    assert family.startswith(first) and "Bij 1.217 van de 11.305 is de context" in family  # r59 (r58 2020 #1)
    # r30 2020 #4 (round 31): what the table counts is the annex's, no source talk in the chapter
    assert "zegt 1712 niet" not in family and "spreken van mogelijke slachtoffers" not in family
    # r40 (r39 2020 #1): the annex sets the table's total beside the 11.312 possible victims of 2021's key figures,
    # which says the term as well; 'Ook de kerncijfers … spreken van mogelijke slachtoffers' then went
    reading = flat(built[2020].section("reading"))
    assert "11.312 mogelijke slachtoffers die de kerncijfers van 1712 voor 2021 noemen" in reading
    assert "spreken van mogelijke slachtoffers" not in flat(built[2020].text)
    # r54 (r54 2020 #5): one exception, the annex's note that the later key figures' shares lie close too
    assert flat(built[2020].text).count(
        "90 %"
    ) == 1 and "(90 % binnen de familie, „ongeveer 75 %”" in flat(  # r59 (r58 2020 #5): the key figures' words, quoted
        built[2020].text
    )


def test_the_2021_caveat_is_said_once(built):
    text = flat(built[2021].text)
    # r39 (r38 2021 #6): the caveat that the years may not count alike is said once for the 1712 chapters, in the
    # chapter on who makes contact ('hier en in de volgende hoofdstukken'); this chapter repeats it in no form
    # r50 (r49 2021 #3): "onzeker" once, for the 2020 table's year only
    # r52 (lead decision): "onzeker" also in the table's note ('¹ Jaar onzeker'); outside that note, once
    # r59 (r58 2021 #2): the doubt of the undated table's year is the annex's lead now (block compare_lead), not the
    # chapter's: the chapter names the table without a year, and no 'onzeker'
    outside = flat(built[2021].text).replace(flat(built[2021].section("compare_lead")), "")
    assert "onzeker" not in outside and "onzeker" in flat(built[2021].section("compare_lead"))
    assert "is niet bekend" not in text
    assert "Of beide cijfers hetzelfde tellen" not in text and "(of beide" not in text
    from hulplijnen.chapters import contact_persons

    persons = flat(contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021)).text)
    # r49 (2021 #1): said once in chapter 1 for all chapters (channels/text.md), no longer in chapter 2
    assert persons.count("onzeker") == 0
    assert "hier en in de volgende hoofdstukken" not in persons
