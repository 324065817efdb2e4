"""Waiting, patience and conversation length from the timing columns of an export: the statistics the
count tables cannot give, computed in the export stage on the rows (which never leave it).

Disclosure rule for these (docs/contact-export.md): every statistic is computed over at least k
contacts (``min_cell_count``) and only for the whole year (no statistic per cell, so no two
statistics differ by a small group); a statistic whose base has fewer than k contacts is not
published (None), and a point of the abandonment curve is published only where at least k callers
were still waiting. The counsellors logged in are about staff, not contacts: they are published as
averages per weekday and hour.

* average speed to answer and percentiles of the wait of answered calls;
* patience: the abandonment curve by Kaplan-Meier (statsmodels' SurvfuncRight), with answered calls
  as censored observations (their caller would have waited longer), and the mean patience of an
  exponential model (the maximum-likelihood estimate: waiting time of all queued calls over the
  number that hung up; 95 % interval from the chi-square distribution), which Erlang A needs;
* conversation length of answered phone calls: mean (95 % interval), percentiles, and the
  lognormal fit (median and log-sd with 95 % intervals).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .timing_tables import has_timings

if TYPE_CHECKING:
    import duckdb

CURVE_SECONDS = (10, 20, 30, 60, 90, 120, 180, 300, 600)
HOUR_BAND = (
    "CASE WHEN hour(hour) < 7 THEN '00-06' WHEN hour(hour) >= 22 THEN '22-23' "
    "ELSE lpad(CAST(hour(hour) AS VARCHAR), 2, '0') END"
)


def _round(value: float, digits: int = 1) -> float:
    return round(float(value), digits)


def _waits(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        "SELECT wait_seconds AS wait, answered FROM contacts WHERE channel = 'phone' AND wait_seconds IS NOT NULL"
    ).fetchdf()


def answered_wait(waits: pd.DataFrame, k: int) -> dict | None:
    answered = waits.loc[waits["answered"], "wait"].to_numpy(float)
    if len(answered) < k:
        return None
    p50, p90 = np.percentile(answered, [50, 90])
    return {"mean": _round(answered.mean()), "p50": _round(p50), "p90": _round(p90)}


def patience(waits: pd.DataFrame, k: int) -> dict | None:
    """The exponential model's mean patience with its 95 % interval, and the Kaplan-Meier curve."""
    from scipy import stats
    from statsmodels.duration.survfunc import SurvfuncRight

    gave_up = (~waits["answered"]).to_numpy()
    if len(waits) < k or gave_up.sum() < k:
        return None
    exposure, events = float(waits["wait"].sum()), int(gave_up.sum())
    low, high = (exposure / (stats.chi2.ppf(q, 2 * events) / 2) for q in (0.975, 0.025))
    fit = SurvfuncRight(waits["wait"].to_numpy(float), gave_up.astype(float))
    curve = []
    for t in CURVE_SECONDS:
        at_risk = int((waits["wait"] >= t).sum())
        if at_risk < k:
            break
        i = np.searchsorted(fit.surv_times, t, side="right") - 1
        curve.append({"seconds": t, "still_waiting_pct": _round(100 * (fit.surv_prob[i] if i >= 0 else 1.0))})
    median = None
    if curve and curve[-1]["still_waiting_pct"] <= 50:
        below = fit.surv_times[fit.surv_prob <= 0.5]
        median = _round(below[0]) if len(below) and int((waits["wait"] >= below[0]).sum()) >= k else None
    return {
        "mean": _round(exposure / events),
        "low": _round(low),
        "high": _round(high),
        "median": median,
        "curve": curve,
    }


def handle(con: duckdb.DuckDBPyConnection, k: int) -> dict | None:
    from scipy import stats

    values = (
        con.execute("SELECT handle_seconds FROM contacts WHERE channel = 'phone' AND answered AND handle_seconds > 0")
        .fetchdf()["handle_seconds"]
        .to_numpy(float)
    )
    n = len(values)
    if n < k or n < 3:
        return None
    logs = np.log(values)
    mu, sigma = logs.mean(), logs.std(ddof=1)
    t = stats.t.ppf(0.975, n - 1)
    half = t * values.std(ddof=1) / np.sqrt(n)
    mu_half = t * sigma / np.sqrt(n)
    sigma_low, sigma_high = (sigma * np.sqrt((n - 1) / stats.chi2.ppf(q, n - 1)) for q in (0.975, 0.025))
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return {
        "mean": _round(values.mean()),
        "mean_low": _round(values.mean() - half),
        "mean_high": _round(values.mean() + half),
        "p10": _round(p10),
        "p50": _round(p50),
        "p90": _round(p90),
        "median_fit": _round(np.exp(mu)),
        "median_fit_low": _round(np.exp(mu - mu_half)),
        "median_fit_high": _round(np.exp(mu + mu_half)),
        "log_sd": _round(sigma, 4),
        "log_sd_low": _round(sigma_low, 4),
        "log_sd_high": _round(sigma_high, 4),
    }


def logged_in_by_weekday_hour(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame | None:
    """Counsellor-hours logged in per weekday x hour band over the year, with the number of such hours
    in the year (an hour the file does not list had nobody logged in)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "logged_in" not in tables:
        return None
    frame = con.execute(
        f"SELECT CAST(isodow(hour) AS VARCHAR) AS weekday, {HOUR_BAND} AS hour, sum(counsellors) AS counsellor_hours "
        "FROM logged_in GROUP BY ALL"
    ).fetchdf()
    hours = pd.date_range(f"{year}-01-01", f"{year + 1}-01-01", freq="h", inclusive="left")
    band = np.where(hours.hour < 7, "00-06", np.where(hours.hour >= 22, "22-23", [f"{h:02d}" for h in hours.hour]))
    occurrences = (
        pd.DataFrame({"weekday": (hours.day_of_week + 1).astype(str), "hour": band})
        .value_counts()
        .rename("hours")
        .reset_index()
    )
    out = occurrences.merge(frame, on=["weekday", "hour"], how="left").fillna({"counsellor_hours": 0.0})
    out["counsellor_hours"] = out["counsellor_hours"].round(2)
    return out.sort_values(["weekday", "hour"]).reset_index(drop=True)


def measure(con: duckdb.DuckDBPyConnection, k: int) -> dict | None:
    """Every statistic of this module (None when the export has no timing columns)."""
    if not has_timings(con):
        return None
    waits = _waits(con)
    return {"k": k, "answered_wait": answered_wait(waits, k), "patience": patience(waits, k), "handle": handle(con, k)}
