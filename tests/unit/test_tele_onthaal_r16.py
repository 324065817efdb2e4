# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round-15 reader findings on the 2021-tele-onthaal release fixed in round 16 (the chapter is shared with the 2021
release), on the templates and the recorded facts; each test failed before its fix: no audit words in the key figures
and the chapter (#5); the counts per channel in a table, with their growth in numbers (#6); the source's missing
address said (#8); Methods and glossary examples in the release's own figures (#15); one decimal for every year of the
conversion (#16); Stop it Now!'s referral share as published (2021 #17)."""

from __future__ import annotations

from dataclasses import asdict

from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters import helplines
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline.about import derived_example
from hulplijnen.pipeline.appendix import sources_markdown
from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.pipeline.messages import subject_shifts
from hulplijnen.presentation import text

AUDIT = ("De bron zegt niet", "de bron noemt ook", "Geschat uit die afgeronde aandelen", "basis niet vermeld")


def _records(helplines_: tuple[str, ...] = ("tele-onthaal",)) -> dict:
    facts = FactSheet("helplines", 2021)
    helplines.whole(2021, list(helplines_), facts)
    return {
        r["key"]: {**r, "source": asdict(r["source"]) if not isinstance(r["source"], dict) else r["source"]}
        for r in facts.records()
    }


def test_the_key_figures_and_the_chapter_say_the_channel_mix_plainly():
    """#5: 'basis niet vermeld in de bron; past bij de 137.669 oproepen' in Tabel 1, 'De bron zegt niet ...' in the
    chapter: the doubt is the annex's (its table of shares without a stated base)."""
    md = summary_of_release(["tele-onthaal"])
    figures = md[md.index("## Kerncijfers") :]
    # r16 2021 #4, TO #3: the shares fit the calls, no 'wellicht'
    # r19h TO #16: the counts themselves; r20 2020 #2: the total the key messages already give is not repeated
    # r33f (r32 TO #12): the shares say what they are of
    # r49 (2021 #6): the shares read as of the calls say, as Table 14 does, that the source names no base
    # r56 (r56 2021 #1): the audit parenthesis is the annex's table alone
    # r59 (r58 TO #3): the counts given directly, no pointer to the annex's table
    # r63 (r63 TO #4): a report of one helpline points to the table that explains the reading
    # r66 (r66 TO #3): no pointer to that audit table; the counts point to the chapter's table where it has one
    # (its facts recorded by the helplines chapter: test_r66k)
    row = "| Oproepen per kanaal | telefoon 86 %, chat 14 % van de oproepen | 118.408 via telefoon en 19.261 via chat |"
    assert row in figures
    assert "van de 137.669 oproepen" not in figures  # r26 TO #5: the table's own row of the total gives it
    chapter = flat(built()[0].text)
    for words in AUDIT:
        assert words not in figures and words not in chapter, words
    assert "Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen." in chapter
    # r30 TO #3: the conflict's reasoning is the annex's; r31 TO #1: the source's 17,9 % named once, beside the
    # difference it does not fit
    # r41 (r40/r41 TO #8): the 17,9 % is the summary's note's and Table 3's
    # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
    # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
    # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
    assert chapter.count("17,9") == 1 and "17 tot 18" not in chapter  # r49; r52 (r51 TO #9): once, in place
    assert (
        "lag in 2020 tussen 80.200 en 80.500 en in 2021 tussen 90.500 en 91.600" in chapter
    )  # r30 TO #4: the other conversations' rise; r37: its range


def test_the_counts_per_channel_are_a_table_and_the_growth_is_also_in_numbers():
    """#6: eight percentages in one paragraph; 'procentueel het sterkst via chat' hid that phone grew more."""
    chapter, _ = built()
    table = chapter.tables["channels"].replace("\u00a0", " ", regex=True)
    # r22 TO #14: each row names its channel and measure (a phone's card); TO #2: the totals are its last rows
    assert list(table.columns) == ["Cijfer", "2019", "2020", "2021"]
    rows = table.set_index("Cijfer")
    assert list(rows.index) == [
        "telefoon – oproepen",
        "telefoon – gesprekken",
        "chat – oproepen",
        "chat – gesprekken",
        "totaal – oproepen",
        "totaal – gesprekken",
        "totaal – coronagerelateerde gesprekken",  # r33 TO #6: the headline's counts under the totals
        "totaal – andere gesprekken",
        # r47 (r46 2021 #7): each channel's calls less its conversations, as a share of its calls (the text's
        # twelve percentages), and the total's; never the complement (an answer rate, r22 TO #5)
        "telefoon – verschil oproepen en gesprekken (% van de oproepen)",
        "chat – verschil oproepen en gesprekken (% van de oproepen)",
        "totaal – verschil oproepen en gesprekken (% van de oproepen)",
    ]
    assert rows.loc["telefoon – oproepen", "2021"] == "118.408"
    assert rows.loc["telefoon – gesprekken", "2021"] == "88.128"
    assert rows.loc["telefoon – oproepen", "2019"].startswith("≈ ")  # r19h TO #18: a marker, the column stays numbers
    assert rows.loc["totaal – oproepen", "2019"] == "≈ 120.900"
    # r22 TO #5: no share of calls that became a conversation in the chapter's table (read as an answer rate)
    counts = table[
        ~table["Cijfer"].str.contains("verschil oproepen en gesprekken")
    ]  # r48; r52: the label without 'min'  # r47: the gap's shares are rows of their own
    assert not any("%" in str(v) for v in counts.values.ravel())
    body = flat(chapter.text)
    assert "(1,1 % minder dan in 2020 en 12,7 % meer dan in 2019)" not in body  # the table has the counts
    assert (  # r25 2021 #12: 2021 first and the trend since 2019; the round counts of 2019 and 2020 are the table's
        "Van 2019 naar 2020" not in body
        and "78.960" not in body
        and "Tegenover 2019 waren er in 2021 39,7 % meer gesprekken via chat" in body  # r38 (r37 TO #2)
    )
    assert "(@tbl-helpline-channels)" in body  # r16 TO #15: by its number (r33 TO #14: within 'Per kanaal')
    assert any(getattr(p, "label", "") == "tbl-helpline-channels" for p in helplines.SHOWN)
    # r34: the caption opens with what the table holds ('Oproepen en gesprekken van {} per kanaal'), no '{}:' first
    from caption_words import QUIET

    from hulplijnen.presentation import caption_text

    # r39: the caption is the chapter's captions.md (was channel_years.CAPTION); the helpline's name stands for {}
    CAPTION = caption_text.render("chapters/helplines/captions.md", QUIET | {"channels_of": ["{}"]}).plain[
        "tbl_helpline_channels"
    ]
    assert CAPTION.startswith("Oproepen en gesprekken van {} per kanaal")
    # several helplines: the one with counts per channel alone, without a column naming it on every row
    several = helplines.whole(2021, ["1712", "tele-onthaal", "stop-it-now"], FactSheet("helplines", 2021))
    assert several.tables["channels"].equals(chapter.tables["channels"])


def test_the_source_without_an_address_says_so():
    """#8: the infographic page is recorded without publisher or web address: the annex says so, and invents none;
    said plainly, without this report's bookkeeping ('in de gegevens van dit rapport ... vastgelegd', r16 TO #1)."""
    md = flat(sources_markdown(_records(), False, True))
    # r56 (r55 TO #3): pin follows the new wording
    # r59 (r58 TO #5): pin follows the new wording
    assert (
        # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
        "het webadres van die pagina is niet bekend." in md
    )  # r53 (r52 TO #8); r56 (r55 TO #3)
    # who supplied the figures, as far as known, and where a reader can ask (r20 2020 #13, TO #3): never a guess
    # r59 (r58 TO #5): pin follows the new wording
    assert "vermeldt geen uitgever, geen datum en niet wie de cijfers aanleverde" in md
    # r61 (r61 TO #9): what the reader can go there for
    assert "Met vragen over deze cijfers kunt u ook terecht bij de uitgever van dit rapport (zie het colofon)." in md
    assert "| niet vermeld | niet vermeld |" in md and "gegevens van dit rapport" not in md
    # r47 (demo r46 #15): the helpline's own website is a link; no other address, none invented for the page
    assert "http" not in md.replace("(https://www.tele-onthaal.be)", "")


def test_the_methods_and_the_glossary_explain_with_the_release_s_own_figures():
    """#15: '+6 %' (a 1712 figure) and 'van 11 % naar 18 %' in a report that has neither."""
    facts = _records()
    example = derived_example(facts, 2021)
    methods = flat(
        text.render("methods.md", prose=False, derived=True, example=example, one_chapter=True, about_the_same=None)
    )
    assert "„+13,9 %” betekent een werkelijke wijziging van minstens +13,85 % en minder dan +13,95 %." in methods
    assert "+6 %" not in methods
    # r31 TO #11: the example's range from +13,9 % alone, then the one the channels narrow it to
    assert (
        # r41 (r40/r41 TO #9): pointing to where 'met de kanalen samen' is explained
        "Zo liggen de oproepen van 2019 tussen 120.816 en 120.921 (met de kanalen samen: tussen 120.827 en 120.921, "
        "zie „Kanalen en totaal samen”)"
    ) in methods
    shift = next(s for s in subject_shifts(facts, "tele-onthaal", 2021) if s["points"])
    glossary = flat(glossary_markdown("procentpunten", ["tele-onthaal"], None, shift))
    assert "van 24,1 % naar 13 % is een daling met ongeveer 11 procentpunten, niet met 11 %." in glossary
    assert "van 11 % naar 18 %" not in glossary
    assert "van 11 % naar 18 %" in flat(glossary_markdown("procentpunten", ["1712"]))  # no shift: the general one


def test_the_conversion_has_one_decimal_for_every_year_its_range_allows():
    """#16: 'ongeveer 75 % in 2019' beside '74,4 % in 2020': the 2019 ranges allow 74,9 % and 75,2 % (r20 TO #1: the
    table's only)."""
    years = built()[0].tables["years_all"]  # r22 TO #5: the annex's, as conversations per 100 calls
    # r28 TO #2: no conversations per 100 calls at all
    assert not years["Cijfer"].str.contains("per 100").any()


def test_stop_it_now_s_referral_share_is_the_published_one():
    """2021 #17: '263 doorverwijzingen (13,7 %)' beside the infographic's 14 %."""
    body = flat(built(("1712", "tele-onthaal", "stop-it-now"))[0].text)
    assert "263 doorverwijzingen naar langdurige hulpverlening (14 % van die contacten)" in body
    assert "13,7 %" not in body


def test_the_conversion_has_a_chart_of_its_own():
    """#7 had a chart of the share of calls that became a conversation; r20 TO #1: read as an answer rate, it goes."""
    from hulplijnen.chapters.helplines import charts

    assert not hasattr(charts, "CONVERSION") and not hasattr(charts, "_conversion")
