"""The one way to read a YAML file (params/<release>.yml, data/provenance.yml): bounded in size,
UTF-8 only, no anchors or aliases (no alias bombs), no duplicate keys, no custom tags; problems
name the file, the line and the column."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem
from .paths import relative_to_root

MAX_BYTES = 256 * 1024  # a params or provenance file is a few kilobytes
_PARSED: dict[Path, tuple[bytes, Any]] = {}  # path -> (its bytes, their parse): a long-lived process (a preview)
# parses a file again only when its content changed; by content, never by a timestamp


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses anchors, aliases and duplicate keys."""

    def compose_node(self, parent, index):  # noqa: ANN001 (PyYAML's signature)
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed", event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(None, None, "anchors (&name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # noqa: ANN001
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.MarkedYAMLError(
                    None, None, f"the key '{key}' appears twice (first on line {seen[key]})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def load(path: Path) -> tuple[Any, list[Problem]]:
    """The parsed content of a YAML file, or the problems that prevent reading it."""
    file = relative_to_root(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(file, None, None, "unreadable", f"cannot read the file: {exc.strerror}")]
    if len(data) > MAX_BYTES:
        return None, [Problem(file, None, None, "too_large", f"the file is larger than {MAX_BYTES // 1024} KB")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [
            Problem(file, line, None, "encoding", f"not UTF-8 (byte {exc.start + 1}); save the file as UTF-8")
        ]
    known = _PARSED.get(path)
    if known is not None and known[0] == data:
        return copy.deepcopy(known[1]), []  # a copy: a caller may change what it got
    try:
        parsed = yaml.load(text, Loader=_Loader)  # noqa: S506 (_Loader is a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = "" if mark is None else f" (column {mark.column + 1})"
        message = str(getattr(exc, "problem", None) or exc).splitlines()[0][:200]
        line = None if mark is None else mark.line + 1
        return None, [Problem(file, line, None, "yaml", f"not valid YAML: {message}{where}")]
    except ValueError as exc:  # an impossible date such as 2021-02-30
        return None, [Problem(file, None, None, "yaml", f"not valid YAML: {str(exc)[:200]}")]
    _PARSED[path] = (data, parsed)
    return copy.deepcopy(parsed), []
