"""The campaigns chart once drew the model's expected course; its legend had to say that the line carried the peak's
jump (r13-r15). Since round 21 (r20 2020 #6) the chart draws the observed months and the campaigns only: the model's
estimates are the annex's table. What stays: the legend names the peak by its months and draws no margin in '95 %'."""

import chart_gallery  # tests/unit/ is on the path as pytest runs its tests
import pandas as pd

from hulplijnen.chapters.campaigns import charts


def legend_texts(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_the_legend_names_the_peak_by_its_months_and_no_expected_line():
    """2020 #2 (r13): 'met de sprong' read as a contradiction; r20 2020 #6: no expected course at all."""
    texts = legend_texts(chart_gallery.campaign())
    assert "piek in contacten (april–juni 2020)" in texts  # r26 2020 #5
    assert not any("sprong" in t or "verwacht" in t for t in texts)


def test_an_event_that_is_no_peak_is_named_by_its_name():
    event = pd.Series({"kind": "capacity", "name_nl": "capaciteitssubsidie: extra lijn"})
    assert charts.period_label(event) == "capaciteitssubsidie"


def test_no_margin_in_bare_percentages():
    """r14 2020 #9: the legend said "(95 %)", which the chapter never explains."""
    assert not any("95" in t for t in legend_texts(chart_gallery.campaign()))
