"""Round 21 (2020 #17, demo #15): the alt text of a series that goes up and down said 'lopen op van 395 (januari 2020)
tot 492 (december 2020)'; it swings, between its lowest and highest, each named where it is reached. A holiday drawn
as a gap was named as the lowest value; a long series was read out as '119 waarden, meestal tussen 22 en 236,5'."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_alt  # noqa: E402
from hulplijnen.presentation.figures_alt import Description, Point, Series  # noqa: E402

MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def alt_of(*series: Series, unit: str = "count", kind: str = "line") -> str:
    class Drawn:  # a figure as alt_text reads it: only its description
        pass

    fig = Drawn()
    setattr(fig, figures_alt.ATTRIBUTE, Description(kind, "Contacten", unit, series))
    return figures_alt.alt_text(fig).replace("\u00a0", " ")


def months(name: str, values: list[float]) -> Series:
    return Series(name, tuple(Point(m, float(v)) for m, v in zip(MONTHS, values)))


def test_a_series_that_goes_up_and_down_swings_between_its_low_and_high_month():
    """2020 Figuur 2, vrouw: April's peak, then 549 in May and 469 in July: no rise from 395 to 492."""
    alt = alt_of(months("vrouw", [395, 420, 480, 706, 549, 500, 469, 480, 510, 500, 495, 492]))
    assert "lopen op" not in alt and "loopt op" not in alt
    assert "Vrouw: een piek in apr (706), de andere waarden schommelen tussen 395 (jan) en 549 (mei)" in alt
    assert "en eindigen op 492 (dec)." in alt  # the end, far from the start, where it is no extreme


def test_a_share_that_dips_and_recovers_names_its_low_and_high_months_and_its_ends():
    """Demo Figuur 3: 'daalt van 53,5 % tot 43 %' hid the April low and the summer recovery."""
    alt = alt_of(months("beantwoord", [53.5, 57.1, 45, 36.1, 40, 48, 50, 52, 47, 45, 44, 43]), unit="pct")
    assert "daalt" not in alt
    swing = "schommelt tussen 36,1 % (apr) en 57,1 % (feb); begint op 53,5 % (jan) en eindigt op 43 % (dec)."
    assert f"Beantwoord: {swing}" in alt


def test_a_nearly_monotone_series_still_rises_or_falls():
    rising = alt_of(months("chat", [20, 24, 23, 30, 35, 40, 41, 45, 50, 49, 55, 60]))
    assert "Chat: loopt op van 20 (jan) tot 60 (dec)." in rising
    falling = alt_of(months("wacht", [90, 80, 70, 60, 50, 40, 30, 20, 10]), unit="pct")
    assert "Wacht: daalt van 90 % (jan) tot 10 % (sep)." in falling
    flat = alt_of(months("vast", [5] * 12))
    assert "schommelt" not in flat and "loopt op" not in flat


def test_a_published_holiday_is_read_at_its_level_and_a_day_not_published_is_counted():
    """Demo Figuur 1: 'het laagst: 1 juni 2020 en 21 juli 2020 (0)', two holidays the chart drew as gaps. r37 (demo
    r36 #5, #15): the chart draws a published count at its level, a holiday's 0 too (drawn as gaps, the two made nine
    gaps where the annex counts seven days not published): the alt text reads it as drawn, the lowest value included;
    only a day not published is left out, counted. (Before r37: '(0)' never named, 'een gat bij 2 feestdagen'.)"""
    figures.apply_theme()
    days = pd.date_range("2020-01-06", periods=40, freq="B")
    counts = [30.0 + (i % 5) for i in range(40)]
    counts[10], counts[20] = 0.0, 2.0  # a closed holiday's published 0, and a holiday's small count
    counts[30] = None  # a day not published
    holiday = [i in (10, 20) for i in range(40)]
    daily = pd.DataFrame({"date": days, "contacts": counts, "holiday": holiday})
    fig = registration_charts.daily_contacts(daily, "Contacten per werkdag")
    alt = figures_alt.alt_text(fig).replace("\u00a0", " ")
    assert "het laagst: " in alt and "(0)" in alt, alt
    assert "gat" not in alt and "feestdag" not in alt and "; 1 niet gepubliceerd." in alt, alt
    # the values file keeps the holidays' published counts: missing is not zero, and a published 0 is not missing
    rows = figures_alt.metadata(fig)[figures_alt.DATA]
    assert [r[2] for r in rows][10] == 0.0 and [r[2] for r in rows][20] == 2.0


def test_a_long_series_is_read_without_a_count_of_its_values_and_where_most_lie_by_values_drawn():
    """Demo Figuur 6: 'Aangeboden oproepen: 119 waarden, meestal tussen 22 en 236,5'."""
    cells = Series("aangeboden", tuple(Point(f"uur {i}", float(v)) for i, v in enumerate([22.0, 236.5, 100.0] * 40)))
    alt = alt_of(cells, kind="heatmap")
    assert "Aangeboden: 120 waarden" not in alt and "236,5" not in alt, alt
    assert "Aangeboden: meestal tussen 22 en 236; het hoogst: 40 van de 120 waarden (236)" in alt, alt
    averaged = Series("gemiddeld", tuple(Point(f"uur {i}", v) for i, v in enumerate([22.0, 22.0, 236.0, 237.0] * 30)))
    alt = alt_of(averaged, kind="heatmap", unit="index")
    assert "meestal tussen 22 en 236;" in alt and "236,5" not in alt, alt  # a value drawn, not one between two
