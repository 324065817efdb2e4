"""The orchestrator: validate, execute the notebooks that need it (in parallel on warm kernels, from a
content-hash cache otherwise), and hand each release to finish.py as soon as its notebooks are done:
assembled in a staging folder, rendered with Quarto while other notebooks still run, and moved into
_output/<release>/ atomically. A failed stage never touches the last good output of that release."""

from __future__ import annotations

import functools
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import timeline
from ..config.digests import file_digest, listing_digest
from ..config.errors import BuildError, NotebookExecutionError
from ..config.paths import DATA, RELEASE_NAME, RELEASE_NAME_RULE, ROOT, relative_to_root, release_ids
from . import deps, orphans, uptodate
from .cache import environment_digest, key_parts, notebook_key
from .execute import Outcome, Task
from .finish import Finisher, assembly_key  # noqa: F401 (assembly_key: part of this module's interface)
from .publish import clean_stale, clean_stale_spills, failed_folder, recover
from .workspace import Summary, Workspace, log
from .zygote import Zygote, clean_stale_kernels

if TYPE_CHECKING:  # the heavy modules (pandas, pandera, matplotlib) load only when a build has work to do
    from .release import Release


def notebooks(workspace: Workspace = Workspace()) -> list[Path]:
    from .. import chapters

    return [workspace.notebooks / f"{name}.ipynb" for name in chapters.names()]


@dataclass(frozen=True)
class Planned:
    """A notebook run to execute, with what its cache entry will record."""

    task: Task
    parts: dict[str, str]
    listing: str
    modules: dict[str, str]  # the package modules its code imports (deps.module_reads), recorded as files read


def plan(
    releases: list[Release], workspace: Workspace, staging: Path, force: bool, summary: Summary, code: dict[str, str]
) -> list[Planned]:
    """The notebook runs the build needs: every (release, notebook) whose cached run is missing or stale.

    Cached runs are copied into the staging folder right away. ``code``: the package's files as the
    zygote imported them (deps.snapshot)."""
    from .release import notebook_parameters

    cache = workspace.notebook_cache()
    environment, listing = environment_digest(), listing_digest(DATA)
    tasks = []
    used = {release.notebook(name, workspace.notebooks) for release in releases for name in release.chapters}
    declared = {source: list(_parameters(str(source), file_digest(source))) for source in sorted(used)}
    for release in releases:
        year = release.id
        for source in [release.notebook(name, workspace.notebooks) for name in release.chapters]:
            values = notebook_parameters(release.params, declared[source])
            parts = key_parts(source, values, environment)
            target = staging / year / "notebooks" / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            reason = "--force" if force else cache.why_stale(year, source.stem, parts, listing)
            if reason is None:
                shutil.copy2(cache.notebook(year, source.stem), target)
                summary.cached.append((year, source.stem))
                continue
            log(f"[{year}] {source.stem}: to execute ({reason})")
            modules = deps.module_reads(deps.notebook_modules(source), code)
            tasks.append(Planned(Task(year, source.stem, source, target, values), parts, listing, modules))
    return tasks


@functools.cache
def _parameters(source: str, digest: str) -> tuple[str, ...]:  # noqa: ARG001 (the digest keys the cache)
    """The names in a notebook's parameters cell (a preview asks on every save: once per content)."""
    import papermill as pm

    return tuple(pm.inspect_notebook(source))


