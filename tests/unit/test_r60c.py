"""r60 (r59 2021-tele-onthaal #1, #2, #3, #5): the rounding sentence's exception, the corona share in the rule's words,
the source's web address in neutral words, and Table 6's caption."""

from __future__ import annotations

from caption_words import QUIET

from hulplijnen.presentation import caption_text


def test_table_6_is_titled_for_its_percentages_too():
    """#5: eight of its rows are percentages, not 'berekende aantallen'."""
    caption = caption_text.plain("chapters/helplines/captions.md", "tbl_appendix_helpline_years", QUIET)
    assert caption == "Afgeleide waarden: schattingen en berekeningen"


def test_the_corona_share_is_veel_lager_by_the_methods_rule():
    """#2: 'werd bijna gehalveerd' is no word of the Methods' rule; 13 % (12,5-13,5) against 24,1 % (24,05-24,15)
    lies 10,55-11,65 points lower, wholly more than the rule's bound from zero: 'veel lager'."""
    from test_helplines_r13 import built, flat

    from hulplijnen.data.statements import FAR_APART_POINTS, far_apart
    from hulplijnen.maths.intervals import Interval

    assert far_apart(Interval(12.5 - 24.15, 13.5 - 24.05)) and 24.05 - 13.5 > FAR_APART_POINTS
    text = flat(built()[0].text)
    assert (
        # r61 (r61 TO #4): pin follows the new wording (the sentence no longer repeats its lead)
        "**Veel lager aandeel coronagerelateerde gesprekken.** In 2021 was 13 % van de gesprekken "
        "coronagerelateerd, tegen 24,1 % in 2020, het eerste coronajaar." in text
    )
    assert "gehalveerd" not in text


def test_the_source_page_s_address_is_said_neutrally():
    """#3: 'het webadres ervan is niet bekend' read as careless; say where it is missing from."""
    from test_r59c import flat
    from test_tele_onthaal_r16 import _records

    from hulplijnen.pipeline.appendix import sources_markdown

    md = flat(sources_markdown(_records(), False, True)).replace("&amp;", "&")
    # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
    assert "het webadres van die pagina is niet bekend." in md
    assert "het webadres ervan is niet bekend" not in md


def _rounding_sentence(conflicts: list) -> str:
    from hulplijnen.presentation import text

    md = text.render(
        "about.md",
        every_value_used=False,
        facts={"a": 8515, "b": 57.0, "c": 6.0, "d": 11312},
        synthetic=False,
        imitated=None,
        later="2026",
        one_chapter=True,
        year="2020",
        beyond=False,
        later_total={"year": "2021", "estimated": "2019"},
        later_used=[],
        names=["Tele-Onthaal"],
        documents=[{"about": "de webpagina", "not_from": "de eigen jaarverslagen", "not_from_one": ""}],
        estimates=[{"name": "T", "label": "oproepen", "year": "2019"}, {"name": "T", "label": "x", "year": "2020"}],
        export=False,
        undefined=[],
        marked=True,
        words={},
        rounding={"counts_exact": True, "shares_rounded": True, "share_decimals": ["0", "1"]},
        corrected=None,
        forced=None,
        bounded=None,
        inconsistencies=None,
        conflicts=conflicts,
    )
    flat = " ".join(md.split())
    return flat[flat.index("De bron geeft haar percentages") :].split(". ")[0] + "."


def test_the_rounding_sentence_names_the_percentage_it_does_not_take_over():
    """#1: '… dit rapport neemt ze zo over' while the website's −17,9 % is not taken over (Tabel 3 says why)."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.about import conflicts

    odd = conflicts(load_params("2021-tele-onthaal"), {})
    assert [c["change"] for c in odd] == ["de daling van het aantal websitebezoekers"]
    assert _rounding_sentence(odd) == (
        "De bron geeft haar percentages afgerond, op een heel procent of op één decimaal; dit rapport neemt ze zo "
        "over, op één na: de daling van het aantal websitebezoekers (zie @tbl-inconsistencies)."
    )
    # a release without such a conflict says the sentence as it was
    assert _rounding_sentence([]) == (
        "De bron geeft haar percentages afgerond, op een heel procent of op één decimaal; dit rapport neemt ze zo over."
    )
