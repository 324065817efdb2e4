"""Small-cell suppression with complementary suppression over a set of linked tables.

The rule (stated in every report built from contact-level data, chapters/registration/methods.md):

1. *Primary suppression.* A cell counting 1 to k-1 contacts (or possible victims) is not published.
   Zero is published: an empty cell says nothing about a person.
2. *Protection interval.* Further cells are suppressed until, for every suppressed cell, the values
   that agree with everything published span at least k: ``max - min >= k``, where min and max are
   found by linear programming over every published table at once (each total and subtotal is an
   equation; published cells are known; every suppressed cell is at least 1, since zeros are
   published). A reader who knows all of that cannot narrow a suppressed cell to fewer than k + 1
   possible values, so cannot tell a small cell from a large one.
3. Suppressed cells are shown the same way whatever the reason, and the audit log lists them without
   a reason, so a reader cannot tell a small cell from one suppressed to protect it.

Shares and sentences derived from the tables only ever use published cells, so they add nothing.

How it is computed. Every table is a cross-tabulation of one population (for example answered
contacts) by one or more dimensions, with all its totals and subtotals. A cell is identified by the
conditions that define it (``answered = true, month = 2020-03``), so the same count in two tables is
one cell. Suppressing a further cell only widens every other suppressed cell's feasible range (the
old solutions remain solutions), so complements are added greedily: for a suppressed cell whose range
is too narrow, the first published non-zero cell sharing an equation with it (its own level before
totals, smaller before larger) that makes the range wide enough; if none does alone, the one that
widens it most. Zeros are never suppressed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import product

import pandas as pd

from ..config.errors import DisclosureError
from .feasible import Key, System, complement, describe, integer_narrow

TOTAL = "__total__"


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


@dataclass
class Protection:
    """The outcome: every cell's value and status, and the audit log."""

    k: int
    values: dict[Key, int]
    tables: dict[str, tuple[TableDef, dict[tuple, Key]]]
    primary: set[Key] = field(default_factory=set)
    complementary: list[Key] = field(default_factory=list)
    inherited: frozenset = frozenset()  # hidden because an earlier publication hid them (export.ledger)
    known: frozenset = frozenset()  # published before with this value: public whatever this release does
    equations: list = field(default_factory=list)  # (total, parts) of every table

    @property
    def suppressed(self) -> set[Key]:
        return self.primary | set(self.inherited) | set(self.complementary)

    @property
    def secret(self) -> set[Key]:
        """The cells no publication shows: those whose range must stay k wide."""
        return self.suppressed - self.known

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
        """Which cells are not published, per table (no values and no reason: a reason would tell a
        small cell from a complement)."""
        rows = [
            {"table": name, "cell": describe(key)}
            for name, (_, coords) in self.tables.items()
            for key in dict.fromkeys(coords.values())
            if key in self.suppressed
        ]
        log = pd.DataFrame(rows, columns=["table", "cell"])
        return log.sort_values(["table", "cell"]).reset_index(drop=True)


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


def protect(tables: list[tuple[TableDef, pd.Series]], k: int, joint: Callable | None = None) -> Protection:
    """Suppress small cells and enough complements that every suppressed cell's feasible range spans
    at least k (see the module doc). ``joint(values)``, when given, returns what earlier publications
    impose (``export.ledger.Joint``: cells already public, cells to keep hidden, the k to use)."""
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
                    f"table {definition.name}: the cell {describe(keys[coord])} differs from the "
                    "same cell in another table; the tables do not describe the same contacts"
                )
        for total, parts in _equations(definition):
            part_keys = [keys[p] for p in parts]
            equations[keys[total], frozenset(part_keys)] = (keys[total], part_keys)
        coords_of[definition.name] = (definition, keys)
    known, inherited = frozenset(), frozenset()
    if joint is not None:
        earlier = joint(values)
        known, inherited, k = earlier.known, earlier.hidden, earlier.k
    small = {key for key, n in values.items() if 0 < n < k}
    eqs = list(equations.values())
    result = Protection(k, values, coords_of, small, inherited=inherited, known=known, equations=eqs)
    system = System(result.equations, values)
    pending = system.narrow(result.secret, result.secret, k)
    while pending:  # widening never narrows another cell, so only new complements need a new check
        added = len(result.complementary)
        for cell in pending:
            while system.is_narrow(cell, result.secret, k):
                chosen = complement(cell, system, result.secret, k, exclude=known)
                if chosen is None:
                    raise DisclosureError(
                        f"cannot protect the cell {describe(cell)}: every cell linked to it is zero "
                        f"or already suppressed. Lower min_cell_count (now {k}) or publish coarser "
                        "tables."
                    )
                result.complementary.append(chosen)
        pending = system.narrow(result.secret, set(result.complementary[added:]), k)
    return result


def protection_check(protection: Protection) -> list[Key]:
    """The hidden cells (hidden in every publication) whose range is narrower than k, by linear
    programming and by integer programming over every table: empty when the protection holds."""
    system = System(protection.equations, protection.values)
    secret = protection.secret
    narrow = set(system.narrow(secret, secret, protection.k)) | set(integer_narrow(system, secret, protection.k))
    return sorted(narrow, key=describe)
