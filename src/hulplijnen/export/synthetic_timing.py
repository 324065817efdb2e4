"""The timing columns and the logged-in file of a synthetic export (hulplijnen.export.synthetic).

Known, documented distributions, so tests can check that the chapter's estimates recover them:

* a phone call that arrives within the opening hours (working days 9-17 h) enters the queue; one
  outside them does not (``wait_seconds`` empty);
* every queued caller has a patience drawn from an exponential distribution with mean
  ``PATIENCE_MEAN`` seconds, and a time until a counsellor would pick up drawn from an exponential
  distribution whose rate is set per month so that the month's share of queued calls answered is the
  one the generator already chose (``ANSWER_RATE`` of synthetic.py). A call is answered when the pick-up
  comes first; ``wait_seconds`` is the shorter of the two (so answered calls censor the patience);
* conversations last a lognormal time: median ``HANDLE_MEDIAN`` seconds, log-sd ``HANDLE_SIGMA`` (phone);
  chats ``CHAT_HANDLE_MEDIAN`` with the same spread; e-mails have no handle time;
* counsellors logged in, per open hour: the (fractional) number with which Erlang A, fed with that
  month's calls in that hour of the day, answers the month's share, plus noise of a quarter counsellor.
  The demo's model fit is therefore good by construction; a real export puts the model to the test.
"""

from __future__ import annotations

import calendar
import datetime as dt

import numpy as np
import pandas as pd

from ..maths import erlang
from .holidays import public_holidays

PATIENCE_MEAN = 120.0  # seconds
HANDLE_MEDIAN = 900.0  # seconds: 15 minutes
CHAT_HANDLE_MEDIAN = 1500.0
HANDLE_SIGMA = 0.6  # log-sd of the handle time
OPEN_HOURS = range(9, 17)  # the same hours synthetic.py answers in
NOISE = 0.25  # counsellors: spread of the logged-in numbers around the model's


def queued(start: pd.Series) -> np.ndarray:
    """Whether a call started within the opening hours (and so entered the queue): a working day that is no public
    holiday, an open hour."""
    closed = {d for year in start.dt.year.unique() for d in public_holidays(int(year))}
    holiday = start.dt.date.isin(closed).to_numpy(dtype=bool) if closed else False
    return ((start.dt.day_of_week < 5) & start.dt.hour.isin(list(OPEN_HOURS))).to_numpy() & ~holiday


def add_timings(rng: np.random.Generator, frame: pd.DataFrame) -> pd.DataFrame:
    """``wait_seconds`` and ``handle_seconds`` for one month's contacts (``start`` as datetimes)."""
    phone = (frame["channel"] == "phone").to_numpy()
    answered = frame["answered"].to_numpy(dtype=bool)
    in_queue = phone & queued(frame["start"])
    n_queued, n_answered = int(in_queue.sum()), int((in_queue & answered).sum())
    share = min(max(n_answered / n_queued, 0.01), 0.99) if n_queued else 0.5
    abandon = 1.0 / PATIENCE_MEAN
    pick_up = abandon * share / (1.0 - share)
    # the shorter of two exponential times is exponential with the summed rate, whichever comes first
    wait = rng.exponential(1.0 / (abandon + pick_up), size=len(frame))
    frame["wait_seconds"] = np.where(in_queue, np.round(wait, 1), np.nan)
    median = np.where(phone, HANDLE_MEDIAN, CHAT_HANDLE_MEDIAN)
    handle = np.exp(np.log(median) + HANDLE_SIGMA * rng.standard_normal(len(frame)))
    talks = answered & (frame["channel"] != "email").to_numpy()
    frame["handle_seconds"] = np.where(talks, np.round(handle, 0), np.nan)
    return frame


def logged_in(rng: np.random.Generator, frame: pd.DataFrame, year: int, month: int) -> pd.DataFrame:
    """One row per open hour of the month: counsellors logged in (see the module doc)."""
    closed = public_holidays(year)
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if calendar.weekday(year, month, d) < 5 and dt.date(year, month, d) not in closed
    ]
    calls = frame[(frame["channel"] == "phone") & queued(frame["start"])]
    hours = list(OPEN_HOURS)
    offered = calls["start"].dt.hour.value_counts().reindex(hours, fill_value=0).to_numpy(float)
    answered = calls.loc[calls["answered"], "start"].dt.hour.value_counts().reindex(hours, fill_value=0)
    share = np.clip(answered.to_numpy(float) / np.maximum(offered, 1), 0.02, 0.98)
    lam = offered / max(len(days), 1) / 3600.0
    mean_handle = HANDLE_MEDIAN * np.exp(HANDLE_SIGMA**2 / 2)
    grid = np.arange(0, 40.01, 0.05)
    lams, staffs = np.broadcast_arrays(lam[None, :], grid[:, None])  # every staffing level x every hour at once
    rates = erlang.answer_rate_fractional(lams.ravel(), 1 / mean_handle, 1 / PATIENCE_MEAN, staffs.ravel())
    rates = rates.reshape(len(grid), len(lam))
    staff = grid[np.argmax(rates >= share[None, :], axis=0)]
    rows = [
        (pd.Timestamp(year=year, month=month, day=d, hour=h), max(0.0, staff[i] + NOISE * rng.standard_normal()))
        for d in days
        for i, h in enumerate(hours)
    ]
    out = pd.DataFrame(rows, columns=["hour", "counsellors"])
    out["counsellors"] = out["counsellors"].round(2)
    return out
