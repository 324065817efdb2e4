"""r61, second pass on the r61 review of the Tele-Onthaal release (r61 TO #1-#10)."""

from __future__ import annotations

from test_helplines_r13 import flat, summary_of_release


def test_the_first_key_message_is_two_bullets_one_13_percent_each():
    """#1: one bullet held three messages and two '13 %' a line apart; '(−1,1 %)' read as the first corona year's."""
    md = flat(summary_of_release(["tele-onthaal"]))
    messages = md.split("## Kerncijfers")[0]
    assert "iets minder (−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel" in messages
    assert (
        "- **Meer andere gesprekken:** als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
        "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd "
        "geteld werden, tegen 80.300 in 2020 (ongeveer 13 % meer)." in messages
    )
    assert "het eerste coronajaar (−1,1 %)" not in messages and ": ongeveer 13 % meer" not in messages
