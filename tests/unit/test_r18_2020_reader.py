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
    """#2: the chart drew an expected course in March and May, which the annex calls 'niet te schatten'."""
    values = {"low": 400.0, "high": 480.0, "expected": 440.0, "observed": 450.0}
    band = pd.DataFrame(values, index=chart_gallery.month_index())
    shown = charts.without_estimate(band, [pd.Timestamp("2020-03-23"), pd.Timestamp("2020-05-07")], window=1)
    blank = shown.index[shown["expected"].isna()].strftime("%m").tolist()
    assert blank == ["03", "05"]
    assert shown[["low", "high"]].isna().sum().tolist() == [2, 2] and shown["observed"].notna().all()
    assert band["expected"].notna().all()  # the model's band itself is not changed
    campaigns = pd.DataFrame({"name_nl": ["c"], "start_earliest": [pd.Timestamp("2020-03-23")]})
    fig = charts.campaign_series(shown, campaigns, pd.DataFrame(), "t", 2020)
    said = [t.get_text() for t in fig.axes[0].texts]
    assert said.count(charts.NOT_ESTIMATED) == 2  # each month without an estimate says so on the chart
    expected = next(s for s in getattr(fig, ATTRIBUTE).series if s.name.startswith("verwacht"))
    assert len(expected.points) == 10  # the alt text gives no expected value for those months either
    plt.close(fig)


def test_the_peak_is_named_by_its_months_and_the_lockdown_as_the_sources_word():
    """#1: 'eerste lockdown (april–juni 2020)' dated the lockdown April-June (it began in March)."""
    fig = chart_gallery.campaign()
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    plt.close(fig)
    assert "piek van april–juni 2020 (volgens de bron tijdens de eerste lockdown)" in legend
    assert not any("lockdown (april" in t for t in legend)


def test_the_campaign_table_says_a_launcher_only_where_the_source_names_one():
    """#3: '1712 lanceerde ze alle vier', but of the 1712-dag the source says only that a single was launched."""
    c = load.campaigns().set_index("campaign_id")
    assert c.loc["c2020_1712_day", "launched_by"] == "niet vermeld"
    assert c.loc["c2020_lockdown_tips", "launched_by"] == "1712"
