"""Benchmark of the staffing part of the capacity chapter: Erlang A for one year of half-hourly
intervals (17 520, each with its own arrival rate) and the ciw simulation of one week with redials.
Targets (issue 26): <= 2 s and <= 30 s on the 2-core machine. Prints the figures (--json: one line)."""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
import pandas as pd

from hulplijnen.chapters.capacity.analysis import simulate
from hulplijnen.maths import erlang


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--intervals", type=int, default=17_520)
    parser.add_argument("--calls-per-hour", type=float, default=60.0, help="busiest hour of the simulated week")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = np.random.default_rng(26)
    # half-hours of a year: a daily profile times noise, 0 to about 120 calls per half hour
    half_hour = np.arange(args.intervals) % 48
    profile = np.clip(np.sin((half_hour - 14) / 48 * 2 * np.pi), 0, None)
    lam = profile * rng.uniform(20, 120, args.intervals) / 1800.0
    start = time.perf_counter()
    need = {0.8: erlang.required(lam, 1 / 900, 1 / 120, 0.8)}
    need[0.9] = erlang.required(lam, 1 / 900, 1 / 120, 0.9, need[0.8])  # as the chapter does: from the lower need
    staffing_s = time.perf_counter() - start
    rows = [
        {"weekday": str(d), "hour": f"{h:02d}", "calls_per_hour": args.calls_per_hour * (0.5 + 0.5 * np.sin(h / 3))}
        for d in range(1, 8)
        for h in range(7, 22)
    ]
    frame = pd.DataFrame(rows)
    frame["n"] = erlang.required(frame["calls_per_hour"] / 3600, 1 / 900, 1 / 120, 0.8)
    frame["fresh_per_hour"] = simulate.fresh_rate(frame["calls_per_hour"], 0.8, 0.5)
    start = time.perf_counter()
    outcome = simulate.simulate(frame, "n", 900.0, 120.0, 0.5, 600.0, weeks=1, seed=1)
    simulation_s = time.perf_counter() - start
    result = {
        "intervals": args.intervals,
        "staffing_seconds": round(staffing_s, 3),
        "max_counsellors": int(max(n.max() for n in need.values())),
        "simulated_attempts": outcome.attempts,
        "simulation_seconds": round(simulation_s, 3),
    }
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"Erlang A, {args.intervals} intervals x 2 targets (up to {result['max_counsellors']} counsellors): "
        f"{staffing_s:.2f} s (target <= 2 s)"
    )
    print(f"ciw, one week with redials ({outcome.attempts} attempts): {simulation_s:.2f} s (target <= 30 s)")


if __name__ == "__main__":
    main()
