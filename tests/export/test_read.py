"""Reading exports: a good export loads from CSV and Parquet alike; every kind of bad export is an
ExportError naming the file, the line (CSV) or row (Parquet), the column and the rule."""

import shutil

import pandas as pd
import pytest

from hulplijnen.config.errors import ExportError
from hulplijnen.export import read

from .conftest import loaded


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_good_export_loads_with_every_row(small_export, fmt):
    con = loaded(small_export[fmt])
    contacts = pd.read_parquet(small_export["parquet"].contacts)
    assert con.execute("SELECT count(*) FROM contacts").fetchall()[0][0] == len(contacts)
    assert con.execute("SELECT count(*) FROM contacts WHERE answered").fetchall()[0][0] == int(
        contacts["answered"].sum()
    )


def _broken_csv(tmp_path, small_export, edit, file="contacts"):
    """A copy of the small CSV export with ``edit`` applied to the lines of one file."""
    target = tmp_path / "export"
    shutil.copytree(small_export["csv"].contacts.parent, target)
    path = target / f"{file}.csv"
    lines = path.read_text().splitlines()
    edit(lines)
    path.write_text("\n".join(lines) + "\n")
    return read.locate(target)


def _problems(files):
    with pytest.raises(ExportError) as info:
        loaded(files)
    return info.value.problems


def _replace_field(lines, number, column, value):
    header = lines[0].split(",")
    fields = lines[number - 1].split(",")
    fields[header.index(f'"{column}"') if f'"{column}"' in header else header.index(column)] = value
    lines[number - 1] = ",".join(fields)


CASES = [
    ("bad timestamp", lambda ls: _replace_field(ls, 5, "start", "2020-13-45 25:00:00"), 5, "start", "type"),
    ("outside the year", lambda ls: _replace_field(ls, 6, "start", "2019-12-31 10:00:00"), 6, "start", "outside_year"),
    ("unknown channel", lambda ls: _replace_field(ls, 7, "channel", '"fax"'), 7, "channel", "unknown_code"),
    (
        "not_recorded is not an export channel",
        lambda ls: _replace_field(ls, 7, "channel", '"not_recorded"'),
        7,
        "channel",
        "unknown_code",
    ),
    ("answered not a boolean", lambda ls: _replace_field(ls, 8, "answered", "maybe"), 8, "answered", "type"),
    (
        "unknown contact-person code",
        lambda ls: _replace_field(ls, 9, "contact_person", '"7777"'),
        9,
        "contact_person",
        "unknown_code",
    ),
    (
        "duplicate contact id",
        lambda ls: _replace_field(ls, 10, "contact_id", ls[2].split(",")[0]),
        3,
        "contact_id",
        "duplicate_id",
    ),
]


@pytest.mark.parametrize("name, edit, line, column, rule", CASES, ids=[c[0] for c in CASES])
def test_a_bad_cell_names_file_line_column_and_rule(tmp_path, small_export, name, edit, line, column, rule):
    problems = _problems(_broken_csv(tmp_path, small_export, edit))
    match = [p for p in problems if p.rule == rule]
    assert match, problems
    assert match[0].file.endswith("contacts.csv") and match[0].row == line and match[0].column == column
    assert f"line {line}, column '{column}'" in str(match[0])


def _first_line(lines, predicate):
    header = [h.strip('"') for h in lines[0].split(",")]
    for number, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, [f.strip('"') for f in line.split(",")]))
        if predicate(row):
            return number, row
    raise AssertionError("no such row")


def test_registration_fields_on_an_unanswered_call_must_be_empty(tmp_path, small_export):
    found = {}

    def edit(lines):
        number, _ = _first_line(lines, lambda r: r["answered"] == "false")
        found["line"] = number
        _replace_field(lines, number, "gender", '"female"')

    problems = _problems(_broken_csv(tmp_path, small_export, edit))
    assert any(p.rule == "must_be_empty" and p.column == "gender" and p.row == found["line"] for p in problems)


def test_a_required_field_left_empty(tmp_path, small_export):
    found = {}

    def edit(lines):
        number, _ = _first_line(lines, lambda r: r["channel"] == "phone" and r["answered"] == "true")
        found["line"] = number
        _replace_field(lines, number, "answering_region", "")

    problems = _problems(_broken_csv(tmp_path, small_export, edit))
    assert any(p.rule == "required" and p.column == "answering_region" and p.row == found["line"] for p in problems)


def test_many_bad_rows_are_counted_not_listed(tmp_path, small_export):
    def edit(lines):
        for number in range(2, 40):
            _replace_field(lines, number, "channel", '"fax"')

    problems = _problems(_broken_csv(tmp_path, small_export, edit))
    assert (
        len(problems) == 1
        and "38 rows break this rule; this is the first" in problems[0].message
        and problems[0].row == 2
    )


def test_a_missing_column_is_named(tmp_path, small_export):
    def edit(lines):
        gone = [f.strip('"') for f in lines[0].split(",")].index("anonymous")
        for i, line in enumerate(lines):
            lines[i] = ",".join(f for j, f in enumerate(line.split(",")) if j != gone)

    problems = _problems(_broken_csv(tmp_path, small_export, edit))
    assert [(p.rule, p.column, p.row) for p in problems] == [("missing_column", "anonymous", 1)]


def test_a_ragged_line_is_malformed(tmp_path, small_export):
    problems = _problems(_broken_csv(tmp_path, small_export, lambda ls: ls.__setitem__(11, ls[11] + ",extra")))
    assert problems[0].rule == "malformed" and problems[0].file.endswith("contacts.csv")


def test_a_victim_of_an_unknown_or_unanswered_contact(tmp_path, small_export):
    contacts = pd.read_parquet(small_export["parquet"].contacts)
    unanswered = contacts.loc[~contacts["answered"], "contact_id"].iloc[0]

    def edit(lines):
        lines[1] = lines[1].replace(lines[1].split(",")[0], '"nobody"', 1)
        lines[2] = lines[2].replace(lines[2].split(",")[0], f'"{unanswered}"', 1)

    problems = _problems(_broken_csv(tmp_path, small_export, edit, file="possible_victims"))
    assert {(p.rule, p.row) for p in problems} == {("unknown_contact", 2), ("contact_not_answered", 3)}
    assert all(p.file.endswith("possible_victims.csv") for p in problems)


def test_parquet_problems_name_the_row(tmp_path, small_export):
    frame = pd.read_parquet(small_export["parquet"].contacts)
    frame.loc[4, "channel"] = "fax"
    target = tmp_path / "export"
    shutil.copytree(small_export["parquet"].contacts.parent, target)
    frame.to_parquet(target / "contacts.parquet", index=False)
    problem = _problems(read.locate(target))[0]
    assert (problem.rule, problem.row, problem.column, problem.unit) == ("unknown_code", 5, "channel", "row")
    assert "contacts.parquet, row 5, column 'channel'" in str(problem)


def test_a_folder_without_the_files(tmp_path):
    with pytest.raises(ExportError, match="no contacts file"):
        read.locate(tmp_path)
