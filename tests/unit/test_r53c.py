"""r53 (reader findings r53, 2020 #1-#3, #6-#9; 2021 #1, #5-#8, #10; demo #12): the 1712 text of 2020 and 2021, built
as the notebooks and the pipeline build it (no Quarto). Each test fails on the wording before r53."""

from __future__ import annotations

import re
from dataclasses import asdict

from test_r44b_summary import facts, said  # noqa: F401 (fixtures)

from hulplijnen.facts import FactSheet
from hulplijnen.presentation import caption_text, text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_context_chapter_gives_the_reason_for_the_doubt_and_the_caption_the_missing_year():
    """2020 #1: the reason in the chapter itself, one word for the doubt in chapter and annex ('onzeker')."""
    from hulplijnen.chapters import contexts

    c = contexts.build(2020, "1712", FactSheet("c", 2020))
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(c.section("family") + "\n\n" + c.section("caveats"))
    assert (
        "maar dat is onzeker: haar totaal ligt opvallend dicht bij de 11.312 mogelijke slachtoffers die "
        "de kerncijfers van 1712 voor 2021 noemen (zie de [technische bijlage, bij dit hoofdstuk](" in out
    )
    reading = flat(c.section("reading"))
    assert "daarom is het onzeker of de tabel over 2020 gaat" in reading and "twijfelachtig" not in reading
    caption = flat(caption_text.plain(c.captions, "tbl_contexts", c.data))
    assert (
        "Mogelijke slachtoffers naar context van het geweld, met het aandeel van wie een bekende context heeft "
        "(jaar niet vermeld in de bron; vermoedelijk 2020)" in caption
    )


def test_about_says_the_doubt_in_the_annexs_word():
    """2020 #1: 'Over deze cijfers' says the doubt as the chapter and the annex do, not 'doet twijfelen'."""
    from test_r45c import NBSP, _about

    from hulplijnen.facts import recorded

    used = [{"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
             "value": recorded("d", 11312), "use": "doubt"}]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert "het aantal mogelijke slachtoffers (11.312), dat maakt het jaar van de tabel per context onzeker" in out
    assert "twijfelen" not in out


def test_2021_context_table_not_called_2020():
    """2021 #1: column, title, the chapter's sentence, the note and the annex call the table by its missing year."""
    from hulplijnen.chapters import contexts

    c = contexts.build(2021, "1712", FactSheet("c", 2021))
    columns = list(c.tables["compare"].columns)
    assert columns[1] == "tabel zonder jaartal" and "2020 ¹" not in columns  # r59 (r58 2021 #2): no mark
    assert "(2020)" not in " ".join(c.tables["compare"]["Aandeel"])
    caption = flat(caption_text.plain(c.captions, "tbl_appendix_context_compare", c.data))  # r59 (r58 2021 #2)
    assert "Aandelen binnen de familie en binnen het gezin: tabel per context (zonder jaartal) en kerncijfers 2021" in (
        caption
    )
    out = flat(c.section("family") + "\n\n" + c.section("caveats"))
    # r59 (r58 2021 #2): the chapter's one plain sentence
    # r61 (r61 2021 #8): the undated table named first, then where it sits
    assert "ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020; die geeft" in out
    assert "tabel per context van 2020" not in out
    # r56 (r55 2021 #7): the warning once, in the table's note
    assert "geen verandering" not in out
    assert "Lees er geen verandering van 2020 naar 2021 uit." in flat(c.section("compare_lead"))  # r59 (r58 2021 #2)
    reading = flat(c.section("reading"))
    assert "De volledige tabel per context (zonder jaartal, bij de tabellen over 2020) staat in het rapport" in reading
    assert "van 2020" not in reading.replace("„Hulplijn 1712 in 2020”", "")


