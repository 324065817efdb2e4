"""Round 30 (Tele-Onthaal #12, #14; 2021 #20, #21): what the release uses of its source, the table's short lead-in,
the growth index's ticks and what it compares."""

from __future__ import annotations

import pandas as pd
from test_helplines_r13 import ALL, built, flat

from hulplijnen.chapters.helplines import charts
from hulplijnen.pipeline.appendix import used_documents


def test_the_sources_table_lists_only_the_infographic_the_release_uses():
    """TO #12: Tabel 5 said 'Kerncijfers 2021 van 1712, Tele-Onthaal en Stop it Now!' in a report on one helpline."""
    one = used_documents({"k": {"source": {"file": "data/tele-onthaal/2021/key_figures.csv"}}}, False)
    assert [d["covers"] for d in one] == [
        "Kerncijfers 2021 van Tele-Onthaal, met de vermelde wijzigingen tegenover 2020 en 2019"
    ]
    files = ", ".join(f"data/{h}/2021/key_figures.csv" for h in ALL)
    three = used_documents({"k": {"source": {"file": files}}}, False)
    assert [d["covers"] for d in three] == [
        "Kerncijfers 2021 van 1712, Tele-Onthaal en Stop it Now!, met de vermelde wijzigingen tegenover 2020 en 2019"
    ]


def test_the_table_is_referred_to_in_its_paragraph_without_a_lead_in():
    """TO #14: the whole 'Per kanaal' paragraph went with Tabel 2 to p. 5, leaving a quarter of p. 4 empty; r33 TO #14:
    the one-line lead-in was filler and opened p. 5 alone: the paragraph 'Per kanaal' refers to the table."""
    text = built()[0].text
    assert "geeft per kanaal en per jaar de oproepen en de gesprekken" not in text
    assert " ".join(text.split()).count("(@tbl-helpline-channels)") == 1


def test_the_growth_index_has_readable_ticks_and_says_what_it_compares():
    """2021 #20: at 390 px the axis showed only '0' and '100'; #21: contacts beside calls read as sizes."""
    rows = pd.DataFrame({"label": ["a", "b"], "value": [157.0, 114.0], "low": [156.0, 113.0], "high": [158.0, 115.0]})
    ax = charts.intervals(rows, "t", "index", reference=100.0, marked="2019 = 100").axes[0]
    low, high = ax.get_xlim()
    assert [t for t in ax.get_xticks() if low <= t <= high] == [0, 50, 100, 150]
    several = flat(built(ALL)[0].text)
    # r32 2021 #10: one sentence, no 'dus' following from nothing
    # r63 (r63 2021 #3): only the year between is approximate, as Figuur 5 says
    assert "zeggen niets over hoe groot de hulplijnen tegenover elkaar zijn" in several  # r64 (r64 2021 #6)
