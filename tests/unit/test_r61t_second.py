"""r61, second pass on the r61 review of the Tele-Onthaal release (r61 TO #1-#10)."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release


def test_the_first_key_message_is_two_bullets_one_13_percent_each():
    """#1: one bullet held three messages and two '13 %' a line apart; '(−1,1 %)' read as the first corona year's."""
    md = flat(summary_of_release(["tele-onthaal"]))
    messages = md.split("## Kerncijfers")[0]
    assert "iets minder (−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel" in messages
    assert (
        # r66 (r66 TO #4): pin follows the new wording
        "- **Meer niet-coronagerelateerde gesprekken:** "
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
        "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd "
        # r66 (r66 TO #2): pin follows the new wording
        "geteld werden, tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)." in messages
    )
    assert "het eerste coronajaar (−1,1 %)" not in messages and ": ongeveer 13 % meer" not in messages


def test_the_website_paragraph_says_what_the_source_published():
    """#2: '(210.523 bezoekers; −17,3 %; over het gepubliceerde percentage: zie Tabel 3)', three items, the source's
    figure only in the annex."""
    text = flat(built()[0].text)
    assert (
        "36.460 minder dan in 2020 (210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie @tbl-inconsistencies) "
        "en 79.554 of 84,2 % meer dan in 2019 (94.509 bezoekers)." in text
    )
    assert "over het gepubliceerde percentage" not in text


def test_the_website_row_of_table_1_gives_each_figure_its_year_first():
    """#8: the bracket and the note's mark between '−36.460' and 'tegenover 2020'."""
    md = summary_of_release(["tele-onthaal"])
    assert "| −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; +79.554 tegenover 2019 (+84,2 %) |" in md
    assert "−36.460 (−17,3 %" not in md and "+79.554 (+84,2 %)" not in md


def test_the_changes_against_2020_are_each_named_not_a_range():
    """#3: '(per kanaal tussen −1,1 % en −0,8 %)' read as an estimate and hid chat's −0,9 %."""
    text = flat(built()[0].text)
    assert (
        "iets minder oproepen en gesprekken (oproepen: −1,1 % via telefoon en −0,8 % via chat; gesprekken: −1,1 % via "
        "telefoon en −0,9 % via chat)." in text
    )
    assert "per kanaal tussen" not in text


def test_the_corona_share_sentence_does_not_repeat_its_lead():
    """#4: '**Veel lager aandeel coronagerelateerde gesprekken.** Het aandeel coronagerelateerde gesprekken lag veel
    lager: …'."""
    text = flat(built()[0].text)
    assert (
        "**Veel lager aandeel coronagerelateerde gesprekken.** In 2021 was 13 % van de gesprekken coronagerelateerd, "
        "tegen 24,1 % in 2020, het eerste coronajaar." in text
    )
    assert "gesprekken lag veel lager" not in text


def test_the_figures_source_line_has_a_verb_in_its_why():
    """#6: '(zie Tabel 6; waarom geen exacte aantallen, staat in „Over deze cijfers”)' had no verb."""
    text = flat(built()[0].text)
    assert "waarom er voor die jaren geen exacte aantallen zijn, staat in „Over deze cijfers”" in text
    assert "waarom geen exacte aantallen" not in text


def test_the_years_figure_caption_names_the_helpline_and_its_years_from_the_data():
    """#7: 'Figuur 1: Oproepen en gesprekken per jaar' named neither; the figure is also offered on its own."""
    from test_helplines_r15 import chapter

    from hulplijnen.chapters.helplines import charts
    from hulplijnen.presentation import caption_text

    data = chapter(["tele-onthaal"]).data
    said = caption_text.plain("chapters/helplines/captions.md", charts.YEARS.caption, data)
    assert said == "Oproepen en gesprekken bij Tele-Onthaal, 2019–2021"
    other = {**data, "years_of": "Hulplijn X", "years_shown": [2017, 2020]}  # the words the data's, none in code
    said = caption_text.plain("chapters/helplines/captions.md", charts.YEARS.caption, other)
    assert said == "Oproepen en gesprekken bij Hulplijn X, 2017–2020"


def test_the_glossary_defines_coronagerelateerd_as_an_adjective():
    """#10: 'coronagerelateerd — Een gesprek van Tele-Onthaal dat …': an adjective defined as a noun."""
    from hulplijnen.pipeline.glossary import glossary_markdown

    glossary = flat(glossary_markdown("coronagerelateerde gesprekken", ["tele-onthaal"]))
    assert (
        "**coronagerelateerd** : Gezegd van een gesprek van Tele-Onthaal dat met corona te maken had. Wat daar precies "
        "onder valt, omschrijft de bron niet." in glossary
    )
    assert ": Een gesprek van Tele-Onthaal" not in glossary


def test_herkomst_says_what_the_reader_can_ask_the_publisher():
    """#9: 'U kunt ook terecht bij de uitgever van dit rapport' did not say for what."""
    from test_tele_onthaal_r16 import _records

    from hulplijnen.pipeline.appendix import sources_markdown

    md = flat(sources_markdown(_records(), False, True))
    assert "Met vragen over deze cijfers kunt u ook terecht bij de uitgever van dit rapport (zie het colofon)." in md
    assert " U kunt ook terecht" not in md


def test_the_methods_derived_values_are_a_short_list_and_the_shares_rule_is_with_the_shares():
    """#5: 'Afgeleide waarden' was one block of 25 lines holding four rules; the rule on two rounded shares stood
    under 'Wijzigingen van aantallen'."""
    from hulplijnen.data.statements import ABOUT_THE_SAME_POINTS, FAR_APART_POINTS
    from hulplijnen.presentation import text

    outward = {"exact_low": 1, "exact_high": 9, "low": 0, "high": 10, "share": {"low": 1.0, "high": 2.0, "middle": 1.5}}
    context = {"marked": True, "words": {}, "derived": True, "example": None, "one_chapter": True, "unlike": False}
    md = text.render(
        "methods.md",
        outward=outward,
        about_the_same=ABOUT_THE_SAME_POINTS,
        far_apart=FAR_APART_POINTS,
        paired=True,
        terms=[],
        **context,
    )
    for item in ("Afronding", "Schattingen in de tekst en in tabellen", "Naar buiten afgerond", "Percentages"):
        assert f"\n\n- *{item}.* " in md, item
    shares = md[md.index("Wat „ongeveer even groot” betekent") :]
    assert "Vergelijkt de tekst twee afgeronde aandelen, dan geldt dezelfde regel" in shares
