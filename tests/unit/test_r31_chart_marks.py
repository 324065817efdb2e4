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


MONTHS = pd.DataFrame(
    {"month": ["2020-01", "2020-02"], "rate": [0.5, 0.6], "low": [0.45, 0.55], "high": [0.55, 0.65]}
)


def test_a_synthetic_release_draws_the_chance_band_grey_as_a_sample_only():
    """demo #12: around made-up shares the band is grey and says it only shows what a real band would look like;
    the rule comes from the title's synthetic mark (the release), not from a release's name."""
    from hulplijnen.chapters.capacity import answer_chart
    from hulplijnen.chapters.shared.export_tables import figure_title
    from hulplijnen.presentation.theme import GREY

    figures.apply_theme()
    made_up = answer_chart.answer_rates(MONTHS, figure_title("t", {"synthetic": {"seed": 1}}))
    (band,) = made_up.axes[0].collections
    assert to_hex(band.get_facecolor()[0]) == GREY.lower()
    assert band.get_label() == answer_chart.SAMPLE_BAND == "zo zou een echte schommeling eruitzien"
    real = answer_chart.answer_rates(MONTHS, "t")
    (band,) = real.axes[0].collections
    assert to_hex(band.get_facecolor()[0]) != GREY.lower() and band.get_label() == "schommeling door toeval"
    plt.close("all")
