"""Suppression: small cells never published, and no suppressed cell recoverable — tried here as an
attacker would: from the microdata's own structure (every published cell of every table is a sum
of the same contacts), exactly by linear algebra and as an interval by linear programming."""

import numpy as np
import pandas as pd
import pytest
from scipy.linalg import qr
from scipy.optimize import linprog

from hulplijnen.export.disclosure import Dim, TableDef, describe, protect
from hulplijnen.errors import DisclosureError
from hulplijnen.export import aggregate

from .conftest import flat, loaded


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
            matrix[i, offset:offset + len(block)] = mask
        offset += len(block)
    counts = np.concatenate([b["n"].to_numpy() for b in blocks])
    return keys, matrix, counts


@pytest.fixture(scope="module")
def attacked(small_export):
    files = small_export["parquet"]
    con = loaded(files)
    published = aggregate.publishable(con, 2020, k=5)
    contacts, victims = flat(files)
    keys, matrix, counts = microcell_matrix(published.protection, contacts, victims)
    return published.protection, keys, matrix, counts


def test_the_matrix_reproduces_every_cell(attacked):
    """The attack model is right: each cell is the sum of its microcells."""
    protection, keys, matrix, counts = attacked
    assert np.array_equal(matrix @ counts, np.array([protection.values[k] for k in keys]))


def test_small_cells_are_suppressed_and_suppression_happened(attacked):
    protection, *_ = attacked
    assert len(protection.primary) > 20 and len(protection.complementary) > 0
    assert all(0 < protection.values[k] < 5 for k in protection.primary)
    assert all(protection.values[k] >= 1 for k in protection.suppressed)
    assert {k for k, n in protection.values.items() if 0 < n < 5} <= protection.suppressed


def test_no_suppressed_cell_is_a_combination_of_published_cells(attacked):
    """Exact recovery: a suppressed cell is recoverable iff its row lies in the span of the
    published rows (over the microcells). None does."""
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


def test_linear_programming_cannot_pin_a_suppressed_cell(attacked):
    """Interval attack: with every published cell and non-negative microcells, each suppressed cell
    still has a range of at least two values."""
    protection, keys, matrix, counts = attacked
    shown = matrix[[k not in protection.suppressed for k in keys]]
    _, r, pivots = qr(shown.T, pivoting=True, mode="economic")  # drop published rows that repeat others
    independent = shown[np.sort(pivots[: int((np.abs(np.diag(r)) > 1e-9).sum())])]
    a_eq, b_eq = independent, independent @ counts
    for i, key in enumerate(keys):
        if key not in protection.suppressed:
            continue
        low = linprog(matrix[i], A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        high = linprog(-matrix[i], A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        assert low.status == 0 and high.status == 0
        assert -high.fun - low.fun >= 1 - 1e-6, describe(key)


def test_a_single_small_cell_gets_a_complement_in_its_row_and_column():
    table = TableDef("t", (), (Dim("a", ("x", "y")), Dim("b", ("p", "q"))))
    leaves = pd.Series({("x", "p"): 2, ("x", "q"): 40, ("y", "p"): 30, ("y", "q"): 50})
    protection = protect([(table, leaves)], k=5)
    hidden = {describe(k) for k in protection.suppressed}
    assert hidden == {"a = x, b = p", "a = x, b = q", "a = y, b = p", "a = y, b = q"}
    assert protection.audit_log()["reason"].value_counts().to_dict() == {"primary": 1, "complementary": 3}


def test_a_shared_total_links_two_tables():
    """A small cell in one table whose row total is published by a second table is protected in
    both: the second table cannot give it away."""
    a = TableDef("a", (), (Dim("m", ("1", "2")), Dim("c", ("p", "q"))))
    b = TableDef("b", (), (Dim("m", ("1", "2")), Dim("g", ("f", "v"))))
    protection = protect([(a, pd.Series({("1", "p"): 3, ("1", "q"): 20, ("2", "p"): 25, ("2", "q"): 30})),
                          (b, pd.Series({("1", "f"): 11, ("1", "v"): 12, ("2", "f"): 27, ("2", "v"): 28}))], k=5)
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
