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


MONTHS = pd.DataFrame({"month": ["2020-01", "2020-02"], "rate": [0.5, 0.6], "low": [0.45, 0.55], "high": [0.55, 0.65]})


def test_a_synthetic_release_draws_the_chance_band_grey_as_a_sample_only():
    """demo #12: around made-up shares the band is grey and says it only shows what a real band would look like;
    the rule comes from the release's synthetic flag, not from a release's name nor from words in the title (r33)."""
    from hulplijnen.chapters.capacity import answer_chart
    from hulplijnen.chapters.shared.export_tables import figure_title
    from hulplijnen.presentation.theme import GREY

    figures.apply_theme()
    made_up = answer_chart.answer_rates(MONTHS, "t", synthetic=True)
    (band,) = made_up.axes[0].collections
    assert to_hex(band.get_facecolor()[0]) == GREY.lower()
    # r33 (demo r32 #2): a lower bound, not what a real swing would look like
    # r36 (demo r35 #10): not 'de echte', which pointed nowhere
    assert band.get_label() == answer_chart.SAMPLE_BAND == "schommeling door toeval (in werkelijkheid groter)"
    # a title that reads as made up does not turn the band grey: the flag does
    titled = figure_title("t", {"synthetic": {"seed": 1}})
    for real in (answer_chart.answer_rates(MONTHS, "t"), answer_chart.answer_rates(MONTHS, titled, synthetic=False)):
        (band,) = real.axes[0].collections
        assert to_hex(band.get_facecolor()[0]) != GREY.lower() and band.get_label() == "schommeling door toeval"
    plt.close("all")


def test_the_export_chart_passes_the_release_s_synthetic_flag_to_the_answer_rate_chart():
    """The capacity chapter's chart is drawn through export_chart: the export's flag reaches the band (r33)."""
    from hulplijnen.chapters.capacity import answer_chart, charts
    from hulplijnen.presentation.theme import GREY

    figures.apply_theme()
    for export, grey in (({"synthetic": {"seed": 1}}, True), ({"synthetic": None}, False), (None, False)):
        fig = charts.ANSWER_RATE.draw({"monthly": MONTHS, "export": export})
        (band,) = fig.axes[0].collections
        assert (to_hex(band.get_facecolor()[0]) == GREY.lower()) is grey, export
        assert band.get_label() == (answer_chart.SAMPLE_BAND if grey else answer_chart.BAND), export
    plt.close("all")


def test_campaign_dates_on_a_phone_touch_no_band_edge_other_line_or_gridline_and_the_plot_is_taller():
    """2020 #16: on a phone '7 mei' sat against the band's edge and the line of 23 March, '17 dec' on a month line,
    in a plot about 160 px high."""
    from matplotlib.collections import LineCollection

    from hulplijnen.chapters.campaigns import charts
    from hulplijnen.presentation import figures_phone

    figures.apply_theme()
    observed = pd.Series(
        [530, 565, 560, 970, 740, 715, 665, 685, 565, 670, 720, 670.0],
        index=pd.period_range("2020-01", periods=12, freq="M"),
    )
    starts = [pd.Timestamp(s) for s in ("2020-03-23", "2020-05-07", "2020-10-06", "2020-12-17")]
    campaigns = pd.DataFrame({"name_nl": ["a", "b", "c", "d"], "start_earliest": starts})
    events = pd.DataFrame(
        {
            "name_nl": ["x"],
            "kind": ["demand"],
            "start_earliest": [starts[0].replace(day=1, month=4)],
            "end_latest": ["2020-06-30"],
        }
    )
    fig = charts.campaign_series(observed, campaigns, events, "t", 2020)
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    assert ax.get_window_extent(renderer).height >= 1.1 * 160 * fig.dpi / 92  # the plot taller than about 160 CSS px
    dates = [t for t in ax.texts if t.get_text().strip()]
    assert len(dates) == 4
    lines = [line for line in ax.lines if len(line.get_xdata()) == 2]  # a campaign's line
    for date in dates:
        box = date.get_bbox_patch().get_window_extent(renderer)
        for band in ax.patches:
            assert not box.overlaps(band.get_window_extent(renderer)), date.get_text()
        crossing = [line for line in lines if box.overlaps(line.get_window_extent(renderer).expanded(1, 1))]
        assert len(crossing) <= 1, date.get_text()  # beside its own line only
        for grid in [c for c in ax.collections if isinstance(c, LineCollection)]:
            for segment in grid.get_segments():
                (x0, y0), (x1, y1) = ax.transData.transform(segment)
                assert not (box.x0 <= x0 <= box.x1 and min(y0, y1) <= box.y1 and max(y0, y1) >= box.y0), date.get_text()
        for grid in ax.yaxis.get_gridlines():
            if grid.get_visible():
                y = grid.get_window_extent(renderer).y0
                assert not box.y0 <= y <= box.y1, date.get_text()
    plt.close(fig)
