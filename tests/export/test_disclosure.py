"""Suppression: small cells never published, and no suppressed cell recoverable — tried here as an
attacker would: from the microdata's own structure (every published cell of every table is a sum
of the same contacts), exactly by linear algebra and as an interval by linear programming."""

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import linprog

from hulplijnen.config.errors import DisclosureError
from hulplijnen.export import aggregate
from hulplijnen.export.disclosure import Dim, TableDef, describe, protect

from .conftest import export_dir, flat, loaded


def microcell_matrix(protection, contacts: pd.DataFrame, victims: pd.DataFrame):
    """One row per cell of every table, one column per microcell (a distinct combination of every
    column any table uses): 1 where the microcell counts towards the cell."""
    blocks = []
    for frame in (contacts, victims):
        micro = frame.value_counts(dropna=False).reset_index(name="n")
        blocks.append(micro)
    keys = list(protection.values)
    columns = sum(len(b) for b in blocks)
    matrix = np.zeros((len(keys), columns))
    offset = 0
    for block in blocks:
        for i, key in enumerate(keys):
            conditions = dict(key)
            if ("unit" in conditions) != ("unit" in block.columns):
                continue
            mask = np.ones(len(block), bool)
            for column, value in conditions.items():
                mask &= (block[column] == value).to_numpy()
            matrix[i, offset : offset + len(block)] = mask
        offset += len(block)
    counts = np.concatenate([b["n"].to_numpy() for b in blocks])
    return keys, matrix, counts


@pytest.fixture(
    scope="module",
    params=[(600, 7, True), (150, 7, False), (150, 11, True), (600, 3, False)],
    ids=lambda p: f"{p[0]}rows-seed{p[1]}{'-timings' if p[2] else ''}",
)
def attacked(request, tmp_path_factory):
    """Two exports with the timing columns (their tables in the same attack), two without (the same
    attack on the tables every export has, at less cost)."""
    rows, seed, timings = request.param
    files = export_dir(tmp_path_factory, rows, seed, ("parquet",), timings)["parquet"]
    con = loaded(files)
    published = aggregate.publishable(con, 2020, k=K)
    contacts, victims = flat(files)
    keys, matrix, counts = microcell_matrix(published.protection, contacts, victims)
    return published.protection, keys, matrix, counts


K = 5


def test_the_timing_tables_are_among_the_attacked_tables(attacked, request):
    protection, *_ = attacked
    timings = request.node.callspec.id.endswith("-timings")
    names = {"phone_by_wait", "phone_by_weekday_hour_outcome", "phone_by_handle"}
    assert (names <= set(protection.tables)) == timings and (names & set(protection.tables) == set()) != timings


def test_the_matrix_reproduces_every_cell(attacked):
    """The attack model is right: each cell is the sum of its microcells."""
    protection, keys, matrix, counts = attacked
    assert np.array_equal(matrix @ counts, np.array([protection.values[k] for k in keys]))


def test_small_cells_are_suppressed_and_suppression_happened(attacked):
    protection, *_ = attacked
    assert len(protection.primary) > 20 and len(protection.complementary) > 0
    assert all(0 < protection.values[k] < K for k in protection.primary)
    assert all(protection.values[k] >= 1 for k in protection.suppressed)
    assert {k for k, n in protection.values.items() if 0 < n < K} <= protection.suppressed


def published_equations(protection, withheld=lambda name, row: False):
    """What a reader has: every published table with its totals. One equation per total (total =
    sum of its parts), built from the published cell frames, independently of the library's solver.
    ``withheld``: cells the report does not publish by design (unknown to a reader, as a hidden cell)."""
    index, equations = {}, []
    for name, (definition, _) in protection.tables.items():
        cells = protection.cells(name)
        dims = [d.name for d in definition.dims]
        for dim in definition.dims:
            level = cells[f"{dim.name}_level"]
            others = [d for d in dims if d != dim.name]
            child_of = {"total": dim.parent or "leaf", **({dim.parent: "leaf"} if dim.parent else {})}
            for upper, lower in child_of.items():
                tops = cells[level == upper]
                parts = cells[level == lower]
                for _, top in tops.iterrows():
                    same = parts
                    for other in others:
                        same = same[(same[other] == top[other]) & (same[f"{other}_level"] == top[f"{other}_level"])]
                    if upper != "total":
                        same = same[same[dim.name].map(dim.parent_of) == top[dim.name]]
                    equations.append([(name, top.name, -1.0)] + [(name, j, 1.0) for j in same.index])
        for j, row in cells.iterrows():
            index[(name, j)] = (
                row["count"],
                bool(row["suppressed"]) or ("withheld" if withheld(name, row) else False),
                describe(
                    definition.key(
                        tuple(
                            (
                                None
                                if row[f"{d}_level"] == "total"
                                else (d if row[f"{d}_level"] == "leaf" else row[f"{d}_level"]),
                                row[d],
                            )
                            for d in dims
                        )
                    )
                ),
            )
    return index, equations


def test_linear_programming_with_x_at_least_one_leaves_every_suppressed_cell_k_wide(attacked):
    """The attack the issue describes: zeros are published, so every suppressed cell is at least 1;
    with every published cell and total of every table, each suppressed cell's feasible range is
    still at least k wide (the stated protection interval)."""
    protection, *_ = attacked
    narrow = narrow_cells(protection, published_equations(protection))
    assert narrow == []


def weekend_day(name, row) -> bool:
    """A Saturday or Sunday of the days' table: the report shows working days only (r33, demo r32 #5)."""
    return name == "contacts_by_day" and row["date_level"] == "leaf" and pd.Timestamp(row["date"]).day_of_week >= 5


