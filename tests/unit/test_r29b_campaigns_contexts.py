# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 29 (r28 2020 #9, #10, #20; 2021 #1): the campaigns chart's band named as the peak in contacts, the contexts
chapter naming both unknown contexts, the helpline's later key figures beside the report's name for what the table
counts, and the 2021 comparisons with 2020 said to be uncertain."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from context_wording import CONTEXT_2020_OPENING  # r66: one pin of the 2020 opening

from hulplijnen.chapters import contexts
from hulplijnen.chapters.campaigns import charts
from hulplijnen.chapters.contexts import analysis as cx
from hulplijnen.facts import FactSheet

# r54 (r54 2020 #4): the context table's doubted year, said after what it counts
DOUBT = r" ?De tabel staat in de bron zonder jaartal.*?\(#sec-appendix-contexts\)\)\."


@pytest.fixture(scope="module")
def built():
    return {y: contexts.build(y, "1712", FactSheet("contexts", y)) for y in (2020, 2021)}


def test_the_band_is_the_peak_in_contacts_by_its_months_not_the_lockdown():
    """2020 #20: 'eerste lockdown: piek van april–juni 2020' read as the lockdown's dates (it began on 18 March)."""
    event = pd.Series(
        {
            "kind": "demand",
            "name_nl": "tweede golf (mei–juni 2030)",
            "start_earliest": pd.Timestamp("2030-05-01"),
            "end_latest": pd.Timestamp("2030-06-30"),
        }
    )
    assert charts.period_label(event) == "piek in contacten (mei–juni 2030)"


def test_the_unknown_share_names_both_contexts_it_counts(built, plain):
    """2020 #9: the 10,8 % counts 'onbekend' (10,4 %) and 'niet ingevuld' together."""
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    said = plain(built[2020].section("family") + "\n\n" + built[2020].section("caveats"))
    # r30 2020 #6 (round 31): the 75,8 % said as the nuclear family's share; r31 2020 #10 (round 32): one base per
    # sentence, the unknown share on its own, the 75,8 % over all victims the annex's
    # r45 (r44 2020 F): the unknown share beside the nuclear family's, both over all 11.305, the count named
    # r52 (reader r51): the unknown contexts as a count of the table's 11.305, both labels named
    # r66 (r65 2020 #5): the table's total and its unknown contexts with the caveats, after the result
    assert "Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld." in said
    assert "10,8 %" not in said
    assert "met een onbekende context" not in said


def test_only_the_unknown_contexts_with_possible_victims_are_named():
    codebook = pd.DataFrame(
        {
            "context": ["a", "unknown", "blank"],
            "label_nl": ["a", "onbekend", "niet ingevuld"],
            "family": [True, None, None],
            "nuclear_family": [True, None, None],
            "known": [True, False, False],
            "setting": ["a", "unknown", "blank"],
            "order": [1, 2, 3],
        }
    )
    victims = pd.DataFrame({"context": ["a", "unknown", "blank"], "possible_victims": [5, 2, 0]})
    assert cx.not_known_labels(victims, codebook) == ["onbekend"]


