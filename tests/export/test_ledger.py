"""Protection across publications (issue 25, items 1 and 2; the disclosure ledger): attacks that combine
every release ever published from the same year and helpline.

The tables here are small cross-tabulations of small synthetic microdata (month x channel, month x
gender, channel x gender), so the attacks can work at the level of the microdata: one unknown per
combination of month, channel and gender, every published cell of every publication an equation over
them, every hidden cell at least 1 (zeros are published). The attacker takes the smallest and largest
value of each hidden cell by linear programming and by integer programming (the counts are whole
numbers), independently of the library's own check.
"""

import csv
import io
from itertools import product

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from hulplijnen.config.errors import DisclosureError
from hulplijnen.export import ledger
from hulplijnen.export.disclosure import Dim, TableDef, protect

MONTHS = ("2020-01", "2020-02", "2020-03", "2020-04")
CHANNELS = ("phone", "email", "chat")
GENDERS = ("male", "female", "unknown")
POPULATION = (("answered", "true"),)
DEFS = [
    TableDef("month_channel", POPULATION, (Dim("month", MONTHS), Dim("channel", CHANNELS))),
    TableDef("month_gender", POPULATION, (Dim("month", MONTHS), Dim("gender", GENDERS))),
    TableDef("channel_gender", POPULATION, (Dim("channel", CHANNELS), Dim("gender", GENDERS))),
]
MICROCELLS = list(product(MONTHS, CHANNELS, GENDERS))
CASES = [(60, 1), (90, 3), (150, 5)]  # (rows, seed): small, so many cells are small


def microdata(rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "month": rng.choice(MONTHS, rows, p=[0.4, 0.3, 0.2, 0.1]),
            "channel": rng.choice(CHANNELS, rows, p=[0.6, 0.3, 0.1]),
            "gender": rng.choice(GENDERS, rows, p=[0.5, 0.4, 0.1]),
        }
    )


def tables(micro: pd.DataFrame):
    return [(d, micro.groupby([x.name for x in d.dims]).size()) for d in DEFS]


def publish(micro, release, k, before, export, corrects=None):
    """What the export stage does: protect jointly with every earlier publication (or refuse)."""
    earlier = ledger.earlier(before, release, export, k, corrects)
    protection = ledger.guarded(release, earlier, k, lambda joint: protect(tables(micro), k, joint))
    return ledger.publication(release, export, protection.k, protection.values, protection.suppressed)


def alone(micro, release, k, export):
    """A release protected on its own, as before the ledger."""
    protection = protect(tables(micro), k)
    return ledger.publication(release, export, protection.k, protection.values, protection.suppressed)


def row(key) -> np.ndarray:
    conditions = {c: v for c, v in key if c != "answered"}
    names = ("month", "channel", "gender")
    return np.array([all(dict(zip(names, m)).get(c) == v for c, v in conditions.items()) for m in MICROCELLS], float)


def attack(publications) -> dict:
    """Every cell hidden in all ``publications`` (of one export): its range given all of them, by linear
    and by integer programming over the microdata: {cell: (lp_low, lp_high, ip_low, ip_high)}; a bound
    that does not exist is infinite. Hidden cells count at least 1 (zeros are published) unless that
    contradicts the tables (a corrected export can hide a cell that became zero)."""
    known = {key: n for p in publications for key, n in p.cells.items() if n is not None}
    hidden = sorted({key for p in publications for key in p.hidden} - set(known), key=sorted)
    a_eq = np.array([row(key) for key in known])
    b_eq = np.array(list(known.values()), float)
    a_ub = np.array([row(key) for key in hidden]) if hidden else np.zeros((1, len(MICROCELLS)))
    at_least = 1.0 if hidden and solve(row(hidden[0]), a_eq, b_eq, a_ub, 1.0)[0] is not None else 0.0
    out = {}
    for key in hidden:
        low = solve(row(key), a_eq, b_eq, a_ub, at_least)
        high = solve(-row(key), a_eq, b_eq, a_ub, at_least)
        out[key] = (
            low[0],
            -high[0] if high[0] is not None else np.inf,
            low[1],
            -high[1] if high[1] is not None else np.inf,
        )
    return out


def solve(c, a_eq, b_eq, a_ub, at_least):
    """(linear optimum, integer optimum) of c.x; None where unbounded or infeasible."""
    lp = linprog(c, A_ub=-a_ub, b_ub=-at_least * np.ones(len(a_ub)), A_eq=a_eq, b_eq=b_eq, method="highs")
    constraints = [LinearConstraint(a_eq, b_eq, b_eq), LinearConstraint(a_ub, at_least, np.inf)]
    ip = milp(c, constraints=constraints, integrality=np.ones(len(MICROCELLS)), bounds=Bounds(0, np.inf))
    assert lp.status in (0, 2, 3) and ip.status in (0, 2, 3, 4), (lp.message, ip.message)  # 4: unbounded
    return (lp.fun if lp.status == 0 else None), (ip.fun if ip.status == 0 else None)


def narrow(ranges: dict, k: int) -> list:
    return [key for key, (lo, hi, ilo, ihi) in ranges.items() if hi - lo < k - 1e-6 or ihi - ilo < k - 1e-6]


