"""r40 (r39 2021 #6; Tele-Onthaal #1, #3): the built releases say the gap in the rule's words, round only counts
outward and mark the summary's website share; each assertion fails on the r39 build (rendered by the
session, as test_r39b_wording)."""

import pytest

from .test_r39b_wording import _text


@pytest.mark.parametrize("release", ["2021", "2021-tele-onthaal"])
def test_r40_wording(rendered, release):
    t = _text(rendered, release)
    assert t.count("ongeveer even groot als in 2020 (naar schatting") == 3  # 2021 #6
    assert "Dat aandeel is even groot" not in t and "iets lager dan in 2019" in t and "lager dan in 2019 (naar" in t
    assert "Een bereik dat de tekst afrondt" not in t  # TO #1
    assert "Een berekend bereik van percentages staat in de tekst gewoon op één decimaal afgerond." in t


def test_the_summary_s_website_share_has_table_1_s_mark(rendered):
    assert "Minder websitebezoekers: 17,3 %¹ minder dan in 2020" in _text(rendered, "2021-tele-onthaal")  # TO #3
