import pytest

from hulplijnen.maths.intervals import Interval, implied_base, one_in_n_holds, rounding_interval
from hulplijnen.presentation import fmt


def test_rounding_interval_of_integer_percent():
    assert rounding_interval(6, 0) == Interval(5.5, 6.5)


def test_implied_base_hand_computed():
    # 8515 after +6 % (5.5..6.5): 8515/1.065 = 7995.31, 8515/1.055 = 8071.09
    got = implied_base(8515, 6, 0)
    assert got.low == pytest.approx(7995.305, abs=1e-3)
    assert got.high == pytest.approx(8071.090, abs=1e-3)


def test_implied_base_negative_change_one_decimal():
    # 137669 after -1.1 % (-1.15..-1.05): 137669/0.9895 and 137669/0.9885
    got = implied_base(137669, -1.1, 1)
    assert got.low == pytest.approx(137669 / 0.9895)
    assert got.high == pytest.approx(137669 / 0.9885)


def test_one_in_n():
    assert one_in_n_holds(2708 / 8059, 3, "about")
    assert not one_in_n_holds(911 / 8059, 10, "about")
    assert one_in_n_holds(0.18, 5, "almost")


def test_dutch_numbers():
    assert fmt.number(8059) == "8.059"
    assert fmt.pct(33.64) == "33,6\u00a0%"
    assert fmt.month("2020-03") == "maart 2020"
    assert fmt.one_in(2708 / 8059) == "één op de drie"
    assert fmt.signed_pct(-17.9) == "−17,9\u00a0%"


def test_than_says_higher_or_lower_without_a_sign():
    assert fmt.than(38.2, 0) == "38\u00a0% hoger dan"
    assert fmt.than(-5, 1) == "5,0\u00a0% lager dan"
    assert fmt.than(0.4, 0) == "even hoog als" and fmt.than(-0.04, 1) == "even hoog als"


def test_a_sentence_opening_with_een_writes_Een_not_Een_with_two_accents():
    from hulplijnen.presentation import text

    assert fmt.capfirst("één op de drie") == "Eén op de drie"
    assert fmt.capfirst("ongeveer") == "Ongeveer"
    assert text.FILTERS["capfirst"]("één op de vier") == "Eén op de vier"


def test_a_name_ending_in_an_exclamation_mark_gets_no_second_full_stop():
    assert fmt.closed("Hulplijn 1712, Tele-Onthaal en Stop it Now!") == "Hulplijn 1712, Tele-Onthaal en Stop it Now!"
    assert fmt.closed("Jaarrapport") == "Jaarrapport."


def test_a_negative_number_carries_a_true_minus_sign_not_a_hyphen():
    """HTML showed '-17,9' where the PDF had '−17,9': a screen reader may read a hyphen as a dash."""
    assert fmt.number(-17.9, 1) == "\u221217,9"
    assert fmt.number(-36460) == "\u221236.460"
    assert fmt.pct(-1, 0) == "\u22121\u00a0%"
    assert "-" not in fmt.number(-0.04, 1) + fmt.number(5)
