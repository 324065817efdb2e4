"""The notebook cache: re-execute a notebook only when something it depends on changed.

A cached run is valid when, by content hash (never by timestamp):

* its *static key* is unchanged: the notebook's source, the parameter values the build passes it
  (its subset of ``params/<release>.yml``), the Python and package versions, and this cache format; and
* every file it read has the same content: the data files its kernel read and the templates its
  chapter rendered (recorded by the notebook itself, see ``facts.publish``), the package modules its
  code imports (``deps.notebook_modules``, recorded by the build); and the list of files under
  ``data/`` is the same (so a table added or removed, which the notebook may look for, also
  invalidates it). Editing one chapter's template or module re-runs that chapter's notebooks only.

Only the last run per year and notebook is kept: the cache answers "is the output I have still
right?", it is not an archive.
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from ..config.digests import file_digest
from ..config.packages import ENVIRONMENT_PACKAGES  # r49: one package list, build.json's too (r50: light)
from ..config.paths import from_root

CACHE_FORMAT = "4"  # 4: every entry records its notebook's digest; modules and templates are files read


@cache
def environment_digest() -> str:
    """Python's and the packages' versions, read once per process (about 0.1 s a read): what a process runs is
    what it imported, so a preview that outlives an upgrade keeps the versions its warm kernels have."""
    versions = {name: metadata.version(name) for name in ENVIRONMENT_PACKAGES}
    return hashlib.sha256(json.dumps([platform.python_version(), versions], sort_keys=True).encode()).hexdigest()


def key_parts(source: Path, parameters: dict, environment: str) -> dict[str, str]:
    """The static part of a notebook run's identity, by kind of change."""
    return {
        "cache format": CACHE_FORMAT,
        "notebook source": file_digest(source),
        "parameters": hashlib.sha256(json.dumps(parameters, sort_keys=True, default=str).encode()).hexdigest(),
        "environment": environment,
    }


def notebook_key(parts: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    key: str
    parts: dict[str, str]
    reads: dict[str, str]  # path relative to the root -> SHA-256 when the notebook ran (data, templates, modules)
    listing: str  # listing_digest of data/ when the notebook ran
    seconds: float
    digest: str = ""  # SHA-256 of the cached notebook: a hand-edited or truncated copy is re-run


def stale_reads(reads: dict[str, str], root: Path) -> list[str]:
    """The recorded input files whose content is no longer what the notebook read."""
    stale = []
    for name, digest in reads.items():
        path = from_root(name, root)  # data/... and params/... wherever HULPLIJNEN_DATA/_PARAMS put them
        if not path.is_file() or file_digest(path) != digest:
            stale.append(name)
    return stale


class NotebookCache:
    def __init__(self, directory: Path, root: Path):
        self.directory, self.root = directory, root

    def _files(self, year: str, name: str) -> tuple[Path, Path]:
        folder = self.directory / str(year)
        return folder / f"{name}.ipynb", folder / f"{name}.json"

    def entry(self, year: str, name: str) -> Entry | None:
        notebook, record = self._files(year, name)
        if not (notebook.is_file() and record.is_file()):
            return None
        try:
            return Entry(**json.loads(record.read_text(encoding="utf-8")))
        except (ValueError, TypeError):
            return None  # a damaged record is a miss, never an error

    def why_stale(self, year: str, name: str, parts: dict[str, str], listing: str) -> str | None:
        """None when the cached run is valid; otherwise the reason it is not."""
        entry = self.entry(year, name)
        if entry is None:
            return "not run before"
        if entry.key != notebook_key(parts):
            changed = [kind for kind in parts if entry.parts.get(kind) != parts[kind]]
            return f"{', '.join(changed) or 'key'} changed"
        if entry.listing != listing:
            return "files were added to or removed from data/"
        notebook = self.notebook(year, name)
        if not entry.digest or file_digest(notebook) != entry.digest:
            return "the cached notebook was changed or damaged"
        stale = stale_reads(entry.reads, self.root)
        if stale:
            more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
            return f"{', '.join(stale[:3])}{more} changed"
        return None

    def notebook(self, year: str, name: str) -> Path:
        return self._files(year, name)[0]

    def store(self, year: str, name: str, executed: Path, entry: Entry) -> None:
        notebook, record = self._files(year, name)
        notebook.parent.mkdir(parents=True, exist_ok=True)
        record.unlink(missing_ok=True)  # the record is written last: a half-stored entry is a miss
        shutil.copy2(executed, notebook)
        entry = Entry(**{**asdict(entry), "digest": file_digest(notebook)})
        tmp = record.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(entry), indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(record)
