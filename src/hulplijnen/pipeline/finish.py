"""One release from executed notebooks to published report: assemble it in its staging folder, render
it with Quarto, publish it. The build hands each release over as soon as its last notebook has run
(or at once, when every notebook of it came from the cache), so Quarto renders one release while the
notebooks of the next still run; releases render in parallel, up to two per core. A release
whose render failed is not published: its last good output is untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import timeline
from ..config.digests import file_digest, tree_digest
from ..config.errors import BuildError, QuartoNotFoundError
from ..config.paths import DATA, LEDGER, from_root, relative_to_root
from . import deps, uptodate
from . import render as render_stage
from .publish import REPORT_ITEMS, STAGE_ITEMS, failed_folder, publish
from .workspace import Summary, Workspace, log

if TYPE_CHECKING:
    from .release import Release


def assembly_key(release: Release, staged: Path, render: bool | tuple[str, ...], commit: str) -> str:
    """What the assembled and rendered report depends on, including ``commit``, which the title page
    prints as the report version: a commit-only change assembles and renders again. Its notebooks
    (what they read is in them: one that re-ran differs), its params file, and what assembling reads
    (deps.assembly_files: not the text or the modules of chapters it does not have)."""
    parts = [f"{p.name}:{file_digest(p)}" for p in sorted((staged / "notebooks").glob("*.ipynb"))]
    parts += [
        commit,
        file_digest(release.params_file),
        deps.digest(deps.assembly_files(list(release.chapters))),
        tree_digest(DATA),
        str(render),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def release_inputs(release: Release, workspace: Workspace) -> list[Path]:
    """The files a release is built from: its params file and notebooks, what its notebook runs read
    (data files, templates, package modules; from their cache entries), what assembling it reads, data/."""
    cache = workspace.notebook_cache()
    files = {release.params_file, DATA, *deps.assembly_files(list(release.chapters))}
    for name in release.chapters:
        files.add(release.notebook(name, workspace.notebooks))
        entry = cache.entry(release.id, name)
        files.update(from_root(read) for read in (entry.reads if entry else {}))
    return sorted(files)


def release_commit(release: Release, workspace: Workspace) -> str:
    """The commit ``release`` is built from, "-dirty" only when its own inputs differ from it: editing
    one chapter's template marks (and renders again) only the releases that have the chapter."""
    return uptodate.git_commit(release_inputs(release, workspace))


def assemble_release(release: Release, staged: Path, workspace: Workspace, summary: Summary, commit: str) -> None:
    from ..presentation import captions, figures_alt, parts
    from . import assemble, execute, front

    cache = workspace.notebook_cache()
    year, names = release.id, list(release.chapters)
    # r37: what Quarto renders and the release publishes holds no run times (the cache keeps them): a report from
    # notebooks run afresh is byte-identical to one from the cache
    execute.scrub(staged / "notebooks")
    runs = {}
    for name in names:
        entry = cache.entry(year, name)
        runs[name] = {
            "seconds": entry.seconds if entry else 0.0,
            "cached": (year, name) in summary.cached,
            "key": entry.key if entry else None,
        }
    parts.split(staged, names)  # a cell showing a chapter's parts becomes a cell per part, labelled and captioned
    captions.name_data_years(staged, names, release.year)
    synthetic = release.params.is_synthetic
    facts = assemble.write_facts(staged, release.year, names, synthetic)
    record = assemble.write_build_record(
        release, staged, runs, [release.notebook(n, workspace.notebooks) for n in names], commit
    )
    assemble.write_report_document(release, staged, facts, record)
    for warning in front.publication_warnings(release.params, assemble.report_version(commit)):
        log(f"[{release.id}] warning, not ready to publish: {warning}")  # the report itself never says so
    assemble.write_artifacts(staged, names)
    # each figure's alt text where Quarto reads it, its values as CSV (marked when made up); or fail
    figures_alt.apply(
        staged, names, assemble.SYNTHETIC_MARK if synthetic else None, assemble.SYNTHETIC_ALT if synthetic else None
    )
    assemble.write_suppression_log(release.params, staged)


def write_previews(release: Release, staged: Path, workspace: Workspace) -> None:
    """The HTML previews (no Quarto needed to read them); written while Quarto renders the report."""
    from . import notebook_pages
    from .assemble import SYNTHETIC_BANNER

    # a notebook read on its own says what its data are, as every page of the report does (r21 demo #12)
    notice = SYNTHETIC_BANNER if release.params.is_synthetic else None
    notebook_pages.write_previews(staged, workspace.cache / "previews" / release.id, notice)


ITEMS_OF = {"html": ["report.html", "report_files"], "typst": ["report.pdf"]}  # each of render.FORMATS


def report_items(formats: tuple[str, ...]) -> list[str]:
    """What a render in ``formats`` publishes (render.FORMATS: both; a preview renders the HTML only)."""
    return [item for f in formats for item in ITEMS_OF[f]]


