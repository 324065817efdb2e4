"""Content hashes of files and folders (SHA-256; never a timestamp): what the cache, the up-to-date check,
the export stage and the disclosure ledger compare.

A long-lived process (``make preview``) hashes the same unchanged files on every save; it remembers a file's
digest with the file's identity and change times (as git's index does: inode, size, modification and
status-change time in nanoseconds) and reads the file again when any of them moved. The status-change
time moves with every write and cannot be set back; a file changed in the last second is not remembered
(two writes within one tick of the file system's clock could leave its times as they were).
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

SETTLED_NS = 1_000_000_000  # a file unchanged for this long is remembered with its times
_KNOWN: dict[str, tuple[tuple[int, ...], str]] = {}


def file_digest(path: Path) -> str:
    status = os.stat(path)
    identity = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    key = os.fspath(path)
    known = _KNOWN.get(key)
    if known is not None and known[0] == identity:
        return known[1]
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) > SETTLED_NS:
        _KNOWN[key] = (identity, digest)
    return digest


def tree_digest(root: Path, pattern: str = "**/*") -> str:
    """One hash over the relative path and content of every file under ``root`` matching ``pattern``."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + file_digest(path).encode() + b"\n")
    return h.hexdigest()


def listing_digest(root: Path) -> str:
    """A hash of the names (not contents) of every file under ``root``."""
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return hashlib.sha256("\n".join(names).encode()).hexdigest()
