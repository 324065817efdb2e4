"""The export stage of the build: export (or synthetic spec) in, protected tables out.

It runs before Papermill. The notebooks never see row-level data: they read the protected tables
this stage writes to ``_cache/exports/<id>/``, where ``<id>`` is a hash of the year, the export
spec and k (so a notebook finds the folder from its own parameters): ``cells/<table>.csv`` (every
cell with its totals, what the notebooks read) and ``<table>.csv`` (the leaves as tidy tables, the
five of data/ in data/'s schemas, for analysts who want them as files). The stage is skipped when
the export's bytes, the spec, k, the codebooks and this package's code are unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pandas as pd

from ..cache import file_digest, tree_digest
from ..data.readcsv import read_text
from ..params import ContactExport, export_folder
from ..paths import CODEBOOKS, EXPORTS, PACKAGE
from . import aggregate, read, synthetic, timings
from .disclosure import TOTAL, leaf_rows

AUDIT_LOG = "suppression_log.csv"
TIMINGS = "timings.json"  # waiting, patience and conversation length (export/timings.py), when the export has them
LOGGED_IN = "logged_in_by_weekday_hour.csv"
MANIFEST = "manifest.json"  # SHA-256 of every file the stage wrote


def tables_dir(year: int, export: ContactExport | dict, k: int) -> Path:
    spec = export if isinstance(export, dict) else export.model_dump(mode="json")
    ident = hashlib.sha256(json.dumps([year, spec, k], sort_keys=True).encode()).hexdigest()[:16]
    return EXPORTS / ident


def _key(year: int, export: ContactExport, k: int) -> str:
    parts = [
        json.dumps([year, export.model_dump(mode="json"), k], sort_keys=True),
        tree_digest(PACKAGE, "**/*.py"),
        tree_digest(CODEBOOKS),
    ]
    if export.path is not None:
        files = read.locate(export_folder(export))
        parts += [file_digest(files.contacts), file_digest(files.possible_victims)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def prepare(year: int, export: ContactExport, k: int, threads: int | None = None) -> Path:
    """Read, validate, aggregate and protect the export; write the published tables. Returns the folder.

    Raises ExportError (bad export, naming file, line and column) or DisclosureError."""
    target = tables_dir(year, export, k)
    key = _key(year, export, k)
    stamp = target / "key.txt"
    if stamp.is_file() and stamp.read_text() == key and _intact(target):
        return target
    work = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        if export.synthetic is not None:
            files = synthetic.write(work / "source", export.synthetic.seed, export.synthetic.rows, ("parquet",))[
                "parquet"
            ]
        else:
            files = read.locate(export_folder(export))
        con = read.connect(threads)
        read.read_export(con, files, year)
        published = aggregate.publishable(con, year, k)
        measured, logged_in = timings.measure(con, k), timings.logged_in_by_weekday_hour(con, year)
        con.close()
        shutil.rmtree(work / "source", ignore_errors=True)  # row-level data is not kept
        for name, frame in published.tables.items():
            frame.to_csv(work / f"{name}.csv", index=False)
        (work / "cells").mkdir()
        for name in published.protection.tables:
            published.protection.cells(name).to_csv(work / "cells" / f"{name}.csv", index=False)
        published.protection.audit_log().to_csv(work / AUDIT_LOG, index=False)
        if measured is not None:
            (work / TIMINGS).write_text(json.dumps(measured, indent=1, sort_keys=True))
        if logged_in is not None:
            logged_in.to_csv(work / LOGGED_IN, index=False)
        files = sorted(p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file())
        (work / MANIFEST).write_text(json.dumps({f: file_digest(work / f) for f in files}, indent=1, sort_keys=True))
        (work / "key.txt").write_text(key)
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _intact(folder: Path) -> bool:
    """Every file the stage wrote is still there with the same content (a truncated or edited
    table is re-made, never published)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        return all((folder / f).is_file() and file_digest(folder / f) == d for f, d in manifest.items())
    except (OSError, ValueError, AttributeError):
        return False


def _read(path: Path) -> pd.DataFrame:
    """A table this stage wrote, registered as read (the notebook cache tracks it)."""
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
        return cls(tables_dir(year, export, k))

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
