# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r36e: fresh readers' items of round 35 on the 2020 and 2021 releases (review/r35/2020-findings.md, 2021-findings.md):
each test fails on the wording or behaviour the readers found."""

import re

from hulplijnen.facts import FactSheet, keys


def flat(md: str) -> str:
    return re.sub(r"\s+", " ", md.replace("\u00a0", " ").replace("\\", "")).strip()


def test_the_2019_estimate_rests_on_a_recorded_published_figure_said_first():
    """2020 #1: 'In 2019 waren er ongeveer 5.420 contacten' gave the report's estimate without the published figure it
    comes from (2021's 8.515 contacts, +57 % against 2019): that figure is recorded and said first."""
    from hulplijnen.chapters import channels

    facts = FactSheet("channels", 2020)
    years = flat(channels.build(2020, "1712", [2019], facts).section("years"))
    assert facts.get(keys.earlier("1712", "contacts", 2021, "later_total")) == 8515
    # r48 (r47 2020 #1): the later year's figures are the key figures', not said as 1712's own report
    said = years.index("Volgens de kerncijfers over 2021 kreeg 1712 dat jaar in totaal 8.515 contacten, 57 % meer")
    # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
    assert said < years.index("naar schatting tussen 5.407 en 5.440 contacten")
    assert not years.startswith("In 2019 waren er ongeveer")


def test_the_annex_says_plainly_what_a_wrong_group_count_in_the_text_would_change():
    """2020 #11: 'Wijkt zo'n aantal in de tekst af, dan verschuift het verschil naar deze groep.'"""
    from hulplijnen.chapters import contact_persons

    text = flat(contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020)).text)
    assert "verschuift het verschil" not in text
    # r38 (2020 r37 #5): the totals are the quote's ('het citaat uit het jaarverslag'), no 'in die tekst'
    assert (
        "Klopt het aantal van 240 contacten uit de omgeving van de pleger niet, dan verandert het aantal"
        " bij cultuur (37) met hetzelfde verschil in de andere richting." in text  # r47 (r46 2020 #9): its direction
    )
    assert "in die tekst" not in text


def test_the_derived_values_table_has_1712s_2019_from_the_same_rule_as_the_others():
    """2021 #14: 1712's 2019 (≈ 5.420, from +57 %) is used in the figures and tables of the years but was missing from
    the annex's 'Afgeleide cijfers voor eerdere jaren'; 2020, which the release counts from tables, stays out."""
    from hulplijnen.chapters import helplines

    table = helplines.whole(2021, ["1712", "tele-onthaal", "stop-it-now"], FactSheet("helplines", 2021)).tables[
        "years_all"
    ]
    own = table[table["Hulplijn"] == "1712"]
    assert own.to_dict("records") == [
        {
            "Hulplijn": "1712",
            "Cijfer": "contacten",
            "Jaar": "2019",
            "Waarde": "5.407 tot 5.440",
            "Soort": "afgeleid uit +57\u00a0%",
        }
    ]
    assert table["Hulplijn"].iloc[0] == "1712" and (table["Hulplijn"] == "Tele-Onthaal").sum() > 5
    alone = helplines.whole(2021, ["tele-onthaal"], FactSheet("helplines", 2021)).tables["years_all"]
    assert "Hulplijn" not in alone.columns  # one helpline: no column that says so on every row


def _records(*sheets: FactSheet) -> dict:
    from dataclasses import asdict

    return {
        r["key"]: {**r, "source": r["source"] if isinstance(r["source"], dict) else asdict(r["source"])}
        for sheet in sheets
        for r in sheet.records()
    }


def test_a_summary_of_several_helplines_groups_its_bullets_per_helpline_and_names_whose_lead():
    """2021 #6: the Tele-Onthaal bullet 'Evenveel gesprekken, minder vaak coronagerelateerd' named no helpline, and the
    bullets ran 1712 → Tele-Onthaal → Stop it Now! → 1712 (reachability, what changed)."""
    from hulplijnen.chapters import channels, helplines, reachability
    from hulplijnen.pipeline import summary

    names = ["1712", "tele-onthaal", "stop-it-now"]
    sheets = [FactSheet("channels", 2021), FactSheet("reachability", 2021), FactSheet("helplines", 2021)]
    channels.build(2021, "1712", [2020, 2019], sheets[0])
    reachability.build(2021, "1712", sheets[1])
    helplines.whole(2021, names, sheets[2])
    md = flat(summary.markdown(_records(*sheets), names, 2021).split("## Kerncijfers")[0])
    # r37 (r36 2021 #11): one Tele-Onthaal bullet, its name leading it: the year's counts, then the corona story
    # r44 (r43 2021 #4): one Tele-Onthaal bullet with the counts, the corona share and the other conversations
    assert (
        # r47 (r46 TO #1): 'iets minder' by the Methods' rule
        # r61 (r59 2021 #5): 'iets minder' with the published changes, as the Methods say
        "- **Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). "
        "Van de gesprekken was 13 %" in md
    )
    assert md.count("**Tele-Onthaal") == 1 and "**Tele-Onthaal: evenveel gesprekken" not in md
    # r45 (P review): the clause has its verb ('hoger lag')
    # r52 (lead's decision A): the other conversations as what follows from the share's fall, a full sentence
    # r53 (r52 TO #5)
    # r56 (r55 TO #2): pin follows the new wording
    assert "(2020: 24,1 %). Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld" in md
    assert "- **Evenveel gesprekken" not in md
    order = [
        md.index(s)
        for s in (
            "**Hulplijn 1712**",
            "**Bereikbaarheid van 1712",
            "**Tele-Onthaal:**",  # r44 (2021 #4): one bullet
            "**Stop it",
        )
    ]
    assert order == sorted(order), order
