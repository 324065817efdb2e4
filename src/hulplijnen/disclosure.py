"""Small-cell suppression with complementary suppression over a set of linked tables.

The rule (stated in every report built from contact-level data):

1. *Primary suppression.* A cell counting 1 to k-1 contacts (or possible victims) is not published.
   Zero is published: an empty cell says nothing about a person.
2. *Complementary suppression.* Further cells are suppressed until no suppressed cell can be worked
   out exactly from the published cells: not from its own row or column totals, not from
   subtotals (a month in the daily series, a group of contact-person codes), and not from another
   table of the same report that shares a total with it.
3. Suppressed cells are shown the same way whatever the reason, so a reader cannot tell a small
   cell from one suppressed to protect it.

How it is checked. Every table is a cross-tabulation of one population (for example answered
contacts) by one or more dimensions, with all its totals and subtotals. A cell is identified by
the conditions that define it (``answered = true, month = 2020-03``), so the same count in two
tables is one cell. Every total gives one linear equation (total = sum of its parts). Given the
published cells, a suppressed cell is exactly recoverable if and only if every solution of those
equations gives it the same value, i.e. if its coordinate is zero in every vector of the null
space of the equations restricted to the suppressed cells. Complements are added one at a time
(the smallest published non-zero cell sharing an equation with an exposed cell) until no
suppressed cell is recoverable. Because every suppressed cell counts at least 1, each one can
move by at least ±1 along a null-space direction, so bounds from non-negativity do not pin it
either (tests/unit/test_disclosure.py attacks the result with linear programming).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import product

import numpy as np
import pandas as pd

from .errors import DisclosureError

TOTAL = "__total__"
Key = frozenset  # frozenset[tuple[str, str]]: the conditions that define a cell


@dataclass(frozen=True)
class Dim:
    """A dimension of a table: its leaf values, optionally grouped under a parent level."""

    name: str
    values: tuple[str, ...]
    parent: str | None = None  # condition name of the parent level ('month' above 'date')
    parent_of: Mapping[str, str] | None = None  # leaf value -> parent value

    def levels(self) -> list[tuple[str | None, tuple[str, ...]]]:
        """(condition name, values) from leaves up to the total (None)."""
        out: list[tuple[str | None, tuple[str, ...]]] = [(self.name, self.values)]
        if self.parent:
            out.append((self.parent, tuple(dict.fromkeys(self.parent_of[v] for v in self.values))))
        return [*out, (None, (TOTAL,))]

    def children(self, level: str | None, value: str) -> tuple[str | None, list[str]]:
        """The level below (level, value) and the values under it."""
        if level == self.name:
            raise ValueError("a leaf has no children")
        if level is None and self.parent:
            return self.parent, list(self.levels()[1][1])
        if level is None:
            return self.name, list(self.values)
        return self.name, [v for v in self.values if self.parent_of[v] == value]


@dataclass(frozen=True)
class TableDef:
    """A published cross-tabulation: the population it counts and its dimensions."""

    name: str
    population: tuple[tuple[str, str], ...]  # conditions every counted row meets, e.g. (("answered", "true"),)
    dims: tuple[Dim, ...]
    title_nl: str = ""

    def key(self, coords: tuple[tuple[str | None, str], ...]) -> Key:
        return Key(self.population + tuple((lvl, v) for lvl, v in coords if lvl is not None))

    def coordinates(self) -> list[tuple[tuple[str | None, str], ...]]:
        per_dim = [[(lvl, v) for lvl, values in d.levels() for v in values] for d in self.dims]
        return list(product(*per_dim))


def describe(key: Key) -> str:
    """A cell's conditions as text, for the audit log (never its value)."""
    return ", ".join(f"{k} = {v}" for k, v in sorted(key)) or "all"


