"""Round 30 (2020 #21, 2021 #11): a line whose values step to another level and stay there is read out as its two
levels (chat: 21 to 29 a month until March, 74 to 108 from April), not as a swing between its lowest and highest;
a swing, a peak and a steady rise keep their wording."""

from test_alt_peak_r19 import alt_of

from hulplijnen.presentation.figures_alt import Point, Series
from hulplijnen.presentation.figures_course import _shift


def months(name: str, values: list[float]) -> Series:
    return Series(name, tuple(Point(f"maand {i}", float(v)) for i, v in enumerate(values, start=1)))


CHAT = [21, 24, 29, 108, 90, 81, 90, 100, 74, 97, 91, 106]


def test_a_step_to_another_level_is_read_out_as_the_two_levels():
    alt = alt_of(months("chat", CHAT))
    assert "Chat: van maand 1 tot maand 3 tussen 21 en 29, vanaf maand 4 tussen 74 en 108." in alt
    assert "schommelt" not in alt


def test_a_step_down_and_a_step_beside_a_peak_are_read_the_same_way():
    down = alt_of(months("e-mail", [50, 52, 51, 49, 50, 12, 10, 11, 13, 12]))
    assert "E-mail: van maand 1 tot maand 5 tussen 49 en 52, vanaf maand 6 tussen 10 en 13." in down
    peaked = alt_of(months("telefoon", [20, 22, 21, 60, 61, 200, 62, 60, 61, 63]))
    assert "een piek in maand 6 (200), de andere waarden van maand 1 tot maand 3 tussen 20 en 22, vanaf maand 4" in (
        peaked
    )


def test_no_shift_where_the_levels_overlap_or_one_side_is_a_single_value():
    assert _shift([10, 14, 12, 16, 11, 15, 13, 17]) is None  # noise
    assert _shift([10, 12, 14, 16, 18, 20, 22, 24]) is None  # a steady rise: the ranges are wider than the gap
    assert _shift([10, 11, 10, 12, 11, 10, 11, 90]) is None  # a jump at the end is no level
    assert _shift(CHAT) == 3
    phone = alt_of(months("telefoon", [422, 421, 423, 634, 509, 512, 464, 493, 398, 459, 512, 455]))
    assert "vanaf" not in phone and "een piek in maand 4 (634), de andere waarden schommelen" in phone
