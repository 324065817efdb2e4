"""Reachability ranges and series across years on hand-computed numbers."""

import pandas as pd
import pytest

from hulplijnen.chapters.reachability import analysis as rc
from hulplijnen.chapters.shared import series as sr
from hulplijnen.maths.intervals import Interval


def test_reachability_hand_computed():
    r = rc.reachability(Interval(0.5, 0.5), Interval(2, 2))
    assert r.reached_if_independent == Interval(0.75, 0.75)
    assert r.reached_if_all_fail_together == Interval(0.5, 0.5)
    assert r.reached_range == Interval(0.5, 0.75)
    assert r.reached_if_one_answer_per_caller == Interval(1.0, 1.0) and r.accounting_consistent
    assert r.attempts_if_independent == Interval(2, 2) and r.attempts_consistent_with_independence
    assert r.unanswered_per_answered == Interval(1, 1)


def test_reachability_flags_figures_that_cannot_both_hold():
    r = rc.reachability(Interval(0.4, 0.45), Interval(3, 4))
    assert not r.accounting_consistent and not r.attempts_consistent_with_independence
    assert r.reached_range.low == pytest.approx(0.4) and r.reached_range.high == pytest.approx(1 - 0.55**4)
    with pytest.raises(ValueError):
        rc.reachability(Interval(0, 0.4), Interval(3, 4))


