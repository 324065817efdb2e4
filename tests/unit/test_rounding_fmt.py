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
    # 'one in ten' says 10 % with one significant digit: 11,3 % is one in ten as a reader rounds it, not a
    # contradiction (it was flagged as one while 'one in n' was read as n rounded: 1 / 11,3 % = 8,8)
    assert one_in_n_holds(911 / 8059, 10, "about")
    assert not one_in_n_holds(0.16, 10, "about") and not one_in_n_holds(0.045, 10, "about")
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


def test_a_change_known_as_an_interval_is_said_as_a_fraction_only_when_both_ends_fit_it():
    """2020 against 2019 (from the 2021 page): 48,1 to 49,1 % more is 'ongeveer de helft (48 % tot 49 %)'; a range that
    no fraction fits gets only its percentages (review r11 2020 #1)."""
    from hulplijnen.presentation import fmt

    assert fmt.fraction_words(48.1, 49.1) == "de helft"
    assert fmt.fraction_words(30.0, 36.0) == "een derde"
    assert fmt.fraction_words(40.0, 49.0) == ""  # 40 is too far from a half, 49 too far from a third
    assert fmt.pct_range(48.1, 49.1) == f"{fmt.pct(48, 0)} tot {fmt.pct(49, 0)}"
    assert fmt.pct_range(48.1, 48.4) == fmt.pct(48, 0)


def test_a_share_known_only_by_its_rounding_is_shown_as_published():
    """2021 #1: the chapter's tables show the published '18 %', not '17,5 tot 18,5 %'; an interval that is no rounding
    of a whole percent (from 'one in n') keeps its ends."""
    from hulplijnen.presentation import fmt

    assert fmt.share_as_published(17.5, 18.5) == fmt.pct(18, 0)
    assert fmt.share_as_published(9.5, 10.5) == fmt.pct(10, 0)
    assert fmt.share_as_published(9.5, 11.1) == f"9,5 tot {fmt.pct(11.1)}"
