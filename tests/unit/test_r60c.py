"""r60 (r59 2021-tele-onthaal #1, #2, #3, #5): the rounding sentence's exception, the corona share in the rule's words,
the source's web address in neutral words, and Table 6's caption."""

from __future__ import annotations

from caption_words import QUIET

from hulplijnen.presentation import caption_text


def test_table_6_is_titled_for_its_percentages_too():
    """#5: eight of its rows are percentages, not 'berekende aantallen'."""
    caption = caption_text.plain("chapters/helplines/captions.md", "tbl_appendix_helpline_years", QUIET)
    assert caption == "Afgeleide waarden: schattingen en berekeningen"
