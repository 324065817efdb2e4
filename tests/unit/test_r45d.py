"""Round 45 (r44 demo reader): the mix label without 'professional' (#14), the demo's charts low enough for their
pages (#6), Tabel 5's ranges kept on one line at desktop width (#15)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from hulplijnen.chapters.capacity import answer_chart
from hulplijnen.chapters.capacity import charts as capacity_charts
from hulplijnen.config.paths import ROOT
from hulplijnen.data import load
from hulplijnen.presentation import figures


def test_the_mix_group_of_the_sectors_is_not_called_professionals():
    """#14: the codes name sectors, not professionals: the report's own label (mix_label_nl) says so."""
    book = load.codebook("contact_person_groups")
    labels = set(book.loc[book["mix_group"] == "professional", "mix_label_nl"])
    assert labels == {"iemand uit onderwijs, cultuur, sport, welzijn of justitie"}
    assert not any("professional" in label for label in book["mix_label_nl"])


def _months(high: float) -> pd.DataFrame:
    months = [f"2020-{m:02d}" for m in range(1, 13)]
    return pd.DataFrame({"month": months, "rate": [0.45] * 12, "low": [0.4] * 12, "high": [high] * 12})


def test_the_answer_chart_is_low_with_its_key_inside_the_plot_when_the_lines_leave_room():
    """#6: 2.9 in with the key under the plot left chapter 2's first page 40 % empty."""
    figures.apply_theme()
    # r47 (demo r46 #14): the key's box clears the bands under it (a band up to 60 % ran into its third row)
    fig = answer_chart.answer_rates(_months(0.5), "t", synthetic=True)
    assert fig.get_size_inches()[1] <= 2.0
    # r45: a figure legend in one column anchored inside the axes' top (two columns or anchored above the axes
    # widened the drawing; the axes' own legend let the phone version squeeze the plot)
    assert fig.legends and fig.axes[0].get_legend() is None and fig.legends[0]._ncols == 1
    assert fig.legends[0]._loc == 2 and tuple(fig.legends[0].get_bbox_to_anchor().bounds[:2]) != (0.0, 0.0)
    high = answer_chart.answer_rates(_months(0.9), "t", synthetic=True)  # lines up high: the key goes under
    assert high.legends[0]._outside_loc == "lower"  # constrained layout keeps room for it under the plot
    plt.close("all")


def test_the_heat_maps_are_low_enough_to_stand_under_the_patience_chart():
    """#6: 5.6 in left p.9 55 % empty once the charts before it were lower."""
    figures.apply_theme()
    days = [str(d) for d in range(1, 8)]
    frame = pd.DataFrame({"00-06": [1.0] * 7, "09": [5.0] * 7, "22-23": [1.0] * 7}, index=days)
    fig = capacity_charts.weekday_hour_heatmap(frame, frame, "t")
    assert fig.get_size_inches()[1] <= 3.8
    plt.close("all")


def test_a_range_wraps_after_tot_on_a_desktop_only_when_the_compact_table_still_does_not_fit():
    """#15: '50,0 % tot / 56,9 %' wrapped at 1280 px: every range's 'tot' was made breakable on load."""
    script = (ROOT / "quarto" / "scroll-focus.html").read_text(encoding="utf-8")
    assert "function rangesMayWrap(table, may)" in script
    assert "rangesMayWrap(table, phone.matches);" in script
    assert 'document.querySelectorAll("main table td").forEach' not in script
    assert "font-size: max(13px, 0.85em);" in (ROOT / "quarto" / "tables.css").read_text(encoding="utf-8")
