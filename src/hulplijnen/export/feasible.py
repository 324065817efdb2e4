"""The linear system behind the disclosure control (hulplijnen.export.disclosure): every total and
subtotal of every table as an equation, and the feasible range of a suppressed cell given everything
published, by linear programming (each suppressed cell at least 1); and the choice of the next
complement to suppress."""

from __future__ import annotations

import numpy as np

from ..config.errors import DisclosureError

Key = frozenset  # frozenset[tuple[str, str]]: the conditions that define a cell
TRIALS = 8  # candidates tried per narrow cell before taking the one that widens it most


def describe(key: Key) -> str:
    """A cell's conditions as text, for the audit log (never its value)."""
    return ", ".join(f"{k} = {v}" for k, v in sorted(key)) or "all"


class System:
    """The equations of all tables, with an index from each cell to the equations it is in, and the
    feasible range of a suppressed cell given everything published (linear programming)."""

    def __init__(self, equations: list[tuple[Key, list[Key]]], values: dict[Key, int]):
        self.equations, self.values = equations, values
        self.ceiling = 2.0 * (sum(values.values()) + 1000)  # "unbounded": far above any real count
        self.order = {key: i for i, key in enumerate(sorted(values, key=describe))}
        self.of: dict[Key, list[int]] = {key: [] for key in values}
        for i, (total, parts) in enumerate(equations):
            for key in dict.fromkeys((total, *parts)):
                self.of[key].append(i)
        # A population's grand total (answered contacts, offered calls, possible victims) is part of
        # no other cell: it is the last choice for a complement (hiding it empties every table).
        self.roots = set(values) - {p for _, parts in equations for p in parts}
        self.totals = {total for total, _ in equations}

    def bounds(self, cells: list[Key]) -> list[tuple[float, float]]:
        """Each hidden cell is at least 1 (zeros are published), unless it is a zero hidden because an
        earlier publication hid it (hulplijnen.export.ledger): then at least 0."""
        return [(min(1.0, self.values[c]), self.ceiling) for c in cells]

    def component(self, start: Key, suppressed: set[Key]) -> tuple[list[Key], list[int]]:
        """The suppressed cells linked to ``start`` through equations, and those equations."""
        seen, cells, eqs, stack = {start}, [], set(), [start]
        while stack:
            cell = stack.pop()
            cells.append(cell)
            for e in self.of[cell]:
                eqs.add(e)
                total, parts = self.equations[e]
                for other in (total, *parts):
                    if other in suppressed and other not in seen:
                        seen.add(other)
                        stack.append(other)
        return sorted(cells, key=self.order.__getitem__), sorted(eqs)

    def narrow_in(self, cells: list[Key], eqs: list[int], wanted: list[Key], need: float) -> list[Key]:
        """The wanted cells whose feasible range (published cells fixed, every suppressed cell >= 1)
        is narrower than ``need``. Every linear programme solved gives a feasible point; a cell is wide
        once two known points (the true values among them) differ by ``need`` in it, so most cells
        are settled by the first two programmes (all wanted cells up, all down)."""
        from scipy.optimize import linprog  # scipy loads only where it is used (the export stage)

        index, a_eq, b_eq = self.program(cells, eqs)
        low = np.array([self.values[c] for c in cells], float)
        high, bounds = low.copy(), self.bounds(cells)

        def solve(objective: np.ndarray) -> None:
            res = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
            if res.status != 0:
                raise DisclosureError(f"the protection check failed: {res.message}")
            np.minimum(low, res.x, out=low)
            np.maximum(high, res.x, out=high)

        mask = np.zeros(len(cells))
        mask[[index[c] for c in wanted]] = 1.0
        solve(-mask)
        solve(mask)
        out = []
        for key in wanted:
            i = index[key]
            for sign in (-1.0, 1.0):
                if high[i] - low[i] < need - 1e-6:
                    unit = np.zeros(len(cells))
                    unit[i] = sign
                    solve(unit)
            if high[i] - low[i] < need - 1e-6:
                out.append(key)
        return out

    def program(self, cells: list[Key], eqs: list[int]):
        """The equations over the suppressed ``cells``: A x = b with the published cells moved to b."""
        from scipy.sparse import coo_matrix

        index = {key: i for i, key in enumerate(cells)}
        rows, cols, data, b_eq = [], [], [], np.zeros(len(eqs))
        for row, e in enumerate(eqs):
            total, parts = self.equations[e]
            for cell, sign in ((total, -1.0), *((p, 1.0) for p in parts)):
                if cell in index:
                    rows.append(row), cols.append(index[cell]), data.append(sign)
                else:
                    b_eq[row] -= sign * self.values[cell]
        return index, coo_matrix((data, (rows, cols)), shape=(len(eqs), len(cells))).tocsr(), b_eq

    def binding(self, cell: Key, suppressed: set[Key]) -> set[Key]:
        """The published cells whose value limits ``cell``'s range: those in an equation with a
        non-zero dual value when ``cell`` is pushed up or down."""
        from scipy.optimize import linprog

        cells, eqs = self.component(cell, suppressed)
        index, a_eq, b_eq = self.program(cells, eqs)
        out = set()
        for sign in (-1.0, 1.0):
            unit = np.zeros(len(cells))
            unit[index[cell]] = sign
            res = linprog(unit, A_eq=a_eq, b_eq=b_eq, bounds=self.bounds(cells), method="highs")
            if res.status != 0:
                raise DisclosureError(f"the protection check failed: {res.message}")
            for e, dual in zip(eqs, res.eqlin.marginals):
                if abs(dual) > 1e-9:
                    out.update(k for k in _members(self, e) if k not in suppressed)
        return out

    def is_narrow(self, cell: Key, suppressed: set[Key], need: float) -> bool:
        cells, eqs = self.component(cell, suppressed)
        return bool(self.narrow_in(cells, eqs, [cell], need))

    def narrow(self, suppressed: set[Key], among: set[Key], need: float) -> list[Key]:
        """The cells of ``among`` whose feasible range is narrower than ``need``, in a stable order."""
        out, done = [], set()
        for key in sorted(among, key=self.order.__getitem__):
            if key in done:
                continue
            cells, eqs = self.component(key, suppressed)
            done.update(cells)
            out += self.narrow_in(cells, eqs, [c for c in cells if c in among], need)
        return sorted(out, key=self.order.__getitem__)


