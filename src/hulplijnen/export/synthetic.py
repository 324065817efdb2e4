"""A seeded generator of synthetic contact exports, for tests, benchmarks and the demo report.

Calibration (at ``scale`` 1): every month's answered contacts per channel equal 1712's published
2020 table; gender follows the published gender-by-month shares, age, contact-person codes and
contexts of violence follow the published distributions, and possible victims per answered contact
average the published ratio (victims / contacts). What the published tables do not give is an
assumption of this generator, chosen to look plausible, never to be read as a finding:

* phone lines answer on working days from 9 to 17 h, closed on weekends and Belgium's public holidays
  (``holidays``); chat is open at the same times; e-mail arrives at any time. Calls also arrive outside
  opening hours (on a closed day less often; on a public holiday never within 9-17 h) and are then not
  answered;
* the share of offered calls answered is about ``ANSWER_RATE`` per month (40-45 % in ``ANCHORED_MONTHS``, as the
  source says; made up, lower in the first lockdown, in the others), never exactly: the unanswered are drawn;
* callers choose their province in proportion to ``REGION_WEIGHTS``; 1 in 10 chooses option 0, but
  only from the year the sources say option 0 started (data/events.csv, ``OVERFLOW_EVENT``: its earliest
  start); before it every caller chooses a province and is answered there. From that year a call is answered in
  the caller's own province with probability ``OWN_REGION`` (less in the lockdown peak), otherwise by another;
* chat draws more victims and minors, e-mail more professionals (``CHANNEL_TILT``).

The timing columns and the logged-in file follow the distributions documented in
``synthetic_timing`` (drawn from a second generator, so the other columns do not depend on them).

Same seed, same export, byte for byte.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..data import load
from . import synthetic_timing
from .holidays import public_holidays
from .read import ExportFiles

CALIBRATION_YEAR = 2020
CALIBRATION_HELPLINE = "1712"  # with the year: the published tables the synthetic export imitates
ANSWER_RATE = {  # the mean share answered per month; the calls offered are drawn around it (never a round share)
    1: 0.54,
    2: 0.56,
    3: 0.49,
    4: 0.37,
    5: 0.39,
    6: 0.41,
    7: 0.48,
    8: 0.51,
    9: 0.43,
    10: 0.42,
    11: 0.425,
    12: 0.43,
}
ANCHORED_MONTHS = (9, 12)  # first and last month whose answer rate the source gives (answer_rate_sep_dec_*)
REGION_WEIGHTS = {
    "antwerpen": 0.26,
    "limburg": 0.12,
    "oost_vlaanderen": 0.21,
    "vlaams_brabant": 0.17,
    "west_vlaanderen": 0.14,
    "option_0": 0.10,
}
OVERFLOW_EVENT = "overflow_option_zero"  # the event in data/events.csv that dates option 0 (overflow routing)
OWN_REGION = {4: 0.70, 5: 0.72, 6: 0.75}  # lockdown months; 0.85 otherwise
ANONYMOUS = {"phone": 0.81, "email": 0.6, "chat": 0.88}  # together above the source's 'ruim driekwart'
VICTIM_TYPES = {"child": 0.24, "adolescent": 0.16, "adult": 0.49, "older_adult": 0.06, "unknown": 0.05}
CHANNEL_TILT = {
    "chat": {"victim_environment:victim": 1.8, "professional": 0.3, "minor": 3.0},
    "email": {"professional": 1.6, "minor": 0.7},
}
# Hourly weight of calls offered (0-23 h): mornings and early afternoon, a smaller evening peak.
OFFERED_BY_HOUR = np.array(
    [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 19, 16, 17, 18, 16, 13, 10, 8, 8, 7, 5, 3, 2], dtype=float
)
OPEN_HOURS = range(9, 17)
MISSING_CODE_WEIGHT = 3.0  # codes the source leaves empty: small, never zero


def _weekdays(year: int, month: int) -> tuple[np.ndarray, np.ndarray]:
    """The month's days and, per day, its weekday (0 = Monday), or 5 (as a Saturday) on a public holiday."""
    days = np.arange(1, calendar.monthrange(year, month)[1] + 1)
    closed = {d.day for d in public_holidays(year) if d.month == month}
    weekday = np.array([5 if d in closed else calendar.weekday(year, month, d) for d in days])
    return days, weekday


