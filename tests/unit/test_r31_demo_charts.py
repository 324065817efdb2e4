"""Round 31, demo: the heatmaps' alt texts say where and when the values are highest and lowest (#17: 'het laagst:
79 van de 119 waarden (0)' told a listener nothing); Figure 5 has a colour key and its 'aangemeld' panel its own grey,
Figure 4 is taller (#18)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from hulplijnen.chapters.capacity import charts  # noqa: E402
from hulplijnen.presentation import figures, figures_alt, figures_cells, figures_phone  # noqa: E402


def grid(rows, decimals=0):
    frame = pd.DataFrame(rows, index=range(1, len(rows) + 1), columns=["09", "10", "11", "12"])
    if decimals:
        frame.attrs["decimals"] = decimals
    return frame


def test_the_heatmap_alt_text_says_which_days_and_hours_are_highest_and_lowest():
    figures.apply_theme()
    columns = ["00-08", "09", "10", "11-23"]  # bands 0-9 and 11-24: every hour of the day
    offered = pd.DataFrame(
        [[0, 50, 60, 0], [0, 40, 129, 0], [0, 45, 50, 0], [0, 40, 50, 0], [0, 40, 50, 0], [0] * 4, [0] * 4],
        index=range(1, 8),
        columns=columns,
    )
    alt = figures_alt.alt_text(charts.weekday_hour_heatmap(offered, offered, "t"))
    assert "waarden" not in alt and "meestal" not in alt
    assert "het hoogst (129) op dinsdag om 10 uur" in alt
    assert (
        "het laagst (0) op elke werkdag van 0 tot 9 uur en van 11 tot 24 uur; op zaterdag en zondag de hele dag" in alt
    )
    plt.close("all")


def test_the_need_heatmap_alt_text_names_days_and_hours():
    figures.apply_theme()
    need = grid([[3, 3, 3, 2], [3, 3, 3, 3], [4, 3, 3, 2], [3, 3, 3, 2], [3, 3, 3, 3]])
    alt = figures_alt.alt_text(charts.need_heatmap({"nodig": need}, "t"))
    assert "het hoogst (4) op woensdag om 9 uur; het laagst (2) op maandag, woensdag en donderdag om 12 uur" in alt
    plt.close("all")


def test_cells_of_another_label_are_not_read_as_a_heatmap():
    assert figures_cells.places([("januari", 1.0), ("februari", 2.0)], 2.0) is None
    found = figures_cells.places([("ma 09 uur", 1.0), ("ma 10 uur", 1.0), ("di 09 uur", 1.0), ("di 10 uur", 0.0)], 1.0)
    assert found["groups"] == [
        {"days": [1], "whole": False, "spans": [{"first": 9, "end": 11, "one": False}]},
        {"days": [2], "whole": False, "spans": [{"first": 9, "end": 10, "one": True}]},
    ]


def test_the_whole_day_only_where_the_chart_shows_every_hour_and_the_need_grid_says_its_hours():
    """The need heat map shows the opening hours only: a day that needs 3 all through them is 'van 9 tot 11 uur',
    not 'de hele dag'."""
    figures.apply_theme()
    need = grid([[3, 3, 3, 3], [3, 3, 3, 3], [3, 3, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3]])
    alt = figures_alt.alt_text(charts.need_heatmap({"nodig": need}, "t"))
    assert "hele dag" not in alt
    assert "het hoogst (3) op maandag, dinsdag, donderdag en vrijdag van 9 tot 13 uur; op woensdag van 9 tot 12" in alt
    plt.close("all")


def test_figure_5_keys_its_colours_and_draws_the_logged_in_panel_grey_on_desktop_and_phone():
    figures.apply_theme()
    grids = {
        "nodig": grid([[3, 3, 3, 2]] * 5),
        "aangemeld": grid([[1.5, 1.6, 1.4, 1.3]] * 5, decimals=1),
    }
    fig = charts.need_heatmap(grids, "t")
    needed, logged_in = (ax.collections[0].get_cmap().name for ax in fig.axes[:2])
    assert needed == charts.NEEDED_COLOURS and logged_in == charts.LOGGED_IN_COLOURS == "Greys"
    keys = lambda: [ax for ax in fig.axes if getattr(ax, "_colorbar", None) is not None]  # noqa: E731
    assert [k.get_xlabel() for k in keys()] == [charts.NEEDED_KEY, charts.LOGGED_IN_KEY]
    figures_phone.png_bytes(fig)
    assert len(keys()) == 2  # lying under the panels: kept on a phone
    assert all("." not in t.get_text() for k in keys() for t in k.get_xticklabels())  # Dutch numbers: 1, not 1.0
    plt.close(fig)


def test_figure_4_is_taller():
    figures.apply_theme()
    curve = pd.DataFrame({"seconds": [10, 30, 60], "still_waiting_pct": [90.0, 70.0, 50.0]})
    fig = charts.still_waiting(curve, "t")
    assert fig.get_figheight() >= 3.0
    plt.close(fig)


def test_one_more_hour_is_said_in_the_singular():
    figures.apply_theme()
    need = grid([[3, 2, 2, 2], [2, 3, 2, 2], [2, 2, 3, 2], [2, 2, 2, 2], [2, 2, 2, 2]])
    alt = figures_alt.alt_text(charts.need_heatmap({"nodig": need}, "t"))
    assert "en op nog één ander uur" in alt and "1 andere uren" not in alt
    plt.close("all")
