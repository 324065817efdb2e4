"""The capacity timeline (2021 #9, 2020 #13, r13): a measure whose end this project infers was drawn in the colour
the legend gives a measure 'met begin- en einddatum'; the hatched light bars had no key of their own; the marker
'laatste datum in de bronnen' sat beside a bar that runs years further. Each test failed before."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgba

from hulplijnen.chapters.reachability import charts
from hulplijnen.presentation.theme import OKABE_ITO

ts = pd.Timestamp


def measures() -> pd.DataFrame:
    """The 1712 shape: a subsidy with an undated start and an inferred end, a measure of some month of a year without
    an end, a dated continuation."""
    return pd.DataFrame(
        {
            "name_nl": ["subsidie", "terugbellen", "voortzetting"],
            "start_earliest": [ts("2020-04-01"), ts("2021-01-01"), ts("2021-12-01")],
            "start_latest": [ts("2020-12-01"), ts("2021-12-31"), ts("2021-12-01")],
            "end_latest": [ts("2021-11-30"), pd.NaT, ts("2024-11-30")],
            "end_precision": ["inferred", "open", "day"],
            "open_end": [False, True, False],
            "status": ["implemented"] * 3,
        }
    )


def legend(fig) -> list[str]:
    return [t.get_text() for lg in fig.legends for t in lg.get_texts()]


def test_an_inferred_period_is_drawn_light_and_keyed_as_derived():
    fig = charts.timeline(measures(), "t")
    ax = fig.axes[0]
    dark = to_rgba(OKABE_ITO[0])
    row0 = [p for p in ax.patches if abs(p.get_y() + p.get_height() / 2) < 1e-9]
    assert row0 and all(p.get_facecolor() != dark for p in row0)
    assert charts.UNSURE in legend(fig)
    plt.close(fig)


def test_every_bar_style_drawn_has_its_own_key_and_there_are_three_at_most():
    """r14 2020 #12: seven keys for five bars, and a caption in other words than the legend; three styles (dark,
    light, hatched), each named in the caption as in the legend."""
    fig = charts.timeline(measures(), "t")
    keys = legend(fig)
    # round 16 (r15 2020 #5, 2021 #7): one style per kind of knowledge, so four: the span of an undated start (thin)
    # apart from a period inferred (light)
    keys_drawn = [charts.DATED, charts.UNSURE, charts.INFERRED, f"{charts.OPEN} (getekend tot december 2021)"]
    assert sorted(keys) == sorted(keys_drawn)
    assert not [line for line in fig.axes[0].get_lines() if line.get_xdata().size]  # no marker or dotted line
    for key in (charts.DATED, charts.UNSURE, charts.INFERRED, charts.OPEN):
        assert key in charts.TIMELINE.caption
    plt.close(fig)
