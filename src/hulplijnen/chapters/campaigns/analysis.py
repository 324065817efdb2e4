"""Campaign effects on contact counts, with their uncertainty.

Model: a quasi-Poisson regression (Poisson GLM, variance scaled by the Pearson chi-square, so
overdispersion widens the intervals) of the counts on a linear trend, a level shift for every
sustained event (the first lockdown, a capacity change) over its period, one pulse for every
campaign window, and seasonality when the series is long enough (month of year from 24 monthly
observations on, day of week for daily series). The effect of a campaign is the ratio exp(beta)
of its pulse; the counterfactual is the fitted series with that pulse switched off. Every interval is computed
directly where the figure is one linear combination of the coefficients (a campaign's or an event's ratio, a
month's expected count and so the difference from it): exp(x'beta +- t * se), with the t of the residual degrees of
freedom, since the dispersion is estimated from the same short series (r66, r66 2020 #9: no draws, no chance). Only
a sum over several months (a window longer than one month) takes the 2.5th and 97.5th percentiles of DRAWS draws of
the coefficients from a multivariate t with those degrees of freedom, with a fixed seed, so it is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...config.errors import AnalysisError

OUTSIDE = "die buiten de gegevens valt"  # a late campaign whose month after the series does not hold
# r66 (r66 2020 #9): was 4000. Only a window of several months uses draws (no release does): on 2020 with a 2-month
# window two seeds still move a bound by a few contacts at 200.000 draws, so no count of draws prints whole contacts
# alike; 20.000 keeps them within about 1 %
DRAWS = 20000
LEVEL = 95  # the intervals' level in percent
SEED = 20201712


@dataclass(frozen=True)
class Requirements:
    min_observations: int
    min_pre_periods: int = 3


def _periods(index: pd.PeriodIndex, start: pd.Timestamp, length: int) -> pd.Series:
    """Window indicator: the period containing ``start`` and the next ``length - 1`` periods."""
    first = pd.Period(start, freq=index.freq)
    return pd.Series([(p >= first) and (p < first + length) for p in index], index=index, dtype=float)


def _span(index: pd.PeriodIndex, start: pd.Timestamp, end: pd.Timestamp | None) -> pd.Series:
    first = pd.Period(start, freq=index.freq)
    last = pd.Period(end, freq=index.freq) if end is not None and not pd.isna(end) else index[-1]
    return pd.Series([(p >= first) and (p <= last) for p in index], index=index, dtype=float)


def design(series: pd.Series, campaigns: pd.DataFrame, events: pd.DataFrame, window: int) -> pd.DataFrame:
    """The regressors: constant, trend, seasonality, event levels, campaign pulses (only columns that vary)."""
    index = series.index
    X = pd.DataFrame({"const": 1.0, "trend": np.arange(len(index), dtype=float) / max(len(index) - 1, 1)}, index=index)
    if index.freqstr.startswith("M") and len(index) >= 24:
        for m in range(2, 13):
            X[f"month_{m}"] = (index.month == m).astype(float)
    if index.freqstr.startswith("D"):
        for d in range(1, 7):
            X[f"weekday_{d}"] = (index.day_of_week == d).astype(float)
    for event in events.itertuples():
        if event.effect_shape == "level":
            X[f"event:{event.event_id}"] = _span(index, event.start_earliest, event.end_latest)
    for campaign in campaigns.itertuples():
        X[f"campaign:{campaign.campaign_id}"] = _periods(index, campaign.start_earliest, window)
    varying = [c for c in X.columns if c == "const" or X[c].nunique() > 1]
    X = X[varying]
    return X.loc[:, ~X.T.duplicated()]  # identical windows cannot be told apart: keep the first


def fit(series: pd.Series, X: pd.DataFrame):
    if len(series) <= X.shape[1]:
        raise AnalysisError(f"{len(series)} observations cannot identify {X.shape[1]} coefficients")
    from statsmodels.genmod import families  # statsmodels loads only where it is used
    from statsmodels.genmod.generalized_linear_model import GLM

    # use_t: conf_int is the t-interval with the residual degrees of freedom, r66 (r66 2020 #9); the draws use only
    # the estimates, their covariance and those degrees of freedom
    return GLM(series.astype(float).values, X.values, family=families.Poisson()).fit(scale="X2", use_t=True)


def ratio_interval(result) -> np.ndarray:
    """Every coefficient's ratio exp(beta) with its 95 % interval, computed directly: exp(beta +- t * se), the t of
    the residual degrees of freedom (fit's use_t). Rows: coefficients; columns: low, high."""
    return np.exp(np.asarray(result.conf_int(alpha=1 - LEVEL / 100)))


def combination_interval(result, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """exp(x'beta) of every row of ``rows`` with its 95 % interval, computed directly: one linear combination of the
    coefficients per row, exp(x'beta +- t * se(x'beta)), the t of the residual degrees of freedom (a month's expected
    count; r66, r66 2020 #9: no draws where one month is the figure). Returns (low, high) arrays."""
    from scipy import stats

    rows = np.atleast_2d(rows)
    se = np.sqrt(np.einsum("ij,jk,ik->i", rows, np.asarray(result.cov_params()), rows))
    t = stats.t.ppf(0.5 + LEVEL / 200, max(float(result.df_resid), 1.0))
    centre = rows @ np.asarray(result.params)
    return np.exp(centre - t * se), np.exp(centre + t * se)


def _draws(result, n: int = DRAWS) -> np.ndarray:
    """Coefficient draws from a multivariate t with the residual degrees of freedom: the scale is
    estimated from the same few observations, so short series get the wider intervals they need."""
    rng = np.random.default_rng(SEED)
    normal = rng.multivariate_normal(np.zeros(len(result.params)), result.cov_params(), size=n, method="svd")
    df = max(float(result.df_resid), 1.0)
    return result.params + normal * np.sqrt(df / rng.chisquare(df, size=n))[:, None]


def campaign_effects(
    series: pd.Series, campaigns: pd.DataFrame, events: pd.DataFrame, window: int, requirements: Requirements
) -> pd.DataFrame:
    """One row per campaign in the series: observed, counterfactual, difference and relative effect,
    each with a 95 % interval, and the flags that limit what the estimate means."""
    if len(series) < requirements.min_observations:
        raise AnalysisError(
            f"the series has {len(series)} observations; estimating effects needs at least "
            f"{requirements.min_observations}"
        )
    inside = campaigns[[pd.Period(c, freq=series.index.freq) in series.index for c in campaigns["start_earliest"]]]
    X = design(series, inside, events, window)
    result = fit(series, X)
    draws = _draws(result) if window > 1 else None  # only a sum over months needs draws
    exact = ratio_interval(result)  # one coefficient: its interval directly, no draws (r66, r66 2020 #9)
    rows = []
    for campaign in inside.itertuples():
        column = f"campaign:{campaign.campaign_id}"
        window_mask = _periods(series.index, campaign.start_earliest, window).astype(bool).values
        pre = int((series.index < pd.Period(campaign.start_earliest, freq=series.index.freq)).sum())
        overlaps_campaign = [
            c.campaign_id
            for c in inside.itertuples()
            if c.campaign_id != campaign.campaign_id
            and (_periods(series.index, c.start_earliest, window).astype(bool).values & window_mask).any()
        ]
        overlaps_event = [
            c.removeprefix("event:")
            for c in X.columns
            if c.startswith("event:") and (X[c].values.astype(bool) & window_mask).any()
        ]
        observed = float(series.values[window_mask].sum())
        if column not in X.columns:
            rows.append(
                {
                    "campaign_id": campaign.campaign_id,
                    "start": campaign.start_earliest,
                    "observed": observed,
                    "estimable": False,
                    "flags": "venster valt samen met een andere campagne",
                }
            )
            continue
        j = list(X.columns).index(column)
        Xw = X.values[window_mask]
        off = Xw.copy()
        off[:, j] = 0.0
        cf_point = float(np.exp(off @ result.params).sum())
        if len(off) == 1:  # one month: one linear combination, its interval directly (r66, r66 2020 #9)
            cf_low, cf_high = (float(b[0]) for b in combination_interval(result, off))
        else:  # a sum over months: the draws' middle 95 %
            cf_low, cf_high = (float(b) for b in np.percentile(np.exp(draws @ off.T).sum(axis=1), [2.5, 97.5]))
        low, high = exact[j]
        flags = []
        if overlaps_campaign:
            flags.append("overlapt met campagne " + ", ".join(overlaps_campaign))
        if overlaps_event:
            flags.append("overlapt met gebeurtenis " + ", ".join(overlaps_event))
        if pre < requirements.min_pre_periods:
            flags.append(f"te korte voorperiode (maar {pre} {'maand' if pre == 1 else 'maanden'} ervoor)")
        if low <= 1 <= high:
            flags.append("geen effect aan te tonen")
        left = days_left_in_month(campaign.start_earliest)
        late = window == 1 and late_in_month(campaign.start_earliest)  # a longer window reaches the month after
        if late:
            # the month after outside the series: the model cannot look for it there at all (r23 2020 #6)
            outside = pd.Period(campaign.start_earliest, freq=series.index.freq) + 1 > series.index[-1]
            flags.append(
                f"start laat in de maand (nog {left} dagen): een effect valt vooral in de maand erna"
                + (f", {OUTSIDE}" if outside else "")
            )
        rows.append(
            {
                "campaign_id": campaign.campaign_id,
                "start": campaign.start_earliest,
                "observed": observed,
                "estimable": True,
                "counterfactual": cf_point,
                "counterfactual_low": cf_low,
                "counterfactual_high": cf_high,
                "difference": observed - cf_point,
                "difference_low": observed - cf_high,  # observed is no estimate: the difference moves with cf
                "difference_high": observed - cf_low,
                "effect_pct": float(np.exp(result.params[j]) - 1) * 100,
                "effect_low_pct": float(low - 1) * 100,
                "effect_high_pct": float(high - 1) * 100,
                "df": float(result.df_resid),
                "distinguishable": not (low <= 1 <= high),
                "days_left": left,
                "late": late,
                "flags": "; ".join(flags),
            }
        )
    return pd.DataFrame(rows)


def days_left_in_month(start) -> int:
    """The days of its start month a campaign runs in, its start day included (23 March: 9)."""
    start = pd.Timestamp(start)
    return int(start.days_in_month - start.day + 1)


def late_in_month(start) -> bool:
    """A campaign that starts in the second half of its month: the pulse the model puts in the start month sees less
    than half a month of it, and most of an effect falls in the month after, where the model does not look for it."""
    return days_left_in_month(start) * 2 < pd.Timestamp(start).days_in_month


def event_effects(series: pd.Series, campaigns: pd.DataFrame, events: pd.DataFrame, window: int) -> pd.DataFrame:
    """The level shift of every sustained event in the model, as a relative effect with a 95 % interval."""
    inside = campaigns[[pd.Period(c, freq=series.index.freq) in series.index for c in campaigns["start_earliest"]]]
    X = design(series, inside, events, window)
    result = fit(series, X)
    exact = ratio_interval(result)  # one coefficient: its interval directly (r66, r66 2020 #9)
    rows = []
    for j, column in enumerate(X.columns):
        if column.startswith("event:"):
            low, high = exact[j]
            rows.append(
                {
                    "event_id": column.removeprefix("event:"),
                    "effect_pct": float(np.exp(result.params[j]) - 1) * 100,
                    "effect_low_pct": float(low - 1) * 100,
                    "effect_high_pct": float(high - 1) * 100,
                    "distinguishable": not (low <= 1 <= high),
                }
            )
    return pd.DataFrame(
        rows, columns=["event_id", "effect_pct", "effect_low_pct", "effect_high_pct", "distinguishable"]
    )


def counterfactual_band(series: pd.Series, campaigns: pd.DataFrame, events: pd.DataFrame, window: int) -> pd.DataFrame:
    """The fitted series without any campaign pulse, with a 95 % band: what contacts would have been."""
    inside = campaigns[[pd.Period(c, freq=series.index.freq) in series.index for c in campaigns["start_earliest"]]]
    X = design(series, inside, events, window)
    result = fit(series, X)
    off = X.copy()
    off[[c for c in X.columns if c.startswith("campaign:")]] = 0.0
    low, high = combination_interval(result, off.values)  # each month one linear combination (r66, r66 2020 #9)
    return pd.DataFrame(
        {
            "observed": series.astype(float).values,
            "expected": np.exp(off.values @ result.params),
            "low": low,
            "high": high,
        },
        index=series.index,
    )


def placebo_rate(
    series: pd.Series, campaigns: pd.DataFrame, events: pd.DataFrame, window: int, runs: int
) -> tuple[int, int, list]:
    """Fit the same model with a fake campaign at dates without campaign or event windows.

    Returns (placebos that 'find' an effect, placebos tried, the months tried in order). A
    well-behaved model finds one in about twenty. r38 (r37 2020 #6): the months, so the annex names them.
    """
    inside = campaigns[[pd.Period(c, freq=series.index.freq) in series.index for c in campaigns["start_earliest"]]]
    X = design(series, inside, events, window)
    busy = (
        X[[c for c in X.columns if c.startswith(("campaign:", "event:"))]].sum(axis=1) > 0
        if X.shape[1] > 2
        else pd.Series(False, index=series.index)
    )
    candidates = [p for p in series.index[3:] if not busy[p]]
    rng = np.random.default_rng(SEED)
    chosen = rng.permutation(len(candidates))[:runs] if candidates else []
    found = tried = 0
    months: list = []
    for i in chosen:
        fake = pd.DataFrame({"campaign_id": ["placebo"], "start_earliest": [candidates[i].to_timestamp()]})
        try:
            effect = campaign_effects(
                series, pd.concat([inside[["campaign_id", "start_earliest"]], fake]), events, window, Requirements(0, 0)
            )
        except (AnalysisError, np.linalg.LinAlgError, ValueError):
            continue
        row = effect[effect["campaign_id"] == "placebo"]
        if row.empty or not bool(row["estimable"].iloc[0]):
            continue
        tried += 1
        months.append(candidates[i])
        found += int(bool(row["distinguishable"].iloc[0]))
    return found, tried, sorted(months)


def relative_change(series: pd.Series, month: pd.Period) -> float:
    """The naive comparison reports print: the month against the month before, in percent."""
    return float(series[month] / series[month - 1] - 1) * 100
