"""A week of the phone line as a discrete-event simulation (ciw), to cross-check Erlang A and to add
what it leaves out: redials. Callers arrive at random at each hour's rate, wait for one of that hour's
counsellors, and hang up after an exponential patience; a share of those who hang up call again after
an exponential delay (a new attempt, counted again, as the export counts it).

Node 1 is the queue with the counsellors (a weekly schedule); node 2 holds callers between a hang-up
and their next attempt (no limit on how many). Times in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

WEEK = 7 * 24 * 3600.0


@dataclass(frozen=True)
class Outcome:
    """Attempts and callers of the simulated weeks, per weekday x hour band and in total."""

    per_slot: pd.DataFrame  # weekday, hour, attempts, answered
    attempts: int
    answered: int
    callers: int
    callers_reached: int


def _router(share: float):
    import ciw

    class Redial(ciw.routing.NodeRouting):
        """After a conversation the caller leaves; after a hang-up, a share calls again (node 2)."""

        def next_node(self, ind):
            return self.simulation.nodes[-1]

        def next_node_for_jockeying(self, ind):
            again = ciw.random.random() < share
            return self.simulation.nodes[2] if again else self.simulation.nodes[-1]

    return Redial()


def _hourly(frame: pd.DataFrame, column: str) -> list[float]:
    """A per-slot column spread over the 168 hours of a week (a band's value in each of its hours)."""
    values = np.zeros(168)
    for row in frame.itertuples():
        day = int(row.weekday) - 1
        hours = range(0, 7) if row.hour == "00-06" else range(22, 24) if row.hour == "22-23" else [int(row.hour)]
        for h in hours:
            values[day * 24 + h] = getattr(row, column)
    return list(values)


def simulate(
    frame: pd.DataFrame,
    staff_column: str,
    handle_mean: float,
    patience_mean: float,
    redial_share: float = 0.0,
    redial_delay: float = 600.0,
    weeks: int = 1,
    seed: int = 0,
) -> Outcome:
    """Simulate ``weeks`` weeks: fresh callers arrive at ``frame['fresh_per_hour']`` per hour (or
    ``calls_per_hour`` when absent), ``frame[staff_column]`` counsellors (whole numbers) per hour."""
    import ciw

    rate_column = "fresh_per_hour" if "fresh_per_hour" in frame else "calls_per_hour"
    rates = [r / 3600.0 for r in _hourly(frame, rate_column)] * weeks
    staff = [int(round(s)) for s in _hourly(frame.fillna({staff_column: 0}), staff_column)]
    ends = [3600.0 * (i + 1) for i in range(168 * weeks)]
    horizon = WEEK * weeks
    # one shift per run of equal staffing: ciw lets a busy counsellor finish after a shift ends, beside
    # the next shift's counsellors, so a boundary where nothing changes would add capacity; where the
    # number changes, a conversation cut off resumes with the next free counsellor
    shifts, shift_ends = [], []
    for n, end in zip(staff * weeks, ends):
        if shifts and shifts[-1] == n:
            shift_ends[-1] = end
        else:
            shifts.append(n), shift_ends.append(end)
    ciw.seed(seed)  # before the network: PoissonIntervals draws its arrival dates when it is made
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.PoissonIntervals(rates, ends, horizon), None],
        service_distributions=[ciw.dists.Exponential(1 / handle_mean), ciw.dists.Exponential(1 / redial_delay)],
        number_of_servers=[ciw.Schedule(shifts, shift_ends, preemption="resume"), float("inf")],
        reneging_time_distributions=[ciw.dists.Exponential(1 / patience_mean), None],
        routing=ciw.routing.NetworkRouting(routers=[_router(redial_share), ciw.routing.Direct(to=1)]),
    )
    sim = ciw.Simulation(network)
    sim.simulate_until_max_time(horizon + 4 * 3600.0)
    records = pd.DataFrame(
        [(r.id_number, r.arrival_date, r.record_type) for r in sim.get_all_records() if r.node == 1],
        columns=["caller", "arrival", "type"],
    )
    records = records[(records["arrival"] < horizon) & records["type"].isin(["service", "renege"])]
    hour = (records["arrival"] % WEEK // 3600).astype(int)
    records = records.assign(
        weekday=(hour // 24 + 1).astype(str),
        hour=[_band(h % 24) for h in hour],
        answered=records["type"] == "service",
    )
    per_slot = (
        records.groupby(["weekday", "hour"])
        .agg(attempts=("answered", "size"), answered=("answered", "sum"))
        .reset_index()
    )
    reached = records.groupby("caller")["answered"].any()
    return Outcome(per_slot, len(records), int(records["answered"].sum()), len(reached), int(reached.sum()))


def _band(hour: int) -> str:
    return "00-06" if hour < 7 else "22-23" if hour >= 22 else f"{hour:02d}"


def fresh_rate(calls_per_hour, measured_rate, redial_share: float):
    """Fresh callers per hour behind the measured attempts, if a share of those who hung up called
    again: attempts = fresh + redials, redials = share x abandoned attempts."""
    return np.asarray(calls_per_hour, float) * (1.0 - redial_share * (1.0 - np.asarray(measured_rate, float)))
