"""r52 (r51 reader findings, 2021-tele-onthaal #7-#12, 2021 #8): the helplines chapter's gap rows without the
calculator 'min', the source line in full once, the website's two percentages in place, the Methods' limit for counts
said plainly and applied to every compared year, and the phone's years chart with years under every panel."""

from __future__ import annotations

import pandas as pd
from test_helplines_r13 import built, flat

from hulplijnen.chapters.helplines import conversion, source_note, trend, years_chart
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import text

FULL = (
    "de infografiek over Tele-Onthaal op de webpagina „Cijfers hulplijnen” (kerncijfers over 2021, datum niet vermeld)"
)
# r59 (r58 TO #10): with its article, as Table 1's source line
SHORT = "de infografiek over Tele-Onthaal op de webpagina „Cijfers hulplijnen”"


def test_the_gap_label_says_verschil_with_the_tables_dash():
    """TO #7, #12: 'telefoon: oproepen min gesprekken' was calculator language with a colon beside 'telefoon – …'."""
    assert conversion.GAP.format("telefoon") == "telefoon – verschil oproepen en gesprekken (% van de oproepen)"
    rows = list(built()[0].tables["channels"]["Cijfer"])
    assert not any(" min " in r or ":" in r for r in rows)


def test_the_short_source_drops_the_date_clause():
    assert source_note.short(FULL) == SHORT
    assert source_note.short("") == ""


def test_one_helpline_the_source_in_full_once_and_why_once():
    """TO #8: the summary's Tabel 1 gives the source in full; the chapter's figure and table its short form, and
    'waarom geen exacte aantallen' once."""
    chapter = built()[0]
    whole = flat(chapter.text)
    assert "kerncijfers over 2021, datum niet vermeld" not in whole
    assert whole.count("Bron: " + SHORT) == 2
    # r61 (r61 TO #6): the clause with its verb
    assert whole.count("waarom er voor die jaren geen exacte aantallen zijn") == 1


def test_several_helplines_the_table_keeps_the_full_source_and_why():
    chapter = built(("1712", "tele-onthaal", "stop-it-now"))[0]
    whole = flat(chapter.text)
    assert whole.count("Bron: " + FULL) == 1 and whole.count("waarom er voor die jaren geen exacte aantallen zijn") == 1
    assert "Bij het verschil tussen oproepen en gesprekken is ≈ het midden" in whole
    assert "oproepen min gesprekken" not in whole


def test_the_website_says_both_percentages_in_place():
    """TO #9, 2021 #8: no pointer to the annex's table to learn what is wrong."""
    for helplines_ in (("tele-onthaal",), ("1712", "tele-onthaal", "stop-it-now")):
        whole = flat(built(helplines_)[0].text)
        # r53 (r52 2021 #9)
        assert (
            # r59 (r58 TO #8): pin follows the new wording
            # r61 (r61 TO #2): pin follows the new wording
            "36.460 minder dan in 2020 (210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %, zie "
            "@tbl-inconsistencies)" in whole
        )
        # r53 (r52 2021 #9): the source's 17,9 % the annex table's only, the chapter points there
        assert "past daar niet bij" not in whole and "@tbl-inconsistencies" in whole


def _figs(change: float, decimals: int, ref: int) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"key": "calls", "measure": "calls", "category": "all", "reference_year": None, "value": 1000.0,
             "unit": "count", "qualifier": "exact", "decimals": 0},
            {"key": f"calls_change_{ref}", "measure": "calls", "category": "all", "reference_year": ref,
             "value": change, "unit": "pct_change", "qualifier": "rounded", "decimals": decimals},
        ]
    )  # fmt: skip


def test_the_limit_applies_to_any_compared_year():
    """TO #10: a change against the oldest year within the limit is 'near' too, on its side of zero; a larger one
    not."""
    for change, decimals, side in ((-1.0, 0, "fell"), (1.2, 1, "rose"), (0.0, 0, None)):
        facts = FactSheet("helplines", 2021)
        row = next(_figs(change, decimals, 2019).iloc[[1]].itertuples())
        assert trend.near("x", "calls", row, 2021, facts) == {"near": True, "side": side}
        assert facts.values()["x.check.calls_level.high_points"] == 2
    row = next(_figs(13.9, 1, 2019).iloc[[1]].itertuples())
    assert trend.near("x", "calls", row, 2021, FactSheet("helplines", 2021)) == {"near": False, "side": None}


def test_the_change_sentence_says_iets_for_an_older_year_within_the_limit():
    src = "{% import 'chapters/helplines/paragraphs.md' as t with context %}{{ t.change_sentence(c) }}"
    parts = [
        {"year": "2020", "value": 6.0, "decimals": 0, "difference": False, "near": False, "side": None},
        {"year": "2019", "value": -1.0, "decimals": 0, "difference": False, "near": True, "side": "fell"},
    ]
    said = flat(text.environment().from_string(src).render(c={"parts": parts}))
    assert said.strip() == "Dat is 6 % meer dan in 2020 en iets minder dan in 2019 (−1 %)."


def test_the_methods_say_the_limit_in_percent_for_every_year():
    said = flat(
        text.render(
            "chapters/helplines/methods.md",
            every_value_used=False,
            values={"t.check.calls_2020.direction": -1, "t.check.calls_level.high_points": 2.0},
            params=type("P", (), {"year": "2021"})(),
            names={},
        )
    )
    # r52 (lead): shorter, the same content: the limit in percent, for every earlier year, no 'veel'
    assert "met 2 % in plaats van 2 procentpunten" in said
    assert "(„ongeveer evenveel”, „iets minder”, „iets meer”)" in said
    assert "tegenover elk eerder jaar" in said and "zonder „veel”" in said and "binnen dezelfde grens" not in said


def test_the_phone_chart_has_years_under_every_panel():
    """TO #11: the years only under the lower panel before (sharex hid the upper one's labels)."""
    rows = pd.DataFrame(
        [
            {"year": y, "measure": m, "low": v, "high": v, "exact": True}
            for y in (2019, 2020, 2021)
            for m, v in (("calls", 100.0), ("conversations", 80.0))
        ]
    )
    fig = years_chart.phone_calls_conversations(rows, {})
    fig.canvas.draw()
    for ax in fig.axes:
        shown = [t.get_text() for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        assert shown == ["2019", "2020", "2021"], shown
