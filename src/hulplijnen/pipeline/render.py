"""The render stage: Quarto turns each release's staged report.qmd into report.html and report.pdf.

Releases render in parallel (one Quarto process per release; finish.py starts each as soon as
its notebooks are done, up to two per core). Each
release is one ``quarto render --to html,typst`` invocation: measured on 2 cores, one invocation
for both formats is faster than two (Quarto starts once and reads the embedded notebooks once;
see ``benchmarks/render_speed.py``). Progress is logged per release and per format as Quarto
reports each output; a failure names the release and shows the end of Quarto's own error output.
Rendering happens in the staging folder only: the caller publishes what rendered, so a failed
render never touches the last good report.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config.errors import BuildError, QuartoNotFoundError, QuartoTooOldError
from . import fonts, phone_figures

FORMATS = ("html", "typst")
OUTPUTS = {"html": "report.html", "typst": "report.pdf"}
FORMAT_NAMES = {"report.html": "HTML", "report.pdf": "PDF"}
QUARTO_HELP = (
    "Quarto is not installed, so the HTML and PDF report were not rendered (the Papermill stage ran; "
    "previews are in {out}/preview/ and the last good report is untouched).\n"
    "Install Quarto {minimum} or newer: conda install -c conda-forge quarto (environment.yml lists it), "
    "or pip install 'hulplijnen[quarto]' (the quarto-cli package), or from https://quarto.org/docs/get-started/. "
    "Then run the same command again."
)
MINIMUM = (1, 10)  # typst 0.15 inside: a tagged PDF/UA-1 (pdf-standard: ua-1 in _quarto.yml)
MINIMUM_SHOWN = ".".join(map(str, MINIMUM))
TOO_OLD = (
    "Quarto {found} is on PATH ({path}), this report needs Quarto {minimum} or newer for its tagged PDF: "
    "pip install 'hulplijnen[quarto]', or conda install -c conda-forge 'quarto>={minimum}', then run it again."
)
STDERR_TAIL = 40  # lines of Quarto's own error output shown when a render fails
CREATED = re.compile(r"Output created: (\S+)|Compiling \S+ to (\S+)\.\.\.DONE")  # html | typst
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# typst gave up laying the PDF out before it settled: its contents and "pagina X van Y" may name wrong pages
UNSETTLED = "did not converge"
UNSETTLED_REASON = (
    "the PDF's layout did not settle (typst: document did not converge), so its contents and page numbers may be "
    "wrong, also with every chart at its own size; typst's warnings above name the element that kept moving. A small "
    "change of the text or a chart's size near that page usually settles it"
)
FALLBACK = "layout-fallback"  # metadata read by quarto/typst-show.typ: no chart drawn smaller to fit a page's foot


class RenderError(BuildError):
    """Quarto failed on a release; the message names the release and quotes the end of Quarto's stderr."""

    def __init__(self, release: str, returncode: int, tail: list[str], reason: str | None = None):
        self.release, self.returncode, self.tail = release, returncode, tail
        shown = "\n".join(f"    {line}" for line in tail) or "    (Quarto wrote nothing to stderr)"
        super().__init__(
            f"[{release}] quarto render failed ({reason or f'exit code {returncode}'}); "
            f"the last good report is untouched. End of Quarto's output:\n{shown}"
        )


@dataclass(frozen=True)
class Job:
    """One release to render: its staged folder holds report.qmd and _quarto.yml. ``date``: the PDF's creation date
    (its publication date; r37: never the moment of the render, which made two renders of one release differ)."""

    release: str
    folder: Path
    date: dt.date | None = None


