"""r61 (r59 demo findings #2, #4, #6, #10): the demo's lockdown comparison, hidden cells, total rows and hour axis."""

from __future__ import annotations

from hulplijnen.chapters.capacity import charts


def test_an_odd_hour_after_a_merged_band_has_its_tick():
    # r61 (r59 demo #10): '0–7' beside an unlabelled column read as including 7 to 8
    columns = ["00-06", "07", "08", "09", "10", "22-23"]
    assert charts.hour_ticks(columns) == ["0–7", "7", "8", "", "10", "22–24"]


def test_an_odd_first_hour_is_not_taken_for_one_after_a_band():
    assert charts.hour_ticks(["07", "08", "09-10"]) == ["", "8", "9–11"]
