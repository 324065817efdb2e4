"""Round r37 (helper e): the charts readers of r36 could not read. The monthly chart of the channels gives the small
channels a panel of their own scale (2020 #8: chat's rise from 21 to 108 a month lay flat at the foot of a 0-600
axis, under e-mail); a heat map whose cells carry numbers gets taller rows and larger numbers on a phone (demo #9:
about 7 px at 390 px)."""

from __future__ import annotations

import matplotlib

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from hulplijnen.chapters.capacity import charts as capacity_charts  # noqa: E402
from hulplijnen.chapters.channels import charts as channels_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_phone  # noqa: E402

MONTHS = pd.period_range("2020-01", "2020-12", freq="M")
PUBLISHED = pd.DataFrame(  # vraag 282's months of 2020, August's e-mail corrected to 90
    {
        "phone": [422, 420, 423, 634, 509, 512, 463, 493, 398, 459, 512, 455],
        "email": [90, 124, 113, 224, 143, 120, 110, 90, 93, 111, 115, 105],
        "chat": [21, 24, 29, 108, 91, 82, 90, 99, 74, 97, 91, 108],
        "not_recorded": [0] * 6 + [6] + [0] * 5,
    },
    index=MONTHS,
)


def test_the_small_channels_have_a_panel_of_their_own_scale():
    figures.apply_theme()
    fig = channels_charts.monthly_channels(PUBLISHED, "t")
    top, small = fig.axes[:2]
    assert [line.get_label() for line in top.get_lines()] == ["telefoon"]
    assert [line.get_label() for line in small.get_lines()] == ["e-mail", "chat"]
    # r38 (r37 2020 #14): no '(eigen schaal)' in the panel title (jargon); the caption says the lower scale is smaller
    assert top.get_title(loc="left") == "telefoon" and small.get_title(loc="left") == "e-mail en chat"
    # r39: the flag is the chart's, the words the chapter's captions.md (tests/unit/test_r39_captions.py)
    assert channels_charts.two_panels(PUBLISHED) and not channels_charts.two_panels(PUBLISHED[["phone"]])
    # chat's rise fills a good part of its own axis (on the phone's 0-650 axis it was an eighth of it)
    low, high = small.get_ylim()
    assert low == 0 and (108 - 21) / high > 0.3 and top.get_ylim()[0] == 0
    assert high >= 224 and top.get_ylim()[1] >= 634  # every month's whole mark inside its panel
    # r52 (r51 2020 #10): every line still named: the upper panel's one channel by its title, the lower panel's two by
    # a legend on that panel's title line (no longer one figure legend under the chart), clear of the title
    assert not fig.legends and top.get_legend() is None
    assert [t.get_text() for t in small.get_legend().get_texts()] == ["e-mail", "chat"]
    fig.canvas.draw()
    assert not small._left_title.get_window_extent().overlaps(small.get_legend().get_window_extent())
    assert getattr(fig, figures_phone.TALL) > figures_phone.MIN_TALL  # two panels of twelve months on a phone
    # r52: at the phone's larger type the legend would cover that title: it goes under the plot
    figures_phone.png_bytes(fig)
    assert not small._left_title.get_window_extent().overlaps(small.get_legend().get_window_extent())
    plt.close(fig)


def test_channels_of_one_size_share_one_panel():
    even = PUBLISHED.assign(email=PUBLISHED["phone"] - 50, chat=PUBLISHED["phone"] - 100)
    fig = channels_charts.monthly_channels(even, "t")
    assert len(fig.axes) == 1 and len(fig.axes[0].get_lines()) == 3
    assert channels_charts.panels(even, ["phone", "email", "chat"]) == [["phone", "email", "chat"]]
    plt.close(fig)


def test_a_heat_maps_numbers_are_larger_in_taller_rows_on_a_phone():
    grid = pd.DataFrame({str(h): [3.0, 4.0, 3.0, 4.0, 3.0] for h in range(9, 17)}, index=["1", "2", "3", "4", "5"])
    fig = capacity_charts.need_heatmap({"nodig": grid, "ook nodig": grid + 1}, "t")
    figures.png_bytes(fig)
    before = fig.get_figheight()
    figures_phone.png_bytes(fig)
    maps = [ax for ax in fig.axes if len(ax.texts) >= 4]
    assert len(maps) == 2
    assert all(t.get_fontsize() >= figures_phone.CELL_PT for ax in maps for t in ax.texts)
    rows = sum(ax.get_position().height for ax in maps) * fig.get_figheight() / 10  # ten rows of cells
    assert fig.get_figheight() > before and rows >= 0.9 * figures_phone.CELL_ROW_INCH, (before, rows)
    plt.close(fig)
