"""r55 (r55 2020 #1): 'Over deze cijfers' listed a later year's shares as counts ('het aantal context van het geweld
(binnen de familie) (90)'); a share is said as a share, with the counts that make the table's year uncertain."""

from __future__ import annotations

from test_story_round11 import flat  # tests/e2e/ is on the path as pytest runs its tests


def test_a_later_share_is_said_as_a_share_beside_the_count_that_doubts_the_tables_year(built):
    text = flat((built["2020"] / "report.qmd").read_text(encoding="utf-8"))
    assert "het aantal context van het geweld" not in text
    assert (
        "het aantal mogelijke slachtoffers (11.312), het aandeel binnen de familie (90 %) en het aandeel binnen het "
        # r56 (r56 2020 #9): a colon and 'samen maken die', not a loose ', die maken'
        # r59 (r58 2020 #5): the key figures' 'ongeveer' quoted as their words
        "gezin („ongeveer 75 %”): samen maken die het jaar van de tabel per context onzeker" in text
    )
