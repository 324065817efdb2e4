"""The orchestrator: validate, execute the notebooks that need it (in parallel, from a content-hash
cache otherwise), assemble each release in a staging folder, render with Quarto, and move the result
into _output/<release>/ atomically. A failed stage never touches the last good output of that release."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import render as render_stage
from . import uptodate
from .cache import NotebookCache, environment_digest, file_digest, key_parts, listing_digest, notebook_key, tree_digest
from .errors import BuildError, NotebookExecutionError, QuartoNotFoundError
from .execute import Outcome, Task, Zygote, run_all
from .paths import (
    CACHE,
    DATA,
    NOTEBOOKS,
    OUTPUT,
    PACKAGE,
    QUARTO_PARTIALS,
    QUARTO_PROJECT,
    REPORT_TEXT,
    ROOT,
    STAGING,
    relative_to_root,
    release_ids,
)
from .publish import REPORT_ITEMS, STAGE_ITEMS, clean_stale, failed_folder, publish, recover

if TYPE_CHECKING:  # the heavy modules (pandas, pandera, matplotlib) load only when a build has work to do
    from .release import Release

RELEASE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # a params file's name, checked before anything else


@dataclass(frozen=True)
class Workspace:
    """Where a build reads notebooks and writes its output, staging and cache (tests use their own)."""

    output: Path = OUTPUT
    staging: Path = STAGING
    cache: Path = CACHE
    notebooks: Path = NOTEBOOKS

    def notebook_cache(self) -> NotebookCache:
        return NotebookCache(self.cache / "notebooks", ROOT)

    def release_output(self, release: str) -> Path:
        """_output/<release>/, where a release is a params file's name: '2021' or '2021-tele-onthaal'."""
        return self.output / str(release)


@dataclass
class Summary:
    """What a build did, for the log and for tests and benchmarks."""

    executed: list[tuple[str, str]] = field(default_factory=list)
    cached: list[tuple[str, str]] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    up_to_date: list[str] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)


def log(message: str) -> None:
    print(message, flush=True)


def notebooks(workspace: Workspace = Workspace()) -> list[Path]:
    from . import chapters

    return [workspace.notebooks / f"{name}.ipynb" for name in chapters.names()]


@dataclass(frozen=True)
class Planned:
    """A notebook run to execute, with what its cache entry will record."""

    task: Task
    parts: dict[str, str]
    listing: str


def plan(releases: list[Release], workspace: Workspace, staging: Path, force: bool, summary: Summary) -> list[Planned]:
    """The notebook runs the build needs: every (release, notebook) whose cached run is missing or stale.

    Cached runs are copied into the staging folder right away."""
    import papermill as pm

    from .params import notebook_parameters

    cache = workspace.notebook_cache()
    code = hashlib.sha256((tree_digest(PACKAGE, "**/*.py") + tree_digest(REPORT_TEXT, "**/*.md")).encode()).hexdigest()
    environment, listing = environment_digest(), listing_digest(DATA)  # code: the package and the report's text
    tasks = []
    declared = {source: list(pm.inspect_notebook(str(source))) for source in notebooks(workspace)}
    for release in releases:
        year = release.id
        for source in [release.notebook(name, workspace.notebooks) for name in release.chapters]:
            values = notebook_parameters(release.params, declared[source])
            parts = key_parts(source, values, code, environment)
            target = staging / year / "notebooks" / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            reason = "--force" if force else cache.why_stale(year, source.stem, parts, listing)
            if reason is None:
                shutil.copy2(cache.notebook(year, source.stem), target)
                summary.cached.append((year, source.stem))
                continue
            log(f"[{year}] {source.stem}: to execute ({reason})")
            tasks.append(Planned(Task(year, source.stem, source, target, values), parts, listing))
    return tasks


def execute(planned: list[Planned], workspace: Workspace, jobs: int | None, summary: Summary, zygote: Zygote) -> None:
    from . import facts as facts_mod
    from .cache import Entry

    cache = workspace.notebook_cache()

    def done(outcome: Outcome) -> None:
        status = f"done in {outcome.seconds:.1f} s" if outcome.ok else f"FAILED: {outcome.error}"
        log(f"[{outcome.task.year}] {outcome.task.name}: {status}")

    for p, outcome in zip(planned, run_all([p.task for p in planned], ROOT, jobs, done, zygote)):
        task = p.task
        if outcome.ok:
            reads = facts_mod.inputs_from_notebook(task.target)
            cache.store(
                task.year,
                task.name,
                task.target,
                Entry(notebook_key(p.parts), p.parts, reads, p.listing, round(outcome.seconds, 2)),
            )
            summary.executed.append((task.year, task.name))
        else:
            summary.failed.append(outcome)


