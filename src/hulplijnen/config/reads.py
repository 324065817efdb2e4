"""What this process read: every data file (data/readcsv.py) and every text template (text.py), by path
relative to the repository root, with the SHA-256 of the bytes read. A notebook publishes both with its
facts (``facts.FactSheet.publish``), so the build's cache knows exactly which inputs a notebook depends on
and re-runs it when the data or the text of its chapter changes."""

from __future__ import annotations

import hashlib

_FILES: dict[str, str] = {}
_TEMPLATES: dict[str, str] = {}


def file_read(name: str, raw: bytes) -> None:
    _FILES[name] = hashlib.sha256(raw).hexdigest()


def template_read(name: str, raw: bytes) -> None:
    _TEMPLATES[name] = hashlib.sha256(raw).hexdigest()


def inputs_read() -> dict[str, str]:
    """The data files, then the templates, read so far in this process (each in path order)."""
    return {**dict(sorted(_FILES.items())), **dict(sorted(_TEMPLATES.items()))}
