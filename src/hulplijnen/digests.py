"""Content hashes of files and folders (SHA-256; never a timestamp): what the cache, the up-to-date check,
the export stage and the disclosure ledger compare."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