def test_2020_summary_says_the_answer_does_not_confirm_the_share(said):  # noqa: F811
    """2020 #2: the 40-45 % is the question's; the answer does not confirm it ('gaat niet op dat cijfer in', the
    chapter's words; 'bevestigt niet' read as a denial) and says what instead, in one short sentence."""
    assert (
        # r63 (r63 2020 #6): what an 'oproep' is there, said
        # r66 (r66 2020 #7): pin follows the new wording
        "tussen 40 en 45 % van de oproepen beantwoorden (wat daarbij als oproep telt, zeggen de bronnen niet). Het "
        "antwoord op de vraag gaat niet op dat cijfer in: het "
        "zegt dat sluitende cijfers over beantwoorde oproepen moeilijk te geven zijn. Volgens steekproeven met Proximus"
        in said[2020]
    )
    assert "bevestigt" not in said[2020]


def test_one_form_of_the_questions_number(said):  # noqa: F811
    """demo #12: 'schriftelijke vraag nummer 282', never 'schriftelijke vraag 282'."""
    for year in (2020, 2021):
        assert "schriftelijke vraag nummer 282" in said[year] and "schriftelijke vraag 282" not in said[year]


def test_2021_summary_and_chapter_say_the_analyses_as_the_answer_does(said):  # noqa: F811
    """2021 #6: 'worden bekendgemaakt bij de publicatie van het jaarverslag', no 'kondigde aan', no year added."""
    from hulplijnen.chapters import reachability

    # r63 (r63 2021 #1): the summary's bullet shorter; where the analyses appear is the chapter's alone
    assert "worden de analyses over 2021 bekendgemaakt" not in said[2021]
    assert "kondigde" not in said[2021]
    chapter = flat(reachability.build(2021, "1712", FactSheet("c", 2021), "2026-11-20").text)
    assert (
        "worden de analyses over 2021 bekendgemaakt bij de publicatie van het jaarverslag van 1712; dat jaarverslag "
        "hoort niet bij die bronnen." in chapter
    )
    assert "in het jaarverslag 2021 van 1712" not in chapter


def test_2020_campaign_effect_neither_shown_nor_ruled_out():
    """2020 #3: with the twelve monthly figures (said once before), not 'geen duidelijk effect'; no 'gaf het ook een "
    "waarde' for the other campaigns."""
    from hulplijnen.chapters import campaigns

    c = campaigns.build(2020, "1712", 1, 12, 20, FactSheet("c", 2020))
    told = flat(c.section("claim"))
    assert (
        "Met deze maandcijfers is een effect van de campagne van 6 oktober niet aan te tonen en ook niet uit te "
        "sluiten (zie het rekenmodel in de technische bijlage, bij dit hoofdstuk). Voor de andere campagnes laten de "
        "cijfers geen schatting toe (23 maart 2020: maar twee maanden cijfers ervoor;" in told
    )
    assert "geen duidelijk effect" not in told and "gaf het ook een waarde" not in told
    assert "geen duidelijk effect" not in flat(c.section("model"))


def test_2021_campaigns_mark_the_initiator_read_from_the_title_and_the_persons():
    """2021 #7: 1712 on 15 June is read from the title; #8: the quoted annual report counts 'personen'."""
    from hulplijnen.chapters import campaigns

    c = campaigns.build(2021, "1712", 1, 12, 20, FactSheet("c", 2021))
    calendar = c.tables["calendar"] if "calendar" in c.tables else next(iter(c.tables.values()))
    june = calendar[calendar["Datum"] == "15 juni 2021"].iloc[0]
    assert june["Initiatiefnemer"] == "1712 ¹"
    told = flat(c.section("effects"))
    # r63 (r63 2021 #7): the quoted annual report's own word beside the report's 'contacten'
    assert (
        "in 2020 kwamen 240 contacten (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers" in told
    )