@dataclass(frozen=True)
class Result:
    release: str
    seconds: float
    error: RenderError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Running:
    """The Quarto processes of one build, stopped together when the build is interrupted (Ctrl-C, SIGTERM,
    an error elsewhere): each render leads its own process group, so its tools (pandoc, typst, sass) stop
    with it, and a render asked to start after the stop is stopped at once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._processes: set[subprocess.Popen] = set()
        self.stopped = False

    def add(self, process: subprocess.Popen) -> None:
        with self._lock:
            self._processes.add(process)
            if self.stopped:
                _stop(process)

    def discard(self, process: subprocess.Popen) -> None:
        with self._lock:
            self._processes.discard(process)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            for process in self._processes:
                _stop(process)


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):  # ended already
        pass


def quarto() -> str:
    """The quarto command on PATH, or QuartoNotFoundError; QuartoTooOldError when it is older than MINIMUM."""
    found = shutil.which("quarto")
    if found is None:
        raise QuartoNotFoundError("quarto not on PATH")
    check_version(found)
    return found


def version(executable: str) -> tuple[int, ...]:
    """``quarto --version`` as numbers (1.10.18 -> (1, 10, 18)); () when it prints no version."""
    try:
        out = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    found = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", out)
    return tuple(int(g) for g in found.groups() if g is not None) if found else ()


def check_version(executable: str) -> None:
    found = version(executable)
    if found[:2] < MINIMUM:
        shown = ".".join(map(str, found)) or "of unknown version"
        raise QuartoTooOldError(TOO_OLD.format(found=shown, path=executable, minimum=MINIMUM_SHOWN))


def command(executable: str, formats: tuple[str, ...] = FORMATS) -> list[str]:
    """Both formats of _quarto.yml in one invocation (``--to all``), or the one format asked for."""
    target = "all" if set(formats) == set(FORMATS) else ",".join(formats)
    return [executable, "render", "report.qmd", "--to", target, "--no-execute"]


def render(
    job: Job,
    log: Callable[[str], None],
    executable: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    running: Running | None = None,
) -> Result:
    """Render one release in its staged folder; logs a line when each format's output is written.
    ``running`` (of the build) can stop it."""
    executable = executable or quarto()
    started = time.perf_counter()
    label = " and ".join(FORMAT_NAMES[OUTPUTS[f]] for f in formats)
    log(f"[{job.release}] render: {label} started")
    running = running or Running()
    returncode, unsettled, tail = _quarto_run(job, command(executable, formats), log, started, running)
    if returncode == 0 and unsettled and "typst" in formats:
        # typst's layout went back and forth between two page breaks (a chart drawn smaller to fit a page's foot
        # moved what came after it): the PDF once more with every chart at its own size, which settles it.
        log(f"[{job.release}] render: the PDF's layout did not settle; laying it out again with each chart at its size")
        again = [*command(executable, ("typst",)), "--metadata", f"{FALLBACK}:true"]
        returncode, unsettled, tail = _quarto_run(job, again, log, started, running)
    seconds = time.perf_counter() - started
    missing = [OUTPUTS[f] for f in formats if not (job.folder / OUTPUTS[f]).is_file()]
    if returncode != 0 or missing:
        lines = list(tail) + ([f"(no {', '.join(missing)} was written)"] if returncode == 0 else [])
        return Result(job.release, seconds, RenderError(job.release, returncode, lines))
    if unsettled:
        return Result(job.release, seconds, RenderError(job.release, returncode, list(tail), UNSETTLED_REASON))
    if "html" in formats:
        relative_paths(job.folder / OUTPUTS["html"], job.folder)
        phone_figures.add(job.folder / OUTPUTS["html"], job.folder)  # each chart's phone version (HTML only)
    return Result(job.release, seconds)


def _quarto_run(
    job: Job, args: list[str], log: Callable[[str], None], started: float, running: Running
) -> tuple[int, bool, deque[str]]:
    """Run one Quarto command in the staged folder: its exit code, whether typst said the layout did not settle,
    and the end of its output."""
    tail: deque[str] = deque(maxlen=STDERR_TAIL)
    env = environment(job)
    with subprocess.Popen(
        # through hulplijnen.pipeline.diewith: Quarto and its tools are killed when the build dies, even by SIGKILL
        [sys.executable, "-m", "hulplijnen.pipeline.diewith", str(os.getpid()), *args],
        cwd=job.folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        start_new_session=True,  # its own process group: stopped as a whole (Running, diewith), not by a stray signal
    ) as process:
        assert process.stdout is not None
        running.add(process)
        try:
            unsettled = _follow(process, job, log, tail, started)
            returncode = process.wait()
        finally:
            running.discard(process)
    return returncode, unsettled, tail


def environment(job: Job) -> dict[str, str]:
    """Quarto's environment for ``job``: typst sees the staged font files, not the machine's, and dates the PDF
    (its CreationDate, ModDate, XMP dates and the document ID made from them) by the job's date, at midnight UTC
    (SOURCE_DATE_EPOCH, which typst reads as its --creation-timestamp)."""
    env = {
        **os.environ,
        "QUARTO_LOG_LEVEL": os.environ.get("QUARTO_LOG_LEVEL", "INFO"),
        **fonts.environment(job.folder),
    }
    if job.date is not None:
        midnight = dt.datetime.combine(job.date, dt.time(), tzinfo=dt.UTC)
        env["SOURCE_DATE_EPOCH"] = str(int(midnight.timestamp()))
    return env


def relative_paths(html: Path, folder: Path) -> None:
    """Quarto writes the staged folder's absolute path into the HTML (``data-notebook`` of each embedded cell):
    a path of the machine that built it, and a different one in every build. Made relative to the report."""
    data = html.read_bytes()
    for prefix in {str(folder), str(folder.resolve())}:
        data = data.replace((prefix + os.sep).encode(), b"")
    html.write_bytes(data)


def _follow(process: subprocess.Popen, job: Job, log: Callable[[str], None], tail: deque, started: float) -> bool:
    """Read Quarto's output as it comes: keep its end, log each output file as it is written. True when typst
    said that the PDF's layout did not settle."""
    unsettled = False
    for line in process.stdout:
        line = ANSI.sub("", line)
        unsettled = unsettled or UNSETTLED in line
        tail.append(line.rstrip("\n"))
        created = CREATED.search(line)
        if created:
            name = Path(created.group(1) or created.group(2)).name
            seconds = time.perf_counter() - started
            log(f"[{job.release}] render: {FORMAT_NAMES.get(name, name)} written in {seconds:.1f} s")
    return unsettled
