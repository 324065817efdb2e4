# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
"""The demo after the r14 reader (review/r14/demo-findings.md): the first lockdown the data date is told with its
calls and answered share, in the chapter and the summary (#3); a table whose every share is 100 % gives way to one
sentence, and option 0 is said as the source has it (#4); the x note names both reasons (#5, in test_demo_r14_text);
every month of the answer-rate chart is named (#11)."""

import matplotlib
import pandas as pd

matplotlib.use("Agg")

from test_demo_r12 import DEMO, fact, plain  # noqa: E402

from hulplijnen.chapters import capacity  # noqa: E402
from hulplijnen.chapters.capacity import charts, demand  # noqa: E402
from hulplijnen.facts import FactSheet, keys  # noqa: E402
from hulplijnen.pipeline import summary  # noqa: E402


def monthly(offered: list[int], answered: list[int]) -> pd.DataFrame:
    months = [f"2020-{m:02d}" for m in range(1, len(offered) + 1)]
    return pd.DataFrame({"month": months, "offered": offered, "answered": answered})


def test_the_lockdown_the_data_date_is_measured_against_the_months_before_it():
    """#3: April had twice January's calls and the lowest answer rate; the chapter said only 'april was lowest'."""
    facts = FactSheet("capacity", 2020)
    found = demand.peak(
        "1712", 2020, monthly([800, 700, 900, 1800, 1300, 1300, 900], [400, 400, 400, 600, 500, 520, 450]), facts
    )
    assert found["name"].startswith("eerste lockdown")  # the name data/events.csv gives it
    # r36 (demo r35 #2): every month before the period counts, March too (as the 2020 release), said to have fallen
    # partly in the lockdown (a campaign of March names it); the busiest month is the year's (demo r22 #15 left March
    # out)
    assert (found["offered_before"], found["offered"], found["months_before"]) == (800, 1467, 3)
    assert (found["rate_before"], found["rate"]) == (50.0, 36.8)  # 1200 / 2400 before, 1620 / 4400 in the period
    assert found["began"] and (found["busiest"], found["busiest_calls"]) == ("2020-04", 600)
    assert demand.peak("1712", 2021, monthly([1] * 7, [1] * 7), FactSheet("capacity", 2021)) is None  # no event dated
    hidden = monthly([800, None, 900, 1800, 1300, 1300, 900], [400, 400, 400, 600, 500, 520, 450])
    assert demand.peak("1712", 2020, hidden, FactSheet("capacity", 2020)) is None  # a month not published


def test_the_chapter_and_the_summary_tell_the_lockdown_and_say_which_numbers_are_real(capacity_text, lockdown_told):
    told = lockdown_told
    said = capacity_text(demand=told)
    # demo r31 #5: the published rise is the summary's, said once there; #1: the months before September were chosen,
    # so no fall in the answered share and no chosen attempts in the lockdown in the chapter
    assert "werden gemiddeld 552" not in said and "dat zijn de gepubliceerde aantallen" not in said
    made_up = said.split("In deze verzonnen oproeplogs kwamen")[
        1
    ]  # r56 (r56 demo #6)  # demo r29 #5: the chapter's banner is the one notice
    assert "In de andere maanden is het aandeel vrij gekozen: geen bron geeft het" in made_up  # r39 (demo r38) #4
    assert "1.462" not in made_up and "zakte van" not in made_up
    assert "(verzonnen)" not in said and "**1.462" not in said
    real = capacity_text(demand=told, synthetic=False, rate=None)
    assert "gepubliceerde" not in real and "verzonnen" not in real
    parts = {
        "offered_calls": 1462,
        "offered_before_calls": 804,
        "answered_pct": 37.7,
        "answered_before_pct": 52.5,
        "before_months": 3,
        "answered_calls": 552,
        "answered_before_calls": 422,
        "answered_change_pct": 31,
    }
    facts = {**DEMO, **{keys.phone("1712", "demand", p): fact(v) for p, v in parts.items()}}
    facts[keys.export("1712", "calibration_contacts")] = fact(8059)
    md = plain(summary.markdown(facts, ["1712"], 2020))
    # demo r16 #3: the real rise in answered calls leads; the made-up offered calls and share are an illustration
    # demo r21 #1: the source counts 'oproepen (tel, mail, chat)', never says answered: the demo's reading is said
    # demo r23 #5: the months fell together with the lockdown; no cause said
    # demo r26 #7: the months as the question names them
    # demo r33 #18 (r34): the lead number and its change, short
    # r57 (r57 demo #2): the months, then the question's name for them
    lead = "**Meer geregistreerde telefooncontacten in april–juni 2020**, de periode die schriftelijke vraag nummer 282"
    lead += " „de eerste lockdown” noemt:"
    # demo r27 #7: by name; r36 (demo r35 #2): from January on, the first months of the year, as the 2020 release
    lead += " gemiddeld 552 per maand tegenover 422 in de eerste drie maanden van 2020 (+31 %)."
    # r61 (r61 demo #7): one closing sentence, no fragment (no other channels here)
    # r63 (r63 demo #2): the assumption beside the claim, in a sentence of its own
    assert lead + " Dat is berekend uit de gepubliceerde maandcijfers en telt geregistreerde contacten. Als dat" in md
    # demo r22 #13: the reading as answered calls is said in 'Over deze cijfers' and Tabel 1's row, not here again
    assert "leest ze als beantwoorde oproepen" not in md
    assert "beantwoorde oproepen, gemiddeld" not in md and "volgen de echte cijfers" not in md
    # demo r20 #1: never a real result and made-up ones in one bullet: the made-up calls are the chapter's
    assert "Ter illustratie" not in md and "1.462" not in md and "37,7 %" not in md and "kleiner deel" not in md
    assert "lockdown" not in plain(summary.markdown(DEMO, ["1712"], 2020))  # no facts, no message


