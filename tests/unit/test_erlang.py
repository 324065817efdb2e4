"""Erlang A (maths/erlang.py) against the birth-death chain of pyworkforce's ErlangA written out as
its loop, against the M/M/inf special case, and against a ciw simulation (analysis/simulate.py)."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from hulplijnen.chapters.capacity.analysis import simulate
from hulplijnen.maths import erlang


def chain_abandonment(lam, mu, theta, c):
    """pyworkforce 0.5.4's ErlangA._stationary_distribution and _metrics, as a plain loop."""
    probs, n, total = [1.0], 0, 1.0
    while True:
        n += 1
        term = probs[-1] * lam / ((n if n <= c else c) * mu + max(n - c, 0) * theta)
        probs.append(term)
        total += term
        if n > c and term < 1e-15 * total:
            break
        if probs[-1] > 1e250:  # pyworkforce's overflow guard for heavy traffic
            probs, total = [p / 1e250 for p in probs], total / 1e250
    probs = [p / sum(probs) for p in probs]
    return theta * sum((k - c) * probs[k] for k in range(c, len(probs))) / lam


@pytest.mark.parametrize(
    "lam,mu,theta,c",
    [
        (10 / 3600, 1 / 1000, 1 / 120, 2),
        (0.5, 1 / 300, 1 / 60, 150),
        (1.0, 1 / 300, 1 / 180, 280),
        (0.003, 1 / 1080, 1 / 120, 5),
    ],
)
def test_matches_the_pyworkforce_chain(lam, mu, theta, c):
    assert erlang.abandonment(lam, mu, theta, c)[0] == pytest.approx(chain_abandonment(lam, mu, theta, c), rel=1e-9)


def test_patience_equal_to_handle_time_is_the_infinite_server_queue():
    """theta = mu: everyone leaves at the same rate, so the number present is Poisson(rho)."""
    rho, c = 6.0, 4
    n = np.arange(0, 200)
    expected = (np.maximum(n - c, 0) * stats.poisson.pmf(n, rho)).sum() / rho
    assert erlang.abandonment(rho / 100, 1 / 100, 1 / 100, c)[0] == pytest.approx(expected, rel=1e-9)


def test_required_is_the_fewest_that_reach_the_target():
    lam = np.array([0.0, 0.001, 0.01, 0.05, 0.2])
    for target in (0.8, 0.9):
        need = erlang.required(lam, 1 / 600, 1 / 90, target)
        assert need[0] == 0
        rate = erlang.answer_rate(lam[1:], 1 / 600, 1 / 90, need[1:])
        below = erlang.answer_rate(lam[1:], 1 / 600, 1 / 90, need[1:] - 1)
        assert (rate >= target).all() and (below < target).all()


@pytest.mark.parametrize("seed", [1, 2])
def test_a_simulation_answers_what_erlang_a_predicts(seed):
    """Tolerance: 3 percentage points over 4 simulated weeks of 5 calls an hour (about 1 200 calls)."""
    rows = [{"weekday": str(d), "hour": f"{h:02d}", "calls_per_hour": 5.0} for d in range(1, 8) for h in range(9, 17)]
    frame = pd.DataFrame(rows).assign(n=erlang.required(5 / 3600, 1 / 1000, 1 / 120, 0.8)[0])
    outcome = simulate.simulate(frame, "n", 1000.0, 120.0, 0.0, weeks=4, seed=seed)
    predicted = erlang.answer_rate(5 / 3600, 1 / 1000, 1 / 120, frame["n"].iloc[0])[0]
    assert outcome.answered / outcome.attempts == pytest.approx(predicted, abs=0.03)
    assert predicted >= 0.8


def test_redials_raise_the_share_of_callers_reached_above_the_share_of_attempts():
    rows = [{"weekday": "1", "hour": f"{h:02d}", "calls_per_hour": 8.0, "n": 1} for h in range(9, 17)]
    outcome = simulate.simulate(pd.DataFrame(rows), "n", 900.0, 120.0, 0.8, redial_delay=300.0, weeks=2, seed=3)
    assert outcome.attempts > outcome.callers
    assert outcome.callers_reached / outcome.callers > outcome.answered / outcome.attempts


def test_the_simulation_is_reproducible_whatever_ran_before():
    import random

    rows = [{"weekday": "2", "hour": f"{h:02d}", "calls_per_hour": 6.0, "n": 2} for h in range(9, 13)]
    first = simulate.simulate(pd.DataFrame(rows), "n", 900.0, 120.0, 0.5, weeks=1, seed=4)
    random.random(), np.random.default_rng().random()
    second = simulate.simulate(pd.DataFrame(rows), "n", 900.0, 120.0, 0.5, weeks=1, seed=4)
    assert first.per_slot.equals(second.per_slot) and first.callers == second.callers


def test_a_lower_bound_from_a_lower_target_gives_the_same_need():
    lam = np.linspace(0.0, 0.3, 50)
    low = erlang.required(lam, 1 / 600, 1 / 90, 0.8)
    assert np.array_equal(erlang.required(lam, 1 / 600, 1 / 90, 0.9, low), erlang.required(lam, 1 / 600, 1 / 90, 0.9))


def test_very_impatient_heavy_traffic_takes_the_logarithmic_path_and_agrees():
    """lam / theta above MAX_RATIO: the terms would overflow as products."""
    lam, mu, theta, c = 3.0, 1 / 300, 1 / 300, 800
    assert lam / theta > erlang.MAX_RATIO
    assert erlang.abandonment(lam, mu, theta, c)[0] == pytest.approx(chain_abandonment(lam, mu, theta, c), rel=1e-7)


def _overall(lam, weight, n, mu=1 / 600, theta=1 / 90):
    return (lam * weight * erlang.answer_rate(lam, mu, theta, n)).sum() / (lam * weight).sum()


def test_pooled_required_reaches_the_target_over_all_intervals_with_fewer_hours():
    """80 % of all callers together needs no more counsellor-time than 80 % in every interval (whole counsellors
    overshoot there), reaches the target, and falls short of it with any one counsellor less."""
    lam, weight = np.array([0.001, 0.004, 0.006, 0.003, 0.0]), np.array([52.0, 52, 52, 104, 52])
    pooled = erlang.pooled_required(lam, 1 / 600, 1 / 90, weight, 0.8)
    each = erlang.required(lam, 1 / 600, 1 / 90, 0.8)
    assert _overall(lam, weight, pooled) >= 0.8
    assert (pooled * weight).sum() < (each * weight).sum()
    assert pooled[-1] == 0
    for i in np.flatnonzero(pooled):
        fewer = pooled.copy()
        fewer[i] -= 1
        assert _overall(lam, weight, fewer) < 0.8


def test_pooled_required_is_the_cheapest_on_a_small_grid():
    """Against every staffing of three intervals with 0 to 4 counsellors each."""
    import itertools

    lam, weight = np.array([0.002, 0.005, 0.001]), np.array([1.0, 2.0, 1.0])
    pooled = erlang.pooled_required(lam, 1 / 600, 1 / 90, weight, 0.8)
    cheapest = min(
        (np.array(n) * weight).sum()
        for n in itertools.product(range(5), repeat=3)
        if _overall(lam, weight, np.array(n)) >= 0.8
    )
    assert (pooled * weight).sum() == cheapest
