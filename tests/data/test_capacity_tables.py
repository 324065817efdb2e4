"""The tables added for reachability and capacity: events with a kind, registration fields, context
settings. Bad input is named by file, line and column."""

import pytest

from hulplijnen.config.paths import DATA
from hulplijnen.data import load, validation
from hulplijnen.data.readcsv import read_csv_strict
from hulplijnen.data.single_tables import SINGLE_TABLES


def check(name, tmp_path, replace):
    path, spec = SINGLE_TABLES[name]
    text = (DATA / path).read_text(encoding="utf-8")
    old, new = replace
    assert old in text
    bad = tmp_path / f"{name}.csv"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    raw, problems = read_csv_strict(bad, spec.column_names)
    assert raw is not None, problems
    return validation.check_frame(spec, raw, bad.name, load.codes())[1]


@pytest.mark.parametrize(
    "name,replace,rule,line,column",
    [
        ("events", (",capacity,", ",capacty,"), "rule", None, "kind"),
        ("events", ("day,2024-11-30,2024-11-30", "day,2020-11-30,2020-11-30"), "order", 7, "end_latest"),
        ("events", ("2020-09-01,2020-09-30,month", "2020-09-30,2020-09-01,month"), "order", 3, "start_latest"),
        ("registration_fields", ("not_recorded,2020,2021", "not recorded,2020,2021"), "rule", 8, "status"),
        ("registration_fields", ("not_recorded,2020,2021", "not_recorded,2022,2021"), "order", 8, "last_year"),
        (
            "registration_fields",
            ("call_time,not_recorded,2020", "call_time,not_recorded,twenty"),
            "type",
            8,
            "first_year",
        ),
        ("registration_fields", ("1712,month,", "1712,channel,"), "duplicate_key", None, "helpline, field"),
        ("violence_contexts", (",true,school,", ",true,schol,"), "rule", None, "setting"),
    ],
)
def test_bad_rows_are_named(tmp_path, name, replace, rule, line, column):
    problems = check(name, tmp_path, replace)
    matching = [p for p in problems if p.rule == rule and p.column == column and (line is None or p.row == line)]
    assert matching, problems


def test_the_published_tables_load():
    assert set(load.events()["kind"]) == {"demand", "funding", "capacity", "measurement"}
    fields = load.registration_fields().set_index("field")
    assert fields.loc["call_time", "status"] == "not_recorded"
    assert set(load.codebook("violence_contexts")["setting"]) >= {"nuclear_family", "institution", "unknown", "blank"}
