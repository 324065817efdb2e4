"""Where the time of one preview rebuild goes, from the save to the served page.

The preview starts a timeline when it hears of a save (``begin``, dated at the file's own modification
time); the build marks its phases on it as it goes (``phase``, ``span``; both do nothing when no timeline
runs, as in ``make report``), from any thread; ``end`` returns them and ``summary`` says them in one line:
each phase in the order it started, the time from save to page, and how much of it was neither a notebook's
analysis cells nor the Quarto render (what the preview's target is judged on, besides those two).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

ANALYSIS = "analysis"  # the phase of a notebook's analysis cells (all but the parameters and import cells)
RENDER = "render"  # the phase of the Quarto render


@dataclass(frozen=True)
class Span:
    name: str
    start: float  # time.perf_counter()
    end: float
    inner: bool = False  # a part of the span before it (a notebook's kernel start, its cells), not a phase of its own

    @property
    def seconds(self) -> float:
        return self.end - self.start


_lock = threading.Lock()
_spans: list[Span] | None = None
_start = 0.0


def begin(at: float | None = None) -> None:
    """Start a timeline at ``at`` (a time.perf_counter() value; default: now)."""
    global _spans, _start
    with _lock:
        _spans, _start = [], time.perf_counter() if at is None else at


def since_modified(mtime_ns: int) -> float:
    """The time.perf_counter() value of a file modification time (st_mtime_ns): when it was saved."""
    return time.perf_counter() - max(0.0, (time.time_ns() - mtime_ns) / 1e9)


def span(name: str, start: float, end: float | None = None, inner: bool = False) -> None:
    """Record a phase ``name`` from ``start`` to ``end`` (default: now), if a timeline runs."""
    end = time.perf_counter() if end is None else end
    with _lock:
        if _spans is not None:
            _spans.append(Span(name, start, end, inner))


@contextlib.contextmanager
def phase(name: str) -> Iterator[None]:
    """The block is the phase ``name`` (recorded when a timeline runs, even when the block fails)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        span(name, start)


def end() -> tuple[float, list[Span]]:
    """Stop the timeline: its start and its phases in the order they started, each followed by its parts
    (the inner spans recorded right after it)."""
    global _spans
    with _lock:
        spans, _spans = _spans or [], None
    groups: list[list[Span]] = []
    for s in spans:
        if s.inner and groups:
            groups[-1].append(s)
        else:
            groups.append([s])
    return _start, [s for group in sorted(groups, key=lambda g: g[0].start) for s in group]


def summary(start: float, spans: list[Span], finished: float | None = None) -> str:
    """One line: each phase (a notebook's parts in brackets), save to page, and what was outside the
    notebook's analysis and the render."""
    finished = time.perf_counter() if finished is None else finished
    total = finished - start
    shown, counted = [], 0.0
    for s in spans:
        text = f"{s.name} {s.seconds:.2f}"
        if s.inner and shown:
            shown[-1] = shown[-1][:-1] + f", {text})" if shown[-1].endswith(")") else shown[-1] + f" ({text})"
        else:
            shown.append(text)
        if s.name == RENDER or (s.inner and s.name == ANALYSIS):
            counted += s.seconds
    return f"{' · '.join(shown)}; save to page {total:.2f} s, besides analysis and render {total - counted:.2f} s"
