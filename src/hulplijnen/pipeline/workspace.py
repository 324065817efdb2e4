"""Where a build reads and writes, what it did, and how it says so."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..config.paths import CACHE, NOTEBOOKS, OUTPUT, ROOT, STAGING
from .cache import NotebookCache
from .execute import Outcome


@dataclass(frozen=True)
class Workspace:
    """Where a build reads notebooks and writes its output, staging and cache (tests use their own)."""

    output: Path = OUTPUT
    staging: Path = STAGING
    cache: Path = CACHE
    notebooks: Path = NOTEBOOKS

    def notebook_cache(self) -> NotebookCache:
        return NotebookCache(self.cache / "notebooks", ROOT)

    def release_output(self, release: str) -> Path:
        """_output/<release>/, where a release is a params file's name: '2021' or '2021-tele-onthaal'."""
        return self.output / str(release)


@dataclass
class Summary:
    """What a build did, for the log and for tests and benchmarks."""

    executed: list[tuple[str, str]] = field(default_factory=list)
    cached: list[tuple[str, str]] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    up_to_date: list[str] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)


_LOG = threading.Lock()  # renders log from their own threads: one line at a time


def log(message: str) -> None:
    with _LOG:
        print(message, flush=True)
