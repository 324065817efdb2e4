"""A stop ends the process in bounded time.

After Ctrl-C or SIGTERM the build (or the preview) stops its renders, its zygote and its kernels, removes its
staging folder and exits with 130 or 143. Each of those steps waits on something outside this process: a
render thread on Quarto's output, the zygote on being reaped, the live-reload server on its thread. Should
one of them never end, the stop must still end the process: ``arm`` marks the first stop, and when the
cleanup has not returned within GRACE_S seconds a watching thread says where the process waited (every
thread's stack, no data), ends what the process started and leaves with the stop's exit code. The normal
path disarms it (``disarm``) once the cleanup returned.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import threading
import time

GRACE_S = 60.0  # seconds the cleanup after a stop may take (a loaded machine takes a few)
TERM_S = 2.0  # seconds the started processes get after SIGTERM, before SIGKILL
LATE = "did not end within"  # in the line the timer writes (tests look for it)


class _Watch:
    """A thread started before any stop (starting one inside a signal handler could wait forever for a lock
    the interrupted code holds): at a stop it gives the cleanup ``seconds``, then ends the process."""

    def __init__(self) -> None:
        self.heard, self.done = threading.Event(), threading.Event()
        self.said, self.code, self.seconds = "", 0, GRACE_S
        threading.Thread(target=self._run, name="stop-grace", daemon=True).start()

    def _run(self) -> None:
        self.heard.wait()
        if not self.done.wait(self.seconds):
            _force(self.said, self.code, self.seconds)


_watch: _Watch | None = None


def watch() -> None:
    """Before a command runs: the thread that will time its cleanup after a stop."""
    global _watch
    disarm()
    _watch = _Watch()


def arm(said: str, code: int, seconds: float = GRACE_S) -> None:
    """At the first stop (in the signal handler: it only sets an event): leave with ``code`` after ``seconds``
    unless ``disarm`` comes first; ``said`` is the stop's one line, written then as the normal path writes it."""
    if _watch is None or _watch.heard.is_set():
        return
    _watch.said, _watch.code, _watch.seconds = said, code, seconds
    _watch.heard.set()


def disarm() -> None:
    """The command returned (after a stop, its cleanup did): the thread ends without doing anything."""
    global _watch
    if _watch is not None:
        _watch.done.set()
        _watch.heard.set()
        _watch = None


def _force(said: str, code: int, seconds: float) -> None:
    from .orphans import children

    err = sys.stderr
    with contextlib.suppress(OSError, ValueError):
        err.write(f"the cleanup after the stop {LATE} {seconds:.0f} s; where it waited:\n")
        err.flush()
        faulthandler.dump_traceback(file=err, all_threads=True)
    me = os.getpid()
    for signum in (signal.SIGTERM, signal.SIGKILL):  # diewith ends Quarto's group on SIGTERM; the zygote's
        left = children(me)  # processes and the kernels die with it (PR_SET_PDEATHSIG)
        for pid in left:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signum)
        deadline = time.monotonic() + TERM_S
        while left and time.monotonic() < deadline:
            left = {pid for pid in left if _running(pid)}
            time.sleep(0.05)
    with contextlib.suppress(OSError, ValueError):
        err.write(said + "\n")
        err.flush()
        sys.stdout.flush()
    os._exit(code)


def _running(child: int) -> bool:
    """Whether ``child`` still runs (reaped here when it ended)."""
    try:
        return os.waitpid(child, os.WNOHANG)[0] == 0
    except ChildProcessError:  # reaped elsewhere (a Popen's wait), or not a child
        return False
