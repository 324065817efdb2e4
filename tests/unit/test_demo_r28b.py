"""Demo round-27 readers (round 28): the summary's baseline months by name (#7), the busiest hours against the working
day and an even spread (#10), the published counts traced to their table in figures.json (#15), 'gegevens uit de
oproeplogs', not 'gemeten' (#13), the weekend closure said of the made-up data (#14), no '(verzonnen)' per number in
the summary bullets (#3)."""

import pandas as pd
from test_demo_capacity_text import MODEL, staffing_text

from hulplijnen.chapters.capacity import busiest, demand
from hulplijnen.chapters.shared.export_tables import counted
from hulplijnen.facts import FactSheet, Source

SYNTHETIC = {"synthetic": {"seed": 1}}


def test_the_summary_names_the_months_it_compares_with(capacity_text, lockdown_told):
    """#7: 'tegenover 422 in de twee maanden ervoor' (April's two months before are February and March)."""
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    # r37: the macros moved to their own template when messages.md was split (it had grown to 507 lines)
    template = environment(TEXT_FOLDERS, False).get_template("summary/_message_macros.md")
    template.globals.update(helplines=[], year="2020")  # the module's top level renders too
    d = {"name": "eerste lockdown (april–juni 2020)", "synthetic": True, "began": False, "before_months": 2}
    d |= {"first_before": "2020-01", "last_before": "2020-02", "answered_calls": 552, "answered_before_calls": 422}
    d |= {"answered_change_pct": 31}
    macro = template.module.months_named
    assert " ".join(str(macro(d)).split()) == "januari en februari 2020"
    # r36 (demo r35 #2): three months from January on are the first months of the year, as the 2020 release says
    three = " ".join(str(macro({**d, "before_months": 3, "last_before": "2020-03"})).split())
    assert three == "de eerste drie maanden van 2020"
    later = {**d, "before_months": 3, "first_before": "2020-02", "last_before": "2020-04"}
    assert " ".join(str(macro(later)).split()) == "februari tot april 2020"


def test_a_nearly_flat_day_is_said_as_a_slight_peak():
    """#10: 9 to 12 h 'kregen 36 % van alle belpogingen op werkdagen' read as a morning rush; the day is nearly flat."""
    grid = pd.DataFrame(0.0, index=[str(d) for d in range(1, 8)], columns=[str(h) for h in range(7, 22)])
    for hour, calls in zip(range(9, 17), (1391, 1469, 1439, 1205, 1262, 1370, 1160, 994), strict=True):
        grid.loc["1", str(hour)] = calls
    grid.loc["1", "8"] = 284
    band = busiest.busiest_band("1712", grid, FactSheet("capacity", 2020))
    assert (band["start"], band["end"], band["day_start"], band["day_end"]) == (9, 12, 9, 17)
    assert (band["share"], band["even"]) == (41.8, 37.5)  # r53 (r53 demo #8): no flag for a word 'iets' any more


def test_the_said_peak_is_no_rush(capacity_text):
    band = {"start": 9, "end": 12, "day_start": 9, "day_end": 17, "share": 41.8, "even": 37.5}
    said = capacity_text(band=band)
    assert "krijgen samen" not in said and "van alle belpogingen op werkdagen" not in said
    assert (
        # r53 (r53 demo #8): 'drukker' without 'iets': the Methods state no rule for it
        "tussen 9 en 12 uur was het drukker: die uren kregen 41,8 % van de belpogingen tussen 9 en 17 uur;" in said
    )
    assert "bij een gelijke spreiding over die uren zou dat 37,5 % zijn." in said


def test_a_synthetic_exports_published_counts_point_at_the_published_table():
    """#15: 1712.export.channel.phone.contacts (5702) and the lockdown's answered calls had 'file': null."""
    own = Source(None, "protected tables of the contact export", "answered")
    assert counted(None, own, "phone") is own
    found = counted(SYNTHETIC, own, "phone")
    assert found.file == "data/1712/2020/contacts_by_month_channel.csv"
    months = [f"2020-{m:02d}" for m in range(1, 8)]
    monthly = pd.DataFrame({"month": months, "offered": [800] * 7, "answered": [400] * 7})
    facts = FactSheet("capacity", 2020)
    demand.peak("1712", 2020, monthly, facts, None, SYNTHETIC)
    recorded = {f["key"]: f["source"] for f in facts.records()}
    assert recorded["1712.export.phone.demand.answered_calls"]["file"] == found.file
    assert recorded["1712.export.phone.demand.offered_calls"]["file"] is None  # made up: the export's own table


def test_the_model_reads_the_call_logs_and_the_weekend_is_the_made_up_datas(registration_sections):
    """#13: 'drie gemeten gegevens' (nothing was measured); #14: the weekend closure read as a fact about 1712."""
    made = staffing_text(MODEL, synthetic=True)
    assert "drie gemeten gegevens" not in made and "drie gegevens uit de oproeplogs" not in made  # demo r31 #12
    said = registration_sections(closed_days={"holiday": 0, "other": 0})["daily"]
    assert "In deze gegevens zijn de telefoon en de chat op zaterdag" in said  # r33: the chapter's only; r37 #2
