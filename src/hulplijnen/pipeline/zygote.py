"""The zygote: the process that imported the heavy modules once (warm.py) and forks a task process per
notebook run, up to ``jobs`` at a time. A task process starts its kernel (kernels.ready) and then waits for
its run (execute.run); a preview keeps one waiting for the next save (a spare, ``Zygote.prepare``).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..config.errors import BuildError
from .execute import Outcome, Task, run


class Zygote:
    """The process that imported the heavy modules once (warm.py) and forks a process per notebook
    run, up to ``jobs`` at a time. Start it early: it loads while validation and the export stage run."""

    def __init__(self, cwd: Path, jobs: int | None = None, code: dict[str, str] | None = None):
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.code = code or {}  # the package's files as it imports them (deps.snapshot), taken before it starts
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: no copy of the build's state
        self._conn, theirs = context.Pipe()
        self.folder = tempfile.mkdtemp(prefix=f"hulplijnen-{os.getpid()}-")  # the kernels' sockets
        args = (theirs, str(cwd), self.jobs, self.folder, os.getpid())
        self._process = context.Process(target=_serve, args=args, daemon=True)
        self._process.start()
        theirs.close()
        self._submitted, self._outcomes = 0, {}

    def submit(self, tasks: list[Task]) -> None:
        """Queue more runs; the zygote starts them as places free up, after those queued before."""
        if tasks:
            self._send([(self._submitted + n, task) for n, task in enumerate(tasks)])
            self._submitted += len(tasks)

    def collect(self, on_done=None) -> list[Outcome]:
        """Wait for every run submitted so far; ``on_done`` hears of each as it finishes (it may submit
        more, which are waited for too); the outcomes in submission order."""
        while len(self._outcomes) < self._submitted:
            try:
                index, outcome = self._conn.recv()
            except (EOFError, OSError):
                raise BuildError("the process running the notebooks died; run the build again") from None
            self._outcomes[index] = outcome
            if on_done:
                on_done(outcome)
        return [self._outcomes[n] for n in range(self._submitted)]

    def run_all(self, tasks: list[Task], on_done=None) -> list[Outcome]:
        """Run ``tasks`` (and wait for anything submitted before); their outcomes in task order."""
        first = self._submitted
        self.submit(tasks)
        return self.collect(on_done)[first:]

    def prepare(self, spares: int = 1) -> None:
        """From now on keep ``spares`` task processes waiting with a kernel that answers, for the next runs (a
        preview asks once): a run given to one pays neither the fork nor the handshake (kernels.py). A new one
        is forked whenever no run is queued or running: as soon as a build's notebooks ran, while it renders."""
        self._send(spares)

    def _send(self, message) -> None:
        try:
            self._conn.send(message)
        except OSError:
            raise BuildError("the process running the notebooks died; run the build again") from None

    def close(self) -> None:
        """Stop the zygote (idle between runs, or still preloading: there is nothing to wait for). It is
        killed, not asked: an interpreter holding pandas & co takes about a second to tear down, for nothing.
        Task processes still running (a build that stops early) are killed as it dies, and their kernels
        as they die (warm.die_with_parent); the socket folder goes next."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve(conn, cwd: str, jobs: int, folder: str, parent: int) -> None:
    """The zygote: preload, then fork one task process per notebook run, ``jobs`` at a time."""
    import sys

    from . import kernels, warm

    warm.die_with_parent(parent)
    os.chdir(cwd)
    sys.path[:] = _fresh_sys_path()  # not the build's: a kernel never sees where the build was started
    os.environ[kernels.KERNEL_FOLDER] = folder
    os.environ.setdefault("MPLBACKEND", "agg")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # debugpy's warning about frozen modules
    warm.preload()
    _fork_each(conn, cwd, jobs)


def _fresh_sys_path() -> list[str]:
    """The module search path of a new interpreter of this Python, as a kernel started anew has it."""
    import json
    import subprocess
    import sys

    probe = "import json, sys; print(json.dumps(sys.path[1:]))"  # [0] is the '' of -c
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _fork_each(conn, cwd: str, jobs: int) -> None:
    """Give each queued run to a task process, ``jobs`` at a time, in the order they were queued; send each
    (index, Outcome) back as it finishes. A task process starts its kernel first and then waits for its run:
    one forked for a run gets it at once; an int n forks up to n *spares* ahead of any run (a preview's next
    save finds its kernel answering), once the zygote has imported all it preloads. Runs arrive in batches
    at any time; None stops."""
    from multiprocessing.connection import wait

    from . import warm

    waiting, running, spares, later, first, keep = [], {}, [], [], True, 0

    def fork() -> Worker:  # the child closes every connection the zygote holds
        held = [conn, *(e for w in [*running, *spares] for e in (w.outcomes, w.runs))]
        return _fork_task(cwd, held)

    while True:
        idle = not waiting and not running
        more = later or (idle and len(spares) < keep)  # work of its own to do: do not block on the connections
        for ready in wait([conn, *(w.outcomes for w in running)], timeout=0 if more else None):
            if ready is conn:
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    return
                if message is None:
                    return
                if isinstance(message, int):
                    keep = message
                else:
                    waiting.extend(message)
                if first:  # the first runs are forked before anything else is imported
                    later, first = list(warm.LATER), False
                continue
            worker = next(w for w in running if w.outcomes is ready)
            index, task = running.pop(worker)
            try:
                outcome = ready.recv()
            except (EOFError, OSError):
                outcome = Outcome(task, 0.0, "the process running this notebook died before it finished")
            conn.send((index, outcome))  # on its way before the task process has stopped its kernel
            worker.close()
        while waiting and len(running) < jobs:
            index, task = waiting.pop(0)
            worker, spare = (spares.pop(0), True) if spares else (fork(), False)
            try:
                worker.runs.send((task, time.perf_counter(), spare))
            except OSError:  # a spare that died meanwhile: a new task process instead
                worker.close()
                worker = fork()
                worker.runs.send((task, time.perf_counter(), False))
            running[worker] = (index, task)
        if later:  # between forks: what only some notebooks use, for the runs forked from now on
            warm.preload((later.pop(0),))
        elif not waiting and not running and len(spares) < keep:
            spares.append(fork())


@dataclass(frozen=True)
class Worker:
    """A task process as the zygote sees it: the pipe its outcome comes back on, the one its run goes out on."""

    outcomes: object
    runs: object
    pid: int

    def close(self) -> None:
        self.outcomes.close()
        self.runs.close()
        os.waitpid(self.pid, 0)


def _fork_task(cwd: str, held: list) -> Worker:
    """Fork a task process (two one-way pipes: a kernel forked from it can be checked to hold neither)."""
    from multiprocessing.connection import Pipe

    run_in, run_out = Pipe(duplex=False)
    outcome_in, outcome_out = Pipe(duplex=False)
    zygote = os.getpid()
    pid = os.fork()
    if pid == 0:
        _task_main(cwd, run_in, outcome_out, [run_out, outcome_in, *held], zygote)
    run_in.close()
    outcome_out.close()
    return Worker(outcome_in, run_out, pid)


def _task_main(cwd: str, runs, outcomes, inherited: list, zygote: int) -> None:
    """A forked task process: start a kernel (a fork of this warm process, answering), then wait for a
    run; run the notebook on it, send the Outcome, exit. Without a run (the zygote ended), just exit."""
    from . import kernels, warm

    born, code, task, kernel = time.perf_counter(), 0, None, None
    try:
        for c in inherited:  # the zygote's connections are not this process's to hold open
            c.close()
        warm.die_with_parent(zygote)
        try:
            kernel = kernels.ready(cwd, private=(runs.fileno(), outcomes.fileno()))
        except Exception:  # noqa: BLE001 (the run starts a plain kernel, and says why when that fails too)
            kernel = None
        try:
            task, sent, spare = runs.recv()
        except (EOFError, OSError):
            if kernel is not None:
                kernel.stop()
            os._exit(0)
        outcome = run(task, Path(cwd), kernel, max(born, sent), spare and kernel is not None)
    except BaseException as exc:  # noqa: BLE001 (reported as the run outcome, never lost)
        outcome = Outcome(task, 0.0, f"the notebook run stopped: {type(exc).__name__}: {exc}")
    try:
        outcomes.send(outcome)
        if kernel is not None:  # after the outcome: the build goes on while the kernel shuts down
            kernel.stop()
    except BaseException:  # noqa: BLE001
        code = 1
    finally:
        os._exit(code)


def clean_stale_kernels() -> list[str]:
    """Remove the socket folders of builds that are no longer running (a killed build leaves its own)."""
    from .publish import remove_stale

    return remove_stale(Path(tempfile.gettempdir()), re.compile(r"hulplijnen-(\d+)-.+"))


def run_all(tasks: list[Task], cwd: Path, jobs: int | None = None, on_done=None, zygote: Zygote | None = None):
    """Run every task, up to ``jobs`` at a time (default: the number of cores), each on its own warm
    kernel forked from ``zygote`` (started here when none is given); results in task order."""
    if not tasks:
        return []
    if zygote is not None:
        return zygote.run_all(tasks, on_done)
    with Zygote(cwd, min(jobs or os.cpu_count() or 1, len(tasks))) as own:
        return own.run_all(tasks, on_done)