def figures(rows):
    cols = ["key", "measure", "category", "reference_year", "value", "unit", "qualifier", "decimals", "base"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["reference_year"] = frame["reference_year"].astype("Int64")
    return frame


def test_stated_range():
    figs = figures(
        [
            ("a", "rate", "x", None, 40, "percent", "rounded", 0, None),
            ("b", "rate", "x", None, 45, "percent", "rounded", 0, None),
        ]
    )
    assert rc.stated_range(figs, "rate", "x") == Interval(40, 45)
    assert rc.stated_range(figs, "rate", "x", widen=True) == Interval(39.5, 45.5)
    with pytest.raises(KeyError):
        rc.stated_range(figs, "rate", "y")


def test_implied_demand():
    d = rc.implied_demand(100, Interval(0.4, 0.5))
    assert d.offered == Interval(200, 250) and d.unanswered == Interval(100, 150)


MONTHLY = pd.Series([100.0, 100.0, 200.0, 150.0], index=pd.period_range("2030-01", periods=4, freq="M"))


def test_peak_against_baseline():
    p = rc.peak_against_baseline(MONTHLY, pd.Period("2030-03", "M"), pd.Period("2030-04", "M"))
    assert p.window_mean == 175 and p.baseline_mean == 100 and p.baseline_months == 2
    assert p.window_vs_baseline_pct == pytest.approx(75) and p.peak_value == 200
    with pytest.raises(ValueError):
        rc.peak_against_baseline(MONTHLY, pd.Period("2030-01", "M"), pd.Period("2030-02", "M"))


def test_total_between_refuses_missing():
    contacts = pd.DataFrame(
        {
            "month": ["2030-01", "2030-02", "2030-02"],
            "channel": ["phone", "phone", "chat"],
            "contacts": pd.array([5, 7, None], dtype="Int64"),
        }
    )
    assert rc.total_between(contacts, pd.Period("2030-01", "M"), pd.Period("2030-02", "M"), "phone") == 12
    with pytest.raises(ValueError):
        rc.total_between(contacts, pd.Period("2030-01", "M"), pd.Period("2030-02", "M"))


def test_timeline_and_fields():
    events = pd.DataFrame(
        {
            "event_id": ["b", "a", "c"],
            "helpline": ["h", "h", "h"],
            "kind": ["capacity", "funding", "demand"],
            "name_nl": list("xyz"),
            "start_earliest": pd.to_datetime(["2030-05-01", "2030-01-01", "2030-02-01"]),
            "start_latest": pd.to_datetime(["2030-05-01", "2030-01-01", "2030-02-01"]),
            "start_precision": ["day"] * 3,
            "end_earliest": pd.to_datetime([None, "2031-01-01", None]),
            "end_latest": pd.to_datetime([None, "2031-01-01", None]),
            "end_precision": ["open", "day", "open"],
            "evaluation": ["qualitative", "not_stated", "not_stated"],
            "status": ["goal", "implemented", "occurred"],
        }
    )
    line = rc.timeline(events, "h", ("capacity", "funding"))
    assert line["status"].tolist() == ["implemented", "goal"]
    assert line["event_id"].tolist() == ["a", "b"] and line["open_end"].tolist() == [False, True]
    fields = pd.DataFrame(
        {
            "helpline": ["h", "h"],
            "field": ["time", "month"],
            "status": ["not_recorded", "recorded"],
            "first_year": [2030, 2030],
            "last_year": [2031, 2030],
        }
    )
    assert rc.fields_with_status(fields, "h", 2031, "not_recorded")["field"].tolist() == ["time"]
    assert rc.fields_with_status(fields, "h", 2032, "not_recorded").empty


def test_value_series_prefers_exact_over_implied():
    f31 = figures(
        [
            ("n", "contacts", "all", None, 1000, "count", "exact", 0, None),
            ("ch30", "contacts", "all", 2030, 10, "pct_change", "rounded", 0, None),
            ("ch29", "contacts", "all", 2029, 25, "pct_change", "rounded", 0, None),
        ]
    )
    f32 = figures(
        [
            ("n", "contacts", "all", None, 1100, "count", "exact", 0, None),
            ("ch31", "contacts", "all", 2031, 10, "pct_change", "rounded", 0, None),
            ("ch29", "contacts", "all", 2029, 38, "pct_change", "rounded", 0, None),
        ]
    )
    series = sr.value_series(2032, {2030: 900}, {2031: f31, 2032: f32}).set_index("year")
    assert series.loc[2030, "low"] == 900 and series.loc[2030, "source"] == "table"
    assert series.loc[2031, "low"] == series.loc[2031, "high"] == 1000 and series.loc[2031, "exact"]
    # 2029 from 2031 (1000 / 1.255 .. 1000 / 1.245) and 2032 (1100 / 1.385 .. 1100 / 1.375): intersection
    assert series.loc[2029, "low"] == pytest.approx(max(1000 / 1.255, 1100 / 1.385))
    assert series.loc[2029, "high"] == pytest.approx(min(1000 / 1.245, 1100 / 1.375))
    assert series.loc[2029, "consistent"] and not series.loc[2029, "exact"]
    earlier = sr.value_series(2031, {2030: 900}, {2031: f31, 2032: f32})
    assert earlier["year"].tolist() == [2029, 2030, 2031]


def test_a_report_takes_an_earlier_year_from_a_later_page_never_that_pages_own_figures():
    """A report on 2030 compiled later may use the 2031 page for 2029 (+57 % on 2029 with 2031's exact count), never
    2031's own count nor what the 2031 page says of 2030 (the report's own year comes from its own sources)."""
    f31 = figures(
        [
            ("n", "contacts", "all", None, 8515, "count", "exact", 0, None),
            ("ch30", "contacts", "all", 2030, 6, "pct_change", "rounded", 0, None),
            ("ch29", "contacts", "all", 2029, 57, "pct_change", "rounded", 0, None),
            ("d28", "contacts", "all", 2028, 515, "change", "exact", 0, None),
        ]
    )
    series = sr.value_series(2030, {}, {2031: f31}).set_index("year")
    assert series.index.tolist() == [2028, 2029]  # not 2031, and 2030 not from the later page
    assert series.loc[2029, "low"] == pytest.approx(8515 / 1.575) and series.loc[2029, "high"] == pytest.approx(
        8515 / 1.565
    )
    assert series.loc[2029, "basis"] == "2031/ch29" and not series.loc[2029, "exact"]
    assert series.loc[2028, "low"] == 8000 and series.loc[2028, "exact"]
    with_table = sr.value_series(2030, {2030: 8059}, {2031: f31}).set_index("year")
    assert with_table.index.tolist() == [2028, 2029, 2030] and with_table.loc[2030, "source"] == "table"


def test_value_series_flags_disagreeing_intervals():
    f31 = figures(
        [
            ("n", "contacts", "all", None, 1000, "count", "exact", 0, None),
            ("ch29", "contacts", "all", 2029, 25, "pct_change", "rounded", 0, None),
        ]
    )
    f32 = figures(
        [
            ("n", "contacts", "all", None, 1000, "count", "exact", 0, None),
            ("ch29", "contacts", "all", 2029, 50, "pct_change", "rounded", 0, None),
        ]
    )
    row = sr.value_series(2032, {}, {2031: f31, 2032: f32}).set_index("year").loc[2029]
    assert not row["consistent"] and row["low"] == pytest.approx(1000 / 1.505)


def test_channel_share_series():
    table = pd.DataFrame(
        {"month": ["2030-01"] * 2, "channel": ["phone", "chat"], "contacts": pd.array([90, 10], dtype="Int64")}
    )
    f31 = figures(
        [
            ("p", "channel_share", "phone", None, 80, "percent", "rounded", 0, "contacts"),
            ("c", "channel_share", "chat", None, 20, "percent", "rounded", 0, "contacts"),
            ("c5", "channel_share", "chat", None, 5, "one_in_n", "almost", 0, "contacts"),
            ("c30", "channel_share", "chat", 2030, 10, "one_in_n", "about", 0, "contacts"),
        ]
    )
    f32 = figures(
        [
            ("n", "contacts", "all", None, 200, "count", "exact", 0, None),
            ("nc", "contacts", "chat", None, 50, "count", "exact", 0, None),
        ]
    )
    out = sr.channel_share_series(2032, {2030: table}, {2031: f31, 2032: f32}).set_index(["year", "channel"])
    assert out.loc[(2030, "chat"), "low"] == 10 and out.loc[(2030, "chat"), "source"] == "table"
    assert out.loc[(2031, "chat"), "low"] == 19.5 and out.loc[(2031, "chat"), "high"] == 20
    assert out.loc[(2032, "chat"), "low"] == 25 and out.loc[(2032, "chat"), "exact"]


def test_a_derived_estimate_is_rounded_outward_to_what_it_can_carry():
    """2020 #11: '4.053 tot 4.560 oproepen' from a rounded, unconfirmed rate was false precision."""
    from hulplijnen.chapters.reachability.analysis import rounded_outward

    assert rounded_outward(Interval(4053.3, 4560.0)) == Interval(4000, 4600)
    assert rounded_outward(Interval(2229.3, 2736.0)) == Interval(2200, 2800)
    assert rounded_outward(Interval(120816.2, 120921.9)) == Interval(120000, 130000)
    assert rounded_outward(Interval(38.0, 41.0)) == Interval(38, 41)
