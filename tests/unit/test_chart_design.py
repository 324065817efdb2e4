"""Every chart in one design and none misleads (issue 21, §2 and §4): one font (the one matplotlib ships) and one
size system from theme.py; no in-chart title repeating the caption Quarto prints (the title still names the chart
in its alt text); no gridline through a number written beside a mark; every colour drawn named in a legend; a count
axis from 0, never logarithmic; a measure without an end not drawn past what the sources know."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

matplotlib.use("agg")

from matplotlib import font_manager  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from hulplijnen import figures, figures_alt, figures_sources, figures_staffing, theme  # noqa: E402

TITLE = "Titel van de grafiek"


def month_index(n: int = 12) -> pd.PeriodIndex:
    return pd.period_range("2020-01", periods=n, freq="M")


def campaign():
    band = pd.DataFrame(
        {"low": [400.0 + i for i in range(12)], "high": [480.0 + i for i in range(12)]}, index=month_index()
    )
    band["expected"] = (band["low"] + band["high"]) / 2
    band["observed"] = band["expected"] + 5
    campaigns = pd.DataFrame({"name_nl": ["campagne"], "start_earliest": [pd.Timestamp("2020-03-01")]})
    events = pd.DataFrame(
        {"name_nl": ["lockdown: piek"], "start_earliest": [pd.Timestamp("2020-04-01")], "end_latest": ["2020-06-30"]}
    )
    return figures.campaign_series(band, campaigns, events, TITLE, 2020)


def measures() -> pd.DataFrame:
    ts = pd.Timestamp
    return pd.DataFrame(
        {
            "name_nl": ["subsidie", "extra lijn", "chat langer open"],
            "start_earliest": [ts("2020-04-01"), ts("2020-04-01"), ts("2021-09-01")],
            "start_latest": [ts("2020-04-01"), ts("2021-06-30"), ts("2021-09-30")],
            "end_latest": [ts("2021-11-30"), pd.NaT, pd.NaT],
            "open_end": [False, True, True],
        }
    )


def groups() -> pd.DataFrame:
    return pd.DataFrame({"label_nl": ["a", "b", "c", "d"], "low": [7352, 232, 24, 0], "high": [7352, 240, 37, 6]})


def series() -> pd.DataFrame:
    return pd.DataFrame(
        {"year": [2012, 2019, 2020], "low": [2433, 5407, 8059], "high": [3406, 5440, 8059], "exact": [0, 0, 1]}
    ).astype({"exact": bool})


CHARTS = {
    "monthly_channels": lambda: figures.monthly_channels(
        pd.DataFrame({"phone": range(400, 412)}, index=month_index()), TITLE
    ),
    "channel_shares": lambda: figures.channel_shares(
        pd.DataFrame({"label": ["1712"] * 3, "channel": ["phone", "email", "chat"], "share_pct": [68.0, 14.0, 18.0]}),
        TITLE,
    ),
    "group_bars": lambda: figures.group_bars(groups(), TITLE),
    "campaign_series": campaign,
    "intervals": lambda: figures.intervals(
        pd.DataFrame({"label": ["a", "b"], "value": [157.0, 113.9], "low": [156.0, 113.0], "high": [158.0, 114.5]}),
        TITLE,
        "index",
        100,
    ),
    "daily_contacts": lambda: figures.daily_contacts(
        pd.DataFrame({"date": pd.date_range("2020-01-01", periods=60), "contacts": [20.0 + i % 7 for i in range(60)]}),
        TITLE,
    ),
    "answer_rates": lambda: figures.answer_rates(
        pd.DataFrame(
            {"month": [str(m) for m in month_index()], "rate": [0.5] * 12, "low": [0.4] * 12, "high": [0.6] * 12}
        ),
        TITLE,
    ),
    "channel_mix_bars": lambda: figures.channel_mix_bars(
        pd.DataFrame({"group": ["a", "b"], "phone": [60.0, 50.0], "email": [30.0, 25.0], "chat": [10.0, 25.0]}),
        {"a": "groep a", "b": "groep b"},
        TITLE,
    ),
    "gender_months": lambda: figures_sources.gender_months(
        pd.DataFrame(
            {"month": [str(m) for m in month_index()], "female": [400] * 12, "male": [120] * 12, "unknown": [5] * 12}
        ),
        pd.Series({"female": "vrouw", "male": "man", "unknown": "onbekend"}),
        TITLE,
    ),
    "labelled_bars": lambda: figures_sources.labelled_bars(
        pd.DataFrame({"label": ["kerngezin", "school", "sport"], "value": [85.0, 18.0, 0.4]}), TITLE, "procent", True
    ),
    "exact_and_rounded": lambda: figures_sources.exact_and_rounded(
        pd.DataFrame({"label": ["2020", "2021"], "value": [73.8, 73.0], "low": [73.8, 72.5], "high": [73.8, 73.5]}),
        TITLE,
        "procent",
    ),
    "timeline": lambda: figures_sources.timeline(measures(), TITLE),
    "ranges": lambda: figures_sources.ranges(
        pd.DataFrame({"label": ["per poging", "per beller"], "low": [40.0, 78.0], "high": [45.0, 91.0]}),
        TITLE,
        "procent",
    ),
    "series_counts": lambda: figures_sources.series_counts(series(), TITLE, "contacten"),
    "share_series": lambda: figures_sources.share_series(
        pd.DataFrame(
            {
                "year": [2020, 2020, 2021, 2021],
                "channel": ["phone", "chat", "phone", "chat"],
                "low": [70.0, 11.0, 67.5, 17.5],
                "high": [70.0, 11.0, 68.5, 18.5],
                "exact": [True, True, False, False],
            }
        ),
        TITLE,
    ),
    "weekly_hours": lambda: figures_staffing.weekly_hours(
        pd.DataFrame({"label": ["aangemeld", "nodig voor 80 %"], "hours": [59.0, 117.0]}), TITLE
    ),
    "model_fit": lambda: figures_staffing.model_fit(
        pd.DataFrame(
            {
                "weekday": [1, 1, 2],
                "hour": [9, 10, 9],
                "measured_rate": [0.5, 0.55, 0.6],
                "predicted_rate": [0.52, 0.56, 0.58],
            }
        ),
        TITLE,
    ),
    "still_waiting": lambda: figures_staffing.still_waiting(
        pd.DataFrame({"seconds": [30, 60, 120], "still_waiting_pct": [80.0, 60.0, 35.0]}), TITLE
    ),
    "need_heatmap": lambda: figures_staffing.need_heatmap(
        {"nodig": pd.DataFrame({"9": [3.0, 4.0], "10": [2.0, 3.0]}, index=["1", "2"])}, TITLE
    ),
    "weekday_hour_heatmap": lambda: figures.weekday_hour_heatmap(
        pd.DataFrame({"9": [30.0, 40.0], "10": [20.0, None]}, index=["1", "2"]),
        pd.DataFrame({"9": [20.0, 30.0], "10": [10.0, None]}, index=["1", "2"]),
        TITLE,
    ),
    "published_shares": lambda: figures_sources.published_shares(
        pd.DataFrame(
            {
                "label_nl": ["kindermishandeling", "minderjarig", "binnen de familie"],
                "value": [54.0, 58.0, 90.0],
                "low": [53.5, 58.0, 89.5],
                "high": [54.5, 100.0, 90.5],
                "base": ["mogelijke slachtoffers", "mogelijke slachtoffers", "contacten"],
                "open_above": [False, True, False],
            }
        ),
        TITLE,
    ),
}


@pytest.fixture(scope="module")
def drawn():
    figures.apply_theme()
    saved = matplotlib.rcParams["figure.max_open_warning"]
    matplotlib.rcParams["figure.max_open_warning"] = len(CHARTS) + 1  # every chart open at once, on purpose
    built = {name: make() for name, make in CHARTS.items()}
    matplotlib.rcParams["figure.max_open_warning"] = saved
    for fig in built.values():
        fig.canvas.draw()
    yield built
    for fig in built.values():
        matplotlib.pyplot.close(fig)


def texts(fig) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.mark.parametrize("name", CHARTS)
def test_no_chart_draws_its_title_the_caption_names_it(drawn, name):
    fig = drawn[name]
    assert TITLE not in [t.get_text() for t in texts(fig)]
    assert figures_alt.alt_text(fig).startswith(f"{figures_alt.alt_text(fig).split('„')[0]}„{TITLE}”")


@pytest.mark.parametrize("name", CHARTS)
def test_every_text_in_one_of_the_two_sizes_of_the_theme(drawn, name):
    sizes = {round(t.get_fontsize(), 2) for t in texts(drawn[name])}
    assert sizes <= {theme.TEXT_PT, theme.SMALL_PT}, sizes


@pytest.mark.parametrize("name", CHARTS)
def test_every_text_in_the_font_matplotlib_ships(drawn, name):
    bundled = str(font_manager.findfont(font_manager.FontProperties(family=theme.FONT), fallback_to_default=False))
    assert bundled.startswith(matplotlib.get_data_path())
    files = {str(font_manager.findfont(t.get_fontproperties(), fallback_to_default=False)) for t in texts(drawn[name])}
    assert {f.replace("-Bold", "") for f in files} == {bundled}, files


def gridlines(ax) -> list:
    return [line for axis in (ax.xaxis, ax.yaxis) for line in axis.get_gridlines() if line.get_visible()]


@pytest.mark.parametrize("name", CHARTS)
def test_no_gridline_runs_through_a_number_written_beside_a_mark(drawn, name):
    """A number on the page (not on a filled bar) either sits on an opaque box or is crossed by no gridline."""
    fig = drawn[name]
    renderer = fig.canvas.get_renderer()
    crossed = []
    for ax in fig.axes:
        for text in ax.texts:
            if text.get_bbox_patch() is not None and text.get_bbox_patch().get_facecolor()[3] == 1:
                continue
            box = text.get_window_extent(renderer)
            if any(box.overlaps(line.get_window_extent(renderer)) for line in gridlines(ax)):
                on_bar = any(
                    p.get_window_extent(renderer).contains(*box.p0) and p.get_window_extent(renderer).contains(*box.p1)
                    for p in ax.patches
                )
                if not on_bar:
                    crossed.append(text.get_text())
    assert not crossed, f"{name}: gridline through {crossed}"


@pytest.mark.parametrize("name", CHARTS)
def test_no_axis_is_logarithmic(drawn, name):
    for ax in drawn[name].axes:
        assert ax.get_xscale() == "linear" and ax.get_yscale() == "linear", name


@pytest.mark.parametrize(
    "name",
    [
        "group_bars",
        "labelled_bars",
        "series_counts",
        "campaign_series",
        "gender_months",
        "monthly_channels",
        "daily_contacts",
        "weekly_hours",
    ],
)
def test_a_count_axis_starts_at_zero(drawn, name):
    ax = drawn[name].axes[0]
    horizontal = name in ("group_bars", "labelled_bars", "weekly_hours")
    low = (ax.get_xlim() if horizontal else ax.get_ylim())[0]
    ticks = [t.get_text() for t in (ax.get_xticklabels() if horizontal else ax.get_yticklabels())]
    assert low == 0 and "0" in ticks, (name, low, ticks)


def test_a_measure_without_an_end_stops_where_the_sources_stop(drawn):
    ax = drawn["timeline"].axes[0]
    known = matplotlib.dates.date2num(measures()["start_latest"].max())
    ends = [p.get_x() + p.get_width() for p in ax.patches]
    assert max(ends) <= matplotlib.dates.date2num(measures()["end_latest"].max()) + 1e-6
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert hatched and all(p.get_x() + p.get_width() <= known + 1e-6 for p in hatched)
    assert ax.get_xlim()[1] <= matplotlib.dates.date2num(measures()["end_latest"].max()) + 31


def legend_colours(fig) -> set[str]:
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend())]
    handles = [h for legend in legends for h in legend.legend_handles]
    colours = set()
    for handle in handles:
        colour = handle.get_facecolor() if hasattr(handle, "get_facecolor") else handle.get_color()
        colours.add(matplotlib.colors.to_hex(colour, keep_alpha=True))
    return colours


@pytest.mark.parametrize("name", ["timeline", "exact_and_rounded", "group_bars", "series_counts"])
def test_every_kind_of_mark_is_named_in_a_legend(drawn, name):
    """Where a chart draws marks of more than one kind (a bar and its margin, a dated and an open measure), each
    kind has a legend entry: the colours of the filled shapes drawn are among the legend's."""
    fig = drawn[name]
    drawn_colours = {
        matplotlib.colors.to_hex(p.get_facecolor(), keep_alpha=True)
        for ax in fig.axes
        for p in ax.patches
        if p.get_visible() and p.get_width() > 0 and p.get_height() > 0
    }
    assert drawn_colours <= legend_colours(fig), (name, drawn_colours - legend_colours(fig))


