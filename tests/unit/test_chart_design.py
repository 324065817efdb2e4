"""Every chart in one design (issue 21, §4): one font (the one matplotlib ships) and one size system from theme.py;
no in-chart title repeating the caption Quarto prints (the title still names the chart in its alt text); no gridline
through a number written beside a mark; no tick label running into another or cut off; no legend over a label."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("agg")

from chart_gallery import CHARTS, TITLE, draw_all  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from hulplijnen.presentation import figures_alt, theme  # noqa: E402


@pytest.fixture(scope="module")
def drawn():
    built = draw_all()
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
