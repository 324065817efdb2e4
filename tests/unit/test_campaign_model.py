"""Synthetic series with a known injected effect: coverage and false positives."""

import numpy as np
import pandas as pd

from hulplijnen.analysis import campaigns as camp

EMPTY_EVENTS = pd.DataFrame(columns=["event_id", "effect_shape", "start_earliest", "end_latest"])


def synthetic(freq: str, n: int, effect: float, seed: int, start: int):
    rng = np.random.default_rng(seed)
    index = pd.period_range("2018-01-01", periods=n, freq=freq)
    mu = np.full(n, 600.0 if freq == "M" else 25.0)
    mu[start] *= 1 + effect
    counts = rng.negative_binomial(50, 50 / (50 + mu))  # overdispersed around mu
    campaign = pd.DataFrame({"campaign_id": ["c"], "start_earliest": [index[start].to_timestamp()]})
    return pd.Series(counts, index=index), campaign


def coverage(freq, n, effect, seeds, start):
    covered = found = 0
    for seed in seeds:
        series, campaign = synthetic(freq, n, effect, seed, start)
        row = camp.campaign_effects(series, campaign, EMPTY_EVENTS, 1, camp.Requirements(12)).iloc[0]
        covered += row.effect_low_pct <= effect * 100 <= row.effect_high_pct
        found += bool(row.distinguishable)
    return covered / len(seeds), found / len(seeds)


def test_monthly_effect_is_covered():
    for effect in (0.2, 0.5):
        cov, _ = coverage("M", 36, effect, range(40), 20)
        assert cov >= 0.85, (effect, cov)


def test_daily_effect_is_covered_and_found():
    cov, found = coverage("D", 120, 0.6, range(60), 60)
    assert cov >= 0.8
    assert found >= 0.6


def test_no_effect_false_positive_rate_near_nominal():
    _, found = coverage("M", 36, 0.0, range(80), 20)
    assert found <= 0.12


def test_too_short_series_is_refused():
    series, campaign = synthetic("M", 8, 0.2, 0, 4)
    try:
        camp.campaign_effects(series, campaign, EMPTY_EVENTS, 1, camp.Requirements(12))
    except camp.AnalysisError as exc:
        assert "at least 12" in str(exc)
    else:
        raise AssertionError("expected AnalysisError")
