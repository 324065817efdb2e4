"""What a notebook starts and leaves behind ends with the build.

A kernel is killed the moment its task process dies (warm.die_with_parent), but a process the notebook
itself started (a server, a ``sleep`` in the background) would be adopted by init and run on. While
it builds, the build process is the *child subreaper* of everything it starts (Linux
PR_SET_CHILD_SUBREAPER): such orphans become its children, and when the build ends, however it ends
short of a SIGKILL of the build itself, every child it did not have before is killed and reaped.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

PR_SET_CHILD_SUBREAPER = 36
ROUNDS = 5  # a killed orphan's own children are adopted in turn: a few rounds end any chain of them


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (zombies included), from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
        if parent == pid:
            found.add(int(entry.name))
    return found


def _subreaper(on: bool) -> None:
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, int(on))


@contextlib.contextmanager
def end_with_the_build() -> Iterator[None]:
    """Adopt the orphans of everything started inside; at the end, kill the children that were not there
    before (the build's own ones, the zygote and Quarto, are gone by then)."""
    if not sys.platform.startswith("linux"):
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()  # started by the zygote's spawn otherwise; it outlives the build by design
    me = os.getpid()
    before = children(me)
    _subreaper(True)
    try:
        yield
    finally:
        try:
            for _ in range(ROUNDS):
                left = children(me) - before
                if not left:
                    break
                for pid in left:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                for pid in left:
                    with contextlib.suppress(ChildProcessError):
                        os.waitpid(pid, 0)
        finally:
            _subreaper(False)
