"""The export stage of the build: export (or synthetic spec) in, protected tables out.

It runs before Papermill. The notebooks never see row-level data: they read the protected tables
this stage writes to ``_cache/exports/<id>/`` (through ``export/tables.py``), where ``<id>`` is a
hash of the year, the export spec and k (so a notebook finds the folder from its own parameters):
``cells/<table>.csv`` (every cell with its totals, what the notebooks read) and ``<table>.csv`` (the
leaves as tidy tables, the five of data/ in data/'s schemas, for analysts who want them as files). The stage
is skipped when the export's bytes, the spec, k, the codebooks and this package's code are unchanged.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
from pathlib import Path

from ..config.digests import file_digest, tree_digest
from ..config.params import ContactExport, export_folder
from ..config.paths import CODEBOOKS, PACKAGE
from . import aggregate, ledger, read, synthetic, tables, timings
from .tables import AUDIT_LOG, LOGGED_IN, TIMINGS

PUBLICATION = "publication.json"  # what the release publishes from the export, for the ledger
MANIFEST = "manifest.json"  # SHA-256 of every file the stage wrote


def reference(export: ContactExport) -> dict:
    """The export as the notebooks get it: a synthetic spec as it is, a path export by its fingerprint."""
    return ledger.export_ref(export) if export.path is not None else export.model_dump(mode="json")


def tables_dir(year: int, export: ContactExport | dict, k: int) -> Path:
    return tables.folder(year, export if isinstance(export, dict) else reference(export), k)


def _key(year: int, export: ContactExport, k: int, earlier: list[ledger.Publication]) -> str:
    parts = [
        json.dumps([year, reference(export), k], sort_keys=True),
        tree_digest(PACKAGE, "**/*.py"),
        tree_digest(CODEBOOKS),
        ledger.text(earlier),  # what was published before changes what may be published now
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def prepare(
    year: int,
    export: ContactExport,
    k: int,
    threads: int | None = None,
    release: str = "",
    helpline: str = "",
    pending: tuple = (),
) -> Path:
    """Read, validate, aggregate and protect the export, jointly with everything published before from
    the same year and helpline (export.ledger); write the published tables and the publication to
    record when the release is published. ``pending``: (scope, publication) of releases this build prepared
    before (not yet in the ledger, protected against all the same). Returns the folder.

    Raises ExportError (bad export, naming file, line and column) or DisclosureError."""
    target = tables_dir(year, export, k)
    earlier = []
    if export.path is not None:  # a synthetic export holds no person: it has no ledger
        fp = reference(export)["fingerprint"]
        name = ledger.scope(year, helpline)
        published_before = [*ledger.read(name), *(p for s, p in pending if s == name)]
        earlier = ledger.earlier(published_before, release, fp, k, export.corrects)
    key = _key(year, export, k, earlier)
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
        published = ledger.guarded(release, earlier, k, lambda joint: aggregate.publishable(con, year, k, joint))
        measured, logged_in = timings.measure(con, k), timings.logged_in_by_weekday_hour(con, year)
        con.close()
        protection = published.protection
        if export.path is not None:
            # the release is named when it is recorded: releases reading the same export and k share this folder
            record = ledger.publication("", fp, protection.k, protection.values, protection.suppressed)
            (work / PUBLICATION).write_text(json.dumps({"scope": name, "rows": ledger.text([record])}))
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


def publication(release: str, year: int, export: ContactExport, k: int) -> tuple[str, ledger.Publication] | None:
    """(scope, publication) of what ``release`` publishes from its export (None for a synthetic export)."""
    if export.path is None:
        return None
    pending = json.loads((tables_dir(year, export, k) / PUBLICATION).read_text())
    (record,) = ledger.read_text(pending["rows"])
    return pending["scope"], dataclasses.replace(record, release=release)


def record_publication(release: str, year: int, export: ContactExport, k: int) -> bool:
    """Add what a release publishes from its export to the disclosure ledger; call once the release is
    published. True when the ledger changed (the analyst commits it)."""
    found = publication(release, year, export, k)
    return found is not None and ledger.record(*found)


def _intact(folder: Path) -> bool:
    """Every file the stage wrote is still there with the same content (a truncated or edited
    table is re-made, never published)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        return all((folder / f).is_file() and file_digest(folder / f) == d for f, d in manifest.items())
    except (OSError, ValueError, AttributeError):
        return False
