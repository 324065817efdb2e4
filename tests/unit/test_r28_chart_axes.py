"""Round 28 (r27 readers): 2021 #15, Figure 1's vertical gridlines ran through the value labels above the bars
('≈ 5.420', '8.059') and through the hatched bar: bars over years draw no vertical gridline. 2021 #18, Figure 6's
index axis started at 100 with a heavy line there, read as a zero, so 114 beside 157 looked like a fourfold growth:
the axis starts at 0 and the base is a thin dashed line named '2019 = 100'."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402

from hulplijnen.chapters.helplines import charts as helpline_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_contrast, figures_phone, figures_sources  # noqa: E402


def test_bars_over_the_years_draw_no_vertical_gridline():
    figures.apply_theme()
    series = pd.DataFrame({"year": [2019, 2020, 2021], "low": [5415.0, 8059.0, 8515.0]}).assign(
        high=lambda d: d["low"], exact=[False, True, True]
    )
    fig = figures_sources.series_counts(series, "Contacten per jaar", "contacten", whiskers=False)
    ax = fig.axes[0]
    assert not any(line.get_visible() for line in ax.get_xgridlines()), "a vertical gridline crosses the labels"
    assert any(line.get_visible() for line in ax.get_ygridlines())  # the counts still read against their grid
    plt.close("all")


def _growth():
    rows = pd.DataFrame(
        {
            "label": ["1712 (contacten)", "Tele-Onthaal (oproepen)"],
            "value": [157.0, 114.0],
            "low": [156.5, 113.9],
            "high": [157.5, 114.0],
            "decimals": [0, 0],
        }
    )
    return helpline_charts.intervals(rows, "Groei sinds 2019", "index (2019 = 100)", 100, "2019 = 100")


def test_an_index_axis_starts_at_zero_with_the_base_a_thin_dashed_named_line():
    figures.apply_theme()
    fig = _growth()
    ax = fig.axes[0]
    assert ax.get_xlim()[0] == 0, ax.get_xlim()
    base = [ln for ln in ax.lines if list(ln.get_xdata()) == [100, 100]]
    assert base and base[0].get_linestyle() == "--" and base[0].get_linewidth() < 1
    assert "2019 = 100" in [t.get_text() for t in ax.texts]
    assert figures_contrast.problems(fig) == []
    figures_phone.png_bytes(fig)  # on a phone too: from 0
    assert ax.get_xlim()[0] == 0
    plt.close("all")