def _off_hours_on_holidays(starts: np.ndarray, year: int, month: int) -> np.ndarray:
    """Calls on a public holiday come outside the opening hours only: one in the opening hours would be a tiny
    'closed' cell of its weekday and hour beside the queued calls, and protecting it hides much else (a
    simplification; such a call moves ``len(OPEN_HOURS)`` hours earlier, to the same day's night or morning)."""
    base = pd.Timestamp(year=year, month=month, day=1).value // 10**9
    day, hour = (starts - base) // 86400 + 1, (starts - base) % 86400 // 3600
    closed = [d.day for d in public_holidays(year) if d.month == month]
    moved = np.isin(day, closed) & np.isin(hour, list(OPEN_HOURS))
    return np.where(moved, starts - len(OPEN_HOURS) * 3600, starts)


def region_weights(year: int) -> dict[str, float]:
    """``REGION_WEIGHTS``, without option 0 before the year the sources date it from (``OVERFLOW_EVENT``)."""
    events = load.events()
    start = events.loc[events["event_id"] == OVERFLOW_EVENT, "start_earliest"]
    if len(start) and year >= pd.Timestamp(start.iloc[0]).year:
        return dict(REGION_WEIGHTS)
    provinces = {r: w for r, w in REGION_WEIGHTS.items() if r != "option_0"}
    return {r: w / sum(provinces.values()) for r, w in provinces.items()}


def _times(
    rng: np.random.Generator, n: int, year: int, month: int, day_weight: np.ndarray, hour_weight: np.ndarray
) -> np.ndarray:
    """``n`` start times (seconds since the epoch) in the month, days and hours drawn by weight."""
    days, _ = _weekdays(year, month)
    day = rng.choice(days, size=n, p=day_weight / day_weight.sum())
    hour = rng.choice(24, size=n, p=hour_weight / hour_weight.sum())
    second = rng.integers(0, 3600, size=n)
    base = pd.Timestamp(year=year, month=month, day=1).value // 10**9
    return base + (day - 1) * 86400 + hour * 3600 + second


def _open_weights(year: int, month: int) -> tuple[np.ndarray, np.ndarray]:
    _, weekday = _weekdays(year, month)
    hours = np.zeros(24)
    hours[list(OPEN_HOURS)] = OFFERED_BY_HOUR[list(OPEN_HOURS)]
    return (weekday < 5).astype(float), hours


def _code_weights(people: pd.DataFrame, codes: pd.DataFrame, channel: str) -> tuple[np.ndarray, np.ndarray]:
    merged = people.merge(codes, on="code")
    weight = merged["contacts"].astype("Float64").fillna(MISSING_CODE_WEIGHT).to_numpy(dtype=float)
    tilt = CHANNEL_TILT.get(channel, {})
    weight = weight * np.where(merged["role"] == "victim", tilt.get("victim_environment:victim", 1.0), 1.0)
    weight = weight * np.where(merged["role"] == "professional", tilt.get("professional", 1.0), 1.0)
    return merged["code"].to_numpy(dtype=object), weight / weight.sum()


def _month(
    rng: np.random.Generator,
    year: int,
    month: int,
    answered_by_channel: dict[str, int],
    tables: dict[str, pd.DataFrame],
    offered_rng: np.random.Generator,
) -> pd.DataFrame:
    """Every contact attempt of one month, sorted by start time. The unanswered calls are drawn from
    ``offered_rng`` around ``ANSWER_RATE`` (a Poisson count), so a month's share answered is not a round number."""
    _, weekday = _weekdays(year, month)
    open_days, open_hours = _open_weights(year, month)
    any_day = np.where(weekday < 5, 1.0, 0.45)
    parts = []
    for channel, answered in answered_by_channel.items():
        if channel == "phone":
            mean = answered * (1 - ANSWER_RATE[month]) / ANSWER_RATE[month]
            unanswered = int(offered_rng.poisson(mean)) if answered else 0
            closed_hours = OFFERED_BY_HOUR * np.where(np.isin(np.arange(24), list(OPEN_HOURS)), 1.6, 1.0)
            starts = np.concatenate(
                [
                    _times(rng, answered, year, month, open_days, open_hours),
                    _off_hours_on_holidays(_times(rng, unanswered, year, month, any_day, closed_hours), year, month),
                ]
            )
            flags = np.concatenate([np.ones(answered, bool), np.zeros(unanswered, bool)])
        else:
            day_w, hour_w = (open_days, open_hours) if channel == "chat" else (any_day, OFFERED_BY_HOUR)
            starts, flags = _times(rng, answered, year, month, day_w, hour_w), np.ones(answered, bool)
        parts.append(pd.DataFrame({"start": starts, "channel": channel, "answered": flags}))
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.iloc[np.lexsort((frame["channel"].to_numpy(dtype=str), frame["start"].to_numpy()))].reset_index(
        drop=True
    )
    return _register(rng, frame, year, month, tables)


