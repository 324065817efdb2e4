"""Execute notebooks with Papermill, several at a time, without kernel start-up races.

Each notebook runs in its own worker process with its own kernel. The kernel talks to Papermill
over IPC sockets in a private temporary folder instead of TCP ports: two kernels started at the
same moment cannot pick the same port (the race behind the "address already in use" and
"kernel didn't respond" failures Papermill users report with parallel runs). A kernel that
fails to start is retried; an error inside a cell is not (it would fail again).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

KERNEL = "python3"
START_ATTEMPTS = 3


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
    from jupyter_client.manager import KernelManager

    return KernelManager(kernel_name=KERNEL, transport="ipc", ip=os.path.join(folder, "kernel"))


def _cell_seconds(path: Path) -> float:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return round(sum(c.metadata.get("papermill", {}).get("duration") or 0.0 for c in nb.cells), 3)


def run(task: Task, cwd: Path) -> Outcome:
    """Execute one notebook; never raises for a failing cell (the Outcome says so)."""
    import papermill as pm

    os.environ.setdefault("MPLBACKEND", "agg")
    task.target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for attempt in range(1, START_ATTEMPTS + 1):
        folder = tempfile.mkdtemp(prefix="hk")  # short path: unix socket names are limited to ~100 bytes
        km = _kernel_manager(folder)
        try:
            pm.execute_notebook(
                str(task.source),
                str(task.target),
                parameters=task.parameters,
                kernel_name=KERNEL,
                progress_bar=False,
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
        except RuntimeError as exc:  # kernel died or did not answer while starting
            if attempt == START_ATTEMPTS:
                return Outcome(task, time.perf_counter() - started, f"kernel failed to start {attempt} times: {exc}")
        finally:
            if km.has_kernel:  # a kernel manager passed in is ours to shut down, not Papermill's
                km.shutdown_kernel(now=True)
            km.cleanup_resources()
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


def _die_with_parent() -> None:
    """In a worker: when the build is killed, the kernel must not outlive it. Linux sends the worker
    SIGTERM when its parent dies (PR_SET_PDEATHSIG); SIGTERM raises SystemExit, so the ``finally``
    of ``run`` shuts the kernel down (each kernel runs in its own session, started by jupyter_client,
    and also exits by itself when its parent is gone)."""
    import signal
    import sys

    def stop(signum, frame):  # noqa: ARG001
        raise SystemExit(1)

    signal.signal(signal.SIGTERM, stop)
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            raise SystemExit(1)


def _run_in_worker(args: tuple[Task, Path]) -> Outcome:
    try:
        return run(*args)
    except SystemExit:  # the build is gone (_die_with_parent): run's ``finally`` shut the kernel down
        os._exit(1)  # exit now: the pool would report the error to no one and wait for more work forever


def run_all(tasks: list[Task], cwd: Path, jobs: int | None = None, on_done=None) -> list[Outcome]:
    """Run every task, up to ``jobs`` at a time (default: the number of cores); results in task order."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(tasks) or 1))
    if jobs == 1:
        outcomes = []
        for task in tasks:
            outcomes.append(run(task, cwd))
            if on_done:
                on_done(outcomes[-1])
        return outcomes
    context = multiprocessing.get_context("spawn")  # no forked copies of a parent's sockets or threads
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_die_with_parent) as pool:
        futures = [pool.submit(_run_in_worker, (task, cwd)) for task in tasks]
        outcomes = []
        try:
            for future in futures:
                outcomes.append(future.result())
                if on_done:
                    on_done(outcomes[-1])
        except BaseException:  # Ctrl-C or a failure here: start no queued notebook (leaving waits for running ones)
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return outcomes
