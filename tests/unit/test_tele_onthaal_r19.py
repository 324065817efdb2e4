# r49 (r48 TO #3): pinned wording follows the r49 text
"""Round-19 reader findings on the 2021-tele-onthaal release fixed in round 19, on tiny inputs where the rule is a
function, else on the chapter or summary as built; each test failed before its fix."""

from __future__ import annotations

import pandas as pd
from test_helplines_r13 import ALL, built, flat, summary_of_release

from hulplijnen.chapters.helplines import channel_years, story, tables
from hulplijnen.presentation import text


def caption(trends: list[dict]) -> str:
    """The conversion chart's caption as its template says it (chapters/helplines/captions.md), from the facts."""
    return text.render("chapters/helplines/captions.md", caption_trends=trends)


def test_the_summary_bullet_on_calls_without_conversation_holds_as_written():
    """#1: 'Bij één op de vier oproepen (ongeveer 33.000) volgde geen gesprek' lost its condition: the source gives
    137.669 calls and 104.681 conversations only; the quarter holds if every conversation is also counted as a call."""
    md = flat(summary_of_release(["tele-onthaal"]))
    # r19h TO #1: the headline holds as written without any condition; the assumption is the annex's
    assert "**Niet elke oproep werd een gesprek:**" not in md and "76,0 %" not in md  # r20 TO #1
    assert "Als elk gesprek ook als oproep geteld is" not in md
    assert "**Bij één op de vier oproepen" not in md


def test_the_disputed_website_percentage_is_said_once_in_the_chapter():
    """#2: the −17,9 % was explained in the chapter's text and again in the note under its tables."""
    chapter = built()[0]
    body = flat(chapter.text)
    # r30 TO #3: the conflict's reasoning is the annex's; r31 TO #1: the source's 17,9 % once, in the website's
    # sentence, and no note under a table says it again
    assert (
        # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
        # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
        body.count("17,9") == 1  # r52 (r51 TO #9): once, in place (was r49: Table 3's only)
        # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
    )  # r41 (r40/r41 TO #8): the summary's note and Table 3 say it
    assert "212.000" not in body
    several = flat(built(ALL)[0].text)
    assert (
        "wat op ongeveer 212.000 wijst" not in several
        # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
        # r61 (r61 TO #2): the source's −17,9 % said once in place again, beside the share used
        and several.count("17,9") == 1  # r52 (r51 2021 #8): once, in place; r49
        # r47 (r46 2021 #8): the source's 17,9 % said once in the chapter, beside the difference
    )


def test_a_derived_share_gets_a_decimal_only_where_its_whole_range_rounds_to_it():
    """#3: '75,2 %' for a share the counts allow from 75,09 to 75,21 % (the inputs are rounded): one rule, the
    decimal only where every value of the range prints the same."""
    assert story.share_decimals(75.09, 75.21) == 0 and story.share_about(75.09, 75.21) == 75
    assert story.share_decimals(74.87, 74.98) == 0 and story.share_about(74.87, 74.98) == 75
    assert story.share_decimals(85.94, 86.11) == 0 and story.share_about(85.94, 86.11) == 86
    assert story.share_decimals(74.41, 74.44) == 1 and story.share_about(74.41, 74.44) == 74.4
    chapter = built()[0]
    table = chapter.tables["years_all"].replace("\u00a0", " ", regex=True)  # r22 TO #5: the annex's
    assert not table["Cijfer"].str.contains("per 100").any()  # r28 TO #2: no ratio, not in the annex either
    body = flat(chapter.text)
    assert "75,2 %" not in body and "74,9 %" not in body and "86,0 %" not in body


def test_the_conversion_caption_is_written_in_the_template_from_facts():
    """#4: the conversion chart's caption was a template's; r20 TO #1: the chart and its caption are gone."""
    from hulplijnen.config.paths import CHAPTERS

    # r39: the chapter's captions.md holds its tables' and figures' captions, none of a conversion chart
    assert "conversion" not in (CHAPTERS / "helplines" / "captions.md").read_text(encoding="utf-8")
    assert not hasattr(channel_years, "conversion_trends") and not hasattr(channel_years, "message_of")


def test_the_annex_table_of_published_figures_has_one_row_per_figure_grouped_by_subject():
    """#5: the table of every published key figure listed each change as a row of its own ('−1 % t.o.v. 2020') with
    a 'Jaar' column saying 2021 on nearly every row; calls, conversations, channels and website mixed."""
    assert built()[0].tables["published"] is None  # r28 TO #11: one helpline: Tabel 1 and Tabel 2 give it
    table = built(ALL)[0].tables["published"].replace("\u00a0", " ", regex=True)
    table = table[table["Hulplijn"] == "Tele-Onthaal"].drop(columns="Hulplijn")
    assert list(table.columns) == ["Cijfer", "2021", "Tegenover 2020", "Tegenover 2019"]
    assert len(table) == len(set(table["Cijfer"])) == 12
    calls = table.set_index("Cijfer").loc["oproepen"]
    assert calls.tolist() == ["137.669", "−1 %", "+13,9 %"]
    assert table.set_index("Cijfer").loc["oproepen per dag", "2021"] == "377 (afgerond)"
    order = list(table["Cijfer"])
    assert order.index("gesprekken") < order.index("oproepen (telefoon)") < order.index("oproepen (chat)")
    assert order[-1] == "websitebezoekers"
    # r32 (2021 #2, #13): as published, no mark: the mismatch is told once, in the table of contradicting figures
    assert table.set_index("Cijfer").loc["websitebezoekers", "Tegenover 2020"] == "−36.460; −17,9 %"  # several
    several = built(ALL)[0].tables["published"]
    assert list(several.columns[:2]) == ["Hulplijn", "Cijfer"]
    # r20 2021 #15: a comparison the source makes for one figure only is no mostly empty column of its own
    assert "Tegenover 2012" not in several.columns and "Tegenover 2019" in several.columns
    contacts = several[(several["Hulplijn"] == "1712") & (several["Cijfer"] == "contacten")]["2021"].iloc[0]
    assert contacts.replace("\u00a0", " ") == "8.515; ongeveer 3 keer zoveel (tegenover 2012)"
    assert tables.published_widths(several)[0] == tables.WIDTHS["Hulplijn"]
    assert not built()[0].section("published_note").strip()  # r28 TO #11: no table, no lead-in
    note = flat(built(ALL)[0].section("published_note"))
    assert "De tabel hieronder geeft alleen wat de bron zelf publiceert" in note  # r20 TO #5: short


def test_a_published_figure_cell_says_a_qualifier_its_kind_does_not_imply():
    figs = pd.DataFrame(
        [
            ("calls", "all", None, 100.0, "count", "exact", 0, None),
            ("calls", "all", 2020, 5.0, "pct_change", "rounded", 0, None),
            ("calls_per_day", "all", None, 3.0, "per_day", "rounded", 0, None),
            ("victim_age", "minor", None, 58.0, "percent", "more_than", 0, "contacts"),
        ],
        columns=["measure", "category", "reference_year", "value", "unit", "qualifier", "decimals", "base"],
    )
    shown = tables._regrouped(figs, ["oproepen", "oproepen", "oproepen per dag", "minderjarig"], 2021, set(), "¹")
    shown = shown.replace("\u00a0", " ", regex=True).set_index("Cijfer")
    assert shown.loc["oproepen"].tolist() == ["100", "+5 %"]
    assert (
        shown.loc["oproepen per dag", "2021"] == "3 (afgerond)" and shown.loc["minderjarig", "2021"] == "meer dan 58 %"
    )
