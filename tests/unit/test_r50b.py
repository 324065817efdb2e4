# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
"""r50 (r49 Tele-Onthaal reader): Table 1's conversations per channel say the shares are the report's, calculated from
the counts (#1); the rise of the conversations not counted as corona-related is said beside the slight fall of the
total (#2); an earlier year's estimated gap compared with a share with a decimal is the table's middle, to one decimal
(#3); the reason the earlier years are estimated in one plain sentence, without 'licht' (#4). Each failed before."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release
from test_r45c import _about


def test_table_1_says_the_conversations_shares_are_calculated_from_the_counts():
    md = summary_of_release(["tele-onthaal"])
    row = md.split("| Gesprekken per kanaal |")[1].split(" | ", 2)[1]
    assert row == "88.128 via telefoon en 16.553 via chat (aandelen berekend door dit rapport)"  # r56 (r56 TO #6)
    assert "kloppen met de gesprekken" not in md
    calls = md.split("| Oproepen per kanaal |")[1].split("| Gesprekken per kanaal |")[0]
    # r56 (r56 2021 #1): the source's shares without the audit parenthesis (the annex's table says it)
    # r59 (r58 TO #3): the counts given directly, no pointer to the annex's table
    # r63 (r63 TO #4): a report of one helpline points to the table that explains the reading
    # r66 (r66 TO #3): no pointer to that audit table in the at-a-glance table
    assert "118.408 via telefoon en 19.261 via chat |" in calls and "@tbl-unclear-bases" not in calls
    assert "basis van de aandelen" not in md
    assert "de bron zegt niet" not in calls


def test_the_rise_of_the_other_conversations_is_said_beside_the_fall_of_the_total():
    # r51 (r50 TO #1): the rise explained (the corona share fell, the total stayed about level), not two falls
    md = " ".join(summary_of_release(["tele-onthaal"]).split())
    # r52 (lead's decision A): the level said as what follows from the corona share's fall ('Daardoor'), beside
    # the conversations' own change in the same bullet; what they were about still not in the source
    assert (
        # r53 (r52 TO #5)
        # r56 (r55 TO #2, TO #1): pin follows the new wording
        # r59 (r58 TO #2): pin follows the new wording
        "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %. "
        # r56 (r55 TO #4): no comparison with all conversations of 2019
        # r61 (r61 TO #1): a bullet of its own, the caveat first and the rise in brackets
        # r66 (r66 TO #4): pin follows the new wording
        "- **Meer niet-coronagerelateerde gesprekken:** "
        "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
        "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld "
        # r66 (r66 TO #2): pin follows the new wording
        "werden, tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)." in md
    )


def test_an_estimate_compared_with_a_decimal_share_has_one_decimal_as_the_table():
    text = flat(built()[0].text)
    assert (
        "Dat aandeel is ongeveer even groot als in 2020 (naar schatting 23,9 %) en iets lager dan in 2019 (naar "
        "schatting 24,9 %)." in text
    )
    assert "iets hoger dan in 2019 (naar schatting 24,8 %)." in text  # r51: after 2020's estimate
    # r63 (r63 TO #5): the far shift's cause not known, said at once
    # r66 (r66 TO #1): 'tussen 2019 en 2020', the share of 2020 being about that of 2021
    assert "veel lager dan in 2019 (naar schatting 25,1 %); waarom het tussen 2019 en 2020 zo sterk daalde" in text
    assert "(naar schatting 25 %)" not in text and "(naar schatting 24 %)" not in text


def test_the_earlier_years_estimates_have_a_plain_reason_and_no_licht():
    said = " ".join(_about({"about": False, "same": True}).split())
    assert (
        "Omdat de bron sommige aantallen voor eerdere jaren alleen als wijziging geeft, zijn die aantallen hier "
        "schattingen, berekend uit die wijzigingen; ze kunnen verschillen van de aantallen in die jaarverslagen."
        in said
    )
    assert "licht verschillen" not in said and "Daarom zijn aantallen" not in said