@dataclass
class Protection:
    """The outcome: every cell's value and status, and the audit log."""

    k: int
    values: dict[Key, int]
    tables: dict[str, tuple[TableDef, dict[tuple, Key]]]
    primary: set[Key] = field(default_factory=set)
    complementary: list[Key] = field(default_factory=list)

    @property
    def suppressed(self) -> set[Key]:
        return self.primary | set(self.complementary)

    def cells(self, table: str) -> pd.DataFrame:
        """Every cell of a table, totals included: one column per dimension (TOTAL for a total or
        the parent value at a subtotal), the level of each, the count (NA when suppressed), and
        ``suppressed``."""
        definition, coords = self.tables[table]
        rows = []
        for coord, key in coords.items():
            row = {}
            for dim, (lvl, v) in zip(definition.dims, coord):
                row[dim.name] = v
                row[f"{dim.name}_level"] = "total" if lvl is None else ("leaf" if lvl == dim.name else lvl)
            hidden = key in self.suppressed
            row["count"] = pd.NA if hidden else self.values[key]
            row["suppressed"] = hidden
            rows.append(row)
        frame = pd.DataFrame(rows)
        frame["count"] = frame["count"].astype("Int64")
        return frame

    def leaves(self, table: str) -> pd.DataFrame:
        """The leaf cells of a table (no totals)."""
        return leaf_rows(self.cells(table))

    def audit_log(self) -> pd.DataFrame:
        """What was suppressed and why, per table and cell (no values)."""
        rows = []
        for name, (_, coords) in self.tables.items():
            for key in dict.fromkeys(coords.values()):
                if key in self.suppressed:
                    reason = "primary" if key in self.primary else "complementary"
                    rows.append(
                        {
                            "table": name,
                            "cell": describe(key),
                            "reason": reason,
                            "order": -1 if reason == "primary" else self.complementary.index(key),
                        }
                    )
        log = pd.DataFrame(rows, columns=["table", "cell", "reason", "order"])
        return (
            log.sort_values(["table", "reason", "order", "cell"], ascending=[True, False, True, True])
            .drop(columns="order")
            .reset_index(drop=True)
        )


def leaf_rows(cells: pd.DataFrame) -> pd.DataFrame:
    """The rows of a ``Protection.cells`` frame that are leaves in every dimension, without the
    level columns."""
    levels = [c for c in cells.columns if c.endswith("_level")]
    return cells[(cells[levels] == "leaf").all(axis=1)].drop(columns=levels).reset_index(drop=True)


def _cells(definition: TableDef, leaves: pd.Series) -> dict[tuple, int]:
    """Every cell's count from the leaf counts (a Series indexed by the leaf values of each dim)."""
    full = pd.MultiIndex.from_product([d.values for d in definition.dims])
    counts = leaves.reindex(full if len(definition.dims) > 1 else list(definition.dims[0].values), fill_value=0)
    frame = counts.rename("n").reset_index()
    frame.columns = [*(d.name for d in definition.dims), "n"]
    out = {}
    level_columns = []
    for d in definition.dims:
        if d.parent:
            frame[f"{d.name}@{d.parent}"] = frame[d.name].map(d.parent_of)
        level_columns.append(
            [(d.name, d.name)] + ([(d.parent, f"{d.name}@{d.parent}")] if d.parent else []) + [(None, None)]
        )
    for choice in product(*level_columns):
        by = [col for _, col in choice if col is not None]
        sums = frame.groupby(by, sort=False)["n"].sum() if by else pd.Series({(): frame["n"].sum()})
        for idx, n in sums.items():
            idx = idx if isinstance(idx, tuple) else (idx,)
            it = iter(idx)
            coord = tuple((lvl, next(it)) if col is not None else (None, TOTAL) for lvl, col in choice)
            out[coord] = int(n)
    return out


def _equations(definition: TableDef) -> list[tuple[tuple, list[tuple]]]:
    """(total coordinate, part coordinates) for every total and subtotal, along every dimension."""
    eqs = []
    for coord in definition.coordinates():
        for i, (dim, (lvl, v)) in enumerate(zip(definition.dims, coord)):
            if lvl == dim.name:
                continue
            child_level, values = dim.children(lvl, v)
            eqs.append((coord, [coord[:i] + ((child_level, c),) + coord[i + 1 :] for c in values]))
    return eqs


