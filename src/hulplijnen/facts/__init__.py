"""The figures.json record: every number the report states, with its unit and its source.

Notebooks collect facts in a ``FactSheet`` and publish them in an output cell hidden from the
report (``#| include: false``) with their own MIME type; the build gathers them from the executed
notebooks into _output/<year>/figures.json. The executed notebook is the only channel: no files
written from inside a kernel.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..config import nbfile, reads
from ..config.errors import BuildError
from . import keys

MIME = "application/vnd.hulplijnen.facts+json"


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: the file under data/ (None for a contact export's protected tables),
    the table (or model) and the selection or computation within it."""

    file: str | None
    table: str
    selection: str


class Recorded:
    """A fact's value as a template receives it: the number (or month, date) itself, which knows its
    key. The text layer (hulplijnen.presentation.text) formats only such values; a loose number is an error."""

    key: str


class RecordedInt(int, Recorded):
    pass


class RecordedFloat(float, Recorded):
    pass


class RecordedStr(str, Recorded):
    pass


def recorded(key: str, value: Any) -> Recorded | None:
    """The value of fact ``key`` for a template (None stays None: a missing fact is shown as missing)."""
    if value is None:
        return None
    kind = {bool: None, int: RecordedInt, float: RecordedFloat, str: RecordedStr}.get(type(value))
    if kind is None:
        raise BuildError(f"fact {key}: a value of type {type(value).__name__} cannot reach the text")
    out = kind(value)
    out.key = key
    return out


@dataclass(frozen=True)
class Fact:
    key: str
    value: float | int | str | None
    unit: str
    source: Source


class FactSheet:
    def __init__(self, notebook: str, year: int):
        self.notebook, self.year = notebook, year
        self._facts: dict[str, Fact] = {}
        self._not_shown: dict[str, str] = {}

    def nothing_to_show(self, label: str, reason: str) -> None:
        """Declare that the notebook's cell ``label`` (fig-… or tbl-…) shows nothing in this release, and why.
        Published with the facts; the assembly checks that exactly the declared cells show nothing and records
        them in build.json (``not_shown``), where tests read what a release shows."""
        if not label.startswith(("fig-", "tbl-")) or not reason.strip():
            raise BuildError(f"{self.notebook}: nothing_to_show needs a fig-/tbl- label and a reason, not {label!r}")
        if self._not_shown.get(label, reason) != reason:
            raise BuildError(f"{self.notebook}: {label} is declared not shown for two different reasons")
        self._not_shown[label] = reason

    @property
    def not_shown(self) -> dict[str, str]:
        """The cells declared to show nothing, label -> reason, in label order."""
        return dict(sorted(self._not_shown.items()))

    def add(self, key: str, value: Any, unit: str, source: Source) -> Recorded | None:
        """Record a fact under a registered key pattern (hulplijnen.facts.keys) with that pattern's unit;
        a key recorded twice must keep its value. Returns the value as a template may use it."""
        keys.check(key, unit)
        if not isinstance(source, Source):
            raise BuildError(f"fact {key}: the source must be a facts.Source (file, table, selection)")
        if key in self._facts and self._facts[key].value != _clean(value):
            raise BuildError(f"fact {key} recorded twice with different values in {self.notebook}")
        self._facts[key] = Fact(key, _clean(value), unit, source)
        return self.get(key)

    def get(self, key: str) -> Recorded | None:
        """A recorded fact's value for a template; a key never recorded is an error."""
        if key not in self._facts:
            raise BuildError(f"fact {key} is not recorded in {self.notebook}")
        return recorded(key, self._facts[key].value)

    def values(self) -> dict[str, Any]:
        """Every recorded key with its value (what the text layer checks a template's values against)."""
        return {k: f.value for k, f in self._facts.items()}

    def records(self) -> list[dict[str, Any]]:
        return [asdict(f) for f in sorted(self._facts.values(), key=lambda f: f.key)]

    def publish(self) -> None:
        """Display the facts (and the data files and templates this kernel read, for the build cache)."""
        from IPython.display import display

        inputs = reads.inputs_read()  # the data files and the templates of its text
        payload = {
            "notebook": self.notebook,
            "year": self.year,
            "facts": self.records(),
            "inputs": inputs,
            "not_shown": self.not_shown,
        }
        display({MIME: payload}, raw=True)

    def __contains__(self, key: str) -> bool:
        return key in self._facts

    def __len__(self) -> int:
        return len(self._facts)


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        if not math.isfinite(value):  # missing, or no bound ("more than 91 %" has no upper one): JSON has neither
            return None
        return round(value, 6)
    return value


def _payloads(path: Path) -> list[dict[str, Any]]:
    nb = nbfile.read(path)  # shared: each payload is copied out
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if MIME in data:
                payload = data[MIME]
                found.append(json.loads(payload) if isinstance(payload, str) else copy.deepcopy(payload))
    return found


def facts_from_notebook(path: Path) -> list[dict[str, Any]]:
    return [fact for payload in _payloads(path) for fact in payload["facts"]]


def not_shown_in_notebook(path: Path) -> dict[str, str]:
    """The cells an executed notebook declares to show nothing (FactSheet.nothing_to_show), label -> reason."""
    found: dict[str, str] = {}
    for payload in _payloads(path):
        found.update(payload.get("not_shown", {}))
    return dict(sorted(found.items()))


def inputs_from_notebook(path: Path) -> dict[str, str]:
    """The input files the notebook's kernel read (path relative to the root -> SHA-256)."""
    inputs: dict[str, str] = {}
    for payload in _payloads(path):
        inputs.update(payload.get("inputs", {}))
    return inputs


def collect(notebooks: list[Path]) -> dict[str, dict[str, Any]]:
    """All facts of a year's executed notebooks, keyed; a key stated twice must agree."""
    merged: dict[str, dict[str, Any]] = {}
    for path in notebooks:
        for fact in facts_from_notebook(path):
            if fact["key"] in merged and merged[fact["key"]]["value"] != fact["value"]:
                raise BuildError(
                    f"fact {fact['key']} differs between notebooks ({merged[fact['key']]['value']} vs "
                    f"{fact['value']} in {path.name})"
                )
            merged[fact["key"]] = {**fact, "notebook": path.stem}
    return dict(sorted(merged.items()))


def write(facts: dict[str, dict[str, Any]], path: Path, year: int, synthetic: str | None = None) -> None:
    """figures.json: the year and every fact; ``synthetic`` (what a made-up release says of itself) at the top."""
    marked = {"synthetic": synthetic} if synthetic else {}
    path.write_text(
        json.dumps({"year": year, **marked, "facts": facts}, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        encoding="utf-8",
    )
