"""The synthetic export as a real line would be (review r11 of the demo): closed on Belgium's public holidays as on
weekends, and no overflow routing (option 0) before the year data/events.csv dates it from."""

import datetime as dt

import pandas as pd

from hulplijnen.data import load
from hulplijnen.export import synthetic
from hulplijnen.export.holidays import public_holidays
from hulplijnen.export.synthetic_timing import queued


def test_belgiums_ten_public_holidays_of_2020():
    assert sorted(public_holidays(2020)) == [
        dt.date(2020, 1, 1),
        dt.date(2020, 4, 13),  # Easter Monday: Easter Sunday was 12 April 2020
        dt.date(2020, 5, 1),
        dt.date(2020, 5, 21),  # Ascension Day
        dt.date(2020, 6, 1),  # Whit Monday
        dt.date(2020, 7, 21),
        dt.date(2020, 8, 15),
        dt.date(2020, 11, 1),
        dt.date(2020, 11, 11),
        dt.date(2020, 12, 25),
    ]
    assert dt.date(2021, 4, 5) in public_holidays(2021)  # Easter moves: Monday 5 April 2021


def test_a_call_on_a_public_holiday_never_enters_the_queue():
    starts = pd.Series(pd.to_datetime(["2020-04-13 10:00", "2020-04-14 10:00", "2020-12-25 11:00"]))
    assert queued(starts).tolist() == [False, True, False]


def test_the_published_volumes_are_answered_on_working_days_only(published_export):
    contacts = pd.read_parquet(published_export["parquet"].contacts)
    live = contacts[contacts["answered"] & contacts["channel"].isin(["phone", "chat"])]
    days = pd.to_datetime(live["start"]).dt.date
    assert not days.isin(public_holidays(2020)).any()
    # nor does the phone ring in opening hours on a holiday: a 'closed' call there is a tiny cell of its weekday and
    # hour, and protecting it hid the year's phone totals (866 hidden cells, against 98)
    starts = pd.to_datetime(contacts.loc[contacts["channel"] == "phone", "start"])
    assert not (starts.dt.date.isin(public_holidays(2020)) & starts.dt.hour.between(9, 16)).any()
    assert (pd.to_datetime(live["start"]).dt.day_of_week < 5).all()
    # the monthly volumes still match the published table exactly
    monthly = synthetic.calibration_tables()["monthly"].dropna(subset=["contacts"])
    answered = contacts[contacts["answered"]]
    assert len(answered) == int(monthly.loc[monthly["channel"] != "not_recorded", "contacts"].sum())


def test_no_option_0_before_the_year_the_sources_date_it_from(published_export):
    events = load.events().set_index("event_id")
    first = pd.Timestamp(events.loc[synthetic.OVERFLOW_EVENT, "start_earliest"]).year
    assert "option_0" not in synthetic.region_weights(first - 1)
    assert synthetic.region_weights(first)["option_0"] == synthetic.REGION_WEIGHTS["option_0"]
    assert abs(sum(synthetic.region_weights(first - 1).values()) - 1) < 1e-12
    contacts = pd.read_parquet(published_export["parquet"].contacts)  # 2020: before option 0
    assert first > 2020 and not (contacts["caller_region"] == "option_0").any()
