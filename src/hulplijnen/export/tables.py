"""The protected tables of an export as a notebook reads them (``PublishedTables``): the folder the export
stage (export/stage.py) wrote under ``_cache/exports/<id>/``, never a row of the export itself."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from ..config.paths import EXPORTS
from ..data.readcsv import read_text
from .disclosure import TOTAL, leaf_rows

AUDIT_LOG = "suppression_log.csv"
TIMINGS = "timings.json"  # waiting, patience and conversation length (export/timings.py), when the export has them
LOGGED_IN = "logged_in_by_weekday_hour.csv"


def folder(year: int, spec: dict, k: int) -> Path:
    """The tables' folder: a hash of the year, the export as the notebooks get it (a synthetic spec, or a
    path export's fingerprint) and k, so a notebook finds it from its own parameters."""
    ident = hashlib.sha256(json.dumps([year, spec, k], sort_keys=True).encode()).hexdigest()[:16]
    return EXPORTS / ident


def _read(path: Path) -> pd.DataFrame:
    """A table the export stage wrote, registered as read (the notebook cache tracks it)."""
    import io

    text, problems = read_text(path)
    if text is None:
        raise FileNotFoundError(f"{path}: {problems[0].message}; run the build (make report) to create it")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


class PublishedTables:
    """What a notebook gets of an export: the protected tables, never a row."""

    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def of(cls, year: int, export: dict, k: int) -> PublishedTables:
        return cls(folder(year, export, k))

    def cells(self, name: str) -> pd.DataFrame:
        """Every cell of a table, totals included (dimension value TOTAL at a total); count NA where suppressed."""
        frame = _read(self.folder / "cells" / f"{name}.csv")
        frame["count"] = pd.to_numeric(frame["count"].replace("", None)).astype("Int64")
        frame["suppressed"] = frame["suppressed"] == "True"
        return frame

    def cell(self, name: str, **where: str) -> int | None:
        """One cell: give a value for some dimensions; the others are taken at their total."""
        frame = self.cells(name)
        dims = [c[: -len("_level")] for c in frame.columns if c.endswith("_level")]
        mask = pd.Series(True, index=frame.index)
        for dim in dims:
            mask &= frame[dim] == where.get(dim, TOTAL)
        value = frame.loc[mask, "count"]
        if len(value) != 1:
            raise KeyError(f"{name}: no single cell for {where}")
        return None if pd.isna(value.iloc[0]) else int(value.iloc[0])

    def leaves(self, name: str) -> pd.DataFrame:
        return leaf_rows(self.cells(name))

    def audit_log(self) -> pd.DataFrame:
        return _read(self.folder / AUDIT_LOG)

    def has(self, name: str) -> bool:
        """Whether the export gave this table (the timing tables need the optional timing columns)."""
        return (self.folder / "cells" / f"{name}.csv").is_file()

    def timings(self) -> dict | None:
        """Waiting, patience and conversation length (export/timings.py); None without timing columns."""
        path = self.folder / TIMINGS
        if not path.is_file():
            return None
        text, problems = read_text(path)
        if text is None:
            raise FileNotFoundError(f"{path}: {problems[0].message}")
        return json.loads(text)

    def logged_in(self) -> pd.DataFrame | None:
        """Counsellor-hours logged in per weekday x hour band, with the hours of each in the year."""
        if not (self.folder / LOGGED_IN).is_file():
            return None
        frame = _read(self.folder / LOGGED_IN)
        return frame.astype({"hours": int, "counsellor_hours": float})
