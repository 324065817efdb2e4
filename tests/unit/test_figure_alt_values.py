"""The alt text says what the text says: a range of counts by the text's formatter (the whole numbers it allows), a
range that shows as one number as that number, an index as precise as it is given, a start known only within a
window as that window (never the window's end as the start), and a long series in order by its course."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

from hulplijnen.chapters.helplines import charts as helpline_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_alt, figures_sources  # noqa: E402
from hulplijnen.presentation.figures_alt import Description, Point, Series  # noqa: E402


def alt_of(description: Description) -> str:
    class Drawn:
        pass

    fig = Drawn()
    setattr(fig, figures_alt.ATTRIBUTE, description)
    return figures_alt.alt_text(fig).replace("\u00a0", " ")


def test_a_range_of_counts_shows_the_whole_numbers_it_allows_as_the_text_does():
    figures.apply_theme()
    series = pd.DataFrame(
        {"year": [2019, 2020], "low": [5406.3, 8059.0], "high": [5440.9, 8059.0], "exact": [False, True]}
    )
    alt = figures_alt.alt_text(figures_sources.series_counts(series, "Contacten per jaar", "Contacten"))
    assert "2019 5.407 tot 5.440" in alt and "2020 8.059" in alt  # was 5.406 tot 5.441; 8.059 not 8.059 tot 8.059


def test_a_range_that_shows_as_one_number_is_written_once_and_an_index_as_precise_as_given():
    rows = pd.DataFrame(
        {"label": ["1712", "Tele-Onthaal"], "value": [157.0, 113.9], "low": [156.5, 113.86], "high": [157.5, 113.94]}
    )
    alt = figures_alt.alt_text(helpline_charts.intervals(rows, "Groei", "Index", reference=100)).replace("\u00a0", " ")
    assert "Tele-Onthaal 113,9." in alt and "tussen 113,9 en 113,9" not in alt
    assert "1712 ongeveer 157 (tussen 156,5 en 157,5)" in alt  # r19 TO #20 and "157,0" not in alt


def test_a_long_series_in_order_is_read_by_its_course_with_its_peak_and_low_inside():
    months = [f"m{i}" for i in range(1, 13)]
    values = [533, 600, 700, 967, 800, 700, 650, 600, 398, 500, 550, 560]
    line = Series("Telefoon", tuple(Point(m, float(v)) for m, v in zip(months, values)))
    alt = alt_of(Description("line", "Contacten per maand", "count", (line,)))
    # the ends lie close together against the whole range: no rise (2020, r11 #33); it swings between its lowest and
    # highest, where each is reached (r21 2020 #17)
    assert "Telefoon: schommelt tussen 398 (m9) en 967 (m4)." in alt
    rising = Series(
        "Chat", tuple(Point(m, float(v)) for m, v in zip(months, [10, 12, 30, 14, 16, 18, 20, 22, 9, 26, 28, 40]))
    )
    alt = alt_of(Description("line", "Chat per maand", "count", (rising,)))
    assert "loopt op" not in alt and "schommelt tussen 9 (m9) en 40 (m12) en begint op 10 (m1)" in alt
    falling = Series("Nog aan de lijn", tuple(Point(f"na {s} s", v) for s, v in zip(range(9), range(90, 0, -10))))
    assert "daalt van 90 % (na 0 s) tot 10 % (na 8 s)." in alt_of(Description("line", "Wachten", "pct", (falling,)))
    groups = Series(None, tuple(Point(f"groep {i}", float(i)) for i in range(9)))
    unordered = alt_of(Description("bars", "Per groep", "count", (groups,)))
    assert "loopt op" not in unordered and "het hoogst: groep 8 (8)" in unordered  # categories have no course


def test_a_course_reads_the_values_without_their_ranges_and_a_measure_is_named_apart_from_its_dates():
    months = [f"m{i}" for i in range(1, 10)]
    expected = Series("Verwacht", tuple(Point(m, 500.0 + i, 400.0 + i, 700.0 + i) for i, m in enumerate(months)))
    alt = alt_of(Description("line", "Campagnes", "count", (expected,)))
    assert "loopt op van 500 (m1) tot 508 (m9)" in alt and "(tussen" not in alt.split("loopt op")[1]
    measure = Series(None, (Point("subsidie", start=pd.Timestamp("2020-12-01"), end=pd.Timestamp("2021-11-30")),))
    assert "subsidie: vanaf 1 december 2020 tot 30 november 2021." in alt_of(
        Description("timeline", "Maatregelen", "count", (measure,))
    )
