"""Round 19 (2021 #8): the alt text of a course with one value far above all the others names that peak first and
the other values by their range; a screen reader heard 'blijft ongeveer op hetzelfde niveau' for the lockdown peak."""

from hulplijnen.presentation import figures_alt
from hulplijnen.presentation.figures_alt import Description, Point, Series


def alt_of(*series: Series) -> str:
    class Drawn:  # a figure as alt_text reads it: only its description
        pass

    fig = Drawn()
    setattr(fig, figures_alt.ATTRIBUTE, Description("line", "Contacten per maand", "count", series))
    return figures_alt.alt_text(fig).replace("\u00a0", " ")


def months(name: str, values: list[float]) -> Series:
    return Series(name, tuple(Point(f"m{i}", float(v)) for i, v in enumerate(values, start=1)))


def test_one_value_far_above_the_rest_is_named_as_a_peak_and_the_others_by_their_range():
    alt = alt_of(months("telefoon", [422, 421, 423, 634, 509, 512, 464, 493, 398, 459, 512, 455]))
    # r21 2020 #17: the others go up and down: they swing between their lowest and highest, each where it is reached
    assert "Telefoon: een piek in m4 (634), de andere waarden schommelen tussen 398 (m9) en 512 (m6 en m11)." in alt
    assert "blijft ongeveer op hetzelfde niveau" not in alt and "meestal" not in alt


def test_a_rising_course_with_a_peak_names_the_peak_and_the_rise_of_the_others():
    alt = alt_of(months("e-mail", [10, 12, 14, 90, 16, 18, 20, 22, 24, 26, 28, 40]))
    assert "een piek in m4 (90), de andere waarden lopen op van 10 (m1) tot 40 (m12)." in alt
    # r21 2020 #17: a dip of the others is no rise: they swing, and begin where neither lowest nor highest is
    alt = alt_of(months("e-mail", [10, 12, 14, 90, 16, 18, 20, 22, 9, 26, 28, 40]))
    assert "de andere waarden schommelen tussen 9 (m9) en 40 (m12) en beginnen op 10 (m1)." in alt


def test_no_peak_where_the_highest_is_only_a_little_above_the_next_or_at_an_end():
    rising = alt_of(months("chat", [21, 24, 29, 108, 90, 81, 90, 100, 74, 97, 91, 106]))
    # r29 2020 #21: chat's step up in m4 is a level shift, read out as its two levels
    assert "piek" not in rising and "Chat: van m1 tot m3 tussen 21 en 29, vanaf m4 tussen 74 en 108." in rising
    noise = alt_of(months("chat", [10, 12, 11, 13, 12, 11, 10, 12, 11, 12]))
    assert "piek" not in noise
    at_end = alt_of(months("chat", [10, 12, 11, 12, 12, 11, 10, 12, 11, 90]))
    assert "piek" not in at_end and "loopt op van 10 (m1) tot 90 (m10)" in at_end
