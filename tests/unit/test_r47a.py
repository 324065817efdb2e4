# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r47 (reader findings r46, 2020): which answer table carries the year. Each test fails on the code before r47."""

from __future__ import annotations


def test_only_the_tables_per_month_carry_the_year():
    """r46 2020 #2: only the channel and gender tables carry '2020' (in their month rows); the age and contact-person
    tables are tied to it by their total (8.059), the context table is not (11.305). Before r47 the age and
    contact-person tables were 'dated' because the source says they count contacts."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.answer_tables import answer_tables

    t = answer_tables(load_params(2020))
    assert [x["by"] for x in t["tables"]] == ["channel", "gender", "age_class", "code", "context"]
    assert [x["dated"] for x in t["tables"]] == [True, True, False, False, False]
    assert [x["same_total"] for x in t["tables"][2:]] == [True, True, False]  # the gender table states no total


def test_the_totals_and_quoted_counts_come_from_recorded_facts():
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.answer_tables import answer_tables

    src = {"file": "data/1712/2020/possible_victims_by_context.csv", "selection": "sum of all contexts"}
    code = {"file": "data/1712/2020/contacts_by_contact_person.csv", "selection": "codes"}
    facts = {
        "1712.context.2020.all.possible_victims": {"value": 11305, "source": src},
        "1712.contacts.total": {
            "value": 8059,
            "source": {"file": "data/1712/2020/contacts_by_month_channel.csv", "selection": "sum of all cells"},
        },
        "1712.check.a.published_n": {"value": 2708, "source": code},
        "1712.check.a.computed_n": {"value": 2708, "source": code},
        "1712.check.b.published_n": {"value": 240, "source": code},
        "1712.check.b.computed_n": {"value": 232, "source": code},
    }
    t = answer_tables(load_params(2020), facts)
    assert t["total"] == 8059 and t["total"].key == "1712.contacts.total"
    assert t["tables"][4]["total"] == 11305
    assert t["tables"][3]["quoted"] == [2708]  # 240 is not what the cells give exactly


def test_the_later_count_beside_the_undated_table_is_the_reason_for_the_doubt():
    """r46 2020 #1: 'ter controle … het aantal mogelijke slachtoffers (11.312)' said what it is: the reason to doubt
    the year of the table per context."""
    from test_r45c import NBSP, _about

    from hulplijnen.facts import recorded

    used = [
        {"year": "2021", "label": "contacten", "change": True, "against": "2020", "decimals": 0,
         "value": recorded("c", 6.0), "use": "check"},
        {"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
         "value": recorded("d", 11312), "use": "doubt"},
    ]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert (
        # r48 (r47 2020 #9): each use after its figures
        # r49 (r48 2020 #1): a short pointer, the reasoning is the annex's; this pin follows it
        # r52 (r51 2020 #7, accepted by the lead): one use a line, no 'en' before the last
        "de wijziging van het aantal contacten tegenover 2020 (+6 %), ter controle; - het aantal mogelijke "
        "slachtoffers (11.312), dat maakt het jaar van de tabel per context onzeker (zie de technische bijlage)."
    ) in out


def test_a_later_count_of_what_an_undated_table_counts_is_used_as_doubt():
    from hulplijnen.data import load
    from hulplijnen.pipeline import about_later

    assert about_later._undated_counts(load, "1712", 2020) == {"possible_victims"}
