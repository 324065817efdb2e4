"""The attempts a caller makes ('gemiddeld 3 à 4', the Proximus samples of the 2022 answer) come from the key
figures in data/, never from a constant in code or a number in a template: other stated attempts change the text,
and a helpline whose figures state none gets no estimate per caller."""

from hulplijnen.analysis import capacity as cap
from hulplijnen.data import history

CALLERS = {"consistent": False, "most": 4000, "fewest": 1600, "reached_low": 100.0, "reached_high": 100.0}


def test_the_attempts_are_the_key_figures_of_the_latest_year_that_states_them():
    assert history.stated_range("1712", "call_attempts", "per_caller", 2020) == (3.0, 4.0)
    assert history.stated_range("1712", "call_attempts", "per_caller", 2021) == (3.0, 4.0)  # 2021 states none: 2020
    assert history.stated_range("1712", "call_attempts", "per_caller", 2019) == ()  # no year up to 2019 states it
    assert history.stated_range("tele-onthaal", "call_attempts", "per_caller", 2021) == ()


def test_the_estimate_per_caller_takes_the_attempts_it_is_given():
    low, high = cap.per_caller(answered=1000, offered=8000, attempts=(2.0, 5.0))
    assert (low.callers, high.callers) == (4000, 1600)
    assert cap.per_caller(answered=1000, offered=8000, attempts=()) == []


def test_other_stated_attempts_change_every_sentence_that_names_them(capacity_text):
    said = capacity_text(synthetic=False, callers={**CALLERS, "attempts": [2, 5]}, offered=8000)
    assert "gemiddeld 2 tot 5 pogingen doet" in said and "geen 2 tot 5" in said and "3 tot 4" not in said


def test_no_stated_attempts_no_estimate_per_caller(capacity_text):
    said = capacity_text(synthetic=False, callers=None, offered=8000)
    assert "Hoeveel **bellers**" not in said and "bellers kwamen er door" not in said