def test_with_the_weekend_days_unpublished_every_hidden_working_day_stays_k_wide(attacked):
    """r33 (demo r32 #5): the report publishes no Saturday or Sunday at all (the figure and its data file hold
    working days only, the list of hidden cells names none): with those days unknown too, each hidden cell, a working
    day among them, still has a feasible range at least k wide, and the cells the report does publish are exactly
    the working days and totals the protection published."""
    protection, *_ = attacked
    index, equations = published_equations(protection, weekend_day)
    narrow = narrow_cells(protection, (index, equations))
    assert narrow == []
    days = protection.cells("contacts_by_day")
    leaves = days[days["date_level"] == "leaf"]
    weekends = leaves[pd.to_datetime(leaves["date"]).dt.day_of_week >= 5]
    assert len(weekends) > 0 and all(index[("contacts_by_day", j)][1] for j in weekends.index)


def narrow_cells(protection, published):
    index, equations = published
    variables = sorted({cell for _, hidden, cell in index.values() if hidden})
    col = {c: i for i, c in enumerate(variables)}
    # a hidden cell is at least 1 (zeros are published); a cell withheld by design may be 0
    suppressed = {cell for _, hidden, cell in index.values() if hidden is True}
    bounds = [(1 if c in suppressed else 0, None) for c in variables]
    a_eq, b_eq = [], []
    for eq in equations:
        row, rhs = np.zeros(len(variables)), 0.0
        for table, j, sign in eq:
            count, hidden, cell = index[(table, j)]
            if hidden:
                row[col[cell]] += sign
            else:
                rhs -= sign * count
        if row.any():
            a_eq.append(row), b_eq.append(rhs)
    narrow = []
    for cell, i in col.items():
        if cell not in suppressed:
            continue
        c = np.zeros(len(variables))
        c[i] = 1
        low = linprog(c, A_eq=np.array(a_eq), b_eq=b_eq, bounds=bounds, method="highs")
        high = linprog(-c, A_eq=np.array(a_eq), b_eq=b_eq, bounds=bounds, method="highs")
        assert low.status == 0 and high.status in (0, 3)
        if high.status == 0 and -high.fun - low.fun < K - 1e-6:
            narrow.append((cell, low.fun, -high.fun))
    return narrow


def test_no_suppressed_cell_is_a_combination_of_published_cells(attacked):
    """Exact recovery over the microcells (every combination of every column that occurs): a
    suppressed cell is recoverable iff its row lies in the span of the published rows. None does."""
    protection, keys, matrix, _ = attacked
    published = matrix[[k not in protection.suppressed for k in keys]]
    u, s, vt = np.linalg.svd(published, full_matrices=False)
    basis = vt[s > 1e-8 * s[0]]
    recoverable = []
    for i, key in enumerate(keys):
        if key in protection.suppressed:
            row = matrix[i]
            residual = row - basis.T @ (basis @ row)
            if np.abs(residual).max() < 1e-6:
                recoverable.append(describe(key))
    assert recoverable == []


def test_the_audit_log_does_not_say_which_cells_were_small(attacked):
    protection, *_ = attacked
    log = protection.audit_log()
    assert list(log.columns) == ["table", "cell"]
    assert len(log) == sum(
        k in protection.suppressed
        for _, (_, coords) in protection.tables.items()
        for k in dict.fromkeys(coords.values())
    )


def test_a_single_small_cell_gets_a_complement_in_its_row_and_column():
    table = TableDef("t", (), (Dim("a", ("x", "y")), Dim("b", ("p", "q"))))
    leaves = pd.Series({("x", "p"): 2, ("x", "q"): 40, ("y", "p"): 30, ("y", "q"): 50})
    protection = protect([(table, leaves)], k=5)
    hidden = {describe(k) for k in protection.suppressed}
    assert hidden == {"a = x, b = p", "a = x, b = q", "a = y, b = p", "a = y, b = q"}
    assert len(protection.primary) == 1 and len(protection.complementary) == 3


def test_a_shared_total_links_two_tables():
    """A small cell in one table whose row total is published by a second table is protected in
    both: the second table cannot give it away."""
    a = TableDef("a", (), (Dim("m", ("1", "2")), Dim("c", ("p", "q"))))
    b = TableDef("b", (), (Dim("m", ("1", "2")), Dim("g", ("f", "v"))))
    protection = protect(
        [
            (a, pd.Series({("1", "p"): 3, ("1", "q"): 20, ("2", "p"): 25, ("2", "q"): 30})),
            (b, pd.Series({("1", "f"): 11, ("1", "v"): 12, ("2", "f"): 27, ("2", "v"): 28})),
        ],
        k=5,
    )
    assert any("c = p, m = 1" == describe(k) for k in protection.primary)
    assert len(protection.suppressed) >= 4


def test_tables_that_disagree_on_a_shared_cell_are_an_error():
    a = TableDef("a", (), (Dim("m", ("1", "2")),))
    b = TableDef("b", (), (Dim("m", ("1", "2")), Dim("g", ("f",))))
    with pytest.raises(DisclosureError, match="do not describe the same contacts"):
        protect([(a, pd.Series({"1": 10, "2": 10})), (b, pd.Series({("1", "f"): 11, ("2", "f"): 10}))], k=5)


def test_protection_is_deterministic(small_export):
    runs = [aggregate.publishable(loaded(small_export["parquet"]), 2020, k=5).protection.audit_log() for _ in range(2)]
    pd.testing.assert_frame_equal(*runs)


def test_larger_k_suppresses_more(small_export):
    con = loaded(small_export["parquet"])
    counts = [len(aggregate.publishable(con, 2020, k=k).protection.suppressed) for k in (3, 5, 10)]
    assert counts[0] < counts[1] < counts[2]
