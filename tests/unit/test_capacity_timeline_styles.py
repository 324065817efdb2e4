"""The capacity timeline (r20 2020 #15, 2021 #9): five keys (bar, light box, bracket, fading box, arrow) could not be
read, the title said 'uitgevoerde' of a subsidy only announced, the first subsidy's alt text said 'zonder bekend einde'
after an end range, and the type was 6-9 px on a phone. Now two styles (dated, dated roughly), each row's dates in
words under its name at the text size, the title 'Maatregelen voor de bereikbaarheid'. Each test failed before.
Round 22 (r21 2020 #5, 2021 #5): an open end ran solid to the chart's edge (2025) as if the measure lasted until then,
and the first subsidy 'voor een jaar' had a definite end: an open end is drawn to the source's date and fades out
after it, an inferred span fades in and out, and the axis ends where the drawing does."""

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle

from hulplijnen.chapters.reachability import charts
from hulplijnen.presentation.theme import OKABE_ITO

ts = pd.Timestamp
SOURCE = ts("2022-01-24")


def measures() -> pd.DataFrame:
    """The 1712 shape: a subsidy with an undated start and an inferred end, a measure of some month of a year without
    an end, a measure from a month without an end, a dated continuation."""
    return pd.DataFrame(
        {
            "name_nl": ["subsidie", "terugbellen", "chat", "voortzetting"],
            "start_earliest": [ts("2020-04-01"), ts("2021-01-01"), ts("2021-09-01"), ts("2021-12-01")],
            "start_latest": [ts("2020-12-01"), ts("2021-12-31"), ts("2021-09-30"), ts("2021-12-01")],
            "start_precision": ["inferred", "year", "month", "day"],
            "end_latest": [ts("2021-11-30"), pd.NaT, pd.NaT, ts("2024-11-30")],
            "end_precision": ["inferred", "open", "open", "day"],
            "open_end": [False, True, True, False],
            "status": ["implemented"] * 4,
        }
    )


def legend(fig) -> list[str]:
    return [t.get_text() for lg in fig.legends for t in lg.get_texts()]


def names(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts]


def bars(fig) -> list:
    return [p for p in fig.axes[0].patches if p.get_gid() == charts.MEASURE]


def right_end(patch) -> pd.Timestamp:
    return pd.Timestamp(mdates.num2date(patch.get_x() + patch.get_width())).tz_localize(None)


def test_two_styles_only_each_keyed():
    fig = charts.timeline(measures(), "t")
    assert legend(fig) == [charts.DATED, charts.UNSURE]
    ax = fig.axes[0]
    assert not [p for p in ax.patches if not isinstance(p, Rectangle)]  # no arrow
    assert not ax.lines  # no bracket
    faces = {tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in bars(fig)}
    dark, light = (tuple(round(c, 3) for c in colour) for colour in (to_rgb(OKABE_ITO[0]), charts.LIGHT))
    assert faces == {dark, light}
    # a fade is a picture in a dashed outline, never a third colour of bar
    assert all(i.get_gid() == charts.FADE for i in ax.images) and ax.images
    outlines = [p for p in ax.patches if p.get_gid() == charts.FADE]
    assert outlines and all(not p.get_fill() and p.get_linestyle() != "solid" for p in outlines)
    plt.close(fig)
    # with the source's date: its dotted line, keyed
    fig = charts.timeline(measures(), "t", SOURCE)
    assert legend(fig) == [charts.DATED, charts.UNSURE, "datum van de bron (januari 2022)"]
    assert [pd.Timestamp(x) for x in fig.axes[0].lines[0].get_xdata()] == [SOURCE, SOURCE]
    plt.close(fig)


def test_each_row_says_its_dates_in_words_under_its_name():
    fig = charts.timeline(measures(), "t")
    said = names(fig)
    assert said == [
        "subsidie\nbegin tussen april 2020 en december 2020;\neinde niet vermeld",
        "terugbellen\nin 2021; einde niet vermeld",
        "chat\nvanaf september 2021; einde niet vermeld",
        "voortzetting\nvanaf 1 december 2021 tot 30 november 2024",
    ]
    plt.close(fig)


def test_a_rough_date_is_light_a_stated_one_dark():
    fig = charts.timeline(measures(), "t")
    dark, light = (tuple(round(c, 3) for c in colour) for colour in (to_rgb(OKABE_ITO[0]), charts.LIGHT))
    colours = [tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in bars(fig)]
    assert colours == [light, light, dark, dark]
    plt.close(fig)


