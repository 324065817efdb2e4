"""Executed notebooks as the build reads them: each file parsed once per content.

Assembling a release passes over its staged notebooks several times (captions, facts, figure files, alt
texts, the appendix), and a preview assembles on every save, mostly notebooks that did not change. ``read``
parses a notebook file only when its bytes differ from the last parse of that path; a reader that changes
nothing shares that parse, one that changes what it reads asks for its own copy (``own=True``) and writes
it with ``write``. Content decides, never a timestamp.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import nbformat

_PARSED: dict[str, tuple[bytes, object]] = {}  # path -> (its bytes, their parse)


def read(path: Path, own: bool = False):
    """The notebook at ``path`` (nbformat 4). Shared with other readers unless ``own``: do not change it."""
    data = Path(path).read_bytes()
    key = os.fspath(path)
    known = _PARSED.get(key)
    if known is not None and known[0] == data:
        node = known[1]
    else:
        node = nbformat.reads(data.decode("utf-8"), as_version=4)
        _PARSED[key] = (data, node)
    return copy.deepcopy(node) if own else node


def write(node, path: Path) -> None:
    """Write a notebook read with ``own=True`` (the next ``read`` parses what was written)."""
    _PARSED.pop(os.fspath(path), None)
    nbformat.write(node, path)