class System:
    """The equations of all tables, with an index from each cell to the equations it is in."""

    def __init__(self, equations: list[tuple[Key, list[Key]]], values: dict[Key, int]):
        self.equations, self.values = equations, values
        self.order = {key: i for i, key in enumerate(sorted(values, key=describe))}
        self.of: dict[Key, list[int]] = {key: [] for key in values}
        for i, (total, parts) in enumerate(equations):
            for key in dict.fromkeys((total, *parts)):
                self.of[key].append(i)

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

    def exposed_in(self, cells: list[Key], eqs: list[int]) -> list[Key]:
        """The cells of one component whose value the published cells determine: those with a zero
        coordinate in every null-space vector of the component's equations."""
        index = {key: i for i, key in enumerate(cells)}
        matrix = np.zeros((len(eqs), len(cells)))
        for row, e in enumerate(eqs):
            total, parts = self.equations[e]
            for part in parts:
                if part in index:
                    matrix[row, index[part]] += 1.0
            if total in index:
                matrix[row, index[total]] -= 1.0
        from scipy.linalg import null_space  # scipy loads only where it is used

        basis = null_space(matrix)
        free = np.abs(basis).max(axis=1) > 1e-9 if basis.size else np.zeros(len(cells), bool)
        return [key for key, ok in zip(cells, free) if not ok]

    def exposed(self, suppressed: set[Key]) -> list[Key]:
        out, done = [], set()
        for key in sorted(suppressed, key=self.order.__getitem__):
            if key not in done:
                cells, eqs = self.component(key, suppressed)
                done.update(cells)
                out += self.exposed_in(cells, eqs)
        return out

    def is_exposed(self, cell: Key, suppressed: set[Key]) -> bool:
        return cell in self.exposed_in(*self.component(cell, suppressed))


def protect(tables: list[tuple[TableDef, pd.Series]], k: int) -> Protection:
    """Suppress small cells and enough complements that none can be recovered (see the module doc)."""
    if k < 2:
        raise DisclosureError("the minimum cell count k must be at least 2")
    values: dict[Key, int] = {}
    coords_of: dict[str, tuple[TableDef, dict[tuple, Key]]] = {}
    equations: dict[tuple[Key, frozenset], tuple[Key, list[Key]]] = {}
    for definition, leaves in tables:
        cells = _cells(definition, leaves)
        keys = {coord: definition.key(coord) for coord in cells}
        for coord, n in cells.items():
            known = values.setdefault(keys[coord], n)
            if known != n:
                raise DisclosureError(
                    f"table {definition.name}: the cell {describe(keys[coord])} counts {n} here and {known} in "
                    "another table; the tables do not describe the same contacts"
                )
        for total, parts in _equations(definition):
            part_keys = [keys[p] for p in parts]
            equations[keys[total], frozenset(part_keys)] = (keys[total], part_keys)
        coords_of[definition.name] = (definition, keys)
    result = Protection(k, values, coords_of, primary={key for key, n in values.items() if 0 < n < k})
    system = System(list(equations.values()), values)
    while True:
        suppressed = result.suppressed
        exposed = system.exposed(suppressed)
        if not exposed:
            return result
        # Protect the newest complement first: following it closes the cycle it was added to start.
        # A cell with nothing left to pair with waits: protecting its neighbours may free it.
        queue = sorted(
            exposed,
            key=lambda key: result.complementary.index(key) if key in result.complementary else -1,
            reverse=True,
        )
        chosen = next((c for c in (_complement(cell, system, suppressed) for cell in queue) if c is not None), None)
        if chosen is None:
            raise DisclosureError(
                f"cannot protect the cell {describe(queue[0])} (and {len(queue) - 1} more): every other cell of "
                "their rows and columns is zero "
                f"or already suppressed. Lower min_cell_count (now {k}) or publish coarser tables."
            )
        result.complementary.append(chosen)


def _complement(cell: Key, system: System, suppressed: set[Key]) -> Key | None:
    """The published cell to suppress next to protect ``cell``: of the non-zero cells sharing an
    equation with it, the first that alone makes it unrecoverable; if none does (closing a cycle
    takes several), the first. Cells at its own level come before totals, smaller before larger;
    ties go by description, so the result is deterministic."""
    values = system.values
    candidates = {
        key for e in system.of[cell] for key in (system.equations[e][0], *system.equations[e][1])
    } - suppressed
    # Cells at the exposed cell's own level first (a total suppressed to protect a part spreads the
    # suppression into every table that shares that total), then the smallest.
    nonzero = sorted(
        (key for key in candidates if values[key] > 0),
        key=lambda key: (len(key) < len(cell), values[key], system.order[key]),
    )
    for key in nonzero[:TRIALS]:
        if not system.is_exposed(cell, suppressed | {key}):
            return key
    return nonzero[0] if nonzero else None


TRIALS = 8  # candidates tried per exposed cell before falling back to the first
