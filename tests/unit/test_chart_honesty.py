"""No chart misleads (issue 21, §2): no logarithmic axis, a count axis from 0, a measure without an end not drawn
past what the sources know, every kind of mark named in a legend, "meer dan 58 %" not drawn as a margin to 100, and
a chart of made-up data marked as such in the picture."""

from __future__ import annotations

import matplotlib
import matplotlib.collections
import pandas as pd
import pytest

matplotlib.use("agg")

from chart_gallery import CHARTS  # noqa: E402

from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_contrast, figures_sources  # noqa: E402


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


def test_a_share_axis_runs_from_zero_to_a_hundred(drawn):
    """2021's Fig. 6 drew 74,3 % and 73 % on an axis from 71 to 75 %: a point's difference filled the chart."""
    ax = drawn["exact_and_rounded"].axes[0]
    assert ax.get_xlim() == (0, 100)
    # r29 (r28 2020 #16) drew the women's share per month, 71-75 %, on this axis; r31 2020 #19 (round 32): a flat line
    # that only repeats its sentence is no chart at all
    assert "gender_months" not in drawn
    assert {"0", "100"} <= {t.get_text() for t in ax.get_xticklabels()}


def legend_colours(fig) -> set[str]:
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend())]
    handles = [h for legend in legends for h in legend.legend_handles]
    colours = set()
    for handle in handles:
        if isinstance(handle, matplotlib.collections.LineCollection):  # a whisker: its strokes' colour
            colours.update(matplotlib.colors.to_hex(c, keep_alpha=True) for c in handle.get_color())
            continue
        colour = handle.get_facecolor() if hasattr(handle, "get_facecolor") else handle.get_color()
        colours.add(matplotlib.colors.to_hex(colour, keep_alpha=True))
    return colours


@pytest.mark.parametrize("name", ["exact_and_rounded", "group_bars", "series_counts"])
def test_every_kind_of_mark_is_named_in_a_legend(drawn, name):
    """Where a chart draws marks of more than one kind (a bar and its margin, a dated and an open measure), each
    kind has a legend entry: the colours of the filled shapes drawn are among the legend's."""
    fig = drawn[name]
    drawn_colours = {
        matplotlib.colors.to_hex(p.get_facecolor(), keep_alpha=True)
        for ax in fig.axes
        for p in ax.patches
        if p.get_visible() and p.get_fill() and p.get_extents().width > 0 and p.get_extents().height > 0
    }
    assert drawn_colours <= legend_colours(fig), (name, drawn_colours - legend_colours(fig))


def test_a_point_is_named_on_its_axis_and_no_legend_contradicts_its_colour(drawn):
    """The growth chart's rows are named on the axis (a helpline's colour); r22 2021 #16: a grey legend dot beside
    coloured points, and range boxes too narrow to see, told the reader nothing: no legend, no box."""
    fig = drawn["intervals"]
    assert not fig.legends and not fig.axes[0].patches


def test_a_share_of_more_than_is_not_drawn_as_a_margin_to_100(drawn):
    fig = drawn["published_shares"]
    for ax in fig.axes:
        for collection in ax.collections:
            for segment in collection.get_segments() if hasattr(collection, "get_segments") else []:
                assert max(x for x, _ in segment) < 99, "a whisker runs to 100 %"


def test_a_chart_of_made_up_data_says_so_in_the_picture():
    """Its title said so when titles were drawn; now the picture itself carries the mark, once: the release's
    synthetic flag (export_chart) puts it there, not words in the title (r33)."""
    from hulplijnen.chapters.shared.export_tables import export_chart

    figures.apply_theme()
    daily = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=10), "contacts": [5.0] * 10})
    draw = export_chart(registration_charts.daily_contacts, "Contacten per dag", "daily")
    for export, marked in (({"synthetic": True}, True), (None, False)):
        fig = draw({"daily": daily, "export": export})
        figures.png_bytes(fig)
        figures.png_bytes(fig)
        shown = [t.get_text() for t in fig.texts]
        # demo r25 #1: in the captions' words, larger than the ticks, bold and dark (a screenshot carries it)
        assert shown.count("Verzonnen gegevens") == (1 if marked else 0), shown
        for mark in fig.texts:
            assert mark.get_fontsize() > figures.SMALL_PT + 2 and mark.get_fontweight() == "bold"
            assert figures_contrast.ratio(mark.get_color(), "white") >= 4.5
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        for mark in fig.texts:  # above the chart: over no tick label and no mark
            box = mark.get_window_extent(renderer)
            assert not box.overlaps(ax.get_window_extent(renderer))
            assert not any(box.overlaps(t.get_window_extent(renderer)) for t in ax.get_yticklabels())
        matplotlib.pyplot.close(fig)


