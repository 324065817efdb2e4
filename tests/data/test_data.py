"""Every table loads and validates; reconciliations hold or are registered; bad input is named."""

import pandas as pd
import pytest

from hulplijnen.config.errors import DataError
from hulplijnen.config.params import check_params
from hulplijnen.data import load, reconcile
from hulplijnen.pipeline.validate import check_all, check_provenance

HEADER = "month,channel,contacts,missing_reason\n"


def good_rows(year=2020):
    return "".join(
        f"{year}-{m:02d},{c},10,\n" for m in range(1, 13) for c in ("phone", "email", "chat", "not_recorded")
    )


def test_every_input_is_valid():
    assert check_all() == []


def test_every_csv_has_provenance():
    assert check_provenance() == []


def test_ocr_misread_is_corrected_and_logged():
    table = load.contacts_by_month_channel(2020, "1712")
    cell = table[(table.month == "2020-08") & (table.channel == "email")].iloc[0]
    assert cell.contacts == 90 and cell.status == "corrected"


def test_missing_cells_stay_missing():
    people = load.contacts_by_contact_person(2020, "1712")
    assert people.loc[people.code.isin(["2300", "2400", "4200", "4999"]), "contacts"].isna().all()


def test_constraints_bound_empty_cells():
    bounds = reconcile.constraint_bounds()[0].set_index("constraint_id")
    # 240 stated minus 232 in the filled cells of 2100-2999; 8059 minus 8038 filled minus those 8
    assert bounds.loc["perpetrator_environment_total", "derived_total"] == 8
    assert bounds.loc["culture_remainder", "derived_total"] == 13


def test_reconciliation_has_only_registered_failures():
    table, problems = reconcile.reconciliation()
    assert problems == []
    assert set(table.status) == {"holds", "known_inconsistency"}
    assert (table.status == "holds").sum() > 50


def test_a_planted_inconsistency_is_caught():
    figures = load.key_figures(2021, "stop-it-now").copy()
    figures.loc[figures.key == "contacts_chat", "value"] = 80
    failing = [c.check_id for c in reconcile.check_key_figures("stop-it-now", 2021, figures) if not c.holds]
    assert "stop-it-now/2021/key_figures/parts_sum/contacts" in failing
    assert "stop-it-now/2021/key_figures/share/channel_share_chat" in failing


@pytest.mark.parametrize(
    "helpline,key,value,check",
    [
        ("tele-onthaal", "calls_per_day", 400, "tele-onthaal/2021/key_figures/per_day/calls_per_day"),
        ("tele-onthaal", "calls_change_2019", 20, "tele-onthaal/2021/key_figures/changes_agree/calls/2019"),
        (
            "tele-onthaal",
            "website_visitors_abs_change_2019",
            60000,
            "tele-onthaal/2021/key_figures/abs_vs_pct/website_visitors/2019",
        ),
        ("tele-onthaal", "conversations_phone", 80000, "tele-onthaal/2021/key_figures/parts_sum/conversations"),
        (
            "stop-it-now",
            "referrals_since_launch",
            400,
            "stop-it-now/2021/key_figures/share/referral_share_since_launch",
        ),
        ("stop-it-now", "contacts_since_launch", 300, "stop-it-now/2021/key_figures/since_launch/contacts"),
        ("1712", "channel_share_chat", 30, "1712/2021/key_figures/channel_shares_sum"),
    ],
)
def test_planted_key_figure_inconsistency_is_caught_and_consistent_figures_pass(helpline, key, value, check):
    figures = load.key_figures(2021, helpline)
    before = {c.check_id: bool(c.holds) for c in reconcile.check_key_figures(helpline, 2021, figures)}
    assert before[check] is True  # the published figures agree on this check
    planted = figures.copy()
    planted.loc[planted.key == key, "value"] = value
    after = {c.check_id: bool(c.holds) for c in reconcile.check_key_figures(helpline, 2021, planted)}
    assert after[check] is False


