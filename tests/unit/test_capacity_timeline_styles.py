"""The capacity timeline (r16 2020 #1, 2021 #8): 'sneller terugbellen' and 'optie 0', started 'ergens in 2021', were
full bars January-December 2021; the chat 'vanaf september 2021', without an end, was drawn stopping in December 2021;
four encodings, a caption of nested brackets, row labels too small at a phone's width. Now two styles (dated, not
precisely dated), an undated start a named bracket, an open end an arrow past the last described date, the caption
one plain sentence. Each test failed before (earlier rounds: 2021 #9, 2020 #13, r13; r15 2020 #5, 2021 #7)."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrow, Rectangle

from hulplijnen.chapters.reachability import charts
from hulplijnen.presentation.theme import OKABE_ITO

ts = pd.Timestamp


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


def bars(ax, row: int) -> list[Rectangle]:
    return [
        p
        for p in ax.patches
        if isinstance(p, Rectangle) and abs(p.get_y() + p.get_height() / 2 - row) < 1e-9 and p.get_width() > 0
    ]


def test_a_start_known_only_as_a_year_is_a_named_bracket_not_a_bar():
    fig = charts.timeline(measures(), "t")
    ax = fig.axes[0]
    assert bars(ax, 1) == []  # no bar over 2021 for 'in 2021'
    assert "begin ergens in 2021" in [t.get_text() for t in ax.texts]
    assert "begin ergens tussen april 2020 en december 2020" in [t.get_text() for t in ax.texts]
    plt.close(fig)


def test_an_open_end_is_an_arrow_past_the_last_described_date():
    fig = charts.timeline(measures(), "t")
    ax = fig.axes[0]
    arrows = [p for p in ax.patches if isinstance(p, FancyArrow)]
    assert len(arrows) == 2  # 'terugbellen' and the chat
    last = mdates_num(ts("2021-12-31"))
    for arrow in arrows:
        xs = arrow.get_xy()[:, 0]
        assert xs.min() >= last - 1 and xs.max() > last + 90  # it runs on, well past December 2021
    chat = bars(ax, 2)
    assert len(chat) == 1 and chat[0].get_facecolor()[:3] == plt.matplotlib.colors.to_rgb(OKABE_ITO[0])
    plt.close(fig)


def mdates_num(t) -> float:
    import matplotlib.dates as mdates

    return mdates.date2num(t)


def test_two_styles_and_the_arrow_each_keyed_and_a_caption_of_one_plain_sentence():
    fig = charts.timeline(measures(), "t")
    assert sorted(legend(fig)) == sorted(
        [charts.DATED, charts.UNSURE, charts.SPAN, charts.FADED, charts.OPEN]
    )  # r19 #3: a fade
    faces = {
        tuple(round(c, 3) for c in p.get_facecolor()[:3])
        for p in fig.axes[0].patches
        if isinstance(p, Rectangle) and p.get_fill()
    }
    assert len(faces) == 2  # dark and light, no hatching
    assert not any(p.get_hatch() for p in fig.axes[0].patches)
    caption = charts.TIMELINE.caption
    assert "(" not in caption and ";" not in caption and "gearceerd" not in caption
    plt.close(fig)


def test_the_names_stand_above_their_rows_not_squeezed_beside_the_axis():
    """At 390 px the row labels, wrapped beside the axis, were about 5 px high."""
    fig = charts.timeline(measures(), "t")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == []
    assert {"subsidie", "terugbellen", "chat", "voortzetting"} <= {t.get_text() for t in ax.texts}
    plt.close(fig)


def test_every_mark_is_keyed_the_bracket_too():
    """2021 (r19 #4): Figuur 6 drew a bracket (the span in which an undated start lies) that the legend did not show;
    its key was the light bar's. Now the bracket has a key of its own, drawn as a bracket (a line, not a filled box),
    and a chart with a bracket but no light bar shows no light bar's key."""
    only_year = measures().iloc[[1]].assign(open_end=False, end_latest=ts("2022-06-30"), end_precision="day")
    fig = charts.timeline(only_year, "t")
    texts = legend(fig)
    assert charts.SPAN in texts and charts.UNSURE not in texts
    keys = dict(zip(texts, fig.legends[0].legend_handles))
    assert isinstance(keys[charts.SPAN], Line2D)


def test_an_inferred_end_fades_out_over_the_span_it_lies_in_and_no_day_is_given_for_it():
    """r19 #3: the first subsidy, started 'ergens tussen april en december 2020' and 'voor een jaar', was a light bar
    ending sharply on 30 November 2021, a day no source gives. Now the light bar stops where the end may first lie
    (a year after the earliest start) and fades out to the latest end, keyed in the legend; the alt text names the
    span of months, not a day."""
    import numpy as np

    fig = charts.timeline(measures(), "t")
    ax = fig.axes[0]
    solid = [p for p in bars(ax, 0) if p.get_fill()]
    assert len(solid) == 1 and solid[0].get_x() + solid[0].get_width() <= mdates_num(ts("2021-04-01"))
    (fade,) = ax.images
    left, right, _, _ = fade.get_extent()
    assert abs(left - mdates_num(ts("2021-03-31"))) < 1 and abs(right - mdates_num(ts("2021-11-30"))) < 1
    alpha = np.asarray(fade.get_array())[0, :, 3]
    assert alpha[0] > 0.9 and alpha[-1] < 0.1 and (np.diff(alpha) <= 0).all()  # it fades out, left to right
    assert charts.FADED in legend(fig)
    said = str(charts.describe_timeline(measures(), "t"))
    assert "ergens tussen maart 2021 en november 2021" in said and "2021-11-30" not in said
    plt.close(fig)


def test_the_names_are_set_at_the_text_size_of_the_other_charts_labels():
    """r19 #3: the row names were at the small size (about 6-7 pt as printed); a row's name is its label."""
    from hulplijnen.presentation.theme import TEXT_PT

    fig = charts.timeline(measures(), "t")
    names = [t for t in fig.axes[0].texts if t.get_text() in {"subsidie", "terugbellen", "chat", "voortzetting"}]
    assert len(names) == 4 and {t.get_fontsize() for t in names} == {TEXT_PT}
    plt.close(fig)


def test_the_larger_names_do_not_narrow_the_time_axis_in_the_phone_version():
    """r19 #3: at the text size the names, laid out with the axes, squeezed the phone version's time axis to a sliver;
    they stand outside the layout, wrapped to fit the phone's width."""
    from hulplijnen.presentation import figures_phone

    long = measures()
    long["name_nl"] = [
        "na de eerste lockdown: extra werkingsmiddelen om de capaciteit voor een jaar te versterken",
        "uitnodiging om bij een bezette lijn een bericht in te spreken",
        "chat uitgebreid: maandag tot donderdag open tot 22 uur",
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
    starts = tuple(n[:12] for n in long["name_nl"])  # on a phone every text is at the text size: found by its words
    names = [t for t in ax.texts if t.get_text().replace("\n", " ").startswith(starts)]
    assert len(names) == 4 and all(t.get_window_extent(renderer).x1 <= fig.bbox.x1 for t in names)
    long = charts._wrap(
        "na de eerste lockdown: extra werkingsmiddelen om de capaciteit voor een jaar te versterken"
    ).splitlines()
    assert all(len(line) <= 46 for line in long)
    plt.close(fig)
