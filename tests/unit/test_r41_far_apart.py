"""Round r41 (r40 Tele-Onthaal findings): the rule for two shares gains a third step, 'veel lager/hoger'
(data.statements.far_apart), used by the gap paragraphs and every chapter that judges two shares."""

from hulplijnen.chapters.helplines.conversion import judged
from hulplijnen.chapters.shared.checked import Compared
from hulplijnen.data.statements import ABOUT_THE_SAME_POINTS, FAR_APART_POINTS, far_apart
from hulplijnen.maths.intervals import Interval
from hulplijnen.presentation import text


def test_far_apart_is_judged_on_the_printed_range_beyond_its_bound():
    """#3: a difference wholly more than FAR_APART_POINTS from zero, as printed (one decimal), is a large one."""
    assert FAR_APART_POINTS > ABOUT_THE_SAME_POINTS
    assert far_apart(Interval(-11.03, -10.91)) and far_apart(Interval(5.06, 7.0))
    assert not far_apart(Interval(-6.0, -5.04))  # printed -5,0: on the bound, not beyond it
    assert not far_apart(Interval(-9.0, 0.5)) and not far_apart(Interval(-1.2, -0.9))


def test_chat_gap_since_2019_reads_veel_lager_and_the_small_shifts_stay_iets():
    """#3: chat's 14,1 % against 2019's 25,01 to 25,13 % was a plain 'lager' beside 'iets lager/hoger' of 0,9 point."""
    chat = judged(14.1, Interval(25.01, 25.13))
    assert chat == {"trend": "fell", "slight": False, "far": True}
    phone = judged(25.6, Interval(24.79, 24.91))
    assert phone == {"trend": "rose", "slight": True, "far": False}
    assert judged(14.1, Interval(13.89, 14.06))["trend"] == "same"


def test_compared_shares_of_other_chapters_follow_the_same_third_step():
    """The one rule: a rounded share beside an earlier exact one ('veel minder') where its range lies beyond it."""
    far = Compared(30.0, 20.0, 19.5, 20.5, False, -10.5, -9.5, False, 10.0)
    near = Compared(30.0, 27.0, 26.5, 27.5, False, -3.5, -2.5, False, 3.0)
    assert far.far and not near.far and not far.slightly


def test_the_methods_state_the_third_step_with_its_bound():
    """#3: the annex's rule ('Wat „ongeveer even groot” betekent') says the third step, its bound from the context."""
    said = " ".join(text.render("methods.md", derived=False, about_the_same=2.0, far_apart=5.0, terms=[]).split())
    # r61 (r58 2021-tele-onthaal #9): the rule as a list, each word with when it is used
    assert (
        "- „veel lager” of „veel hoger” (ook „veel minder” of „veel meer”): het hele verschil ligt meer dan 5 "
        "procentpunten van nul." in said
    )
