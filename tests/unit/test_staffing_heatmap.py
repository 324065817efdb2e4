"""The staffing heatmap writes its numbers in Dutch, as the text does (1,6 and not 1.6)."""

import matplotlib
import pandas as pd

from hulplijnen.chapters.capacity import charts

matplotlib.use("Agg")


def test_the_need_heatmap_writes_dutch_decimals_and_leaves_a_hidden_hour_blank():
    grid = pd.DataFrame({"9": [1.6, 2.0], "10": [float("nan"), 1.5]}, index=["1", "2"])
    grid.attrs["decimals"] = 1
    fig = charts.need_heatmap({"gemiddeld ingelogd": grid}, "Hulpverleners per uur")
    assert [t.get_text() for t in fig.axes[0].texts] == ["1,6", "2,0", "1,5"]


def test_whole_counsellors_are_written_without_decimals():
    fig = charts.need_heatmap({"nodig": pd.DataFrame({"9": [3.0, 12.0]}, index=["1", "2"])}, "Nodig")
    assert [t.get_text() for t in fig.axes[0].texts] == ["3", "12"]
