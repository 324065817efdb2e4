"""Round 22 (the r21 readers of 2020 and 2021) on who contacts the helpline and the context of the violence: whom the
contacts are about in words first, the minors in the summary (2021 #6); 90 % within and 10 % outside the family said
plainly, the source's base of the 10 % in the annex (2021 #9); no guess at what the chat explains (2021 #16); a group
count resting on the table's remainder not shown as known (2020 #9, #13); the settings largest first (2020 #21)."""

import pandas as pd
import pytest

from hulplijnen.chapters import contact_persons, contexts
from hulplijnen.chapters.contact_persons import analysis as cp
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import text


@pytest.fixture(scope="module")
def contexts_2021():
    return contexts.build(2021, "1712", FactSheet("contexts", 2021))


def test_whom_the_contacts_are_about_is_said_in_words_first(contexts_2021, plain):
    """2021 #6: 54 %, 19 %, 8 % and 'meer dan 58 %' stood only as table rows."""
    family = plain(contexts_2021.section("family"))
    assert family.startswith("In 2021 gingen de contacten over 11.312 mogelijke slachtoffers")
    assert "van wie meer dan 58 % minderjarig was" in family and "**" not in family  # r24 2020 #16
    assert (
        # r61 (r61 2021 #7): 'vooral' did not fit 8 %: the most frequent first, then the others
        "Het vaakst ging het om kindermishandeling (54 % van de mogelijke slachtoffers), daarna om partnergeweld "
        "(19 %) en geweld tegen volwassenen (8 %)." in family
    )
    assert contexts_2021.tables["published"] is None  # each share said once


def test_the_family_split_is_plain_and_its_base_is_the_annexs(contexts_2021, plain):
    """2021 #9: 'de twee cijfers mag u niet optellen' confused more than it protected."""
    chapter = plain(contexts_2021.section("family") + contexts_2021.section("bases"))
    # r22 2021 #9: each share with its own base in the chapter, not one split
    # r25 2021 #9 (round 26): the 10 % per call beside the 90 % read as 90 + 10: the annex's only
    # r49 (r48 2021 #9b): the lead's decision: the 10 % in the chapter with its own base, never as one split
    assert (
        "bij 10 % erbuiten" not in chapter
        and (
            "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander "
            "totaal; tel ze niet op en trek ze niet van elkaar af."
        )
        in chapter
    )
    assert "optellen" not in chapter and "gaat over contacten" not in chapter
    annex = plain(contexts_2021.section("reading"))
    # r56 (r55 2021 #6): the three bases said once, one clause each
    assert "de 10 % buiten de familie als aandeel van de oproepen („bij 10 % van de oproepen”)" in annex
    assert "geven elk aandeel op een eigen basis" in annex and "als één verdeling" not in annex
    assert annex.count("De kerncijfers van 2021 geven") == 0 and annex.count("eigen basis") == 1


def test_no_guess_at_what_the_chat_explains(plain):
    """2021 #16: 'Zo kan de groei van de chat bijdragen ...; of dat zo is, tonen de bronnen niet.'"""
    persons = contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021))
    said = plain(persons.text)
    # r22 2021 #6: the two facts apart, and said plainly that no source links them
    assert "In dezelfde tijd groeide de chat" not in said and "bijdragen" not in said and "tonen de bronnen" not in said
    assert "zeggen de bronnen niet" not in said  # r23 2021 #7: the two facts side by side, no audit remark