def assembly_key(release: Release, staged: Path, render: bool) -> str:
    """What the assembled and rendered report depends on, including the commit the title page prints
    as the report version: a commit-only change assembles and renders again."""
    parts = [file_digest(p) for p in sorted((staged / "notebooks").glob("*.ipynb"))]
    parts += [
        uptodate.git_commit(),
        file_digest(release.params_file),
        tree_digest(REPORT_TEXT),
        file_digest(QUARTO_PROJECT),
        tree_digest(QUARTO_PARTIALS),
        tree_digest(DATA),
        tree_digest(PACKAGE, "**/*.py"),
        str(render),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def assemble_release(release: Release, staged: Path, workspace: Workspace, summary: Summary) -> None:
    from . import assemble

    cache = workspace.notebook_cache()
    year, names = release.id, list(release.chapters)
    runs = {}
    for name in names:
        entry = cache.entry(year, name)
        runs[name] = {
            "seconds": entry.seconds if entry else 0.0,
            "cached": (year, name) in summary.cached,
            "key": entry.key if entry else None,
        }
    facts = assemble.write_facts(staged, release.year, names)
    record = assemble.write_build_record(
        release, staged, runs, [release.notebook(n, workspace.notebooks) for n in names]
    )
    assemble.write_report_document(release, staged, facts, record)
    assemble.write_artifacts(staged, names)
    assemble.write_suppression_log(release.params, staged)
    assemble.write_previews(staged, workspace.cache / "previews" / release.id)


def stage_release(
    release: Release, staged: Path, workspace: Workspace, render: bool, force: bool, summary: Summary, shared: str
) -> bool:
    """Assemble a release in its staging folder; False when its published output is already up to date."""
    target = workspace.release_output(release.id)
    key = assembly_key(release, staged, render)
    if not force and uptodate.is_current(target, key, render, "assembly_key"):
        uptodate.record(target / "build.json", uptodate.inputs_key(release.id, shared, render))
        summary.up_to_date.append(release.id)
        log(f"[{release.id}] up to date: {relative_to_root(target)}/")
        return False
    assemble_release(release, staged, workspace, summary)
    write_assembly_key(staged, key)
    uptodate.record(staged / "build.json", uptodate.inputs_key(release.id, shared, render))
    return True


def write_assembly_key(staged: Path, key: str) -> None:
    record = json.loads((staged / "build.json").read_text(encoding="utf-8"))
    record["assembly_key"] = key
    (staged / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def finish_releases(
    releases: list[Release],
    staging: Path,
    workspace: Workspace,
    render: bool,
    force: bool,
    jobs: int | None,
    summary: Summary,
    shared: str,
) -> list[BuildError]:
    """Assemble every release, render those that changed (in parallel, render.py) and publish each
    one as soon as it rendered; returns the render errors (a release that failed is not published)."""
    staged = [r for r in releases if stage_release(r, staging / r.id, workspace, render, force, summary, shared)]
    if not render:
        for release in staged:
            publish_release(release.id, staging / release.id, workspace, STAGE_ITEMS, summary)
        return []
    errors: list[BuildError] = []

    def rendered(result: render_stage.Result) -> None:
        if result.ok:
            log(f"[{result.release}] rendered in {result.seconds:.1f} s")
            publish_release(result.release, staging / result.release, workspace, STAGE_ITEMS + REPORT_ITEMS, summary)
        else:
            log(f"[{result.release}] not published: quarto render failed; the last good output is untouched")
            errors.append(result.error)

    try:
        render_stage.render_all([render_stage.Job(r.id, staging / r.id) for r in staged], log, jobs, rendered)
    except QuartoNotFoundError:
        for release in staged:  # the stage is complete, the render is not: publish the stage, keep the last report
            write_assembly_key(staging / release.id, assembly_key(release, staging / release.id, False))
            uptodate.record(staging / release.id / "build.json", uptodate.inputs_key(release.id, shared, False))
            publish_release(release.id, staging / release.id, workspace, STAGE_ITEMS, summary)
        raise QuartoNotFoundError(
            render_stage.QUARTO_HELP.format(out=relative_to_root(workspace.output) + "/<release>")
        ) from None
    return sorted(errors, key=lambda e: e.release)


def publish_release(release_id: str, staged: Path, workspace: Workspace, items: list[str], summary: Summary) -> None:
    target = workspace.release_output(release_id)
    publish(staged, target, items, keep=[i for i in REPORT_ITEMS if i not in items])
    shutil.rmtree(failed_folder(workspace.cache, release_id), ignore_errors=True)
    summary.published.append(release_id)
    log(f"[{release_id}] written to {relative_to_root(target)}/")


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
    from .export.stage import prepare

    for release in releases:
        year, params = release.id, release.params
        if params.export is not None:
            started = time.perf_counter()
            folder = prepare(params.year, params.export, params.min_cell_count, jobs)
            log(
                f"[{year}] contact export: protected tables in {relative_to_root(folder)}/ "
                f"({time.perf_counter() - started:.1f} s)"
            )


def build(
    names: list[str] | None = None,
    render: bool = True,
    force: bool = False,
    jobs: int | None = None,
    workspace: Workspace = Workspace(),
) -> Summary:
    started = time.perf_counter()
    for done in recover(workspace.output) + clean_stale(workspace.staging, workspace.cache / "exports"):
        log(f"cleanup after an interrupted build: {done}")
    names = names or release_ids()
    bad = [y for y in names if not RELEASE_NAME.fullmatch(y)]
    if bad:
        raise BuildError(
            "a release is the name of a params file: lower-case letters, digits and '-' "
            f"(params/<release>.yml); not: {', '.join(repr(b[:40]) for b in bad)}"
        )
    unknown = [y for y in names if y not in release_ids()]
    if unknown:
        raise BuildError(f"no params file for {', '.join(unknown)}; params files exist for: {', '.join(release_ids())}")
    shared = uptodate.shared_digest(workspace.notebooks)
    if not force and uptodate.all_current(names, workspace.output, shared, render, log):  # before pandas & co load
        log(f"build finished in {time.perf_counter() - started:.1f} s: nothing changed")
        return Summary(up_to_date=list(names))
    zygote = Zygote(ROOT, jobs)  # imports what the notebooks need while validation and exports run
    try:
        return _build(names, render, force, jobs, workspace, shared, started, zygote)
    finally:
        zygote.close()


def _build(
    names: list[str], render: bool, force: bool, jobs: int | None, workspace: Workspace, shared: str, started, zygote
) -> Summary:
    from .release import load_release
    from .validate import validate_once

    validate_once(workspace.cache, force)
    releases = [load_release(y) for y in names]  # each params file loaded and checked once
    prepare_exports(releases, jobs)
    summary = Summary()
    workspace.staging.mkdir(parents=True, exist_ok=True)
    staging = workspace.staging / f"build-{os.getpid()}"  # one staging place per build: two builds never share it
    shutil.rmtree(staging, ignore_errors=True)
    try:
        tasks = plan(releases, workspace, staging, force, summary)
        if not tasks:
            zygote.close()  # nothing to execute: its cores are the render's
        if tasks:
            log(f"executing {len(tasks)} notebook run(s), {len(summary.cached)} unchanged (from the cache)")
            execute(tasks, workspace, jobs, summary, zygote)
        errors = [keep_failed(o, workspace) for o in summary.failed]
        failed = {o.task.year for o in summary.failed}
        for release_id in sorted(failed):
            log(f"[{release_id}] not published: a notebook failed; the last good output is untouched")
        quarto_missing = None
        try:
            ready = [r for r in releases if r.id not in failed]
            errors += finish_releases(ready, staging, workspace, render, force, jobs, summary, shared)
        except QuartoNotFoundError as exc:
            quarto_missing = exc
        if errors:
            if len(errors) == 1:
                raise errors[0]
            raise BuildError(f"{len(errors)} notebook runs or renders failed:\n" + "\n".join(str(e) for e in errors))
        if quarto_missing:
            raise quarto_missing
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log(
        f"build finished in {time.perf_counter() - started:.1f} s: {len(summary.executed)} executed, "
        f"{len(summary.cached)} from the cache, "
        f"{len(summary.published)} release(s) written, {len(summary.up_to_date)} up to date"
    )
    return summary
