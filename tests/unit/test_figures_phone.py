"""A chart's phone version (review r14: 2020 #11, 2021 #3, demo #8: at 390 px the charts' type was 4-5 px high). It
is drawn at most figures_phone.WIDTH inches wide with the same point sizes, so at a phone's 339 CSS px for a figure
its smallest type is at least 9 px; its legend gets fewer columns when it no longer fits; tick labels never run
into each other. The PDF's picture does not change, and the same figure gives the same bytes. The HTML shows it
below 600 px, in a <picture> around the chart's own image (pipeline/phone_figures.py)."""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from PIL import Image  # noqa: E402

from hulplijnen.pipeline import phone_figures  # noqa: E402
from hulplijnen.presentation import figures, figures_phone, theme  # noqa: E402

PHONE_FIGURE_PX = 339  # a figure's room at 390 px (tests/unit/test_chart_phone.py)
LONG = [
    "het slachtoffer zelf",
    "een (stief)ouder",
    "een buur of iemand uit de woonomgeving",
    "bij benadering (alleen afgerond bekend)",
]


def bars_with_legend() -> plt.Figure:
    figures.apply_theme()
    fig, ax = plt.subplots(layout="constrained")
    for i, label in enumerate(LONG):
        ax.bar([i], [1000 * (i + 1)], label=label)
    figures.legend_below(fig, ncols=4)
    return fig


def months() -> plt.Figure:
    figures.apply_theme()
    fig, ax = plt.subplots(layout="constrained")
    ax.plot(pd.date_range("2021-01-01", periods=12, freq="MS"), range(12))
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    figures.month_ticks(ax)
    return fig


def long_names() -> plt.Figure:
    figures.apply_theme()
    fig, ax = plt.subplots()  # no constrained layout: its labels stick out of the figure
    ax.barh(["kerngezin", "andere context, incl. geloof en religie", "sport"], [85, 3, 1])
    return fig


def smallest_type_px(png: bytes) -> float:
    """The chart's smallest type in CSS px at a phone's width: the picture (one CSS px per pixel at most) scaled
    down to the figure's room."""
    pixels = Image.open(io.BytesIO(png)).size[0]
    return theme.SMALL_PT / 72 * figures_phone.DPI * min(PHONE_FIGURE_PX, pixels) / pixels


def test_a_chart_at_the_texts_width_is_unreadable_on_a_phone_and_its_phone_version_is_not():
    for make in (bars_with_legend, months, long_names):
        assert smallest_type_px(figures.png_bytes(make())) < 7, make.__name__  # what readers saw
        assert smallest_type_px(figures_phone.png_bytes(make())) >= 9, make.__name__


def test_a_legend_too_wide_for_the_phone_gets_fewer_columns_and_keeps_every_entry():
    fig = bars_with_legend()
    figures_phone.png_bytes(fig)
    legend = fig.legends[0]
    assert legend._ncols < 4
    assert [t.get_text().replace("\n", " ") for t in legend.texts] == LONG  # r29: at 10.5 pt a long one on two lines
    renderer = fig.canvas.get_renderer()
    assert legend.get_window_extent(renderer).width <= fig.bbox.width


def test_month_labels_on_a_phone_never_run_into_each_other_and_every_month_is_named():
    """r27 2020 #15, 2021 #19: the phone showed every second month only (jan, mrt, mei ...): readers could not find
    a month. r66 (r65 2020 #11): on two alternating rows the eye zigzagged to find one: all twelve as their initials
    in one row, upright, at the phone's size, none touching its neighbour."""
    fig = months()
    figures_phone.png_bytes(fig)
    shown = [t for t in fig.axes[0].get_xticklabels() if t.get_visible() and t.get_text().strip()]
    assert [t.get_text() for t in shown][:12] == list("JFMAMJJASOND") and len(shown) >= 12
    assert all(t.get_rotation() == 0 and t.get_fontsize() >= figures_phone.MIN_PT for t in shown)
    assert not figures_phone._overlap(shown)
    renderer = fig.canvas.get_renderer()
    assert len({round(t.get_window_extent(renderer).y0) for t in shown}) == 1  # one row


def test_the_pdfs_picture_is_unchanged_and_the_phone_version_is_the_same_bytes_each_time():
    assert figures.png_bytes(bars_with_legend()) == figures.png_bytes(bars_with_legend())
    fig = bars_with_legend()
    pdf = figures.png_bytes(fig)
    phone = figures_phone.png_bytes(fig)
    assert phone != pdf and phone == figures_phone.png_bytes(bars_with_legend())


def png(inches: float) -> bytes:
    """A blank picture ``inches`` wide at the charts' dpi."""
    buffer = io.BytesIO()
    Image.new("RGB", (round(inches * figures.DPI), 10), "white").save(buffer, "png", dpi=(figures.DPI, figures.DPI))
    return buffer.getvalue()


def test_the_html_shows_the_phone_version_below_600_px_and_keeps_the_alt_on_the_image(tmp_path):
    (tmp_path / "phone").mkdir()
    (tmp_path / "fig-a.png").write_bytes(png(theme.WIDTH))
    (tmp_path / "phone" / "fig-a.png").write_bytes(png(figures_phone.WIDTH))
    wide = "data:image/png;base64," + base64.b64encode(png(theme.WIDTH)).decode()
    html = f'<div id="fig-a"><figure><div><img src="{wide}" alt="Staafdiagram"></div></figure></div>'
    once, wrapped = phone_figures.with_phone_pictures(html, tmp_path)
    narrow = base64.b64encode(png(figures_phone.WIDTH)).decode()
    assert wrapped == 1
    assert once == (
        f'<div id="fig-a"><figure><div><picture><source media="(max-width: 600px)" '
        f'srcset="data:image/png;base64,{narrow}"><img src="{wide}" alt="Staafdiagram"></picture></div></figure></div>'
    )
    assert phone_figures.with_phone_pictures(once, tmp_path) == (once, 0)  # twice: still one picture


