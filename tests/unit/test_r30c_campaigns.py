# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 30 (the r29 readers of 2020 and 2021) on the campaigns chapter: the month after 6 October said as the chart
shows it (2020 #4), the source's 'oproepen' for all contacts said as 'contacten' (2021 #15), and who launched each
campaign as the table's column 'Initiatiefnemer' instead of a sentence listing them (2021 #17). Each fails on the
code before."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import campaigns
from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def built():
    return {y: campaigns.build(y, "1712", 1, 12, 20, FactSheet("campaigns", y)) for y in (2020, 2021)}


def test_the_rise_after_6_october_is_said_as_the_chart_shows_it(built):
    claim = flat(built[2020].section("claim"))
    # r31 2020 #6 (round 32): October returned to the level of July and August after September's dip, no 'stegen'
    assert (
        "In oktober lag het aantal contacten (670) weer op het niveau van juli en augustus (665 en 683), na een dip in"
        " september (566)."
    ) in claim
    assert "stegen" not in claim and claim.count("twaalf maandcijfers") == 1
    # r37 (r36 2020 #4): the chapter points to the annex's model, once, after what the chart shows; 'geen duidelijk
    # effect' is the model's finding, said as such (r29: never as what the chart shows)
    # r39 (r38 2020 #5): leaving the other campaigns out was the report's choice, not the data's impossibility:
    # said as such, with each campaign's reason (its date and the months around it)
    assert (
        claim.count("niet aan te tonen en ook niet uit te sluiten") == 1
        and (
            # r53 (r53 2020 #3): an effect neither shown nor ruled out, no estimate for the others; pin follows it
            "(566). Met deze maandcijfers is een effect van de campagne van 6 oktober niet aan te "
            "tonen en ook niet uit te sluiten (zie het rekenmodel in de technische bijlage, bij dit hoofdstuk). "
            "Voor de andere campagnes laten de cijfers geen schatting toe (23 maart 2020: maar twee maanden cijfers "
            "ervoor; 7 mei 2020: midden in de piek van april–juni 2020; 17 december 2020: geen maand erna in de "
            "cijfers)."
        )
        in claim
        and claim.endswith("geen maand erna in de cijfers).")
    )
    assert "kon het geen schatting maken" not in claim


def test_the_months_are_recorded_facts():
    facts = FactSheet("campaigns", 2020)
    campaigns.build(2020, "1712", 1, 12, 20, facts)
    assert facts.get("1712.campaign.c2020_sport_culture.contacts_month_before") == 566
    assert facts.get("1712.campaign.c2020_sport_culture.contacts_start_month") == 670
    assert facts.get("1712.campaign.c2020_sport_culture.contacts_three_months_before") == 665
    assert facts.get("1712.campaign.c2020_sport_culture.contacts_two_months_before") == 683


def test_the_sources_calls_are_said_as_contacts(built):
    # r30 2020 #3 (round 31): the questioner's words quoted as the question has them, and the answer beside them;
    # 'oproepen' only inside that quote and the answer's word on it
    said = flat(built[2020].text)
    assert (
        "In de schriftelijke vraag staat dat de bekendmakingscampagne in 2020 „zorgde voor een stijging van 50 % meer"
        " oproepen”. De minister antwoordde niet te weten welke campagne bedoeld was, en dat elke campagne, wie ze ook"
        " opzet, een (tijdelijke) stijging van het aantal oproepen meebrengt."
    ) in said
    assert "50 % meer contacten" not in said and "zie „Kanalen”" not in said
    # r33 (r32 2020 #8): the rise against 2019 is the channels chapter's, said there with the estimate, not here
    assert "(48 % tot 49 % meer dan in 2019)" not in said
    # r34 (r33 2020 #8): the claimed 50 % said to be the whole year's rise, no campaign's
    # r34 (r34 2020 #1): close to it, not said to be it: the question does not say which rise it means
    assert "Die 50 % ligt dicht bij de stijging van alle contacten over heel 2020 tegenover 2019" in said
    assert said.count("oproepen") == 2
    assert "oproepen" not in flat(built[2021].text)
    assert "een (tijdelijke) stijging van het aantal contacten mee" in flat(built[2021].text)


def test_who_launched_each_is_the_tables_column(built):
    for year, launchers in (
        (2020, ["1712", "1712", "1712", "niet vermeld"]),
        (
            2021,
            [
                "niet vermeld",
                "1712 ¹",  # r53 (r53 2021 #7): read from the title, marked
                "1712",
                "Vlaamse provinciehoofdsteden ¹",  # r30 2021 #19 (round 31): read from the title, marked
                "federale staatssecretaris voor gelijke kansen",
                "1712 ¹",  # r54 (r54 2021 #7): the 1712-dag names no launcher: read from the day's name, marked
            ],
        ),
    ):
        calendar = built[year].tables["calendar"]
        assert list(calendar.columns) == ["Datum", "Campagne", "Initiatiefnemer"]
        assert list(calendar["Initiatiefnemer"]) == launchers
        said = flat(built[year].section("calendar"))
        assert "lanceerde" not in said and "vermeldt het antwoord niet" not in said
    assert "De campagne van 15 juni richtte zich tot plegers" in flat(
        built[2021].section("effects")
    )  # r32: after the table