def integer_narrow(system: System, secret: set[Key], need: float) -> list[Key]:
    """The hidden cells whose range over *integer* solutions (counts are whole numbers) is narrower
    than ``need``: an integer programme per cell and direction (scipy's milp, HiGHS), component by
    component. The linear check can miss what integrality adds; this one cannot."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    out, done = [], set()
    for start in sorted(secret, key=system.order.__getitem__):
        if start in done:
            continue
        cells, eqs = system.component(start, secret)
        done.update(cells)
        if not eqs:
            continue
        index, a_eq, b_eq = system.program(cells, eqs)
        low, high = zip(*system.bounds(cells))
        options = {
            "constraints": LinearConstraint(a_eq, b_eq, b_eq),
            "integrality": np.ones(len(cells)),
            "bounds": Bounds(np.array(low), np.array(high)),
        }
        for key in cells:
            ends = []
            for sign in (1.0, -1.0):
                unit = np.zeros(len(cells))
                unit[index[key]] = sign
                res = milp(unit, **options)
                if res.status != 0:
                    raise DisclosureError(f"the integer protection check failed: {res.message}")
                ends.append(sign * res.fun)
            if ends[1] - ends[0] < need - 1e-6:
                out.append(key)
    return sorted(out, key=system.order.__getitem__)


def complement(
    cell: Key, system: System, suppressed: set[Key], need: float, exclude: frozenset = frozenset()
) -> Key | None:
    """The published cell to suppress next to widen ``cell``: of the non-zero published cells that
    limit its range (in an equation with a non-zero dual value), the first that alone makes it wide
    enough; if none does, the first of them (closing a cycle can take several). Cells that are no
    total come before totals (a hidden total spreads into every table that shares it; a population's
    grand total comes last of all), cells sharing an equation with it first, smaller before larger; ties go by
    description, so the result is deterministic."""
    values = system.values
    near = {key for e in system.of[cell] for key in _members(system, e)}
    limiting = [key for key in system.binding(cell, suppressed) if values[key] > 0 and key not in exclude]
    ranked = sorted(
        limiting,
        key=lambda key: (key in system.roots, key in system.totals, key not in near, values[key], system.order[key]),
    )
    for key in ranked[:TRIALS]:
        if not system.is_narrow(cell, suppressed | {key}, need):
            return key
    return ranked[0] if ranked else None


def _members(system: System, equation: int) -> tuple[Key, ...]:
    total, parts = system.equations[equation]
    return (total, *parts)
