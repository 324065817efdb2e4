"""Charts on a phone, round 29 (2020 #18, 2021 #12, demo #17, #18): at 390 px the phone versions' type was 11.5 CSS
px (letters about 8-9 px high), readers called the ticks, axis titles and legends too small, twelve months on a low
picture cramped, and the capacity heatmap's upright colour bars and night columns hard to read. Every chart's phone
version now sets each text at figures_phone.MIN_PT: measured as a browser shows it (the picture's pixels against the
width it is shown at, ``PHONE_FIGURE_PX``), no text is under ``READABLE_PX``; its figure is at least
figures_phone.MIN_TALL as high as wide; the heatmap has one colour bar lying under its panels, and its night columns
say on their ticks that they are averages per hour."""

from __future__ import annotations

import io

import matplotlib
import pandas as pd

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from chart_gallery import CHARTS  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from PIL import Image  # noqa: E402

from hulplijnen.chapters.capacity import charts as capacity_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_phone, figures_type  # noqa: E402

PHONE_FIGURE_PX = 339  # a figure's room at 390 px (tests/unit/test_chart_phone.py)
READABLE_PX = 12.5  # CSS px of the smallest type at 390 px (was 11.5: readers measured its letters at 8-9 px)


def _phone(make) -> tuple[plt.Figure, bytes]:
    figures.apply_theme()
    fig = make()
    figures.png_bytes(fig)  # the PDF's picture first, as assembly does
    own = getattr(fig, figures_phone.PHONE_FIGURE, None)
    if own is not None:  # r49: a chart that draws its phone version apart (channel_shares): that figure's texts
        phone = own()
        return phone, figures_phone.png_bytes(phone)
    return fig, figures_phone.png_bytes(fig)


def _shown_px(fig: plt.Figure, png: bytes) -> dict[str, float]:
    """Each drawn text's height in CSS px as a phone shows the picture."""
    width = Image.open(io.BytesIO(png)).width
    shown = min(PHONE_FIGURE_PX, width)
    return {
        t.get_text(): figures_type.css_px(t.get_fontsize(), figures_phone.DPI, shown, width)
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and (t.axes is None or t.axes.get_visible())
    }


def test_every_charts_phone_version_has_no_text_under_the_readable_size():
    small = {}
    for name, make in CHARTS.items():
        fig, png = _phone(make)
        if fig is None:
            continue
        texts = _shown_px(fig, png)
        assert texts, name
        small.update({f"{name}: {text!r}": round(px, 1) for text, px in texts.items() if px < READABLE_PX})
        assert figures_type.read_smallest_pt(png) >= figures_phone.MIN_PT, name
        plt.close(fig)
    assert not small, f"texts under {READABLE_PX} CSS px at 390 px: {small}"


def test_a_legend_of_six_entries_stays_within_the_phone_picture_at_the_phone_size():
    """2021 #12: Figuur 4's six entries (bars, hatch and 'n.g.' key) at about 9 px."""
    figures.apply_theme()
    fig, ax = plt.subplots(layout="constrained")
    for i in range(6):
        ax.bar([i], [i + 1], label=f"een contactnemer nummer {i + 1} uit de woonomgeving")
    figures.legend_below(fig, ncols=3)
    png = figures_phone.png_bytes(fig)
    legend = fig.legends[0] if fig.legends else ax.get_legend()
    assert len(legend.texts) == 6 and all(t.get_fontsize() >= figures_phone.MIN_PT for t in legend.texts)
    box = legend.get_window_extent(fig.canvas.get_renderer())
    assert box.width <= fig.bbox.width and Image.open(io.BytesIO(png)).width <= figures_phone.WIDTH * 150 + 1
    plt.close(fig)


def test_twelve_months_on_a_phone_stand_in_a_taller_picture():
    """2020 #18: Figure 1's phone version was 542 x 344 px, its months on two rows squeezed under a low plot."""
    figures.apply_theme()
    fig, ax = plt.subplots(figsize=(6.5, 2.6), layout="constrained")
    ax.plot(pd.date_range("2020-01-01", periods=12, freq="MS").strftime("%b"), range(12))
    ax.set_ylabel("contacten")
    png = figures_phone.png_bytes(fig)
    width, height = Image.open(io.BytesIO(png)).size
    assert height / width >= 0.75, (width, height)
    plt.close(fig)