@pytest.mark.parametrize("name, kinds", [("answer_rates", 2), ("model_fit", 2), ("campaign_series", 3)])
def test_a_line_with_its_band_or_points_with_a_reference_name_each_in_a_legend(drawn, name, kinds):
    fig = drawn[name]
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend())]
    assert sum(len(legend.get_texts()) for legend in legends) >= kinds, name


@pytest.mark.parametrize("name", ["series_counts", "share_series"])
def test_a_hatched_range_bar_stands_at_the_published_value_with_the_rounding_as_a_whisker(drawn, name):
    """A value known only as a range is a light bar (hatched where the report derived it; a share published rounded
    is no estimate and not hatched, r19 2021 #17) up to the middle of that range (2021: the published 18 % chat
    was drawn at 17,5 %, the least it can be, and telefoon + e-mail + chat added up to 98,5 %), with a whisker over
    what the rounding allows; the legend names both in plain words (no 'minstens tot hier', no 'afgeleid'); the alt
    text gives the range."""
    fig = drawn[name]
    ax = fig.axes[0]
    outline = matplotlib.colors.to_rgba(".15")  # an exact bar's outline; a light bar is outlined in its own colour
    hatched = [p for p in ax.patches if p.get_hatch() or tuple(p.get_edgecolor()) != outline]
    assert hatched and ax.containers, name  # the chart has such a bar and whisker
    whiskers = [c for c in ax.containers if isinstance(c, matplotlib.container.ErrorbarContainer)]
    assert len(whiskers) == len(hatched), name
    for bar, whisker in zip(hatched, whiskers):
        (segment,) = whisker.lines[2][0].get_segments()
        low, high = sorted(float(y) for _, y in segment)
        assert bar.get_height() == pytest.approx((low + high) / 2), (name, bar.get_height(), low, high)
    if name == "share_series":  # the gallery's 17,5-18,5 % chat: a share published as 18 %
        assert pytest.approx(18.0) in [p.get_height() for p in hatched]
    legend = ax.get_legend()
    entries = dict(zip([t.get_text() for t in legend.get_texts()], legend.legend_handles))
    names = [  # the light bar's entry: a patch whose fill is not its outline (a category's entry: one colour)
        text
        for text, handle in entries.items()
        if isinstance(handle, matplotlib.patches.Patch)
        and tuple(handle.get_facecolor()) != tuple(handle.get_edgecolor())
    ]
    # the caption's word (r12 TO #11: "afgeleid" in both, not "berekend" in the legend), never "minstens"
    assert names and all("minstens" not in text and "berekend" not in text for text in names), entries
    # r39 (r38 2021 #14): a derived bar is named 'schatting' as the tables' "≈: schatting"; a published share
    # 'gepubliceerd (afgerond)'; the whisker says the rounding
    assert all("afgerond" in text or text == figures_sources.IMPLIED for text in names), entries
    # a whisker's legend entry is the whisker as drawn (an errorbar: a vertical stroke between caps)
    named = [text for text, handle in entries.items() if isinstance(handle, matplotlib.collections.LineCollection)]
    assert named and all("afronding" in text for text in named), entries
    from hulplijnen.presentation.figures_alt import alt_text

    alt = alt_text(fig)
    assert " tot " in alt or ("18\u00a0% (tussen 17,5\u00a0% en 18,5\u00a0%)" in alt.replace(" %", "\u00a0%")), alt