def test_a_groups_remainder_of_the_tables_total_is_its_count_with_a_marker():
    """2020 #9: 'cultuur 37*' added the 13 the table's total leaves over to the 24 filled, as if known; a total the
    source states for a group (240) stays as it is. r22 2020 #2: '24 (tot 13 meer in lege vakken)' beside an exact 240
    made the column add up to less than its total: the sum, with a marker (the note under the table says how much)."""
    people = pd.DataFrame({"code": ["a1", "a2", "b1", "b2"], "contacts": [20.0, None, 5.0, None]})
    codes = pd.DataFrame({"code": ["a1", "a2", "b1", "b2"], "group": ["a", "a", "b", "b"]})
    groups = pd.DataFrame({"group": ["a", "b"], "label_nl": ["A", "B"], "order": [1, 2]})
    bounds = pd.DataFrame(
        {"missing_cells": ["a2", "b2"], "rule": ["group_total", "table_total"], "derived_total": [4.0, 3.0]}
    )
    by_group = cp.by_group(people, codes, groups, bounds, 40)
    assert by_group.set_index("group")["remainder"].to_dict() == {"a": 0.0, "b": 3.0}
    table = contact_persons.groups_table(by_group, 40).set_index("Groep")
    # r24 2020 #6: a count partly in empty cells is marked alike, whichever total fills them
    # r66 (r65 2020 #13): the mark on the group's label, the count plain
    assert table.loc["A ¹", "Contacten"] == "24" and table.loc["A ¹", "Aandeel"] == "60,0\u00a0%"
    # r63 (r63 2020 #1): the count left over from the table's total is an estimate, marked '≈'
    assert table.loc["B ¹", "Contacten"] == "≈\u00a08"
    assert table.loc["B ¹", "Aandeel"] == "≈\u00a020,0\u00a0%"
    assert not table["Contacten"].str.contains(r"\*").any()


def test_the_table_shows_the_sources_own_contexts_in_its_order():
    """2020 #21: sport 0,4 % sat between voorzieningen 1,5 % and vrije tijd 1,9 %. r22 2020 #12: the report's groups
    ('voorzieningen en instellingen' with the foster family) forced a caveat: the source's contexts, in its order."""
    chapter = contexts.build(2020, "1712", FactSheet("contexts", 2020))
    shown = chapter.tables["contexts"]["Context"].tolist()
    # r26 2020 #3: the family's subtotal right under its three contexts, then the source's order goes on
    family = ["gescheiden kerngezin", "niet-gescheiden kerngezin", "bredere familiale context"]
    assert shown[:5] == [*family, "subtotaal familie", "pleeggezin"]  # r30 2020 #15
    assert shown[-3:] == ["onbekend", "niet ingevuld", "totaal"] and "voorzieningen en instellingen" not in shown
    shares = chapter.tables["contexts"].set_index("Context")["Aandeel van bekend"]
    assert shares["gescheiden kerngezin"] == "42,1\u00a0%"


def test_the_summary_says_the_share_of_minors_under_what_it_is_about():
    """2021 #6: the 58 % minors, the headline of a child-abuse helpline, was missing from the summary."""
    from test_story_rules import _r

    def render(**h):
        base = {"name": "Hulplijn X", "short": "X", "subjects": [], "measures": [], "synthetic": False}
        for key in ("trend", "reach", "export", "conversations", "conversations_share", "shift", "victim", "women",
                    "victim_side", "perpetrator_side", "family", "violence", "anonymous", "lockdown"):  # fmt: skip
            base[key] = None
        numbers = {f"x.{v}": v for v in (90.0, 54.0, 58.0)}
        out = text.render("summary/messages.md", prose=False, facts=numbers, year="2001", helplines=[base | h])
        return " ".join(out.split())

    out = render(
        family=_r(90.0),
        violence={"label": "kindermishandeling", "share": _r(54.0)},
        minors={"share": _r(58.0), "more_than": True},
    )
    about = out.split("**Waarover het gaat:**", 1)[1].split("- **", 1)[0]
    assert (
        "het vaakst over kindermishandeling (54 % van de mogelijke slachtoffers); meer dan 58 % van de mogelijke "
        "slachtoffers is minderjarig; bij 90 % van de mogelijke slachtoffers" in about.replace("\u00a0", " ")
    )
    without = render(family=_r(90.0), violence={"label": "kindermishandeling", "share": _r(54.0)})
    assert "minderjarig" not in without


def test_the_rule_finds_the_years_share_of_minors():
    from hulplijnen.chapters.shared.published import register_key_figures
    from hulplijnen.data import load
    from hulplijnen.pipeline import messages

    sheet = FactSheet("t", 2021)
    register_key_figures("1712", 2021, load.key_figures(2021, "1712"), sheet)
    facts = {k: {"value": v} for k, v in sheet.values().items()}
    minors = messages.about(facts, "1712", 2021)["minors"]
    assert minors["more_than"] and float(minors["share"]) == 58.0


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
