"""Round 20 (the r19 reader of the 2020 release): the campaign claim that cannot be checked, the tables that come with
the minister's answer, a derived count said 'ongeveer', and no chart that only repeats its table."""

import pandas as pd
import yaml
from test_summary_key_messages import PROFILE, YEAR, fact, plain

from hulplijnen.chapters.campaigns.growth import claim_basis
from hulplijnen.chapters.gender_age import charts as age_charts
from hulplijnen.config.paths import ROOT
from hulplijnen.facts import keys
from hulplijnen.pipeline import summary

# about.md's values for a release from published tables only (no export, several chapters, nothing bounded)
ABOUT_PLAIN = dict(
    synthetic=False, imitated=None, export=False, one_chapter=False, forced=0, bounded=0, inconsistencies=0
)


def test_a_campaign_claim_without_campaign_period_or_calls_before_says_so():
    """#2: '50 % meer oproepen' names no campaign of the list, no period, and 2019 has no count of phone calls."""
    row = pd.Series({"category": "awareness_campaign_2020", "reference_year": float("nan")})
    basis = claim_basis("1712", 2020, row)
    # r30 2020 #3 (round 31): and the answer says it does not know which campaign is meant
    assert basis == {"campaign": False, "period": None, "calls_before": False, "before": "2019", "unidentified": True}
    named = claim_basis("1712", 2021, pd.Series({"category": "c2020_lockdown_tips", "reference_year": 2020}))
    assert named["campaign"] and named["period"] == "2020" and named["calls_before"]


def test_a_group_count_the_filled_cells_do_not_give_is_said_as_the_chapter_says_it():
    """#18 then r20 2020 #7: 240 from the prose, 232 in the filled cells: the source's 240 in the chapter's one
    wording in the key messages and key figures (the annex sets it beside the filled cells), never 'ongeveer 240' here
    and '240' there; #22: the share with the chapter's decimal, and no 'Vooral de kant van het slachtoffer'."""
    check = keys.check_key("1712", "contact_person_perpetrator_environment_count", "computed_n")
    md = plain(summary.markdown({**PROFILE, check: fact(232)}, ["1712"], YEAR))
    assert (
        # r59 (r58 2020 #6): no 'slechts' in the report's voice
        "Volgens het jaarverslag 2020 van 1712, aangehaald in het antwoord van de minister, kwamen 240 "
        "contacten "
        "(3,0 %; in het jaarverslag: „240 personen”) van plegers of iemand uit hun omgeving"  # r63 (r63 2021 #7)
    ) in md
    assert "ongeveer 240" not in md and "plegers zelf" not in md
    assert "| 3,0 % |" not in md  # r20 2020 #2: said in the key messages, not again in the table
    full = plain(summary.key_figures_markdown({**PROFILE, check: fact(232)}, ["1712"], YEAR))
    # r66 (r66 2020 #2): the filled cells' 232 is the chapter's and the annex's, no audit in Table 1
    assert "| 3,0 % | 240 contacten volgens het jaarverslag 2020 |" in full  # the row as it reads when it is shown
    assert "ingevulde vakken" not in full
    # r33 (r32 2020 #8): the story in the one bullet on who makes contact
    # r47 (r46 2020 #4): most contacts are about someone else; the victim's side together after the victim's own share
    assert "Vooral de kant" not in md and "meestal gaat het contact over iemand anders dan de contactnemer" in md
    assert "vooral het slachtoffer of iemand uit diens omgeving" not in md and "is dat 91,2 % van de contacten" in md
    exact = plain(summary.markdown({**PROFILE, check: fact(240)}, ["1712"], YEAR))
    # r59 (r58 2020 #6): no 'slechts' in the report's voice; a sentence not opening on a numeral
    assert "Van plegers of iemand uit hun omgeving kwamen 240 contacten (3,0 %)." in exact
    assert "ongeveer 240" not in exact and "lechts" not in exact


def test_the_tables_come_with_the_answer_and_the_report_says_what_it_is_not_built_from():
    """#5: the minister quotes a prose passage of the annual report, not its tables."""
    doc = yaml.safe_load((ROOT / "data" / "provenance.yml").read_text(encoding="utf-8"))["documents"]["vr282"]
    for field in ("covers_nl", "about_nl", "short_nl"):
        assert "geciteerd" not in doc[field] and "citeert" not in doc[field] and "jaarverslag" not in doc[field]
    assert "bij het antwoord van de minister" in doc["covers_nl"]
    assert doc["not_from_nl"].startswith("het eigen jaarverslag 2020 van 1712")


def test_no_age_chart_where_one_class_holds_nearly_all_contacts():
    """#14: one bar of 7.605 and four slivers repeat the table beside them."""
    ages = pd.DataFrame({"label_nl": ["-12", "12-18", "18+", "?"], "contacts": [44, 337, 7605, 73]})
    assert age_charts.one_class_dominates(ages)
    assert age_charts.AGES.draw({"ages": ages, "since": 2020}) is None
    spread = ages.assign(contacts=[2000, 3000, 3000, 59])
    assert not age_charts.one_class_dominates(spread)


def test_over_deze_cijfers_says_once_what_the_report_is_not_built_from():
    """#5: said plainly in front, as a sentence of its own (no comment or tag leaks into it)."""
    from hulplijnen.presentation import text

    document = {"about": "een vraag", "not_from": "het eigen jaarverslag", "title": "t", "covers": "c", "date": None}
    out = text.render(
        "about.md",
        names=["A"],
        documents=[{**document, "publisher": None, "where": "", "scanned": False}],
        **ABOUT_PLAIN,
    )
    # r39 (r38 TO #7, 2021 #5): what it is not built from, said plainly as not among this report's sources
    # r49 (r48 TO #12): and why, in the same sentence: they may count otherwise and were not compared with the source
    # (not the circular 'houdt zich aan die ene bron')
    assert (
        "uit één bron: een vraag. Andere publicaties, zoals het eigen jaarverslag, horen niet bij de bronnen van dit "
        "rapport: ze kunnen anders tellen en werden niet met deze bron vergeleken." in out
    )
    assert "houdt zich aan die ene bron" not in out
    assert out.count("eigen jaarverslag") == 1 and "niet uit het eigen" not in out
    # r39 (r38 TO #7): after 'dit rapport' closes the sentence before, 'Het rapport' (not a bare 'Het')
    assert "said once" not in out and "Het rapport neemt de cijfers over" in out


def test_the_years_with_a_count_of_phone_calls():
    """#2: 2020's table counts calls; no source gives 2019's calls (the 2021 page compares all contacts with 2019)."""
    from hulplijnen.chapters.campaigns.growth import calls_known

    assert calls_known("1712", 2020) == {2020}
    assert 2019 not in calls_known("1712", 2021)