def stage_release(
    release: Release,
    staged: Path,
    workspace: Workspace,
    render: bool,
    force: bool,
    summary: Summary,
    shared: str,
    formats: tuple[str, ...] = render_stage.FORMATS,
) -> bool:
    """Assemble a release in its staging folder; False when its published output is already up to date."""
    target = workspace.release_output(release.id)
    commit = release_commit(release, workspace)  # read once: the key and the record agree
    key = assembly_key(release, staged, render and formats, commit)
    rendered = all((target / i).exists() for i in report_items(formats) if i != "report_files") if render else True
    if not force and uptodate.is_current(target, key, False, "assembly_key") and rendered:
        uptodate.record(target / "build.json", uptodate.inputs_key(release.id, shared, render))
        uptodate.seal(target)
        summary.up_to_date.append(release.id)
        log(f"[{release.id}] up to date: {relative_to_root(target)}/")
        return False
    assemble_release(release, staged, workspace, summary, commit)
    write_assembly_key(staged, key)
    uptodate.record(staged / "build.json", uptodate.inputs_key(release.id, shared, render))
    return True


def write_assembly_key(staged: Path, key: str) -> None:
    record = json.loads((staged / "build.json").read_text(encoding="utf-8"))
    record["assembly_key"] = key
    (staged / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def publish_release(release_id: str, staged: Path, workspace: Workspace, items: list[str], summary: Summary) -> None:
    target = workspace.release_output(release_id)
    publish(staged, target, items, keep=[i for i in REPORT_ITEMS if i not in items])
    uptodate.seal(target)
    shutil.rmtree(failed_folder(workspace.cache, release_id), ignore_errors=True)
    summary.published.append(release_id)
    log(f"[{release_id}] written to {relative_to_root(target)}/")
    from ..config.params import load_params
    from ..export.stage import record_publication

    params = load_params(release_id)
    if params.export is not None and record_publication(release_id, params.year, params.export, params.min_cell_count):
        log(f"[{release_id}] disclosure ledger: publication recorded in {LEDGER.name}/ (commit it)")


class Finisher:
    """Assembles, renders (in the background) and publishes each release handed over by ``done``."""

    def __init__(
        self,
        staging: Path,
        workspace: Workspace,
        render: bool,
        force: bool,
        jobs: int | None,
        summary: Summary,
        shared: str,
        formats: tuple[str, ...] = render_stage.FORMATS,
    ):
        self.staging, self.workspace, self.force, self.summary, self.shared = staging, workspace, force, summary, shared
        self.formats = formats
        self.quarto_missing = False
        self.executable = None
        if render:
            try:
                self.executable = render_stage.quarto()
            except QuartoNotFoundError:
                self.quarto_missing = True  # the stage is still published; the build says so at the end
        self.errors: list[BuildError] = []
        self._lock = threading.Lock()
        self._futures: list[Future] = []
        self._previewed: set[str] = set()
        self._running = render_stage.Running()
        # two renders per core: a Quarto render waits on its own tools (pandoc, typst, sass) part of the time,
        # and a release ready early should not queue behind two long ones (measured: about 1 s less, 2 cores)
        workers = 2 * max(1, jobs or len(os.sched_getaffinity(0)))
        self._pool = ThreadPoolExecutor(max_workers=workers) if self.executable else None

    def done(self, release: Release) -> None:
        """Every notebook of ``release`` has run: assemble it, then render and publish it."""
        rendered = self.executable is not None
        staged = self.staging / release.id
        args = (self.workspace, rendered, self.force, self.summary, self.shared, self.formats)
        with timeline.phase("assemble"):
            staged_now = stage_release(release, staged, *args)
        if not staged_now:
            return
        if not rendered:
            write_previews(release, staged, self.workspace)
            with self._lock:
                publish_release(release.id, staged, self.workspace, STAGE_ITEMS, self.summary)
            return
        previews = threading.Event()  # set once writing the previews ended; publishing waits for it
        try:
            date = release.params.publication_date  # the PDF's creation date (render.Job)
            self._futures.append(self._pool.submit(self._render, release.id, date, previews))
            with timeline.phase("previews"):
                write_previews(release, staged, self.workspace)
            self._previewed.add(release.id)
        finally:  # when writing them failed, the build stops and this release is not published
            previews.set()

    def _render(self, release_id: str, date: dt.date, previews: threading.Event) -> None:
        staged = self.staging / release_id
        job = render_stage.Job(release_id, staged, date)
        with timeline.phase(timeline.RENDER):
            result = render_stage.render(job, log, self.executable, self.formats, running=self._running)
        previews.wait()
        with self._lock:
            if release_id not in self._previewed or self._running.stopped:  # the build stopped meanwhile
                return
            if result.ok:
                log(f"[{release_id}] rendered in {result.seconds:.1f} s")
                items = STAGE_ITEMS + report_items(self.formats)
                with timeline.phase("publish"):
                    publish_release(release_id, staged, self.workspace, items, self.summary)
            else:
                log(f"[{release_id}] not published: quarto render failed; the last good output is untouched")
                self.errors.append(result.error)

    def finish(self) -> list[BuildError]:
        """Wait for every render; the render errors, by release (QuartoNotFoundError when Quarto is missing)."""
        for future in self._futures:
            future.result()
        self.close()
        return sorted(self.errors, key=lambda e: e.release)

    def missing_quarto(self) -> QuartoNotFoundError | None:
        if not self.quarto_missing:
            return None
        out = relative_to_root(self.workspace.output) + "/<release>"
        return QuartoNotFoundError(render_stage.QUARTO_HELP.format(out=out, minimum=render_stage.MINIMUM_SHOWN))

    def close(self) -> None:
        """No render outlives the build (its staging folder is removed next): after ``finish`` there is
        none left; a build stopped early (Ctrl-C, SIGTERM, an error) stops those still running."""
        self._running.stop()
        with self._lock:  # a publish under way ends before the caller removes the staging folder it moves from
            pass
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