def test_a_chart_narrower_than_the_text_width_takes_its_share_of_the_column_on_a_wide_screen(tmp_path):
    """r20 2021 #8: a chart drawn at half the text width was shown at its own size, its type half as big again."""
    (tmp_path / "phone").mkdir()
    (tmp_path / "fig-a.png").write_bytes(png(theme.WIDTH / 2))
    (tmp_path / "phone" / "fig-a.png").write_bytes(png(figures_phone.WIDTH))
    half = "data:image/png;base64," + base64.b64encode(png(theme.WIDTH / 2)).decode()
    html, _ = phone_figures.with_phone_pictures(f'<figure><div><img src="{half}" alt="x"></div></figure>', tmp_path)
    assert f'<img style="--chart-share: 50.0%" src="{half}"' in html


def test_long_names_give_no_warning_on_the_way_to_the_phone_version():
    """demo r19: a bar chart with long category names collapsed its axes at the phone's width before the names were
    wrapped; matplotlib's warning (with this machine's path) went into the published notebook and made two builds
    differ. The phone version is drawn without a warning, and its bars keep their room."""
    import warnings

    figures.apply_theme()
    fig, ax = plt.subplots(figsize=(8, 3), layout="constrained")
    names = ["professional (onderwijs, cultuur, sport, welzijn, justitie) en nog langer " * 2, "onbekend"]
    ax.barh(names, [60, 40])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = figures_phone.png_bytes(fig)
    assert Image.open(io.BytesIO(png)).width > 0 and ax.get_position().width > 0.2
    plt.close(fig)


def test_the_phone_version_writes_every_text_at_the_text_size_and_says_so_in_its_picture():
    """r20 2020 #16, 2021 #8, Tele-Onthaal #13: numbers on the bars in the small size were 8-9 px on a phone."""
    from hulplijnen.presentation import figures_type

    figures.apply_theme()
    fig, ax = plt.subplots(layout="constrained")
    ax.bar(["2019", "2020"], [75, 86])
    theme.value_label(ax, "75 %", (0, 75))
    pdf = figures.png_bytes(fig)
    phone = figures_phone.png_bytes(fig)
    assert figures_type.read_smallest_pt(pdf) == theme.SMALL_PT
    # r29 (2020 #18, 2021 #12): a size and a half above the theme's text size, at least 12.5 CSS px at 390 px
    assert figures_type.read_smallest_pt(phone) == figures_phone.MIN_PT == theme.TEXT_PT + 1.5
    width = Image.open(io.BytesIO(phone)).width
    shown = figures_type.css_px(figures_phone.MIN_PT, figures_phone.DPI, PHONE_FIGURE_PX, width)
    assert shown >= 12.5, shown
    plt.close(fig)


def test_on_a_phone_a_legend_beside_the_plot_goes_under_it_and_numbered_cells_lose_their_colour_bar():
    """demo r20 #15: a legend right of a square plot and heatmaps' colour bars left the plots no width on a phone."""
    import numpy as np

    figures.apply_theme()
    fig, (left, right) = plt.subplots(1, 2, figsize=(theme.WIDTH, 3))
    left.scatter([1, 2], [1, 2], label="een uur van een weekdag")
    left.set_aspect("equal")
    left.legend(loc="center left", bbox_to_anchor=(1.02, 0.5))
    image = right.imshow(np.ones((2, 2)))
    for i in range(4):
        right.text(i % 2, i // 2, "1,5", ha="center")
    fig.colorbar(image, ax=right)
    fig.tight_layout()
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    assert left.get_legend().get_window_extent(renderer).y1 < left.get_window_extent(renderer).y0
    assert len(fig.axes) == 2  # the colour bar's axes gone
    plt.close(fig)


def test_on_a_phone_a_number_on_a_bar_does_not_cover_the_tick_labels():
    """r20 2021 #8: at the phone's text size "ongeveer 5.420" over the first bar covered the tick label "6.000"."""
    figures.apply_theme()
    fig, ax = plt.subplots(figsize=(3.2, 3), layout="constrained")
    ax.bar(["2019", "2020", "2021"], [5420, 8059, 8515])
    label = theme.value_label(ax, "ongeveer 5.420", (0, 5420), xytext=(0, 3), ha="center", va="bottom")
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    assert label.get_window_extent(renderer).x0 >= ax.get_window_extent(renderer).x0 - 1
    plt.close(fig)


def test_a_legend_under_the_plot_stands_under_the_second_row_of_month_names():
    """r28: the months' second row ran into a legend anchored under the plot (2020's Figure per gender)."""
    figures.apply_theme()
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    for name in ("vrouw", "man", "onbekend"):
        ax.bar(pd.date_range("2020-01-01", periods=12, freq="MS"), range(12), width=20, label=name)
    ax.set_xticks(pd.date_range("2020-01-01", periods=12, freq="MS"))
    figures.month_ticks(ax)
    ax.legend(frameon=False, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.1))
    fig.tight_layout()
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    lowest = min(t.get_window_extent(renderer).y0 for t in ax.get_xticklabels() if t.get_text().strip())
    assert ax.get_legend().get_window_extent(renderer).y1 <= lowest
    plt.close("all")