def test_a_point_with_its_band_names_both_in_a_legend(drawn):
    """The growth chart's rows are named on the axis (a helpline's colour); the legend says what the point and the
    band are."""
    labels = [t.get_text() for legend in drawn["intervals"].legends for t in legend.get_texts()]
    assert len(labels) == 2, labels


def test_a_share_of_more_than_is_not_drawn_as_a_margin_to_100(drawn):
    fig = drawn["published_shares"]
    for ax in fig.axes:
        for collection in ax.collections:
            for segment in collection.get_segments() if hasattr(collection, "get_segments") else []:
                assert max(x for x, _ in segment) < 99, "a whisker runs to 100 %"


@pytest.mark.parametrize("name", CHARTS)
def test_no_two_tick_labels_run_into_each_other_and_none_is_cut_off(drawn, name):
    fig = drawn[name]
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            labels = [
                tick.label1
                for tick in axis.get_major_ticks()
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9 and tick.label1.get_visible() and tick.label1.get_text()
            ]
            boxes = [t.get_window_extent(renderer) for t in labels]
            # a label cut off at the figure's edge; savefig's tight box would keep it, the layout must too
            assert all(b.x0 >= page.x0 - 1 and b.x1 <= page.x1 + 1 for b in boxes), name
            overlapping = [(a, b) for a, b in zip(boxes, boxes[1:]) if a.overlaps(b)]
            assert not overlapping, (name, [t.get_text() for t in labels])