class Runs:
    """The notebook runs of a build. Releases are planned in groups (those without a contact export at
    once, the others when the export stage has made their tables); their runs queue on the zygote, each
    run is cached as soon as it finishes, and a release goes to the finisher when its last run is done
    (at once when every notebook came from the cache)."""

    def __init__(self, workspace: Workspace, staging: Path, force: bool, summary: Summary, finisher, zygote: Zygote):
        self.workspace, self.staging, self.force, self.summary = workspace, staging, force, summary
        self.code = zygote.code  # the code the zygote imported
        self.finisher, self.zygote = finisher, zygote
        self.planned: dict[tuple[str, str], Planned] = {}
        self.waiting: dict[str, int] = {}
        self.releases: dict[str, Release] = {}
        self.failed: set[str] = set()
        self.submitted = time.perf_counter()  # when the last runs were queued (timeline.py)

    def start(self, releases: list[Release]) -> None:
        with timeline.phase("plan"):
            tasks = plan(releases, self.workspace, self.staging, self.force, self.summary, self.code)
        for release in releases:
            self.releases[release.id] = release
            self.waiting[release.id] = sum(p.task.year == release.id for p in tasks)
        self.planned.update({(p.task.year, p.task.name): p for p in tasks})
        for release in releases:
            if not self.waiting[release.id]:  # every notebook from the cache: it renders while others run
                self.finisher.done(release)
        if tasks:
            cached = sum(y in self.waiting for y, _ in self.summary.cached)
            log(f"executing {len(tasks)} notebook run(s) of {', '.join(r.id for r in releases)}, {cached} unchanged")
            self.submitted = time.perf_counter()
            self.zygote.submit([p.task for p in tasks])

    def wait(self, keep: bool = False) -> None:
        if not self.planned and not keep:
            self.zygote.close()  # nothing to execute: its cores are the render's (a preview keeps it warm)
            return
        self.zygote.collect(self._done)

    def _done(self, outcome: Outcome) -> None:
        from .. import facts as facts_mod
        from .cache import Entry

        task, year = outcome.task, outcome.task.year
        timeline.span(f"notebook {task.name}", self.submitted)
        for name, start, end in outcome.spans:
            timeline.span(name, start, end, inner=True)
        status = f"done in {outcome.seconds:.1f} s" if outcome.ok else f"FAILED: {outcome.error}"
        log(f"[{year}] {task.name}: {status}")
        self.waiting[year] -= 1
        if not outcome.ok:
            self.summary.failed.append(outcome)
            self.failed.add(year)
            return
        p = self.planned[(year, task.name)]
        with timeline.phase("cache"):
            reads = {**facts_mod.inputs_from_notebook(task.target), **p.modules}
            entry = Entry(notebook_key(p.parts), p.parts, reads, p.listing, round(outcome.seconds, 2))
            self.workspace.notebook_cache().store(year, task.name, task.target, entry)
        self.summary.executed.append((year, task.name))
        if not self.waiting[year] and year not in self.failed:
            self.finisher.done(self.releases[year])  # its last notebook ran: render it while the rest run


def keep_failed(outcome: Outcome, workspace: Workspace) -> NotebookExecutionError:
    failed = failed_folder(workspace.cache, outcome.task.year)
    failed.mkdir(parents=True, exist_ok=True)
    kept = failed / outcome.task.source.name
    if outcome.task.target.exists():
        shutil.copy2(outcome.task.target, kept)
    return NotebookExecutionError(
        f"{outcome.task.source.name} ({outcome.task.year})", outcome.cell, outcome.error or "", relative_to_root(kept)
    )


def prepare_exports(releases: list[Release], jobs: int | None) -> None:
    """The export stage: each release with a contact export gets its protected tables (cached)."""
    from ..export.stage import prepare, publication

    pending = []  # what releases of this build will publish: the next one is protected against them too
    for release in releases:
        year, params = release.id, release.params
        if params.export is not None:
            started = time.perf_counter()
            folder = prepare(
                params.year, params.export, params.min_cell_count, jobs, year, params.helplines[0], tuple(pending)
            )
            found = publication(year, params.year, params.export, params.min_cell_count)
            pending += [found] if found else []
            log(
                f"[{year}] contact export: protected tables in {relative_to_root(folder)}/ "
                f"({time.perf_counter() - started:.1f} s)"
            )


def cleanup(workspace: Workspace) -> list[str]:
    """Remove what builds that no longer run left, and say so. Only the project's own traces of a build
    (a half-published release, a staging folder, an export temporary: each removed by the build that made
    it, however it failed) show that a build was interrupted; kernel sockets and DuckDB spill folders in
    the system's temporary folder are removed with a plain line (any process of the package leaves them)."""
    interrupted = recover(workspace.output) + clean_stale(workspace.staging, workspace.cache / "exports")
    lines = [f"cleanup after an interrupted build: {done}" for done in interrupted]
    leftovers = clean_stale_kernels() + clean_stale_spills()
    if leftovers:
        lines.append(f"removed what stopped processes left in the temporary folder: {', '.join(leftovers)}")
    return lines