def _register(
    rng: np.random.Generator, frame: pd.DataFrame, year: int, month: int, tables: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    """Fill the registration fields: regions for phone, the contact person's fields when answered."""
    n = len(frame)
    phone, answered = (frame["channel"] == "phone").to_numpy(), frame["answered"].to_numpy()
    weights = region_weights(year)
    provinces = [r for r in REGION_WEIGHTS if r != "option_0"]
    caller = rng.choice(list(weights), size=n, p=np.array(list(weights.values())))
    # another province answers only from the year of option 0 (the sources date no transfer before it)
    own = (rng.random(n) < OWN_REGION.get(month, 0.85)) | ("option_0" not in weights)
    elsewhere = rng.choice(provinces, size=n)
    answering = np.where((caller != "option_0") & own, caller, elsewhere)
    frame["caller_region"] = np.where(phone, caller, None)
    frame["answering_region"] = np.where(phone & answered, answering, None)
    codes, genders = tables["codes"], tables["gender"]
    people, ages = tables["people"], tables["age"]
    contact_person = np.empty(n, dtype=object)
    age_class = np.empty(n, dtype=object)
    for channel in ("phone", "email", "chat"):
        mask = (frame["channel"] == channel).to_numpy() & answered
        values, p = _code_weights(people, codes, channel)
        contact_person[mask] = rng.choice(values, size=int(mask.sum()), p=p)
        age_w = ages["contacts"].to_numpy(dtype=float) * np.where(
            ages["minor"].fillna(False).to_numpy(dtype=bool), CHANNEL_TILT.get(channel, {}).get("minor", 1.0), 1.0
        )
        age_class[mask] = rng.choice(
            ages["age_class"].to_numpy(dtype=object), size=int(mask.sum()), p=age_w / age_w.sum()
        )
    month_gender = genders[genders["month"].str.endswith(f"-{month:02d}")]
    g_w = month_gender["contacts"].to_numpy(dtype=float)
    gender = rng.choice(month_gender["gender"].to_numpy(dtype=object), size=n, p=g_w / g_w.sum())
    anonymous = rng.random(n) < frame["channel"].map(ANONYMOUS).to_numpy(dtype=float)
    frame["contact_person"] = np.where(answered, contact_person, None)
    frame["gender"] = np.where(answered, gender, None)
    frame["age_class"] = np.where(answered, age_class, None)
    frame["anonymous"] = pd.array(np.where(answered, anonymous, False), dtype="boolean")
    frame.loc[~answered, "anonymous"] = pd.NA
    return frame


def _victims(
    rng: np.random.Generator, ids: np.ndarray, contexts: pd.DataFrame, extra_per_contact: float
) -> pd.DataFrame:
    count = 1 + rng.poisson(extra_per_contact, size=len(ids))
    owner = np.repeat(ids, count)
    c_w = contexts["possible_victims"].to_numpy(dtype=float)
    return pd.DataFrame(
        {
            "contact_id": owner,
            "victim_type": rng.choice(list(VICTIM_TYPES), size=len(owner), p=np.array(list(VICTIM_TYPES.values()))),
            "context": rng.choice(contexts["context"].to_numpy(dtype=object), size=len(owner), p=c_w / c_w.sum()),
        }
    )


def calibration_tables(year: int = CALIBRATION_YEAR) -> dict[str, pd.DataFrame]:
    """The published 1712 tables the generator is calibrated to."""
    contexts = load.possible_victims_by_context(year, CALIBRATION_HELPLINE)
    ages = load.contacts_by_age(year, CALIBRATION_HELPLINE).merge(
        load.codebook("age_classes")[["age_class", "minor"]], on="age_class"
    )
    return {
        "monthly": load.contacts_by_month_channel(year, CALIBRATION_HELPLINE),
        "gender": load.gender_by_month(year, CALIBRATION_HELPLINE),
        "age": ages[ages["contacts"].fillna(0) > 0],
        "people": load.contacts_by_contact_person(year, CALIBRATION_HELPLINE),
        "codes": load.codebook("contact_person_codes"),
        "contexts": contexts[contexts["possible_victims"].fillna(0) > 0],
    }


def expected_rows(tables: dict[str, pd.DataFrame]) -> float:
    """Rows of the contacts file at scale 1: answered contacts plus unanswered phone calls."""
    monthly = tables["monthly"].dropna(subset=["contacts"])
    monthly = monthly[monthly["channel"] != "not_recorded"]
    phone = monthly[monthly["channel"] == "phone"]
    unanswered = sum(c / ANSWER_RATE[int(m[-2:])] - c for m, c in zip(phone["month"], phone["contacts"]))
    return float(monthly["contacts"].sum() + unanswered)


def months(seed: int, rows: int | None = None, year: int = CALIBRATION_YEAR, timings: bool = False):
    """Yield (contacts, possible_victims) frames month by month; ``rows`` scales the volumes so the
    contacts file has about that many rows (default: the published volumes). With ``timings``, the
    contacts carry wait and handle times and a third frame, counsellors logged in, is yielded."""
    tables = calibration_tables(year)
    scale = 1.0 if rows is None else rows / expected_rows(tables)
    rng = np.random.default_rng(seed)
    timing_rng = np.random.default_rng([seed, 2])
    offered_rng = np.random.default_rng([seed, 3])
    monthly = tables["monthly"][tables["monthly"]["channel"] != "not_recorded"]
    contexts = tables["contexts"]
    victims_total = float(load.possible_victims_by_context(year, CALIBRATION_HELPLINE)["possible_victims"].sum())
    extra = victims_total / float(monthly["contacts"].sum()) - 1.0
    issued = 0
    for month in range(1, 13):
        cells = monthly[monthly["month"] == f"{year}-{month:02d}"]
        answered = {
            r.channel: int(round(float(r.contacts) * scale)) for r in cells.itertuples() if not pd.isna(r.contacts)
        }
        frame = _month(rng, year, month, answered, tables, offered_rng)
        frame.insert(0, "contact_id", [f"C{year}-{i:09d}" for i in range(issued, issued + len(frame))])
        issued += len(frame)
        frame["start"] = pd.to_datetime(frame["start"], unit="s")
        victims = _victims(rng, frame.loc[frame["answered"], "contact_id"].to_numpy(), contexts, extra)
        if timings:
            frame = synthetic_timing.add_timings(timing_rng, frame)
            yield frame, victims, synthetic_timing.logged_in(timing_rng, frame, year, month)
        else:
            yield frame, victims


def _arrow(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False).cast(
        pa.schema(
            [
                pa.field(
                    c,
                    pa.timestamp("s")
                    if c in ("start", "hour")
                    else pa.float64()
                    if c in ("wait_seconds", "handle_seconds", "counsellors")
                    else pa.bool_()
                    if c in ("answered", "anonymous")
                    else pa.string(),
                )
                for c in frame.columns
            ]
        )
    )


def write(
    directory: Path,
    seed: int,
    rows: int | None = None,
    formats: tuple[str, ...] = ("parquet",),
    year: int = CALIBRATION_YEAR,
    timings: bool = True,
) -> dict[str, ExportFiles]:
    """Write a synthetic export into ``directory`` (one sub-folder per format) month by month, so
    memory stays flat however many rows are asked for. Returns the files per format. ``timings``
    False leaves out the optional timing columns and the logged-in file."""
    writers: dict[tuple[str, str], object] = {}
    out = {
        fmt: ExportFiles(
            directory / fmt / f"contacts.{fmt}",
            directory / fmt / f"possible_victims.{fmt}",
            directory / fmt / f"logged_in.{fmt}" if timings else None,
        )
        for fmt in formats
    }
    try:
        for contacts, victims, *hours in months(seed, rows, year, timings):
            for fmt, files in out.items():
                for name, frame, path in (
                    ("contacts", contacts, files.contacts),
                    ("possible_victims", victims, files.possible_victims),
                    *((("logged_in", hours[0], files.logged_in),) if hours else ()),
                ):
                    table = _arrow(frame)
                    if (fmt, name) not in writers:
                        path.parent.mkdir(parents=True, exist_ok=True)
                        writers[fmt, name] = (
                            pq.ParquetWriter(path, table.schema)
                            if fmt == "parquet"
                            else pacsv.CSVWriter(path, table.schema)
                        )
                    writers[fmt, name].write_table(table)
    finally:
        for writer in writers.values():
            writer.close()
    return out
