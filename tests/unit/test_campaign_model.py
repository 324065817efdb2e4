"""Synthetic series with a known injected effect: coverage and false positives."""

import numpy as np
import pandas as pd
import pytest

from hulplijnen.chapters.campaigns import analysis as camp

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


SEEDS = range(150)  # fixed seeds: each case takes about a second


@pytest.mark.slow  # simulations: a few seconds each
@pytest.mark.parametrize(
    "freq,n,effect,start",
    [
        ("M", 12, 0.3, 6),
        ("M", 36, 0.2, 20),
        ("M", 36, 0.5, 20),  # one year of months (as 1712 in 2020), three years
        ("W", 52, 0.4, 30),
        ("D", 120, 0.3, 60),
        ("D", 120, 0.6, 60),
    ],
)
def test_injected_effect_is_covered(freq, n, effect, start):
    cov, found = coverage(freq, n, effect, SEEDS, start)
    assert 0.88 <= cov < 0.995, cov  # nominal 95 %; never so wide that it covers everything
    assert found > 0.05  # a real effect is found more often than by chance


@pytest.mark.slow
@pytest.mark.parametrize("freq,n,start", [("M", 12, 6), ("M", 36, 20), ("D", 120, 60)])
def test_no_effect_false_positive_rate_near_nominal(freq, n, start):
    _, found = coverage(freq, n, 0.0, SEEDS, start)
    assert found <= 0.09, found


def test_too_short_series_is_refused():
    series, campaign = synthetic("M", 8, 0.2, 0, 4)
    try:
        camp.campaign_effects(series, campaign, EMPTY_EVENTS, 1, camp.Requirements(12))
    except camp.AnalysisError as exc:
        assert "at least 12" in str(exc)
    else:
        raise AssertionError("expected AnalysisError")


def test_a_campaign_that_starts_late_in_its_month_is_flagged_only_with_a_one_month_window():
    """2020 #5: the campaigns of 23 March (9 days left) and 17 December (15 of 31) got a pulse in their start month
    and a near-zero 'effect', with nothing saying why that estimate says little."""
    assert camp.days_left_in_month("2020-03-23") == 9 and camp.days_left_in_month("2020-12-17") == 15
    assert camp.late_in_month("2020-03-23") and camp.late_in_month("2020-12-17")
    assert not camp.late_in_month("2020-05-07") and not camp.late_in_month("2020-10-06")
    index = pd.period_range("2018-01-01", periods=24, freq="M")
    series = pd.Series(np.full(24, 600) + np.arange(24) % 3, index=index)
    campaign = pd.DataFrame({"campaign_id": ["c"], "start_earliest": [pd.Timestamp("2019-03-23")]})
    one = camp.campaign_effects(series, campaign, EMPTY_EVENTS, 1, camp.Requirements(12)).iloc[0]
    assert one["late"] and "start laat in de maand (nog 9 dagen)" in one["flags"]
    two = camp.campaign_effects(series, campaign, EMPTY_EVENTS, 2, camp.Requirements(12)).iloc[0]
    assert not two["late"] and "laat in de maand" not in two["flags"]