def build(
    names: list[str] | None = None,
    render: bool = True,
    force: bool = False,
    jobs: int | None = None,
    workspace: Workspace = Workspace(),
    formats: tuple[str, ...] = ("html", "typst"),
    zygote: Zygote | None = None,
) -> Summary:
    """Build ``names`` (default: every release). ``formats``: what Quarto renders (a preview: HTML only);
    ``zygote``: warm kernels that outlive this build (a preview's, which ends them and their orphans)."""
    started = time.perf_counter()
    for line in cleanup(workspace):
        log(line)
    names = list(dict.fromkeys(names or release_ids()))  # a release named twice is built once
    bad = [y for y in names if not RELEASE_NAME.fullmatch(y)]
    if bad:
        raise BuildError(
            f"a release is the name of a params file: {RELEASE_NAME_RULE} "
            f"(params/<release>.yml); not: {', '.join(repr(b[:40]) for b in bad)}"
        )
    unknown = [y for y in names if y not in release_ids()]
    if unknown:
        raise BuildError(f"no params file for {', '.join(unknown)}; params files exist for: {', '.join(release_ids())}")
    shared = uptodate.shared_digest(workspace.notebooks)
    whole = zygote is None and set(formats) == {"html", "typst"}  # what `make report` builds and the check knows
    if whole and not force and uptodate.all_current(names, workspace.output, shared, render, log):  # before pandas
        log(f"build finished in {time.perf_counter() - started:.1f} s: nothing changed")
        return Summary(up_to_date=list(names))
    if zygote is not None:
        return _build(names, render, force, jobs, workspace, shared, started, zygote, formats, keep=True)
    with orphans.end_with_the_build():  # nothing a notebook started outlives the build
        zygote = Zygote(ROOT, jobs, deps.snapshot())  # imports what notebooks need while validation and exports run
        try:
            return _build(names, render, force, jobs, workspace, shared, started, zygote)
        finally:
            zygote.close()


def _build(
    names: list[str],
    render: bool,
    force: bool,
    jobs: int | None,
    workspace: Workspace,
    shared: str,
    started,
    zygote,
    formats: tuple[str, ...] = ("html", "typst"),
    keep: bool = False,
) -> Summary:
    from .release import load_release
    from .validate import validate_once

    validate_once(workspace.cache, force)  # nothing runs on inputs that break a rule
    releases = [load_release(y) for y in names]  # each params file loaded and checked once
    timeline.span("checks", started)
    summary = Summary()
    workspace.staging.mkdir(parents=True, exist_ok=True)
    staging = workspace.staging / f"build-{os.getpid()}"  # one staging place per build: two builds never share it
    shutil.rmtree(staging, ignore_errors=True)
    finisher = Finisher(staging, workspace, render, force, jobs, summary, shared, formats)
    try:
        runs = Runs(workspace, staging, force, summary, finisher, zygote)
        exported = [r for r in releases if r.params.export is not None]
        runs.start([r for r in releases if r.params.export is None])  # their notebooks run while exports do
        prepare_exports(exported, jobs)
        runs.start(exported)
        runs.wait(keep)
        errors = [keep_failed(o, workspace) for o in summary.failed]
        for release_id in sorted({o.task.year for o in summary.failed}):
            log(f"[{release_id}] not published: a notebook failed; the last good output is untouched")
        errors += finisher.finish()
        if errors:
            if len(errors) == 1:
                raise errors[0]
            raise BuildError(f"{len(errors)} notebook runs or renders failed:\n" + "\n".join(str(e) for e in errors))
        missing = finisher.missing_quarto()
        if missing:
            raise missing
    finally:
        finisher.close()
        shutil.rmtree(staging, ignore_errors=True)
    log(
        f"build finished in {time.perf_counter() - started:.1f} s: {len(summary.executed)} executed, "
        f"{len(summary.cached)} from the cache, "
        f"{len(summary.published)} release(s) written, {len(summary.up_to_date)} up to date"
    )
    return summary
