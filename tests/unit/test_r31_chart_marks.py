"""Round 31: chart marks readers could not explain. TO #15: Figuur 1's published (2021) bars had a dark outline the
bars derived from a change lacked, and the legend did not say why: every bar has the same outline now."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from hulplijnen.chapters.helplines import charts as helpline_charts  # noqa: E402
from hulplijnen.presentation import figures  # noqa: E402

YEARS = pd.DataFrame(
    {
        "year": [2019, 2019, 2021, 2021],
        "measure": ["calls", "conversations"] * 2,
        "low": [120_000, 90_000, 137_669, 104_681],
        "high": [121_000, 91_000, 137_669, 104_681],
        "exact": [False, False, True, True],
    }
)


def test_every_bar_of_the_helpline_years_has_the_same_outline():
    figures.apply_theme()
    fig = helpline_charts.calls_conversations(YEARS, "t", {})
    bars = [p for p in fig.axes[0].patches if p.get_visible()]
    assert len(bars) == 4
    assert len({(to_hex(p.get_edgecolor()), p.get_linewidth()) for p in bars}) == 1
    legend = fig.legends[0]
    swatches = legend.get_patches()
    assert len({(to_hex(p.get_edgecolor()), p.get_linewidth()) for p in [*swatches, bars[0]]}) == 1
    plt.close(fig)
