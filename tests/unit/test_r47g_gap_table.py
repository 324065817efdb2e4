# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r47 (r46 2021 #7): chapter 6.1 (and Tele-Onthaal's own report) held twelve percentages and four estimated ranges
in two paragraphs on the calls less the conversations. The first sentence stays (the total, against 2020 and 2019);
each channel's share is a row of the table of the years; one sentence says only a share the report's rule judges
far ('veel') from an earlier year's. r47 (gender_age): the chart's Dutch words are a template's. Each test fails on
the code before."""

from __future__ import annotations

import re

from test_helplines_r13 import built, flat

from hulplijnen.chapters.gender_age import charts as gender_charts
from hulplijnen.presentation import text

OLD = re.compile(r"Via (telefoon|chat) waren er [\d.]+ meer oproepen dan gesprekken")


def _gap(channels: list[dict], in_table: bool = True) -> str:
    """The chapter template's gap paragraphs with a tiny context: the total and two channels."""
    # r50 (r49 TO #3): each estimate with the middle of its range (one decimal), as the table's note
    y20 = {"year": "2020", "low": 23.87, "high": 24.01, "middle": 23.94, "trend": "same", "slight": False, "far": False}
    y19 = {"year": "2019", "low": 24.82, "high": 24.93, "middle": 24.875, "trend": "fell", "slight": True, "far": False}
    context = {
        "part": "none",  # the template's sections need these; the test renders only its macro gap()
        **{"several": False, "calculated": False, "report_year": "2021", "disputed": None},
        "year": "2021",
        "without": {
            "count": 32988,
            "share": 24.0,
            "channels": [{"label": c["label"], "count": c["count"], "share": c["now"]} for c in channels],
        },
        "conversion": {"years": [y19, y20], "channels": channels, "in_table": in_table},
    }
    # r52: gap() moved with the shared paragraphs to paragraphs.md (text.md was at 350 lines)
    src = "{% import 'chapters/helplines/paragraphs.md' as t with context %}{{ t.gap() }}"
    return flat(text.environment().from_string(src).render(**context)).strip()


def _channel(label, count, now, alike, far):
    return {"label": label, "count": count, "now": now, "alike": alike, "far": far}


CHAT_2019 = {
    "year": "2019",
    "low": 25.01,
    "high": 25.13,
    "middle": 25.07,
    "trend": "fell",
    "slight": False,
    "far": True,
}


def test_the_gap_per_channel_is_the_tables_and_one_sentence_says_the_far_share():
    said = _gap([_channel("telefoon", 30280, 25.6, ["2020"], []), _channel("chat", 2708, 14.1, ["2020"], [CHAT_2019])])
    assert said.startswith("Er waren 32.988 oproepen meer dan gesprekken: 24,0 % van de oproepen")  # r53 (r52 TO #7)
    assert (
        not OLD.search(said) and said.count("%") == 6
    )  # the old paragraphs had 17; r49 (r48 2021 #11): one figure per estimate
    # r48 (r47 TO #5): every channel's share said, the telephone's beside chat's, by the same rule
    assert said.endswith(
        "@tbl-helpline-channels geeft dat aandeel per kanaal. Via telefoon was het 25,6 %, ongeveer even groot als "
        "in 2020. Via chat was het "
        "14,1 %, ongeveer even groot als in 2020 en veel lager dan in 2019 (naar schatting 25,1 %)"  # r50 (r49 TO #3)
        # r63 (r63 TO #5): the far shift's cause not known, said at once
        # r66 (r66 TO #1): the shift dated by the later year of about the same share, not "sinds 2019"
        "; waarom het tussen 2019 en 2020 zo sterk daalde, is niet bekend."
    )


def test_no_sentence_of_a_channel_where_no_share_is_far_and_none_without_the_rows():
    calm = _gap([_channel("telefoon", 30280, 25.6, ["2020"], []), _channel("chat", 2708, 14.1, ["2020"], [])])
    # r48 (r47 TO #5): a sentence per channel, also where no share is far
    assert calm.endswith("Via chat was het 14,1 %, ongeveer even groot als in 2020.") and "Via telefoon" in calm
    assert "per kanaal" not in _gap([_channel("telefoon", 1, 2.0, [], [])], in_table=False)


def test_the_2021_table_holds_a_row_per_channel_and_the_total():
    table = built()[0].tables["channels"].replace("\u00a0", " ", regex=True).set_index("Cijfer")
    assert table.loc["telefoon – verschil oproepen en gesprekken (% van de oproepen)"].tolist() == [
        "≈ 24,8 %",
        "≈ 25,6 %",
        "25,6 %",
    ]
    assert table.loc["chat – verschil oproepen en gesprekken (% van de oproepen)"].tolist() == [
        "≈ 25,1 %",
        "≈ 14,0 %",
        "14,1 %",
    ]
    assert table.loc["totaal – verschil oproepen en gesprekken (% van de oproepen)"].tolist() == [
        "≈ 24,9 %",
        "≈ 23,9 %",
        "24,0 %",
    ]
    assert not OLD.search(flat(built()[0].text))


def test_the_womens_share_chart_counts_contacts_and_its_words_are_a_templates():
    said = gender_charts.words({"since": "2020"})
    assert said["share_title"] == "Aandeel contacten van een vrouw (van bekend geslacht)"
    assert said["ages_title"] == "Leeftijd van de contactnemer, 2020"
    source = (gender_charts.__file__).replace("\\", "/")
    code = open(source, encoding="utf-8").read()
    assert "Aandeel vrouwen" not in code and '"procent"' not in code and '"contacten"' not in code


def test_r66_a_far_shift_without_a_later_year_of_the_same_share_is_dated_since_its_year():
    """r66 (r66 TO #1): 'tussen 2019 en 2020' only where 2020's share was about 2021's; else 'sinds 2019'."""
    alone = _gap([_channel("telefoon", 30280, 25.6, ["2020"], []), _channel("chat", 2708, 14.1, [], [CHAT_2019])])
    assert alone.endswith("; waarom het sinds 2019 zo sterk daalde, is niet bekend."), alone[-200:]
    dated = _gap([_channel("telefoon", 30280, 25.6, ["2020"], []), _channel("chat", 2708, 14.1, ["2020"], [CHAT_2019])])
    assert dated.endswith("; waarom het tussen 2019 en 2020 zo sterk daalde, is niet bekend."), dated[-200:]
