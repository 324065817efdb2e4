"""r59 (reader findings r58, 2020 #1, #2, #3, #5, #6, #7, #8): each fails on the wording before r59."""

from __future__ import annotations

import re
import types

import pytest

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_contexts_does_not_say_as_fact_what_the_table_counts():
    """r58 2020 #1: 'telt 11.305 personen', what it counts the source does not say; no 'daarom telt ze meer'."""
    from hulplijnen.chapters import contexts

    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(
        contexts.build(2020, "1712", FactSheet("c", 2020)).section("family")
        + "\n\n"
        + contexts.build(2020, "1712", FactSheet("c", 2020)).section("caveats")
    )
    assert (
        # r61 (r61 2020 #7): 'ze' read as the table: 'de tabel', 'spreekt van'
        # r66 (r65 2020 #5): the caveats after the result, the table named in their first sentence
        "282), en daarbij horen kanttekeningen. Wat de tabel precies telt, zegt de bron niet; dit rapport spreekt, "
        "zoals de kerncijfers"
        " over 2021, van mogelijke slachtoffers: één contact kan over meer dan één persoon gaan." in out
    )
    assert "daarom telt ze meer personen" not in out
    assert "telt 11.305 mogelijke slachtoffers" not in out
    # r60 (r59 2020 #2): 'telt 11.305 personen' said what the next sentence says is not known
    assert "11.305 personen" not in out and "Bij 1.217 van de 11.305 is de context" in out  # r66 (r65 2020 #5)


@pytest.fixture(scope="module")
def summary_2020() -> str:
    """The 2020 key messages from the chapters' facts of 1712, as the notebooks record them (test_r44b_summary)."""
    from hulplijnen.chapters import channels, contact_persons, contexts, gender_age, reachability
    from hulplijnen.pipeline import messages

    sheet = FactSheet("t", 2020)
    channels.build(2020, "1712", [2019], sheet)
    contact_persons.build(2020, "1712", sheet)
    contexts.build(2020, "1712", sheet)
    gender_age.build(2020, "1712", sheet)
    reachability.build(2020, "1712", sheet, "2026-11-20")
    return flat(messages.key_messages({r["key"]: r for r in sheet.records()}, ["1712"], 2020))


def test_2020_summary_says_what_the_continued_subsidy_is(summary_2020):
    """r58 2020 #2: the first mention of the capacity subsidy in the summary says what it is (the question: extra
    werkingsmiddelen after the first lockdown, for a year); the glossary has an entry."""
    from hulplijnen.pipeline.glossary import glossary_terms

    # r66 (r66 2020 #3): the measures after the year one short line; what the subsidy is, the chapter and the
    # glossary say (the word 'capaciteitssubsidie' prints the entry)
    assert "vanaf 1 december 2021 een verlengde capaciteitssubsidie, toegekend tot 30 november 2024." in summary_2020
    assert "Een voortzetting van de capaciteitssubsidie" not in summary_2020
    entry = next(t for t in glossary_terms() if t["term"] == "capaciteitssubsidie")
    assert "voor een jaar te versterken" in entry["definition"] and "eerste lockdown" in entry["definition"]


def test_2020_the_march_campaign_is_said_as_the_source_describes_it():
    """r58 2020 #3: the 23 March campaign gave tips on conflicts in a relationship or family during the lockdown: not
    'een campagne over de lockdown', in the chapter and in the Methods; its words from campaigns.csv."""
    from hulplijnen.chapters import reachability
    from hulplijnen.data import load
    from hulplijnen.presentation import text

    names = load.lockdown_campaign_names()
    assert names == {
        "2020-03-23": "poster en animatie met tips over conflicten in relatie of gezin tijdens de lockdown"
    }
    out = flat(reachability.build(2020, "1712", FactSheet("c", 2020), "2026-11-20").text)
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert "ook al lanceerde 1712 op 23 maart" not in out
    assert "campagne over de lockdown" not in out
    values = {"1712.peak.2020.m01": 533, "1712.peak.2020.m02": 569, "1712.peak.2020.m03": 565,
              "1712.reach.lockdown_campaign_date": "2020-03-23"}  # fmt: skip
    # r59 (merge of r59e): the Methods' peak paragraph needs the release's year (params.year, r58 2021 #4)
    params = types.SimpleNamespace(year=2020)
    said = flat(text.render("chapters/reachability/methods.md", every_value_used=False, values=values,
                            campaign_names=names, params=params))  # fmt: skip
    assert "ook al lanceerde de hulplijn op 23 maart 2020 een poster en animatie met tips over conflicten" in said
    assert "campagne over de lockdown" not in said