def test_a_province_table_of_only_100_percent_gives_way_to_one_sentence(capacity_text):
    """#4: Tabel 5 had five rows of 100,0 %; option 0 existed before 2020 for callers not naming their province."""
    own = pd.DataFrame({"caller_region": ["a", "b"], "calls": [5, 7], "own": [5, 7]})
    own["own_pct"] = own["own"].astype("Float64") / own["calls"].astype("Float64") * 100
    assert capacity._all_own(own)
    assert not capacity._all_own(own.assign(own_pct=pd.array([100.0, 90.0], dtype="Float64")))
    assert not capacity._all_own(own.assign(own_pct=pd.array([100.0, None], dtype="Float64")))  # a hidden share
    said = capacity_text(routes=[{"share": 100.0, "label": "in de eigen provincie"}])
    # demo r16 #10: what option 0 is, and that no made-up call used it, is the annex's (registration/methods.md)
    assert "Optie 0" not in said and "de bronnen dateren die" not in said


def test_the_glossary_says_option_0_existed_before_its_overflow_role():
    from hulplijnen.pipeline.glossary import glossary_terms

    option = next(t for t in glossary_terms() if t["term"] == "optie 0")
    # r36 (r35 2020 #10, 2021 #13, replaces 'Later werd'): dated and worded as the chapters, the year from events.csv
    assert "niet kent of niet wil noemen" in option["definition"] and "Later werd" not in option["definition"]
    # r39 (r38 2020 #1): what the answer of early 2022 said is told in the past tense and dated to that answer
    assert option["definition"].endswith(
        # r56 (r56 2020 #7): 'vanaf', not 'sinds', with the past tense
        # r59 (r58 2021 #1): 'in de loop van 2021', not 'vanaf' (no 1 January)
        # r66 (r66 2020 #6): pin follows the new wording
        "Volgens het antwoord van begin 2022 werd optie 0 in 2021 ook een overlooplijn: zo'n oproep ging "
        "naar de minst drukke provincie of naar een lijn die op dat moment vrij was."
    )
    assert "Sinds 2021 is optie 0" not in option["definition"]


def test_every_month_of_the_answer_rate_chart_is_named():
    """#11: the axis named jan, mrt, mei ... only."""
    rates = pd.DataFrame(
        {"month": [f"2020-{m:02d}" for m in range(1, 13)], "rate": [0.5] * 12, "low": [0.4] * 12, "high": [0.6] * 12}
    )
    fig = charts.answer_rates(rates, "t")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert len(labels) == 12 and labels[1] == "feb", labels
    matplotlib.pyplot.close(fig)