def test_sector_contacts_at_least_the_filled_cells():
    """2020 #8, 2021 #5: 367 from the filled cells, 380 with the empty cells the report reads, and where that is."""
    from hulplijnen.chapters import contact_persons

    y20 = flat(contact_persons.build(2020, "1712", FactSheet("c", 2020)).text)
    # r61 (r59 2020 #3): one plain sentence in the chapter, the filled cells' 367 in the annex
    # r63 (r63 2021 #5): why it is an estimate, not the annex table's number
    # r67 (r67 2020 #4): how many of them are estimated
    told = "naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of justitie; 13 "
    assert "Er kwamen " + told in y20 and "kwamen 380 contacten (4,7 %)" not in y20
    assert "de ingevulde vakken alleen geven er 367 (4,6 %)" in y20 and "minstens 367" not in y20
    y21 = flat(contact_persons.build(2021, "1712", FactSheet("c", 2021)).text)
    # r56 (r55 2021 #2): a later year's report says one plain share by the Methods' rule; the cells are the annex's
    assert (
        # r59 (r58 2021 #3): the count and its share of all contacts, not 'ongeveer 5 %' beside the empty cells' table
        # r60 (r59 2021 #3): 'naar schatting' 380, the filled cells' 367 beside it
        # r61 (r61 2021 #6): one plain sentence, as in the 2020 release; no 'minstens 367'
        "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, "
        "welzijn of justitie; 13 daarvan zijn geschat" in y21  # r63 (r63 2021 #5), r67 (r67 2020 #4)
    )
    assert "ongeveer 380" not in y21


def test_2021_channels_introduce_both_figures():
    """2021 #10: the channel shares' figure introduced with the figure of the totals."""
    from hulplijnen.chapters import channels

    out = flat(channels.build(2021, "1712", [2019, 2020], FactSheet("c", 2021)).text)
    assert (
        "De figuren hieronder tonen het aantal contacten van 2019 tot en met 2021 en het aandeel van elk kanaal in "
        "2020 en 2021." in out
    )
    assert "De figuur hieronder toont het aantal contacten" not in out


def _summary_2020(facts) -> str:  # noqa: F811
    from hulplijnen.pipeline import summary

    records = {
        k: {**r, "source": asdict(r["source"]) if not isinstance(r["source"], dict) else r["source"]}
        for k, r in facts[2020].items()
    }
    return flat(summary.markdown(records, ["1712"], 2020))


def test_2020_key_figures_note_has_a_subject_and_the_subsidy_its_grant(facts):  # noqa: F811
    """2020 #6: Tabel 1's note starts with what it says; #9: the subsidy as the answer says it, no '(toegekend):'."""
    md = _summary_2020(facts)
    assert (
        "Naar schatting bijna de helft meer dan in 2019 (≈ 5.420; afgeleid uit 8.515 contacten in 2021, +57 % "
        "tegenover 2019)" in md
    )
    assert "dus ≈ 5.420 in 2019" not in md


def test_2020_subsidy_said_as_granted(said):  # noqa: F811
    """2020 #9: 'Een voortzetting van de capaciteitssubsidie, toegekend voor …' (the answer: 'wordt gecontinueerd')."""
    # r59 (r58 2020 #2): what the subsidy is, at its first use; 'werd voortgezet' as the answer's 'wordt gecontinueerd'
    # r66 (r66 2020 #3): the 2020 summary names it by its fewest words, with its dates; the chapter says what it is
    assert "een verlengde capaciteitssubsidie, toegekend tot 30 november 2024" in said[2020]
    assert "Een voortzetting van de capaciteitssubsidie" not in said[2020]
    assert "(toegekend)" not in said[2020]


def test_methods_say_how_a_range_of_counts_is_shown():
    """2020 #7: a range of counts shows the whole numbers it allows, not 'twee afgeronde getallen'."""
    one = flat(text.render("methods.md", derived=True, example=None, one_chapter=True, about_the_same=None, terms=[]))
    assert "bij aantallen het kleinste en het grootste hele aantal dat de berekening toelaat" in one
    assert "bereik van twee afgeronde getallen" not in one