@pytest.mark.parametrize("name", CHARTS)
def test_no_legend_covers_an_axis_label_or_a_tick_label(drawn, name):
    fig = drawn[name]
    renderer = fig.canvas.get_renderer()
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend())]
    labels = [
        text
        for ax in fig.axes
        for text in (ax.xaxis.label, ax.yaxis.label, *ax.get_xticklabels(), *ax.get_yticklabels())
        if text.get_visible() and text.get_text()
    ]
    covered = [
        text.get_text()
        for legend in legends
        for text in labels
        if legend.get_window_extent(renderer).overlaps(text.get_window_extent(renderer))
    ]
    assert not covered, (name, covered)


def test_a_chart_of_made_up_data_says_so_in_the_picture():
    """Its title said so when titles were drawn; now the picture itself carries the mark, once."""
    from hulplijnen.chapters.export_tables import figure_title

    figures.apply_theme()
    daily = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=10), "contacts": [5.0] * 10})
    for export, marked in (({"synthetic": True}, True), (None, False)):
        fig = figures.daily_contacts(daily, figure_title("Contacten per dag", export))
        figures.png_bytes(fig)
        figures.png_bytes(fig)
        shown = [t.get_text() for t in fig.texts]
        assert shown.count("Synthetische gegevens") == (1 if marked else 0), shown
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        for mark in fig.texts:  # above the chart: over no tick label and no mark
            box = mark.get_window_extent(renderer)
            assert not box.overlaps(ax.get_window_extent(renderer))
            assert not any(box.overlaps(t.get_window_extent(renderer)) for t in ax.get_yticklabels())
        matplotlib.pyplot.close(fig)


@pytest.mark.parametrize("name, kinds", [("answer_rates", 2), ("model_fit", 2), ("campaign_series", 5)])
def test_a_line_with_its_band_or_points_with_a_reference_name_each_in_a_legend(drawn, name, kinds):
    fig = drawn[name]
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend())]
    assert sum(len(legend.get_texts()) for legend in legends) >= kinds, name
