"""Erlang A (M/M/N+M): calls arrive at random (rate ``lam``), N counsellors each answer at rate ``mu``
(1 / handle time), and a waiting caller hangs up at rate ``theta`` (1 / mean patience). Erlang C is the
special case of infinite patience; it can never give a 40 % answer rate, Erlang A can.

The model is the birth-death chain of pyworkforce's ``ErlangA`` (queuing/abandonment.py, 0.5.4): birth
rate ``lam``, death rate ``min(n, N) mu + max(n - N, 0) theta``; the probability that a caller hangs up
is ``theta E[queue] / lam``. pyworkforce 0.5.4 requires Python >= 3.12 (this project runs 3.11, and
0.5.1, the last release for 3.11, has no Erlang A), and it walks the chain in a Python loop per
interval and staffing level; here the same chain is summed with numpy for many intervals at once (a year
of half-hours in well under a second). tests/unit/test_erlang.py checks it against that loop written out,
against Erlang C and the M/M/inf limit, and against a ciw simulation (analysis/simulate.py).

Units: any, as long as they agree (the chapter uses seconds).
"""

from __future__ import annotations

import numpy as np
from scipy import special

MAX_COUNSELLORS = 10_000
BLOCK = 2048  # intervals summed at once
MAX_RATIO = 500.0  # lam / theta below which the terms are multiplied directly


def _log_tail_sums(lam: np.ndarray, mu: np.ndarray, theta: np.ndarray, n: np.ndarray) -> tuple:
    """log S and log Q, where S = sum_k t_k, Q = sum_k k t_k, t_k = prod_{j<=k} lam / (n mu + j theta):
    the queue part of the chain relative to the state 'all N busy, nobody waiting'. The terms peak near
    k = lam / theta and then fall faster than a Poisson tail, so each block of intervals (sorted by that
    ratio) sums as many terms as its largest ratio needs; products, not logarithms, below MAX_RATIO
    (the largest term is then below e^MAX_RATIO, far from overflow)."""
    ratio = lam / theta
    out_s, out_q = np.empty(len(lam)), np.empty(len(lam))
    order = np.argsort(ratio, kind="stable")
    for start in range(0, len(lam), BLOCK):
        idx = order[start : start + BLOCK]
        top = float(ratio[idx].max())
        j = np.arange(1, int(np.ceil(top + 12 * np.sqrt(top) + 40)) + 1, dtype=float)
        denominators = n[idx, None] * mu[idx, None] + j[None, :] * theta[idx, None]
        if top < MAX_RATIO:
            terms = np.cumprod(lam[idx, None] / denominators, axis=1)
            with np.errstate(divide="ignore"):
                out_s[idx], out_q[idx] = np.log(terms.sum(axis=1)), np.log(terms @ j)
        else:
            log_t = np.cumsum(np.log(lam[idx, None]) - np.log(denominators), axis=1)
            peak = log_t.max(axis=1)
            scaled = np.exp(log_t - peak[:, None])
            out_s[idx], out_q[idx] = peak + np.log(scaled.sum(axis=1)), peak + np.log(scaled @ j)
    return out_s, out_q


def abandonment(lam, mu, theta, n) -> np.ndarray:
    """Probability that a caller hangs up before being answered, per interval (arrays broadcast)."""
    lam, mu, theta, n = (np.atleast_1d(np.asarray(x, float)) for x in (lam, mu, theta, n))
    lam, mu, theta, n = np.broadcast_arrays(lam, mu, theta, n)
    lam, mu, theta, n = (np.ascontiguousarray(x).ravel() for x in (lam, mu, theta, n))
    if np.any(theta <= 0) or np.any(mu <= 0) or np.any(lam < 0) or np.any(n < 0):
        raise ValueError("Erlang A needs lam >= 0, mu > 0, theta > 0 and n >= 0")
    out = np.zeros(len(lam))
    busy = lam > 0
    if busy.any():
        la, m, th, c = lam[busy], mu[busy], theta[busy], n[busy]
        rho = la / m
        log_pmf = c * np.log(rho) - rho - special.gammaln(c + 1)  # Poisson(rho) at N: the loss-free part
        cdf = special.pdtr(c, rho)
        log_s, log_q = _log_tail_sums(la, m, th, c)
        a, b = log_pmf + log_s, log_pmf + log_q
        top = np.maximum(a, 0.0)
        out[busy] = th / la * np.exp(b - top) / (cdf * np.exp(-top) + np.exp(a - top))
    return np.clip(out, 0.0, 1.0)


