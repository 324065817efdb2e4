"""Round 56 (the r56 readers of 2020 and 2021): the growth's computed range, the known contexts' row, March in one
sentence (why in the annex), 'Vanaf 2021' without the repeated aim, the summary's 'het zegt dat … zijn', 'samen
maken die', 'geen gehoor', the context table's year both ways, the attempts in the source's present tense."""

import re
import types

import pytest
from test_r44b_summary import facts, said  # noqa: F401 (fixtures)

from hulplijnen.chapters import channels, contexts
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import fmt, text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def places():
    return {y: contexts.build(y, "1712", FactSheet("x", y)) for y in (2020, 2021)}


def test_2020_2_the_growth_gives_its_computed_range_first(said):  # noqa: F811
    assert fmt.pct_range(48.1, 49.1, short=True) == "48 tot 49\u00a0%"
    assert fmt.pct_range(48.1, 49.1) == "48\u00a0% tot 49\u00a0%"
    assert fmt.pct_range(48.1, 48.3, short=True) == "48\u00a0%"
    years = flat(channels.build(2020, "1712", [2019], FactSheet("c", 2020)).section("years"))
    assert "2020 lag dus **naar schatting 48 tot 49 % hoger, bijna de helft**." in years
    assert "naar schatting bijna de helft hoger" not in years
    assert "In 2020 waren het er dus naar schatting 48 tot 49 % meer, bijna de helft." in said[2020]
    assert "naar schatting bijna de helft meer." not in said[2020]


def test_2020_4_the_context_table_has_the_row_of_its_column_base(places):
    table = places[2020].tables["contexts"] if "contexts" in places[2020].tables else None
    if table is None:
        table = next(t for t in places[2020].tables.values() if "Aandeel van bekend" in t.columns)
    rows = table.set_index("Context")
    assert rows.loc["bekende context, samen", "Mogelijke slachtoffers"] == "10.088"
    assert rows.loc["bekende context, samen", "Aandeel van bekend"] == "100\u00a0%"
    labels = list(table["Context"])
    assert labels.index("bekende context, samen") == labels.index("andere context") + 1
    assert labels[-1] == "totaal"


def test_2020_6_march_in_one_sentence_and_why_in_the_annex(reachability_built):
    chapter = reachability_built[2020][0]
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert "Maart (565 contacten) lag niet hoger dan februari (569)" not in chapter and "ook al" not in chapter
    assert "uitschieter" not in chapter and "Maart telt mee" not in chapter
    values = {"1712.peak.2020.m01": 533, "1712.peak.2020.m02": 569, "1712.peak.2020.m03": 565,
              "1712.reach.lockdown_campaign_date": "2020-03-23"}  # fmt: skip
    # r59 (r58 2020 #3): the campaign as the source describes it (campaigns.csv), launched by the helpline
    names = {"2020-03-23": "poster en animatie met tips over conflicten in relatie of gezin tijdens de lockdown"}
    # r59 (r58 2021 #4): the paragraph only in the release of the peak's year (params.year)
    params = types.SimpleNamespace(year=2020)
    out = flat(
        text.render(
            "chapters/reachability/methods.md",
            every_value_used=False,
            values=values,
            campaign_names=names,
            params=params,
        )
    )
    assert (
        "**Piek in contacten.** De piek is vergeleken met het gemiddelde van de maanden ervoor in hetzelfde jaar "
        "(januari–maart 2020). Maart telt daarin mee, ook al lanceerde de hulplijn op 23 maart 2020 een poster en "
        "animatie met tips over conflicten in relatie of gezin tijdens de lockdown: "
        # r63 (r63 2020 #11): the months' numbers from the data
        "maart (565) lag niet hoger dan de drukste maand ervoor (januari 533, februari 569), dus die maand drijft "
        "dat gemiddelde niet op." in out
    )


def test_2020_7_from_2021_and_no_repeated_aim(reachability_built):
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "Sinds 2021" not in chapter and "sinds 2021" not in chapter, year
        # r59 (r58 2021 #1): 'In de loop van 2021', what was put in practice then
        assert "In 2021 kwamen oproepen met „optie 0”" in chapter  # r66 (r66 2020 #6): pin follows the new wording
        # r60 (r59 2021 #1): leaving a message was possible before, then what is new
        assert (
            # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
            # r62 (r62 2020 #4, 2021 #3)
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder: wie op een" in chapter
        )
        assert "met de bedoeling die berichten" not in chapter


def test_2020_8_the_summary_says_what_the_answer_says(said):  # noqa: F811
    assert (
        "Het antwoord op de vraag gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde "
        "oproepen moeilijk te geven zijn." in said[2020]
    )
    assert "het noemt sluitende" not in said[2020]


def test_2020_9_several_figures_end_with_samen_maken_die():
    from test_r45c import NBSP, _about

    from hulplijnen.facts import recorded

    used = [{"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
             "value": recorded("d", 11312), "use": "doubt"},
            {"year": "2021", "share": "binnen de familie", "change": False, "against": None, "decimals": 0,
             "value": recorded("c", 6.0), "use": "doubt"}]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert "het aandeel binnen de familie (6 %): samen maken die het jaar van de tabel per context onzeker" in out
    assert "die maken het jaar" not in out


def test_2020_10_the_glossary_says_geen_gehoor():
    from hulplijnen.pipeline.glossary import glossary_markdown

    glossary = flat(glossary_markdown("elke poging telt", ["1712"], ["reachability"]))
    assert "Wie geen gehoor krijgt en opnieuw belt, doet een nieuwe poging" in glossary
    assert "niet wordt opgenomen" not in glossary


def test_2021_3_the_context_tables_year_both_ways_and_what_the_table_shows(places):
    # r59 (r58 2021 #2): in the annex's lead, the year as the report reads it and why that is unsure
    lead = flat(places[2021].section("compare_lead"))
    assert (
        "dit rapport leest ze als 2020, maar dat is onzeker: haar totaal (11.305 vermeldingen) ligt dicht bij de "
        "11.312 mogelijke slachtoffers van 2021. @tbl-appendix-context-compare zet haar aandelen naast die van de "
        "kerncijfers over 2021; ze toont alleen of de aandelen bij elkaar passen." in lead
    )
    assert "2020 of 2021" not in lead


def test_2021_6_the_following_chapters():
    years = flat(channels.build(2021, "1712", [2020], FactSheet("c", 2021)).text)
    assert "in dit hoofdstuk en in de volgende hoofdstukken over 1712" in years
    assert "in de volgende over 1712" not in years


def test_2021_7_the_attempts_in_the_sources_present_tense(reachability_built):
    for year in (2020, 2021):
        chapter, summary_ = reachability_built[year]
        assert "Volgens het antwoord doet een beller gemiddeld 3 tot 4 pogingen (steekproeven met Proximus" in chapter
        assert "deed een beller" not in chapter and "deed een beller" not in summary_, year
