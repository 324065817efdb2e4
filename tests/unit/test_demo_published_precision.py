"""What the demo publishes beside its report (review r11): a share in figures/<label>.csv and the alt text has the
decimals the report prints (70,9 %, not 70.85536125796395, which times its group's 7.377 contacts gives the exact
count 5.227); every CSV row and figures.json of a synthetic release says the data are made up; the busiest moment is
named only when it stands out; hidden days are named by kind from the dates."""

import csv
import json

import matplotlib
import pandas as pd

matplotlib.use("Agg")

from hulplijnen.chapters import capacity, registration  # noqa: E402
from hulplijnen.chapters.registration import charts  # noqa: E402
from hulplijnen.chapters.shared.export_tables import export_chart  # noqa: E402
from hulplijnen.facts import FactSheet, write  # noqa: E402
from hulplijnen.presentation import figures, figures_alt  # noqa: E402

EXACT = 5227 / 7377 * 100  # 70.85536125796395: a share that gives its count back exactly
MIX = pd.DataFrame(
    {
        "group": ["victim_environment", "welfare"],
        "phone": [EXACT, 100 * 144 / 201],
        "email": [100 * 1300 / 7377, None],
        "chat": [100 - EXACT - 100 * 1300 / 7377, None],
        "contacts": pd.array([7377, 201], dtype="Int64"),
    }
)
DATA = {"mix": MIX, "group_labels": {"victim_environment": "omgeving slachtoffer", "welfare": "welzijn"}}


def drawn(export: dict | None = None):
    figures.apply_theme()
    draw = export_chart(charts.channel_mix_bars, "Kanaal per contactnemer", "mix", "group_labels")
    return draw({**DATA, "export": export or {"synthetic": {"seed": 1}}})


def test_a_share_is_published_to_the_decimals_the_report_prints():
    meta = figures_alt.metadata(drawn())
    values = [row[2] for row in meta[figures_alt.DATA] if row[2] is not None]
    assert 70.9 in values and EXACT not in values
    assert all(round(v, 1) == v for v in values), values
    # the count cannot be read back: 70,9 % of 7.377 spans more than one whole count
    assert int(0.7095 * 7377) - int(0.7085 * 7377) >= 5


def test_the_csv_of_a_synthetic_release_says_so_on_every_row(tmp_path):
    rows = figures_alt.metadata(drawn())[figures_alt.DATA]
    figures_alt.write_csv(tmp_path / "marked.csv", rows, "synthetische gegevens, alle cijfers zijn verzonnen")
    figures_alt.write_csv(tmp_path / "plain.csv", rows)
    marked = list(csv.reader((tmp_path / "marked.csv").open(encoding="utf-8")))
    assert marked[0][-1] == figures_alt.MARKED
    assert all(r[-1] == "synthetische gegevens, alle cijfers zijn verzonnen" for r in marked[1:]) and len(marked) > 2
    # r24 TO #17: the columns no row fills ('begin', 'einde') are left out
    assert next(csv.reader((tmp_path / "plain.csv").open(encoding="utf-8"))) == figures_alt.COLUMNS[:5]


def test_figures_json_of_a_synthetic_release_carries_a_flag_at_the_top(tmp_path):
    write({}, tmp_path / "made-up.json", 2020, "synthetische gegevens")
    write({}, tmp_path / "real.json", 2020)
    assert json.loads((tmp_path / "made-up.json").read_text())["synthetic"] == "synthetische gegevens"
    assert "synthetic" not in json.loads((tmp_path / "real.json").read_text())


def grid(cells: dict) -> pd.DataFrame:
    frame = pd.DataFrame(0.0, index=["1", "2", "3", "4", "5", "6", "7"], columns=["00-06", *map(str, range(7, 22))])
    for (day, hour), value in cells.items():
        frame.loc[day, hour] = value
    return frame


def test_the_busiest_moment_is_named_only_when_it_stands_out():
    """r11 #19: Thursday 11 h had 314 calls against 308 on Wednesday: 2 %, noise, yet a key message."""
    noise = grid({("4", "11"): 314, ("3", "10"): 308, ("3", "9"): 307})
    assert not capacity._stands_out(noise.stack())
    assert capacity._stands_out(grid({("4", "11"): 350, ("3", "10"): 308}).stack())
    facts = FactSheet("capacity", 2020)
    band = capacity._busiest_band("1712", grid({("3", "9"): 307, ("3", "10"): 308, ("4", "11"): 314}), facts)
    assert (band["start"], band["end"]) == (9, 12)


def test_the_days_not_published_are_working_days_by_kind():
    """r33 (demo r32 #5): a Saturday or Sunday is no hidden day: only working days, holiday or not."""
    daily = pd.DataFrame({"date": ["2020-01-04", "2020-01-05", "2020-04-13", "2020-04-14"]})
    days = registration.working_days(daily)
    assert days["date"].tolist() == ["2020-04-13", "2020-04-14"] and days["holiday"].tolist() == [True, False]
