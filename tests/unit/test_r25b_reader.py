# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 25, the r24 readers of 2020 and 2021 on the campaigns, contact-person, age and context chapters
(review/r24): a campaign aimed at perpetrators beside the helpline's count of them (2021 #21), the placebo check's
result (2020 #11), the caption naming the roles a year has no share for (2021 #13), and every count partly in empty
cells marked alike (2020 #6). Each test failed on the code before."""

from __future__ import annotations

import pandas as pd

from hulplijnen.facts import FactSheet
from hulplijnen.presentation import text


def _flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def test_the_campaign_aimed_at_perpetrators_stands_beside_their_count_without_an_effect():
    from hulplijnen.chapters import campaigns

    facts = FactSheet("campaigns", 2021)
    chapter = campaigns.build(2021, "1712", 1, 12, 20, facts)
    # r32: the sentence follows the table (section "effects"), so the chapter opens with the table's one-line lead-in
    calendar = _flat(chapter.section("effects"))
    assert "richtte zich tot plegers" not in _flat(chapter.section("calendar"))
    assert (
        # r29 (r28 2021 #11); r30 2021 #19 (round 31): 'personen', the helpline's word
        "De campagne van 15 juni richtte zich tot plegers van familiaal geweld: in 2020 kwamen 240 contacten"
        # r63 (r63 2021 #7): the quoted annual report's own word beside the report's 'contacten'
        " (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers of van iemand uit de directe "
        "omgeving van "
        "een pleger; 64 contacten kwamen van"
        " plegers zelf." in calendar
    )
    assert "effect" not in calendar.split("plegers zelf.")[0] and "daardoor" not in calendar.split("plegers zelf.")[0]
    assert facts.get("1712.campaign.c2021_perpetrators.group_contacts") == 240
    # 2020 has no campaign aimed at perpetrators: no such sentence
    assert "richtte zich tot plegers" not in _flat(
        campaigns.build(2020, "1712", 1, 12, 20, FactSheet("campaigns", 2020)).section("effects")
    )


def _methods(found: int, tried: int) -> str:
    """The check's result, since round 26 in the annex's two sentences at „Campagnes” (r25 2020 #13)."""
    from hulplijnen.facts import Source

    facts, src = FactSheet("t", 2030), Source(None, "t", "t")
    counts = (("found", found), ("tried", tried), ("all", 2), ("months", 12), ("none", 0))
    n = {k: facts.add(f"hl.{k}", v, "count", src) for k, v in counts}
    model = {"months": n["months"], "estimable": n["none"], "all": n["all"], "n_distinct": n["none"], "distinct": []}
    model |= {"estimated": []}
    model |= {"tried": n["tried"], "found": n["found"], "shifts": [], "claim": None}
    return _flat(
        text.sections(
            "chapters/campaigns/text.md",
            facts=facts,
            year="2030",
            helpline="hl",
            launched_by=None,
            source_named="het antwoord",
            n_campaigns=n["all"],
            monthly=True,
            every=None,
            error=None,
            model=model,
        )["model"]
    )


def test_the_placebo_check_says_its_result():
    assert (
        # r34 (r33 2020 #15): the check in one plain sentence; r37 (r36 2020 #3): said as a check, no 'zoals het
        # hoort' (insider shorthand)
        # r38 (2020 r37 #6): how the check works, 'alsof er een campagne was'
        "Als controle rekende het model ook vijf maanden zonder campagne door alsof er een campagne was; bij twee ervan"
        " vond het toch een effect." in _methods(2, 5)
    )
    none_found = _methods(0, 4)
    assert (
        # r38 (2020 r37 #6): no 'terecht'; what the check found in each month
        "Als controle rekende het model ook vier maanden zonder campagne door alsof er een campagne was; in geen van"
        " die maanden vond het een duidelijk effect (het interval liep telkens van een daling tot een stijging)."
        in (none_found)
    )
    assert "zoals het hoort" not in none_found and "dezelfde rekenwijze" not in none_found
    assert "alsof daar een campagne begon" not in none_found
    assert "Als controle is het model ook toegepast op maanden zonder campagne of gebeurtenis." not in _methods(0, 4)


def test_the_caption_names_the_roles_a_year_has_no_share_for():
    from hulplijnen.chapters.contact_persons import charts

    years = pd.DataFrame(
        {
            "year": [2030, 2030, 2030, 2031],
            "role": ["a", "b", "c", "a"],
            "low": [1.0, 2.0, 3.0, 1.0],
            "high": [1.0, 2.0, 3.0, 1.0],
            "exact": [True] * 4,
        }
    )
    labels = {"a": "A", "b": "B", "c": "C"}
    from hulplijnen.presentation import caption_text

    # r39: the roles and years are data, the words the chapter's captions.md (the wording unchanged)
    assert charts.unpublished(years, labels) == [{"roles": ["B", "C"], "years": ["2031"]}]
    assert charts.unpublished(years[years["role"] == "a"], labels) == []
    data = {"unpublished": charts.unpublished(years, labels)}
    assert caption_text.plain("chapters/contact_persons/captions.md", charts.YEARS.caption, data).endswith(
        "per jaar; B en C: 2031 niet gepubliceerd"
    )


def test_a_count_partly_in_empty_cells_is_marked_whichever_total_fills_them():
    from hulplijnen.chapters import contact_persons

    by_group = pd.DataFrame(
        {
            "label_nl": ["stated", "left over", "filled"],
            "low": [10.0, 5.0, 25.0],
            "high": [10.0, 5.0, 25.0],
            "exact": [True, True, True],
            "derived": [2.0, 3.0, 0.0],
            "remainder": [0.0, 3.0, 0.0],
            "share_low_pct": [25.0, 12.5, 62.5],
            "share_high_pct": [25.0, 12.5, 62.5],
        }
    )
    table = contact_persons.groups_table(by_group, 40).set_index("Groep")
    # r63 (r63 2020 #1): the count left over from the table's total is an estimate, marked '≈'
    # r66 (r65 2020 #13): the mark on the group's label, the count plain
    assert table.loc["stated ¹", "Contacten"] == "10" and table.loc["left over ¹", "Contacten"] == "≈\u00a05"
    assert table.loc["filled", "Contacten"] == "25"
