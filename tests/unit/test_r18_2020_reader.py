"""Round 19, the r18 reader of 2020 (review/r18): the peak of April-June is not the lockdown's dates (#1); the
campaigns chart draws no expected course where the annex says 'niet te schatten' (#2); the campaign table says
who launched a campaign only where the source says it (#3); the note of the table of contacts per month and gender
stays with its table (#4). Each test failed on the code before."""

from __future__ import annotations

import chart_gallery  # tests/unit/ is on the path as pytest runs its tests
import matplotlib.pyplot as plt
import pandas as pd

from hulplijnen.chapters.campaigns import charts
from hulplijnen.data import load
from hulplijnen.presentation.figures_alt import ATTRIBUTE


def test_a_campaign_whose_effect_is_not_estimated_has_no_expected_value_on_the_chart():
    """#2: the chart drew an expected course in March and May, which the annex calls 'niet te schatten'; since round
    21 (r20 2020 #6) it draws no expected value in any month, and the alt text gives none."""
    campaigns = pd.DataFrame({"name_nl": ["c"], "start_earliest": [pd.Timestamp("2020-03-23")]})
    observed = pd.Series(450.0, index=chart_gallery.month_index())
    fig = charts.campaign_series(observed, campaigns, pd.DataFrame(), "t", 2020)
    assert not any(s.name.startswith("verwacht") for s in getattr(fig, ATTRIBUTE).series)
    assert len(fig.axes[0].lines) == 2 + 1  # the observed months, the campaign's line, its legend's empty line
    plt.close(fig)


def test_the_peak_is_named_by_its_months_and_the_lockdown_as_the_sources_word():
    """#1: 'eerste lockdown (april–juni 2020)' dated the lockdown April-June (it began in March)."""
    fig = chart_gallery.campaign()
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    plt.close(fig)
    # r26 2020 #5 (round 27): the band names the lockdown, the months stay the peak's own
    assert "piek in contacten (april–juni 2020)" in legend
    assert not any("lockdown (april" in t for t in legend)


def test_the_campaign_table_says_a_launcher_only_where_the_source_names_one():
    """#3: of the 1712-dag the source says only that a single was launched; r25 2020 #6 (round 26): leaving its
    launcher unstated read as 'the 1712-dag was not 1712's': the helpline's own day is 1712's, as in 2021."""
    c = load.campaigns().set_index("campaign_id")
    # r26 2020 #4 (round 27): the item says only that the single was launched on the 1712-dag, not who launched the
    # day: no launcher recorded, the reason in the locator; the chapter names the day by what it was
    assert c.loc["c2020_1712_day", "launched_by"] == "niet vermeld"
    assert "not who launched the day or the single" in c.loc["c2020_1712_day", "locator"]
    assert c.loc["c2020_lockdown_tips", "launched_by"] == "1712"
