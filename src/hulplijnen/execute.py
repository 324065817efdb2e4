"""Execute notebooks with Papermill, several at a time, without kernel start-up races.

Each notebook runs in its own process with its own fresh kernel, both forked from a process that
imported the heavy modules once (the zygote; see warm.py), so no notebook pays for kernel start-up
and imports again. The kernel talks to Papermill
over IPC sockets in a private temporary folder instead of TCP ports: two kernels started at the
same moment cannot pick the same port (the race behind the "address already in use" and
"kernel didn't respond" failures Papermill users report with parallel runs). A kernel that
fails to start is retried; an error inside a cell is not (it would fail again).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BuildError

KERNEL = "python3"
START_ATTEMPTS = 3
KERNEL_FOLDER = "HULPLIJNEN_KERNELS"  # where a build's kernels keep their sockets (one folder, removed at the end)


@dataclass(frozen=True)
class Task:
    year: str
    name: str
    source: Path
    target: Path
    parameters: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    task: Task
    seconds: float
    error: str | None = None  # "ExceptionName: message" when a cell failed
    cell: int | None = None  # execution count of the failing cell
    cell_seconds: float = 0.0  # time spent inside cells; the rest is kernel start-up and overhead

    @property
    def ok(self) -> bool:
        return self.error is None


def _kernel_manager(folder: str):
    """An asynchronous kernel manager: with it, Papermill notices a kernel that dies inside a cell
    (a blocking client would wait for the kernel's reply for ever). Sockets and the connection file
    live in ``folder``, which the caller removes."""
    from jupyter_client.manager import AsyncKernelManager

    return AsyncKernelManager(
        kernel_name=KERNEL,
        transport="ipc",
        ip=os.path.join(folder, "kernel"),
        connection_file=os.path.join(folder, "kernel.json"),
    )


def _stop_kernel(km, warm: bool) -> None:
    """Shut the kernel down (a kernel manager passed to Papermill is ours to shut down), including a
    forked kernel Papermill never adopted because it failed before starting it."""
    from jupyter_core.utils import run_sync

    if km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)
    elif warm and km.provisioner is not None and km.provisioner.forked is not None:
        km.provisioner.forked.kill()
        km.provisioner.forked.wait()
    run_sync(km.cleanup_resources)()


def _cell_seconds(path: Path) -> float:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return round(sum(c.metadata.get("papermill", {}).get("duration") or 0.0 for c in nb.cells), 3)


def run(task: Task, cwd: Path, warm: bool = False, private: tuple[int, ...] = ()) -> Outcome:
    """Execute one notebook; never raises for a failing cell (the Outcome says so). With ``warm``
    (in a task process forked from the zygote), the kernel is a fork of this process (warm.py) that
    does not hold the file descriptors ``private``; otherwise jupyter_client starts a new
    ``python -m ipykernel_launcher``."""
    import papermill as pm
    from nbclient.exceptions import DeadKernelError

    os.environ.setdefault("MPLBACKEND", "agg")
    task.target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for attempt in range(1, START_ATTEMPTS + 1):
        folder = tempfile.mkdtemp(prefix="hk", dir=os.environ.get(KERNEL_FOLDER))  # short: socket paths are limited
        km = _kernel_manager(folder)
        forked = warm and attempt == 1  # a retry starts a plain kernel: this process is no longer a clean copy
        if forked:
            from .warm import fork_kernel

            fork_kernel(km, str(cwd), private)
        try:
            pm.execute_notebook(
                str(task.source),
                str(task.target),
                parameters=task.parameters,
                kernel_name=KERNEL,
                progress_bar=False,
                request_save_on_cell_execute=False,  # one write at the end, not one per cell
                log_output=False,
                cwd=str(cwd),
                km=km,
            )
            break
        except pm.PapermillExecutionError as exc:
            return Outcome(
                task,
                time.perf_counter() - started,
                f"{exc.ename}: {exc.evalue}",
                exc.exec_count,
                _cell_seconds(task.target),
            )
        except DeadKernelError as exc:  # the kernel died inside a cell: it would die again
            return Outcome(task, time.perf_counter() - started, f"the kernel died while running the notebook: {exc}")
        except RuntimeError as exc:  # kernel died or did not answer while starting
            if attempt == START_ATTEMPTS:
                return Outcome(task, time.perf_counter() - started, f"kernel failed to start {attempt} times: {exc}")
        finally:
            _stop_kernel(km, forked)
            shutil.rmtree(folder, ignore_errors=True)
    normalise(task.target, task.source, cwd)
    return Outcome(task, time.perf_counter() - started, cell_seconds=_cell_seconds(task.target))


def normalise(target: Path, source: Path, root: Path) -> None:
    """Make an executed notebook depend only on its inputs, apart from the timing fields (the
    ``start_time``, ``end_time`` and ``duration`` that Papermill records per cell and per notebook,
    and ``execution`` timestamps in cell metadata): the parameters cell Papermill injects gets a
    fixed id instead of a random one, and the paths Papermill records are relative to the project
    (never the staging folder, whose name holds the build's process id)."""
    import nbformat

    nb = nbformat.read(target, as_version=4)
    for index, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = f"injected-parameters-{index}"
    record = nb.metadata.get("papermill", {})
    for key in ("input_path", "output_path"):
        if key in record:
            record[key] = f"notebooks/{source.name}"
    nbformat.write(nb, target)


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

    from . import warm

    warm.die_with_parent(parent)
    os.chdir(cwd)
    sys.path[:] = _fresh_sys_path()  # not the build's: a kernel never sees where the build was started
    os.environ[KERNEL_FOLDER] = folder
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
    """Fork a task process for each queued run, ``jobs`` at a time, in the order they were queued;
    send each (index, Outcome) back as it finishes. Runs arrive in batches at any time; None stops."""
    from multiprocessing.connection import Pipe, wait

    from . import warm

    waiting, running, later, first = [], {}, [], True
    while True:
        for ready in wait([conn, *running], timeout=0 if later else None):
            if ready is conn:
                try:
                    batch = conn.recv()
                except (EOFError, OSError):
                    return
                if batch is None:
                    return
                waiting.extend(batch)
                if first:  # the first runs are forked before anything else is imported
                    later, first = list(warm.LATER), False
                continue
            index, task, pid = running.pop(ready)
            try:
                outcome = ready.recv()
            except (EOFError, OSError):
                outcome = Outcome(task, 0.0, "the process running this notebook died before it finished")
            ready.close()
            os.waitpid(pid, 0)
            conn.send((index, outcome))
        while waiting and len(running) < jobs:
            index, task = waiting.pop(0)
            reader, writer = Pipe(duplex=False)
            zygote = os.getpid()
            pid = os.fork()
            if pid == 0:
                _task_main(task, cwd, writer, [conn, reader, *running], zygote)
            writer.close()
            running[reader] = (index, task, pid)
        if later:  # between forks: what only some notebooks use, for the runs forked from now on
            warm.preload((later.pop(0),))


def _task_main(task: Task, cwd: str, writer, inherited: list, zygote: int) -> None:
    """A forked task process: run one notebook on a forked warm kernel, send the Outcome, exit."""
    from . import warm

    code = 0
    try:
        for c in inherited:  # the zygote's connections are not this process's to hold open
            c.close()
        warm.die_with_parent(zygote)
        outcome = run(task, Path(cwd), warm=True, private=(writer.fileno(),))
    except BaseException as exc:  # noqa: BLE001 (reported as the run outcome, never lost)
        outcome = Outcome(task, 0.0, f"the notebook run stopped: {type(exc).__name__}: {exc}")
    try:
        writer.send(outcome)
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
