# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round 23 (r22 TO #7) and round 24 (r23 TO #1): the key figures' website row gives the exact differences, each with
the published percentage only where that percentage fits the difference; the source's −17,9 % that does not fit
36.460 fewer visitors (and the report's own −17,3 %) is the annex's, not the most-read table's. Round 31 (TO #1): the
row names the source's −17,9 % once, said not to fit the difference; the reasoning stays the annex's."""

from test_helplines_r13 import summary_of_release

from hulplijnen.pipeline import summary


def test_an_exact_difference_comes_with_the_published_percentage_only_where_it_fits():
    md = summary_of_release(["tele-onthaal"]).replace("\u00a0", " ")
    figures = md[md.index("## Kerncijfers") :]
    # r26 TO #4: the difference first; r31 TO #1: the share it comes to, and the source's −17,9 % once, said not
    # to fit (never '17 tot 18'); the report's own −17,3 % is the annex's
    assert (  # r33f (r32 TO #3): the share it comes to in the row, the source's percentage in a note
        # r44 (r43 TO #1): each change a count and its percentage
        # r61 (r61 TO #8): pin follows the new wording
        "| Websitebezoekers | 174.063 | −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; "
        # r61 (r61 TO #8): pin follows the new wording
        "+79.554 tegenover 2019 (+84,2 %) |"
    ) in figures
    # r41 (r40/r41 TO #1, #13): the note under the bullets gives the source's −17,9 %, said once: not under Table 1
    # r45 (r44 TO #8): Table 1 shows the published figures as published (−17,9 % with its mark); the note under the
    # bullets says they do not fit ('uit het verschil van 36.460 volgt −17,3 %, niet −17,9 %'): twice in all
    # r59 (r58 TO #4): that note is now Table 1's own, under the table (it read as a fifth key message): both there
    assert md.count("17,9") == 2 and figures.count("17,9") == 2
    assert "¹ De bron geeft 36.460 bezoekers minder én −17,9 %." in figures.split("{#tbl-key-figures}")[1]
    assert "De bron geeft 36.460 bezoekers minder én −17,9 %."  # r52: (r51 TO #4) the note's new wording in md
    # r59 (r58 TO #4): the row's mark and its note's, both in Table 1
    assert "ongeveer 17 %" not in figures and figures.count("¹") == 2 and "17 tot" not in md
    # r24 TO #8: one plain note under the table says why the difference stands alone; the figures are the annex's
    table, note = figures.split("{#tbl-key-figures}")
    assert "gepubliceerd" not in table
    # r25 TO #5: the note gives the source's percentage, no audit sentence
    assert "alleen het verschil in aantallen" not in note
    # r33f (r32 TO #3); r41 (r40/r41 TO #1, #13): the note is under the key messages, not again under Table 1
    # r45 (r44 TO #8): the note says the two published figures do not fit (was '¹ De bron geeft −17,9 %; …')
    # r47 (r46 TO findings): wording changed on purpose
    said = "¹ De bron geeft 36.460 bezoekers minder én −17,9 %."  # r52: (r51 TO #4) the note's new wording
    assert "¹ De twee gepubliceerde" not in note and md.count(said) == 1 and "¹ De twee gepubliceerde" not in md
    # a change the source gives as a percentage only stays as it was published
    assert "| Oproepen | 137.669 | −1 % tegenover 2020; +13,9 % tegenover 2019 |" in figures


def test_a_stated_percentage_stands_beside_a_difference_unless_the_chapter_found_it_does_not_fit():
    """The chapter's check decides (helplines/trend.not_fitting records the difference's own percentage when the
    source's does not fit); the key figures follow it, against the previous year and against earlier ones."""
    from dataclasses import asdict

    from hulplijnen import chapters
    from hulplijnen.chapters import helplines
    from hulplijnen.facts import keys

    sheet = chapters.FactSheet("helplines", 2021)
    helplines.whole(2021, ["tele-onthaal"], sheet)
    facts = {
        r["key"]: {**r, "source": asdict(r["source"]) if not isinstance(r["source"], dict) else r["source"]}
        for r in sheet.records()
    }
    conflict = keys.growth("tele-onthaal", "website_visitors", 2020, "exact")
    assert conflict in facts  # −36.460 is 17,3 % of 2020, not the published 17,9 %
    assert summary.stated_change(facts, "tele-onthaal", "website_visitors", 2021)["published"] is None
    fitting = {k: v for k, v in facts.items() if k != conflict}
    published = summary.stated_change(fitting, "tele-onthaal", "website_visitors", 2021)["published"]
    assert published == {"value": -17.9, "decimals": 1}
    (earlier,) = summary.earlier_changes(facts, "tele-onthaal", "website_visitors", 2021)
    assert (earlier["difference"], earlier["value"]) == (79554, 84.2)
    disputed = {**facts, keys.growth("tele-onthaal", "website_visitors", 2019, "exact"): facts[conflict]}
    (earlier,) = summary.earlier_changes(disputed, "tele-onthaal", "website_visitors", 2021)
    assert (earlier["difference"], earlier["value"]) == (79554, None)
