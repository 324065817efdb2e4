# r54 (r54 TO #1, 2021 #3): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r47 (r46 Tele-Onthaal reader): 'ongeveer evenveel' beside a published −1,1 % broke the Methods' own rule (#1); the
help line pointed to a box 'met alle hulplijnen' it is not (#3); the summary said more than known of the gap (#2)."""

from __future__ import annotations

import pytest
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.analysis import helplines as hl
from hulplijnen.config.params import load_params
from hulplijnen.maths.intervals import rounding_interval
from hulplijnen.pipeline import front


def test_a_change_wholly_below_zero_is_not_about_the_same():
    """#1: the rule: a rounding range that holds zero is 'ongeveer evenveel', else a direction."""
    assert hl.direction(rounding_interval(-1.1, 1)) == "fell" and hl.direction(rounding_interval(-1, 0)) == "fell"
    assert hl.direction(rounding_interval(0.4, 1)) == "rose" and hl.direction(rounding_interval(0, 0)) is None


def test_summary_and_chapter_say_iets_minder_with_the_change_beside_its_year():
    """#1, #9: one label in summary and chapter; the bracket beside 2020, not 'het eerste coronajaar'."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert "**Iets minder gesprekken, veel minder vaak coronagerelateerd:**" in md
    # r56 (r55 TO #1): pin follows the new wording
    # r59 (r58 TO #2): pin follows the new wording
    # r61 (r61 TO #1): the change beside 'iets minder', not after 'het eerste coronajaar'
    assert "iets minder (−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel coronagerelateerde" in md
    assert "ongeveer evenveel als in 2020" not in md and "2020 (−1,1 %), het eerste coronajaar" not in md
    chapter = flat(built()[0].text)
    assert "Dat is 15,3 % meer dan in 2019 en iets minder dan in 2020 (−1,1 %)." in chapter
    assert "ongeveer evenveel als in 2020" not in chapter and "daalden" not in chapter
    # #2: no more than the chapter knows; #4: the rise in the chapter too
    # r49 (r48 TO #2): the caveat is the chapter's; the summary points there
    # r56 (r56 TO #2): what is not known said plainly
    assert "onbeantwoorde oproepen" not in md and "herhaalde oproepen gaat, zegt de bron niet" in md
    # r53 (r52 TO #3): a range 'tussen … en …', with its percentage
    # r59 (r58 TO #1): pin follows the new wording
    assert (
        "tussen 10.100 en 11.400 andere gesprekken meer dan in 2020, naar schatting 13,4 % meer, als Tele-Onthaal "
        "in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is." in chapter
    )


@pytest.mark.parametrize("release", ["2020", "2021", "2021-tele-onthaal", "demo"])
def test_the_help_line_names_the_box_by_its_title(release):
    """#3: the box 'Hulp nodig?' lists no other helplines: named by its title, the link text naming it."""
    line = " ".join(front.help_box(load_params(release), line=True).split())
    assert "Websites en meer uitleg staan in [het kader „Hulp nodig?”](#hulp-nodig)" in line
    assert "andere hulplijnen" not in line and "alle hulplijnen" not in line