@pytest.mark.parametrize(("rows", "seed"), CASES)
def test_two_thresholds_on_one_export_recover_nothing_narrower_than_k(rows, seed):
    """Item 1: the same export published with k = 5 and then with k = 6 (and the other way round)."""
    micro = microdata(rows, seed)
    for first, second in ((5, 6), (6, 5)):
        a = publish(micro, "2020", first, [], "e1")
        try:
            b = publish(micro, "2020-b", second, [a], "e1")
        except DisclosureError as exc:  # refused: nothing new is published, the options are named
            assert (
                "same min_cell_count" in str(exc) and "publish nothing new" in str(exc) and "suppress more" in str(exc)
            )
            assert narrow(attack([a]), first) == []
            continue
        assert narrow(attack([a, b]), max(first, second)) == []


def test_without_the_ledger_the_two_threshold_attack_succeeds():
    """The attack has teeth: releases protected one by one leak (what the issue found)."""
    leaks = 0
    for rows, seed in CASES:
        micro = microdata(rows, seed)
        a, b = alone(micro, "2020", 5, "e1"), alone(micro, "2020-b", 6, "e1")
        leaks += len(narrow(attack([a, b]), 5))
    assert leaks > 0


def one_row_apart(micro: pd.DataFrame, seed: int) -> pd.DataFrame:
    """A corrected export: one contact removed."""
    return micro.drop(index=micro.index[seed % len(micro)]).reset_index(drop=True)


def differencing(a, b) -> tuple[list, list]:
    """What comparing two releases of two exports gives: cells published in both with different counts,
    and cells whose count changed whose difference has a range narrower than k (each export's hidden
    cells range independently: the difference's range is the sum of the two)."""
    differ = [key for key, n in b.cells.items() if n is not None and a.cells[key] is not None and a.cells[key] != n]
    ranges_a, ranges_b = attack([a]), attack([b])
    k = max(a.k, b.k)

    def width(ranges, key):
        lo, hi, ilo, ihi = ranges.get(key, (0, 0, 0, 0))
        return min(hi - lo, ihi - ilo)

    return differ, [key for key in b.cells if width(ranges_a, key) + width(ranges_b, key) < k - 1e-6 and key]


def counts(micro: pd.DataFrame) -> np.ndarray:
    return micro.value_counts().reindex(MICROCELLS, fill_value=0).to_numpy()


def changed_cells(micro_a, micro_b, cells) -> set:
    return {key for key in cells if row(key) @ counts(micro_a) != row(key) @ counts(micro_b)}


@pytest.mark.parametrize(("rows", "seed"), CASES)
def test_two_exports_one_row_apart_recover_nothing(rows, seed):
    """Item 2: a corrected export (one contact fewer) published as a second release of the same year and
    helpline: no cell differs between the releases, and every changed cell keeps a range of k."""
    micro_a = microdata(rows, seed)
    micro_b = one_row_apart(micro_a, seed)
    a = publish(micro_a, "2020", 5, [], "e1")
    b = publish(micro_b, "2020-b", 5, [a], "e2")
    differ, narrow_changes = differencing(a, b)
    assert differ == []
    assert [key for key in narrow_changes if key in changed_cells(micro_a, micro_b, b.cells)] == []
    assert narrow(attack([b]), 5) == [] and narrow(attack([a]), 5) == []
    # without the ledger the same pair gives the contact away
    plain_a, plain_b = alone(micro_a, "2020", 5, "e1"), alone(micro_b, "2020-b", 5, "e2")
    assert differencing(plain_a, plain_b)[0]


@pytest.mark.parametrize(("rows", "seed"), CASES[:2])
def test_a_rebuild_after_the_export_changed_needs_the_flag_and_is_then_protected(rows, seed):
    micro_a = microdata(rows, seed)
    micro_b = one_row_apart(micro_a, seed)
    a = publish(micro_a, "2020", 5, [], "e1")
    with pytest.raises(DisclosureError, match="corrects: e1"):
        publish(micro_b, "2020", 5, [a], "e2")
    b = publish(micro_b, "2020", 5, [a], "e2", corrects="e1")
    differ, narrow_changes = differencing(a, b)
    assert differ == [] and [key for key in narrow_changes if key in changed_cells(micro_a, micro_b, b.cells)] == []
    assert narrow(attack([b]), 5) == []
    # a third export again needs the flag, naming the export it corrects now
    with pytest.raises(DisclosureError, match="corrects: e2"):
        publish(micro_a, "2020", 5, [a, b], "e3", corrects="e1")


def test_a_rebuild_from_the_same_export_publishes_the_same_tables():
    micro = microdata(90, 3)
    a = publish(micro, "2020", 5, [], "e1")
    assert publish(micro, "2020", 5, [a], "e1").cells == a.cells
    assert publish(micro, "2021-other", 5, [a], "e1").cells == a.cells  # same k, same export: same pattern


def test_the_ledger_round_trips_and_records_once(tmp_path, monkeypatch):
    monkeypatch.setattr(ledger, "LEDGER", tmp_path)
    a = publish(microdata(90, 3), "2020", 5, [], "e1")
    assert ledger.record("2020-1712", a) and not ledger.record("2020-1712", a)
    (back,) = ledger.read("2020-1712")
    assert back == a
    text = (tmp_path / "2020-1712.csv").read_text(encoding="utf-8")
    rows = {row["cell"]: row["count"] for row in csv.DictReader(io.StringIO(text))}
    assert a.hidden and {ledger.parse(cell) for cell, count in rows.items() if count == "x"} == a.hidden
    assert len(rows) == len(a.cells)  # every cell once; a hidden one only as "x", never with its value
    (tmp_path / "2020-1712.csv").write_text(text.replace(",x\n", ",oops\n", 1), encoding="utf-8")
    with pytest.raises(DisclosureError, match="line"):
        ledger.read("2020-1712")