def test_an_open_end_stops_at_the_sources_date_and_fades_out_after_it():
    """r21 2020 #5, 2021 #5: drawn solid to the chart's edge, a measure without a stated end looked as if it ran until
    then; it is drawn up to the source's date, then fades out, and the axis does not run past what is drawn."""
    fig = charts.timeline(measures(), "t", SOURCE)
    ax = fig.axes[0]
    right = pd.Timestamp(mdates.num2date(ax.get_xlim()[1])).tz_localize(None)
    drawn = bars(fig)
    assert right_end(drawn[1]) == SOURCE and right_end(drawn[2]) == SOURCE  # 'terugbellen', 'chat': open
    assert right_end(drawn[3]) == ts("2024-11-30") and right < ts("2025-01-01")  # no year 2025 on the axis
    fades = sorted(mdates.num2date(i.get_extent()[0]).date() for i in ax.images)
    assert fades.count(SOURCE.date()) == 2  # each open end fades out from the source's date
    plt.close(fig)


def test_a_year_with_an_unknown_start_is_solid_only_where_it_surely_ran():
    """r21 2020 #5, 2021 #5: 'voor een jaar', begun between April and December 2020, was one bar of twenty months with
    an end; it fades in over the months its start may fall in and out over those its end may."""
    fig = charts.timeline(measures(), "t", SOURCE)
    first = bars(fig)[0]
    start = pd.Timestamp(mdates.num2date(first.get_x())).tz_localize(None)
    assert start == ts("2020-12-01") and right_end(first) == ts("2020-04-01") + (ts("2021-11-30") - ts("2020-12-01"))
    images = fig.axes[0].images
    spans = sorted(
        tuple(pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in i.get_extent()[:2]) for i in images
    )
    assert (ts("2020-04-01"), ts("2020-12-01")) in spans and spans[1][1] == ts("2021-11-30")
    plt.close(fig)


def test_the_alt_text_says_what_is_drawn():
    said = str(charts.describe_timeline(measures(), "t"))
    assert "einde niet vermeld" in said and "2021-11-30" not in said
    from hulplijnen.presentation.figures_alt import alt_text

    alt = alt_text(charts.timeline(measures(), "t", SOURCE))
    assert "subsidie: begint ergens tussen april 2020 en december 2020; einde niet vermeld;" in alt
    # r21 2020 #5: where an open end is drawn to, as the chart draws it
    assert "einde niet vermeld, getekend tot de datum van de bron (januari 2022);" in alt.split("terugbellen:")[1]
    assert "zonder bekend einde" not in alt


def test_the_title_names_the_measures_for_the_reachability_not_carried_out_ones():
    assert charts.TIMELINE.caption.startswith("Maatregelen voor de bereikbaarheid")
    assert "Uitgevoerde" not in charts.TIMELINE.caption and "(" not in charts.TIMELINE.caption


def test_every_text_is_at_the_text_size():
    """r20 2020 #16, 2021 #8: the 8 pt labels were 6-7 px on a phone."""
    from hulplijnen.presentation.theme import TEXT_PT

    fig = charts.timeline(measures(), "t")
    texts = [*fig.axes[0].texts, *fig.axes[0].get_xticklabels(), *fig.legends[0].get_texts()]
    assert {t.get_fontsize() for t in texts} == {TEXT_PT}
    plt.close(fig)


def test_the_names_do_not_narrow_the_time_axis_in_the_phone_version():
    """r19 #3: at the text size the names, laid out with the axes, squeezed the phone version's time axis to a sliver;
    they stand outside the layout, wrapped to fit the phone's width."""
    from hulplijnen.presentation import figures_phone

    long = measures()
    long["name_nl"] = [
        "extra werkingsmiddelen (de capaciteitssubsidie) om de capaciteit voor een jaar te versterken",
        "uitnodiging om bij een bezette lijn een bericht in te spreken (een bericht inspreken kon al eerder)",
        "chat uitgebreid, van maandag tot donderdag open tot 22 uur",
        "voortzetting van de capaciteitssubsidie",
    ]
    fig = charts.timeline(long, "t")
    import io

    from PIL import Image

    from hulplijnen.presentation import figures

    figures.png_bytes(fig)  # the PDF's picture first, as display.show_figure does
    picture = Image.open(io.BytesIO(figures_phone.png_bytes(fig))).width / figures_phone.DPI  # inches, as saved
    ax = fig.axes[0]
    fig.canvas.draw()  # at the figure's own dpi again
    renderer = fig.canvas.get_renderer()
    assert ax.get_window_extent(renderer).width / fig.dpi > 0.8 * picture  # the plot: most of the picture's width
    assert len(ax.texts) == 4 and all(t.get_window_extent(renderer).x1 <= fig.bbox.x1 for t in ax.texts)
    assert all(len(line) <= 46 for t in ax.texts for line in t.get_text().splitlines())
    plt.close(fig)