BAD_INPUTS = {
    "empty file": ("", "empty_file", None, None),
    "wrong delimiter": (HEADER.replace(",", ";") + good_rows().replace(",", ";"), "delimiter", 1, None),
    "missing column": ("month,channel,contacts\n" + "2020-01,phone,1\n", "missing_column", 1, "missing_reason"),
    "extra column": (HEADER.strip() + ",note\n" + good_rows().replace(",\n", ",,x\n"), "unexpected_column", 1, "note"),
    "wrong header": ("maand,channel,contacts,missing_reason\n" + good_rows(), "missing_column", 1, "month"),
    "duplicate column": ("month,channel,contacts,contacts,missing_reason\n", "duplicate_column", 1, "contacts"),
    "ragged row": (HEADER + good_rows().replace("2020-03,chat,10,\n", "2020-03,chat,10\n"), "field_count", 12, None),
    "non-numeric count": (
        HEADER + good_rows().replace("2020-03,chat,10,", "2020-03,chat,ten,"),
        "type",
        12,
        "contacts",
    ),
    "negative count": (HEADER + good_rows().replace("2020-03,chat,10,", "2020-03,chat,-4,"), "rule", 12, "contacts"),
    "decimal count": (HEADER + good_rows().replace("2020-03,chat,10,", "2020-03,chat,4.5,"), "type", 12, "contacts"),
    "duplicate key": (HEADER + good_rows() + "2020-03,chat,10,\n", "duplicate_key", 50, "month, channel"),
    "missing month": (
        HEADER + "".join(row + "\n" for row in good_rows().splitlines() if not row.startswith("2020-05")),
        "incomplete",
        None,
        "month",
    ),
    "extra month": (HEADER + good_rows() + "2021-01,phone,1,\n", "month_outside_year", 50, "month"),
    "bad month format": (HEADER + good_rows().replace("2020-03,chat", "03/2020,chat"), "rule", 12, "month"),
    "unknown code": (HEADER + good_rows().replace("2020-03,chat", "2020-03,fax"), "rule", 12, "channel"),
    "missing channel for a month": (
        HEADER + good_rows().replace("2020-03,chat,10,\n", ""),
        "incomplete",
        None,
        "month",
    ),
    "empty count without reason": (
        HEADER + good_rows().replace("2020-03,chat,10,", "2020-03,chat,,"),
        "missing_without_reason",
        12,
        "contacts",
    ),
    "reason with a filled count": (
        HEADER + good_rows().replace("2020-03,chat,10,", "2020-03,chat,10,unreadable"),
        "reason_without_missing",
        12,
        "missing_reason",
    ),
    "header only": (HEADER, "empty_file", None, None),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_a_specific_error(tmp_path, name):
    text, rule, line, column = BAD_INPUTS[name]
    path = tmp_path / "contacts_by_month_channel.csv"
    path.write_text(text, encoding="utf-8")
    _, problems = load.check_year_table("contacts_by_month_channel", "1712", 2020, path=path)
    matching = [p for p in problems if p.rule == rule]
    assert matching, f"{name}: expected rule {rule}, got {problems}"
    assert any((line is None or p.row == line) and (column is None or p.column == column) for p in matching), problems
    assert all(str(path.name) in p.file for p in problems)


def test_wrong_encoding(tmp_path):
    path = tmp_path / "contacts_by_month_channel.csv"
    path.write_bytes((HEADER + good_rows()).encode("utf-8") + "2020-01,phone,1,caf\xe9\n".encode("latin-1"))
    _, problems = load.check_year_table("contacts_by_month_channel", "1712", 2020, path=path)
    assert problems[0].rule == "encoding" and problems[0].row == 50


def test_totals_that_do_not_add_up_are_reported():
    tables = {name: load.load_year_table(name, "1712", 2020) for name in load.available_tables("1712", 2020)}
    tables["contacts_by_month_channel"] = tables["contacts_by_month_channel"].copy()
    tables["contacts_by_month_channel"].loc[tables["contacts_by_month_channel"].index[0], "contacts"] = 400
    failing = {c.check_id for c in reconcile.check_stated_totals("1712", 2020, tables) if not c.holds}
    assert "1712/2020/contacts_by_month_channel/total/month=2020-01" in failing
    assert "1712/2020/contacts_by_month_channel/total/channel=phone" in failing


def test_loading_a_year_without_data_names_the_years_that_exist():
    with pytest.raises(DataError, match="years with this table: 2020"):
        load.contacts_by_month_channel(2019, "1712")


def test_params_typo_is_named_with_line(tmp_path):
    path = tmp_path / "2020.yml"
    path.write_text(open("params/2020.yml").read().replace("placebo_runs:", "placebo_run:"), encoding="utf-8")
    problems = check_params(2020, path)
    assert any(p.column == "placebo_run" and "did you mean 'placebo_runs'" in p.message and p.row for p in problems)


def test_params_year_without_data(tmp_path):
    path = tmp_path / "2019.yml"
    path.write_text(
        open("params/2020.yml")
        .read()
        .replace("year: 2020", "year: 2019")
        .replace("compare_years: [2019]", "compare_years: []"),
        encoding="utf-8",
    )
    problems = check_params(2019, path)
    assert any(p.rule == "no_data" for p in problems)


def test_the_contacts_of_a_year_are_never_a_sum_over_empty_cells():
    """The base of every share: the month table's sum when complete, else the stated total, else unknown."""
    months = pd.DataFrame({"contacts": pd.array([5, None, 7], dtype="Int64")})
    stated = pd.DataFrame(
        {"table": ["contacts_by_month_channel"], "dimension": ["all"], "category": ["all"], "value": [20]}
    )
    assert load.contacts_of_year(months.fillna(1), None) == 13.0
    assert load.contacts_of_year(months, stated) == 20.0
    assert load.contacts_of_year(months, None) is None and load.contacts_of_year(None, None) is None
    assert load.contacts_of_year(months, stated.assign(dimension="month")) is None


def test_an_unknown_year_total_is_a_data_error_naming_the_file(monkeypatch):

    months = load.contacts_by_month_channel(2020, "1712").astype({"contacts": "Int64"})
    months.loc[0, "contacts"] = pd.NA
    monkeypatch.setattr(load, "contacts_by_month_channel", lambda year, helpline: months)
    monkeypatch.setattr(load, "has_table", lambda name, helpline, year: False)
    with pytest.raises(DataError, match="contacts_by_month_channel.csv.*year_total_unknown"):
        load.year_contacts(2020, "1712")
