"""Execute notebooks with Papermill, several at a time, without kernel start-up races.

Each notebook runs in its own process with its own fresh kernel, both forked from a process that imported
the heavy modules once (the zygote; warm.py), so no notebook pays for kernel start-up and imports again;
the kernel answers before the run asks for it (kernels.py: IPC sockets in a private folder, never two
kernels on one TCP port). A kernel that fails to start is retried; an error inside a cell is not.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

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
    spans: tuple[tuple[str, float, float], ...] = ()  # its parts (timeline.py): kernel, setup, analysis, papermill

    @property
    def ok(self) -> bool:
        return self.error is None


def _cell_seconds(nb) -> tuple[float, float]:
    """Seconds inside cells: all of them, and the setup cell's (the first code cell after the parameters);
    ``nb``: the executed notebook, or its path."""
    import nbformat

    nb = nbformat.read(nb, as_version=4) if isinstance(nb, Path) else nb
    seconds = [
        (c.metadata.get("papermill", {}).get("duration") or 0.0, bool({"parameters", "injected-parameters"} & tags))
        for c in nb.cells
        if c.cell_type == "code" and (tags := set(c.metadata.get("tags", []))) is not None
    ]
    setup = next((s for s, parameters in seconds if not parameters), 0.0)
    return round(sum(s for s, _ in seconds), 3), setup


def _spans(started: float, marks: list[float], cells: float, setup: float, spare: bool) -> tuple:
    """The parts of a run for the timeline: the kernel (until the first cell; a *spare* one answered before the
    run began), the setup cell (imports), the other cells (analysis), and Papermill's own work (between cells,
    writing the notebook)."""
    first = marks[0] if marks else started
    end = time.perf_counter()
    return (
        ("spare kernel" if spare else "kernel", started, first),
        ("setup", first, first + setup),
        ("analysis", first + setup, first + cells),
        ("papermill", first + cells, end),
    )


def run(task: Task, cwd: Path, kernel=None, started: float | None = None, spare: bool = False) -> Outcome:
    """Execute one notebook; never raises for a failing cell (the Outcome says so). ``kernel``: a kernel
    already answering for the first attempt (kernels.ready, in a task process forked from the zygote);
    otherwise, and for a retry, jupyter_client starts a new ``python -m ipykernel_launcher`` (and stops it:
    the caller stops the kernel it gave, after it passed the outcome on). ``started``:
    when the run began (time.perf_counter; default: now), what its seconds are counted from; ``spare``: the
    kernel was started before the run was queued (the timeline says so)."""
    import papermill as pm
    from nbclient.exceptions import DeadKernelError

    from . import kernels

    os.environ.setdefault("MPLBACKEND", "agg")
    task.target.parent.mkdir(parents=True, exist_ok=True)
    kernels.register()
    started = time.perf_counter() if started is None else started
    if kernel is not None and not kernel.alive():  # it died while it waited for a notebook
        kernel.stop()
        kernel = None
    marks: list[float] = []
    for attempt in range(1, START_ATTEMPTS + 1):
        current = kernel if attempt == 1 and kernel is not None else kernels.plain()
        marks.clear()
        try:
            nb = pm.execute_notebook(
                str(task.source),
                str(task.target),
                parameters=task.parameters,
                engine_name=kernels.ENGINE,
                kernel_name=kernels.KERNEL,
                progress_bar=False,
                request_save_on_cell_execute=False,  # one write at the end, not one per cell
                log_output=False,
                cwd=str(cwd),
                km=current.km,
                kc=current.kc,
                marks=marks,
                finish=lambda nb: _normalised(nb, task.source),  # before Papermill writes it
            )
            break
        except pm.PapermillExecutionError as exc:
            cells = _cell_seconds(task.target)
            error = f"{exc.ename}: {exc.evalue}"
            seconds = time.perf_counter() - started
            return Outcome(task, seconds, error, exc.exec_count, cells[0], _spans(started, marks, *cells, spare))
        except DeadKernelError as exc:  # the kernel died inside a cell: it would die again
            return Outcome(task, time.perf_counter() - started, f"the kernel died while running the notebook: {exc}")
        except RuntimeError as exc:  # kernel died or did not answer while starting
            if attempt == START_ATTEMPTS:
                return Outcome(task, time.perf_counter() - started, f"kernel failed to start {attempt} times: {exc}")
        finally:
            if current is not kernel:
                current.stop()
    with task.target.open("ab") as written:  # as nbformat.write ends a notebook (Papermill's write does not)
        written.write(b"\n")
    cells = _cell_seconds(nb)
    spans = _spans(started, marks, *cells, spare)
    return Outcome(task, time.perf_counter() - started, cell_seconds=cells[0], spans=spans)


def normalise(target: Path, source: Path, root: Path) -> None:
    """Make an executed notebook depend only on its inputs, apart from the timing fields (the
    ``start_time``, ``end_time`` and ``duration`` that Papermill records per cell and per notebook,
    and ``execution`` timestamps in cell metadata; the cache keeps them, the report does not: ``scrub``):
    the parameters cell Papermill injects gets a fixed id instead of a random one, and the paths Papermill
    records are relative to the project (never the staging folder, whose name holds the build's process id)."""
    import nbformat

    nbformat.write(_normalised(nbformat.read(target, as_version=4), source), target)


def _normalised(nb, source: Path):
    """``normalise`` on a notebook in memory (a run does it before Papermill writes the notebook)."""
    for index, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = f"injected-parameters-{index}"
    record = nb.metadata.get("papermill", {})
    for key in ("input_path", "output_path"):
        if key in record:
            record[key] = f"notebooks/{source.name}"
    return nb


RUN_TIMES = ("start_time", "end_time", "duration")  # Papermill's record of a notebook's run that differs every run


def without_run_record(nb):
    """The notebook without what its run recorded about itself (r37): each cell's ``papermill`` record (start, end,
    duration, status) and ``execution`` timestamps, and the notebook's own start, end and duration. Quarto copies a
    cell's metadata into the HTML (``data-quarto-private-*``), so a report rendered from a notebook run afresh
    differed from one rendered from the same notebook run before. What the run read and computed stays: outputs,
    execution counts (a fresh kernel counts alike every run), the parameters Papermill injected."""
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    record = nb.metadata.get("papermill", {})
    for key in RUN_TIMES:
        record.pop(key, None)
    return nb


def scrub(folder: Path) -> None:
    """``without_run_record`` on every notebook in ``folder`` (a release's staged notebooks, which Quarto renders
    and the release publishes). The timings stay in the notebook cache (_cache/notebooks/, which the benchmarks
    read), in the run's Outcome (the timeline) and in build.json (each notebook's seconds)."""
    from ..config import nbfile

    for path in sorted(folder.glob("*.ipynb")):
        nbfile.write(without_run_record(nbfile.read(path, own=True)), path)
