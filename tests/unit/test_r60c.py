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
        "**Veel lager aandeel coronagerelateerde gesprekken.** Het aandeel coronagerelateerde gesprekken lag veel "
        "lager: 13 % in 2021, tegen 24,1 % in 2020, het eerste coronajaar." in text
    )
    assert "gehalveerd" not in text


def test_the_source_page_s_address_is_said_neutrally():
    """#3: 'het webadres ervan is niet bekend' read as careless; say where it is missing from."""
    from test_r59c import flat
    from test_tele_onthaal_r16 import _records

    from hulplijnen.pipeline.appendix import sources_markdown

    md = flat(sources_markdown(_records(), False, True)).replace("&amp;", "&")
    assert "het webadres van die pagina staat niet in het bronbestand waarover dit rapport beschikt." in md
    assert "het webadres ervan is niet bekend" not in md
