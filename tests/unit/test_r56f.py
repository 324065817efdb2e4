"""r56 (r56 2021-tele-onthaal findings #2, #4, #5, #6): the summary's gap bullet with 2020's estimate and what is not
known, 'naar schatting' before the summary's estimates, Table 1 without audit notes, the Methods' rule as applied."""

from r39_wording import SUMMARY_OTHER  # r61 (r61 TO #1)
from test_helplines_r13 import flat, summary_of_release

from hulplijnen.presentation import text


def test_the_gap_bullet_gives_the_year_befores_estimate_and_says_plainly_what_is_not_known():
    """#2: no comparison figure for 2020, and 'wat dat verschil inhoudt, is niet bekend'."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        "er waren 32.988 oproepen meer dan gesprekken (24,0 % van de oproepen; 2020: naar schatting 23,9 %). Of het "
        "om onbeantwoorde, afgebroken of herhaalde oproepen gaat, zegt de bron niet." in md
    )
    assert "wat dat verschil inhoudt" not in md and "een kwart meer oproepen dan gesprekken" not in md


def test_the_summary_writes_its_estimates_naar_schatting():
    """#5: 'ongeveer 91.000 … (2020: ongeveer 80.300)' while the chapter writes 'naar schatting'."""
    for helplines in (["tele-onthaal"], ["1712", "tele-onthaal", "stop-it-now"]):
        md = flat(summary_of_release(helplines))
        assert (
            # r59 (r58 TO #2, 2021 #6): pin follows the new wording
            (
                SUMMARY_OTHER  # r61 (r61 TO #1): of Tele-Onthaal alone a bullet of its own
                if "1712" not in helplines
                else "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
                # r66 (r66 TO #2): pin follows the new wording
                "tegen naar schatting 80.300 in 2020: "
                # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
                "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
                "coronagerelateerd is."  # r64 (r64 2021 #3)
            )
            in md
        )
        assert "Ongeveer 91.000" not in md and "ongeveer 80.300" not in md


def test_table_1_has_no_audit_notes_and_points_to_the_annex_table():
    """#6: '; de aandelen zijn berekend uit die aantallen' and no word on the shares' base in Table 1."""
    md = summary_of_release(["tele-onthaal"])
    calls = md.split("| Oproepen per kanaal |")[1].split("| Gesprekken per kanaal |")[0]
    talks = md.split("| Gesprekken per kanaal |")[1].split("| Aandeel")[0]
    # r59 (r58 TO #3): no pointer to the annex's table
    # r63 (r63 TO #4): a report of one helpline points to the table that explains the reading
    # r66 (r66 TO #3): no pointer to that audit table in the at-a-glance table
    assert calls.rstrip().endswith("118.408 via telefoon en 19.261 via chat |"), calls
    assert talks.rstrip().endswith("88.128 via telefoon en 16.553 via chat (aandelen berekend door dit rapport) |")
    assert "de aandelen zijn berekend uit die aantallen" not in md and "de bron zegt niet of de aandelen" not in md


def test_the_methods_state_the_rule_for_two_rounded_shares_and_two_estimated_counts():
    """#4: the rule did not cover two estimates, two rounded shares, nor the percent beside 'iets minder'."""
    methods = flat(
        text.render(
            "chapters/helplines/methods.md",
            every_value_used=False,
            values={"t.check.calls_2020.direction": -1, "t.check.calls_level.high_points": 2.0},
            params=type("P", (), {"year": "2021"})(),
            names={},
        )
    )
    # r61 (r58 2021-tele-onthaal #9): the two cases as a list
    assert (
        "Daarbij: - bij „iets minder” of „iets meer” staat de wijziging in procent in plaats van het tweede cijfer"
        in methods
    )
    # r61 (r61 TO #5): the two rounded shares' rule is the shares' paragraph's (report/methods.md); the counts' here
    assert "Vergelijkt de tekst twee afgeronde aandelen" not in methods
    assert (
        "- twee geschatte aantallen heten „ongeveer evenveel” als elk verschil dat hun bereiken toelaten binnen 2 % "
        "blijft; anders staan beide aantallen er zonder zo’n woord." in methods
    )
