# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r45 (reader findings r44, A-K): contexts, contact persons, reachability and campaigns, checked on the chapters as
built. Each test fails on the code before r45."""

from __future__ import annotations

import re

import pytest

from hulplijnen.facts import FactSheet

# r54 (r54 2020 #4): the context table's doubted year, said after what it counts
DOUBT = r" ?De tabel staat in de bron zonder jaartal.*?\(#sec-appendix-contexts\)\)\."


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def contexts_2021():
    from hulplijnen.chapters import contexts

    return contexts.build(2021, "1712", FactSheet("c", 2021))


def test_a_b_the_2020_table_counts_entries_and_the_minors_are_2021s(contexts_2021):
    said = flat(contexts_2021.section("family"))
    assert (
        "In 2021 gingen de contacten over 11.312 mogelijke slachtoffers, van wie meer dan 58 % minderjarig was; "
        # r49 (r48 2021 #9c): whether the 2020 table counts possible victims is the annex's; the 2020 shares the
        # comparison table's
        "een contact kan over meer dan één persoon gaan." in said  # r51
    )
    # r52 (reader r51 2021 #10): the 2020 table's total and unit where its shares come in; this pin follows it
    # r59 (r58 2021 #2): the chapter names the undated table in one plain sentence; its total and unit in the annex
    # r61 (r61 2021 #8): the undated table named first, then where it sits
    assert "ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020" in said
    lead = flat(contexts_2021.section("compare_lead"))
    assert lead.count("11.305 vermeldingen") == 1 and lead.index("11.305 verm") < lead.index("tbl-appendix-context")
    assert "11.305" not in said
    # r49 (r48 2021 #9a): 'van alle mogelijke slachtoffers' is now the report's reading of the 2021 share, said so;
    # the 2020 table's units stay 'vermeldingen'
    assert "van hen was minderjarig" not in said and "75,8 % van alle mogelijke slachtoffers" not in said


def test_k_the_2021_annex_gives_the_familys_sum(contexts_2021):
    said = flat(contexts_2021.text)
    assert (
        "Binnen de familie: gescheiden kerngezin 4.251 + niet-gescheiden kerngezin 4.319 + bredere familiale context "
        "663 = 9.233 van 10.088 vermeldingen met een bekende context; pleeggezin telt niet mee." in said
    )
    assert "welke contexten tot de familie horen" not in said
    assert "over alle vermeldingen van de tabel per context (75,8 %)" in said


def test_f_h_the_2020_lead_gives_each_base_and_no_bold(contexts_2020):
    # r50 (r49 2020 #2): the doubt opens the text; the lead read after it
    # r54 (r54 2020 #4): the doubt follows what the table counts; the lead read without it
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    said = re.sub(DOUBT, "", flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")))
    # r52 (reader r51): what the table counts and the unknown contexts' count open the lead, then the finding
    # r66 (r65 2020 #5): the finding opens the lead, what the table counts and its unknown contexts follow it
    assert said.lstrip().startswith("Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context")
    assert "Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld." in said
    assert "**" not in said
    assert "(75,8 % van alle 11.305, als ook wie een onbekende context heeft meetelt)." in said
    # r51 (r50 2020 #2): said once; r66 (r65 2020 #5): after the finding
    assert (
        flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")).count(
            "Deze cijfers komen uit de tabel van 1712 over de context"
        )
        == 1
    )
    assert "zou het aandeel binnen de familie 91,8 % zijn" in flat(contexts_2020.text)


def test_c_the_ministers_answer_is_named():
    from hulplijnen.chapters import campaigns

    said = flat(campaigns.build(2021, "1712", 1, 12, 20, FactSheet("k", 2021)).text)
    assert "Volgens het antwoord van de minister brengt elke campagne" in said
    assert "Volgens dat antwoord" not in said


def test_i_the_model_says_which_campaign_it_reads_as_an_effect():
    from hulplijnen.chapters import campaigns

    said = flat(campaigns.build(2020, "1712", 1, 12, 20, FactSheet("k", 2020)).text)
    assert "Zo is geprobeerd het effect van elke campagne te schatten" not in said
    # r48: the model named (quasi-Poisson), the campaign months given and the parameters counted against the months
    assert (
        "Het rekenmodel is een Poissonmodel voor aantallen dat meer spreiding toelaat (die spreiding wordt uit de "
        "maanden zelf geschat)"
        in said
        and "quasi-Poisson" not in said  # r48: in words, as r38 (no undefined term)
    )
    assert "een aparte waarde voor elke campagne (in maart, mei, oktober en december), op logaritmische schaal" in said
    assert "In totaal schat het model zeven parameters uit twaalf maanden." in said
    assert (
        "Alleen voor de campagne van 6 oktober 2020 leest dit rapport die waarde als een schatting van het effect"
        in (said)
    )
    assert "Voor de andere campagnes doet het dat niet" in said


def test_d_e_g_reachability(reachability_built):
    c2020, c2021 = reachability_built[2020][0], reachability_built[2021][0]
    # r45 (P2 review): 565 is above January's 533; the month below it said as such, not 'niet hoger dan … januari'
    # r52 (reader r51): March against February, the busiest month before it, in the new sentence; the r45
    # property stays: no false 'not above January'
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert "Maart (565 contacten) lag niet hoger dan februari (569)" not in c2020  # r56 (r56 2020 #6)
    assert "niet hoger dan januari" not in c2020
    assert "en januari (533)." not in c2020
    assert "drukste maand ervoor" not in c2020
    assert "houdt aan zijn eigen bronnen" not in c2021
    assert (  # r47 (r46 2021 #3): no pointer to a report the answer does not describe
        # r49 (2021 #3): where the figures may be, not 'niet nagegaan'
        # r51 (r50 2021 #8b): one sentence
        "worden de analyses over 2021 bekendgemaakt bij de publicatie van het jaarverslag van 1712; dat jaarverslag "
        "hoort niet bij die bronnen." in c2021
    )
    for c in (c2020, c2021):
        assert (  # r47 (r46 2021 #6, 2020 #7): the continuation as the answer states it, one 'zeggen de bronnen niet'
            # r52 (reader r51): no 'Volgens het antwoord' per sentence; this pin follows the new wording
            # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
            "capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024; "
            "wanneer het eerste jaar liep, zeggen de bronnen niet." in c
        )
        assert "zou de subsidie" not in c and "De voortzetting zou" not in c


def test_h_the_context_table_carries_no_year():
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.answer_tables import answer_tables

    t = answer_tables(load_params(2020))
    # r47 (r46 2020 #2): only the tables per month carry the year; the age and contact-person tables are tied to it
    # by their total, the context table not (tests/unit/test_r47a.py)
    assert [x["dated"] for x in t["tables"]] == [True, True, False, False, False]
    assert not t["tables"][4]["same_total"]
    from pathlib import Path

    src = Path("src/hulplijnen/chapters/reachability/methods.md").read_text()
    # r47: the Methods say 'de andere drie hebben geen jaartal'; r49: the template's lines break anywhere
    assert "geen jaartal" in " ".join(src.split())


def test_j_the_share_fits_the_filled_cells(persons_2020):
    said = flat(persons_2020.text)
    assert (
        "Het aandeel uit de omgeving van de pleger van 3 % past bij de ingevulde vakken (232 contacten, 2,9 %); het "
        "exacte aantal 240 is niet na te rekenen, omdat de vakken met code 2300 en 2400 leeg zijn" in said
    )
    assert "het aandeel uit de omgeving van de pleger (3 %)" not in said