def answer_rate(lam, mu, theta, n) -> np.ndarray:
    """Share of callers answered (1 - abandonment) with ``n`` counsellors."""
    return 1.0 - abandonment(lam, mu, theta, n)


def answer_rate_fractional(lam, mu, theta, n) -> np.ndarray:
    """The answer rate for a fractional number of counsellors (an average logged in over an hour):
    linear between the whole numbers below and above."""
    n = np.asarray(n, float)
    low = np.floor(n)
    below, above = answer_rate(lam, mu, theta, low), answer_rate(lam, mu, theta, low + 1)
    return below + (n - low) * (above - below)


def required(lam, mu, theta, target: float, at_least=None) -> np.ndarray:
    """The fewest counsellors that answer at least ``target`` of the callers, per interval (0 where no
    call arrives). Answering is bounded by capacity (n mu >= target lam), so the search starts there
    at an upper bracket above the offered load that doubles where it is too low, then bisects: the
    answer rate rises with n. ``at_least`` (per interval) is a known lower bound, such as the need for a
    lower target."""
    if not 0 < target < 1:
        raise ValueError("the target answer rate must lie between 0 and 1")
    lam, mu, theta = (np.atleast_1d(np.asarray(x, float)) for x in (lam, mu, theta))
    lam, mu, theta = (np.ascontiguousarray(x).ravel() for x in np.broadcast_arrays(lam, mu, theta))
    rho = lam / mu
    low = np.floor(target * rho)  # fewer can never do: throughput <= n mu
    if at_least is not None:
        low = np.maximum(low, np.broadcast_to(np.asarray(at_least, float), low.shape))
    high = np.maximum(np.ceil(rho + 3 * np.sqrt(rho) + 2), 1.0)  # usually enough; doubled where not
    short = answer_rate(lam, mu, theta, high) < target
    while short.any():
        high[short] *= 2
        if np.any(high > MAX_COUNSELLORS):
            raise ValueError(f"more than {MAX_COUNSELLORS} counsellors needed: check the arrival rate's unit")
        short[short] = answer_rate(lam[short], mu[short], theta[short], high[short]) < target
    low = np.minimum(low, high)
    # invariant: answer_rate(high) >= target; answer_rate(low) < target unless low == high or low is 0
    while True:
        open_ = high - low > 1
        if not open_.any():
            break
        mid = np.floor((low + high) / 2)
        ok = np.zeros(len(lam), bool)
        ok[open_] = answer_rate(lam[open_], mu[open_], theta[open_], mid[open_]) >= target
        high = np.where(open_ & ok, mid, high)
        low = np.where(open_ & ~ok, mid, low)
    done = (low == high) | (answer_rate(lam, mu, theta, low) >= target)
    result = np.where(done, low, high)
    return np.where(lam > 0, result, 0.0).astype(int)


def pooled_required(lam, mu, theta, weight, target: float) -> np.ndarray:
    """The fewest counsellors per interval (in counsellor-time, each interval counting ``weight`` times) that
    answer at least ``target`` of all callers together, not of each interval's: from none, one counsellor at a
    time goes to the interval where the next one answers the most callers per unit of counsellor-time, until
    the intervals together reach the target. The answer rate rises ever less steeply with each counsellor added,
    so adding where the next one answers most keeps the total small."""
    if not 0 < target < 1:
        raise ValueError("the target answer rate must lie between 0 and 1")
    lam, mu, theta, weight = (np.atleast_1d(np.asarray(x, float)) for x in (lam, mu, theta, weight))
    lam, mu, theta, weight = (np.ascontiguousarray(x).ravel() for x in np.broadcast_arrays(lam, mu, theta, weight))
    calls = lam * weight  # callers of each interval, over all its repeats
    n = np.zeros(len(lam))
    if calls.sum() <= 0:
        return n.astype(int)
    rate = answer_rate(lam, mu, theta, n)
    gain = answer_rate(lam, mu, theta, n + 1) - rate
    while (calls * rate).sum() < target * calls.sum():
        best = int(np.argmax(np.where(lam > 0, lam * gain, -1.0)))  # callers answered per counsellor-time
        n[best] += 1
        if n[best] > MAX_COUNSELLORS:
            raise ValueError(f"more than {MAX_COUNSELLORS} counsellors needed: check the arrival rate's unit")
        rate[best] += gain[best]
        gain[best] = answer_rate(lam[best], mu[best], theta[best], n[best] + 1)[0] - rate[best]
    return n.astype(int)