def test_the_later_key_figures_speak_of_possible_victims_too(built, plain):
    """2020 #10: 'mogelijke slachtoffers' is the report's name for what the table counts; 1712's 2021 key figures
    use it too ('Over 11.312 mogelijke slachtoffers') with 90 % within the family: said once in the lead."""
    # r50 (r49 2020 #2): the doubt opens the text; the lead read after it
    # r54 (r54 2020 #4): the doubt follows what the table counts; the lead read without it
    said = re.sub(DOUBT, "", plain(built[2020].section("family") + "\n\n" + built[2020].section("caveats")))
    # r29 2020 #8, #9 (round 30): the lead ends after the finding; what the table counts said once, plainly, after it
    # r52 (reader r51): what the table counts (and why more persons than contacts) opens the lead; the finding
    # follows; this pin follows the new wording
    assert said.startswith(
        # r45 (r44 2020 F): each figure with its base's count in the same form, no bold lead-in (the table's year is
        # doubtful); the separated part 'van de 8.570 ...' with its count in brackets
        # r66 (r65 2020 #5): the result first, then the caveats (what the table counts, the unknown contexts)
        CONTEXT_2020_OPENING  # r66: the shared pin (context_wording.py)
        # r31 2020 #10 (round 32); r33 2020 #9 (round 34): the base said again; r36 (r35 2020 #6):
        # not 'alle' beside 'met een bekende context'
    )
    # r30 2020 #4 (round 31): no source talk in the chapter; the later key figures' term is the annex's
    assert "zegt 1712 niet" not in said and "spreken van mogelijke slachtoffers" not in said
    # r40 (r39 2020 #1): the undated table's total beside the 2021 key figures' count, which it lies close to (that
    # sentence names the term too, so the 'Ook de kerncijfers … spreken van' sentence went); no 'niet na te rekenen'
    reading = plain(built[2020].section("reading"))
    assert (
        # r41 (r41 2020 #1): deliberately changed wording
        "Haar totaal (11.305) ligt opvallend dicht bij de 11.312 mogelijke slachtoffers die de kerncijfers van 1712"
        # r47 (r46 2020 #1): one wording of the doubt in summary, chapter and annex
        " voor 2021 noemen, en het jaar 2020 berust alleen op de plaats van de tabel in de bron; daarom is het"
        " onzeker of de tabel over 2020 gaat" in reading  # r53 (r53 2020 #1): the chapter's word
    )
    # r59 (r58 2021 #2): the year in the chapter's words
    assert "niet na te rekenen" not in reading and "De tabel staat in de bron zonder jaartal bij de tabellen" in reading
    # r52 (reader r51 2020 #1): why the table counts more persons than contacts is said in the chapter now (it was
    # the glossary's only); once
    # r59 (r58 2020 #1): 'één contact', as the finding's wording
    assert said.count("één contact kan over meer dan één persoon gaan") == 1
    assert "hetzelfde tellen" not in said  # whether both count alike is not known (2021 #1)
    assert "ook de kerncijfers" not in plain(built[2021].text)  # the 2021 release gives its own figures


def test_no_later_key_figures_no_sentence(monkeypatch):
    monkeypatch.setattr(contexts.history, "key_figures_by_year", lambda helpline, up_to=None: {})
    # r40 (r39 2020 #1): _after records the later year's count of possible victims, so it takes the fact sheet
    assert contexts._after(2020, "1712", FactSheet("contexts", 2020)) is None


def test_the_share_in_the_nuclear_family_is_not_read_as_stable(built, plain):
    """2021 #1: 'ongeveer 75 %' beside 75,8 % read as stable, though the base of the 2021 share is not known."""
    said = plain(built[2021].section("family"))
    # r39 (r38 2021 #6): the caveat on 2021 against 2020 is said once, in the chapter on who makes contact
    # r49 (r48 2021 #9c): 2020 beside 2021 in the comparison table, its rows each with their own base
    # r52 (reader r51 2021 #11): the two bases said plainly ('Let op: …'), not to be subtracted; this pin follows it
    assert (
        "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander "
        "totaal; tel ze niet op en trek ze niet van elkaar af."
    ) in said
    # r54 (r54 2021 #4): the one warning replaces 'Trek ze dus niet van elkaar af'; said once, still no same base
    assert said.count("trek ze niet van elkaar af") == 1 and "Trek ze dus niet" not in said
    assert "dezelfde basis" not in said
    # r52 (reader r51): the doubt by a mark, its note under the table; this pin follows the new wording
    # r59 (r58 2021 #2): no mark on the header, its year said in the annex's lead
    assert "75,8\u00a0%" in built[2021].tables["compare"]["tabel zonder jaartal"].iloc[1]


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