def test_the_heatmaps_colour_bar_lies_under_it_and_its_night_columns_say_they_are_averages():
    offered = pd.DataFrame({"00-06": [14.0, 7.0], "07": [3.0, 2.0], "22-23": [4.0, 2.0]}, index=["1", "2"])
    fig, png = _phone(lambda: capacity_charts.weekday_hour_heatmap(offered, offered / 2, "t"))
    bars = [ax for ax in fig.axes if getattr(ax, "_colorbar", None) is not None]
    assert len(bars) == 1, "one colour scale for both panels"
    (bar,) = bars
    heatmaps = [ax for ax in fig.axes if ax not in bars]
    renderer = fig.canvas.get_renderer()
    assert bar._colorbar.orientation == "horizontal"
    assert bar.get_window_extent(renderer).y1 < min(ax.get_window_extent(renderer).y0 for ax in heatmaps)
    ticks = [t.get_text() for t in heatmaps[-1].get_xticklabels() if t.get_visible()]
    # demo r29 #14: the merged bands by their span, upright; the caption says they are averages
    assert ticks[0] == "0–7" and ticks[-1] == "22–24" and "07" not in ticks
    assert all(t.get_rotation() == 0 for t in heatmaps[-1].get_xticklabels())
    assert min(_shown_px(fig, png).values()) >= READABLE_PX
    plt.close(fig)


def test_numbers_on_neighbouring_bars_that_touch_on_a_phone_are_staggered():
    """2021 #12: on Figuur 2 '17,9 %' ran into '11,3 %' at the phone's type size."""
    from hulplijnen.presentation import theme

    figures.apply_theme()
    fig, ax = plt.subplots(figsize=(6.5, 2.6), layout="constrained")
    xs = [-0.27, 0, 0.27, 0.73, 1, 1.27]  # two groups of three bars, as Figuur 2
    for x, value in zip(xs, [70.8, 17.9, 11.3, 68.0, 14.0, 18.0]):
        ax.bar([x], [value], width=0.26)
        theme.value_label(ax, f"{value:.1f} %".replace(".", ","), (x, value), xytext=(0, 2), ha="center")
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    touching = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    assert not touching, touching
    plt.close(fig)


def test_the_need_heatmaps_hour_title_stands_once_under_the_last_panel_not_against_the_next_title():
    """demo #17 (capacity charts): on a phone the first panel's 'uur' ran into the second panel's title."""
    grid = pd.DataFrame({"09": [3.0, 4.0], "10": [2.0, 3.0]}, index=["1", "2"])
    fig, _ = _phone(lambda: capacity_charts.need_heatmap({"nodig 80 %": grid, "nodig 90 %": grid + 1}, "t"))
    panels = [ax for ax in fig.axes if getattr(ax, "_colorbar", None) is None]  # r31 demo #18: their colour bar too
    # r53 (r53 demo #11): the hour the column begins, '9' not '09'
    assert [ax.get_xlabel() for ax in panels] == ["", "uur (begin van het uur)"]
    assert [t.get_text() for t in panels[1].get_xticklabels()] == ["9", "10"]
    renderer = fig.canvas.get_renderer()
    assert fig.axes[0].xaxis.get_tightbbox(renderer).y0 > fig.axes[1].title.get_window_extent(renderer).y1
    plt.close(fig)


def test_a_heatmaps_numbers_stay_in_their_cells_on_a_phone():
    """r29 demo #1: on the phone the staffing heatmap's Thursday row lost its numbers: numbers in rows a space apart
    were taken for labels above neighbouring bars and lifted, over the next panel's title. Each stays in its cell."""
    figures.apply_theme()
    hours = [str(h) for h in range(9, 17)]
    grid = pd.DataFrame([[3.0] * 8, [4.0] * 8, [3.0] * 8, [2.0] * 8, [3.0] * 8], index=list("12345"), columns=hours)
    fig = capacity_charts.need_heatmap({"nodig": grid, "aangemeld": grid / 2}, "t")
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        plot = ax.get_window_extent(renderer)
        for text in (t for t in ax.texts if t.get_text().strip()):
            box = text.get_window_extent(renderer)
            assert plot.y0 <= box.y0 and box.y1 <= plot.y1, text.get_text()  # not lifted out of its row
    plt.close(fig)
