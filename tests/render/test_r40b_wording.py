"""r40 (r39 2021 #6; Tele-Onthaal #1, #3): the built releases say the gap in the rule's words, round only counts
outward and mark the summary's website share; each assertion fails on the r39 build (rendered by the
session, as test_r39b_wording)."""

import pytest

from .test_r39b_wording import _text


@pytest.mark.parametrize("release", ["2021", "2021-tele-onthaal"])
def test_r40_wording(rendered, release):
    t = _text(rendered, release)
    # 2021 #6; r41 (r41 TO #2): a report of Tele-Onthaal alone says it in the summary's gap bullet too
    # r47 (r46 2021 #7): the channels' shares are rows of the table, said once for the total (the summary's bullet
    # gives 2020's range in brackets)
    # r51 (r50 TO #2): each channel gives its 2020 estimate too, as the total does
    assert t.count("ongeveer even groot als in 2020 (naar schatting") == 3, release
    assert "Dat aandeel is even groot" not in t and "iets lager dan in 2019" in t and "lager dan in 2019 (naar" in t
    assert "Een bereik dat de tekst afrondt" not in t  # TO #1
    # r41 (r41 TO #3, #9): one rounded estimate in the text, the exact range in the annex's table
    # r45 (r44 TO #4): to one decimal, a range where the ends round apart
    # r50 (r49 TO #3): the range's middle, one decimal, as the table's ≈
    assert "Een berekend bereik van percentages staat in de tekst als het midden van dat bereik, op één decimaal" in t
    assert "als één afgerond percentage met" not in t


def test_the_summary_s_website_share_has_table_1_s_mark(rendered):
    # TO #3; r41 (r41 TO #1): the published count and difference lead, the mark on the difference
    # r49 (r48 TO #5): the count and the difference, no 'dat is'
    # r52 (r51 TO #2, #3): both sides in the lead, the count with its noun, the mark after 'minder'
    assert "174.063 bezoekers in 2021, 36.460 minder (−17,3 %)¹ dan in 2020" in _text(rendered, "2021-tele-onthaal")
