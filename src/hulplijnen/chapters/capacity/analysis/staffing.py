"""Staffing per weekday x hour from the protected tables and the year's timing statistics: the calls
that entered the queue per hour, the offered load (counsellor-hours of conversation asked for), the
counsellors Erlang A needs for each target answer rate, the counsellors logged in, and the answer
rate Erlang A predicts for them against the one measured.

Assumptions (stated in the chapter): calls arrive at random at a steady rate within an hour of a given
weekday, the same every week of the year (holidays and seasons averaged out); every counsellor logged in
answers calls (no chat or e-mail at the same time); handle time and patience are the year's, the same
in every hour; a caller who hangs up and calls again counts as a new call.
"""

from __future__ import annotations

import calendar
import datetime as dt

import numpy as np
import pandas as pd

from ....maths import erlang

BAND_HOURS = {"00-06": 7, "22-23": 2}  # other hour bands are one hour


def hours_in_year(year: int) -> pd.DataFrame:
    """Per weekday (1 = Monday) x hour band: how many such hours the year has."""
    days = 366 if calendar.isleap(year) else 365
    weekdays = pd.Series([(dt.date(year, 1, 1) + dt.timedelta(d)).isoweekday() for d in range(days)]).value_counts()
    bands = ["00-06", *(f"{h:02d}" for h in range(7, 22)), "22-23"]
    rows = [
        {"weekday": str(w), "hour": b, "hours": int(weekdays[w]) * BAND_HOURS.get(b, 1), "width": BAND_HOURS.get(b, 1)}
        for w in range(1, 8)
        for b in bands
    ]
    return pd.DataFrame(rows)


def queue_cells(cells: pd.DataFrame) -> pd.DataFrame:
    """Per weekday x hour band, from phone_by_weekday_hour_outcome's cells: calls that entered the queue
    (answered or abandoned; NA where either is suppressed) and those answered."""
    leaf = cells[
        (cells["weekday_level"] == "leaf") & (cells["hour_level"] == "leaf") & (cells["outcome_level"] == "leaf")
    ]
    wide = leaf.pivot(index=["weekday", "hour"], columns="outcome", values="count")
    queued = wide["answered"].astype("Float64") + wide["abandoned"].astype("Float64")
    return pd.DataFrame({"queued": queued, "answered": wide["answered"].astype("Float64")}).reset_index()


def slots(
    cells: pd.DataFrame,
    year: int,
    handle_mean: float,
    patience_mean: float,
    targets: list[float],
    logged_in: pd.DataFrame | None,
) -> pd.DataFrame:
    """One row per weekday x hour band with calls in the queue: arrival rate, load, need per target,
    logged in and the model's answer rate for them (see the module doc). Times in seconds."""
    frame = hours_in_year(year).merge(queue_cells(cells), on=["weekday", "hour"], how="left")
    frame = frame[frame["queued"].isna() | (frame["queued"] > 0)].reset_index(drop=True)
    known = frame["queued"].notna().to_numpy()
    queued = frame["queued"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    lam = queued / (frame["hours"].to_numpy(float) * 3600.0)
    mu, theta = 1.0 / handle_mean, 1.0 / patience_mean
    frame["calls_per_hour"] = lam * 3600.0
    frame["load"] = lam / mu  # counsellors busy on average if every call were answered
    answered = frame["answered"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    frame["measured_rate"] = answered / queued
    previous = None  # targets ascend (params): a higher target never needs fewer counsellors
    for target in targets:
        need = np.full(len(frame), np.nan)
        if known.any():
            need[known] = erlang.required(lam[known], mu, theta, target, previous)
            previous = need[known]
        frame[need_column(target)] = need
        pooled = np.full(len(frame), np.nan)
        if known.all() and known.any():  # a suppressed hour would leave the total unknown
            pooled = erlang.pooled_required(lam, mu, theta, frame["hours"].to_numpy(float), target).astype(float)
        frame[pooled_column(target)] = pooled
    if logged_in is not None:
        merged = frame.merge(logged_in[["weekday", "hour", "counsellor_hours"]], on=["weekday", "hour"], how="left")
        frame["logged_in"] = merged["counsellor_hours"].to_numpy(float) / frame["hours"].to_numpy(float)
        predicted = np.full(len(frame), np.nan)
        if known.any():
            predicted[known] = erlang.answer_rate_fractional(
                lam[known], mu, theta, frame["logged_in"].to_numpy()[known]
            )
        frame["predicted_rate"] = predicted
    return frame


def need_column(target: float) -> str:
    return f"need_{round(target * 100):d}"


def pooled_column(target: float) -> str:
    """The need for ``target`` of all calls of the year together (erlang.pooled_required), not of each hour's."""
    return f"pooled_{round(target * 100):d}"


def weeks_in_year(year: int) -> float:
    return (366 if calendar.isleap(year) else 365) / 7.0


def weekly_hours(frame: pd.DataFrame, year: int, targets: list[float]) -> dict[str, float | None]:
    """Counsellor-hours per week: needed per target (each hour of a band staffed with the band's
    need), logged in, and the offered load itself. None where a slot is suppressed."""
    weeks = weeks_in_year(year)
    per_week = frame["hours"] / weeks  # hours of this slot in an average week
    out: dict[str, float | None] = {}
    for target in targets:
        column = need_column(target)
        out[column] = None if frame[column].isna().any() else float((frame[column] * per_week).sum())
        pooled = pooled_column(target)
        out[pooled] = None if frame[pooled].isna().any() else float((frame[pooled] * per_week).sum())
    out["load"] = None if frame["load"].isna().any() else float((frame["load"] * per_week).sum())
    if "logged_in" in frame:
        out["logged_in"] = float((frame["logged_in"].fillna(0) * per_week).sum())
        # the clock hours a week someone was logged in: the line's opening hours (not its counsellor-hours)
        out["open"] = float(per_week[frame["logged_in"].fillna(0) > 0].sum())
    return out


def grid(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """A column as weekday (rows) x hour band (columns), every band present (NA where no calls queue or
    where the count is suppressed). ``attrs`` name the days and hours with a queue (a row of
    ``frame``): the others were closed."""
    bands = ["00-06", *(f"{h:02d}" for h in range(7, 22)), "22-23"]
    table = frame.pivot(index="weekday", columns="hour", values=column)
    table = table.reindex(index=[str(d) for d in range(1, 8)], columns=bands)
    table.attrs["open_days"] = sorted(set(frame["weekday"]))
    table.attrs["open_hours"] = [b for b in bands if b in set(frame["hour"])]
    return table