def test_2020_the_sources_approximations_in_their_own_words():
    """r58 2020 #5: the annual report's 'een honderdtal' (not 'ongeveer 100', the report's word for its own
    estimates); the 2021 key figures' 'ongeveer 75 %' quoted as their words in the contexts annex."""
    from hulplijnen.chapters import contact_persons, contexts
    from hulplijnen.presentation import fmt

    persons = flat(contact_persons.build(2020, "1712", FactSheet("c", 2020)).text)
    assert "kwamen er van buren een honderdtal contacten meer dan in 2019." in persons
    assert "ongeveer 100" not in persons
    assert fmt.difference_words(150, "contacten", True) == "ongeveer 150 contacten meer dan"
    assert fmt.difference_words(100, "contacten") == "100 contacten meer dan"
    annex = flat(contexts.build(2020, "1712", FactSheet("c", 2020)).text)
    assert "(90 % binnen de familie, „ongeveer 75 %” in het gezin)" in annex


def test_2020_summary_no_slechts_and_the_annual_reports_share(summary_2020):
    """r58 2020 #6: 'Volgens het jaarverslag 2020 van 1712 … kwamen 240 contacten (3 %)', the annual report's own
    share, without its 'slechts' in the report's voice."""
    assert (
        # r63 (r63 2020 #5, 2021 #7): the annual report's own word and rounded share, said as its own
        "Volgens het jaarverslag 2020 van 1712, aangehaald in het antwoord van de minister, kwamen 240 contacten (in "
        "het jaarverslag: „240 personen”, 3 %) van plegers of iemand uit hun omgeving." in summary_2020
    )
    assert "slechts" not in summary_2020.lower()


def test_2020_table_4_note_says_37_rests_on_an_assumption():
    """r58 2020 #7: Tabel 4's note: 37 is derived from an assumption (see the annex table); only the 24 in the filled
    cells are certain; 240 is the annual report's, beside the filled cells' 232."""
    from hulplijnen.chapters import contact_persons

    note = flat(contact_persons.build(2020, "1712", FactSheet("c", 2020)).section("groups_note"))
    assert note == (
        # r63 (r63 2020 #1): which row each count belongs to; the derived 37 an estimate (≈), as the Methods say
        "¹ De tabel van 1712 laat bij deze groepen vakken leeg. In de rij „pleger zelf of iemand uit diens omgeving” "
        "komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232. In de rij „cultuur” is "
        "het aantal 37 een schatting (≈), afgeleid met een aanname (zie @tbl-constraints); zeker zijn daar alleen de "
        "24 contacten in de ingevulde vakken."
    )
    assert "volgt daaruit" not in note


def test_2020_email_peaked_in_april_and_fell_back():
    """r58 2020 #8: beside the chat's step, that e-mail also peaked in April (225) and fell back after, from the
    monthly table (within_year.spike), with the months before and after it."""
    import pandas as pd

    from hulplijnen.chapters import channels
    from hulplijnen.chapters.shared.within_year import spike

    out = flat(channels.build(2020, "1712", [2019], FactSheet("c", 2020)).section("monthly"))
    assert (
        "**E-mail piekte ook in april 2020 en zakte daarna terug:** 225 contacten in die maand, tegenover 90 tot 124"
        " per maand daarvoor; vanaf juni 2020 waren het er weer 90 tot 120 per maand." in out
    )
    assert spike(pd.Series([90, 124, 113, 225, 143, 120, 111])) == (3, 5)
    assert spike(pd.Series([90, 124, 113, 225, 243, 220])) is None  # no fall back: not said
    assert spike(pd.Series([90, 124, 113, 150, 100, 90])) is None  # no peak that stands out


def test_the_about_list_quotes_a_key_figures_ongeveer():
    """r58 2020 #5 (p. 10): in 'Uit de kerncijfers over 2021 gebruikt het wel', the key figures' 'ongeveer 75 %' in
    quotation marks, as their words."""
    from test_r45c import NBSP, _about

    from hulplijnen.facts import recorded

    used = [{"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
             "value": recorded("d", 11312), "use": "doubt"},
            {"year": "2021", "share": "binnen het gezin", "change": False, "against": None, "decimals": 0,
             "value": recorded("c", 6.0), "use": "doubt", "about": True}]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert "het aandeel binnen het gezin („ongeveer 6 %”): samen maken die" in out
