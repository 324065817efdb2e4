"""The campaigns chart's expected course carries the jump of a sustained event; its legend says so where the model
has one (a reader took the line for the trend alone; the test failed before)."""

import chart_gallery  # tests/unit/ is on the path as pytest runs its tests
import pandas as pd

from hulplijnen.chapters.campaigns import charts


def legend_texts(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_the_legend_says_the_expected_line_carries_the_events_jump():
    """2020 #2 (r13): 'zonder campagnes ... met de sprong' read as a contradiction; the line takes the coloured
    period into account, and the legend says that in plain words."""
    fig = chart_gallery.campaign()
    # round 16 (r15 2020 #10): the period by its months, not 'de gekleurde periode' (there were three colours)
    assert "verwacht zonder campagnes, rekening houdend met de piek van april–juni" in legend_texts(fig)
    assert not any("sprong" in t for t in legend_texts(fig))
    assert "verwacht zonder campagnes" not in legend_texts(fig)


def test_without_an_event_the_expected_line_is_the_trend():
    assert charts.expected_label(pd.DataFrame({"name_nl": []})) == "verwacht zonder campagnes (trend)"


def test_the_band_is_a_margin_of_uncertainty_in_words():
    """r14 2020 #9: the legend said "(95 %)", which the chapter never explains; it is named in plain words."""
    texts = legend_texts(chart_gallery.campaign())
    assert "marge van onzekerheid rond dat verwachte verloop" in texts
    assert not any("95" in t for t in texts)
