"""One release from executed notebooks to published report: assemble it in its staging folder, render
it with Quarto, publish it. The build hands each release over as soon as its last notebook has run
(or at once, when every notebook of it came from the cache), so Quarto renders one release while the
notebooks of the next still run; releases render in parallel, up to two per core. A release
whose render failed is not published: its last good output is untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from . import render as render_stage
from . import uptodate
from .cache import file_digest, tree_digest
from .errors import BuildError, QuartoNotFoundError
from .paths import DATA, NOTEBOOKS, PACKAGE, QUARTO_PARTIALS, QUARTO_PROJECT, REPORT_TEXT, relative_to_root
from .publish import REPORT_ITEMS, STAGE_ITEMS, failed_folder, publish
from .workspace import Summary, Workspace, log

if TYPE_CHECKING:
    from .release import Release


def assembly_key(release: Release, staged: Path, render: bool, commit: str) -> str:
    """What the assembled and rendered report depends on, including ``commit``, which the title page
    prints as the report version: a commit-only change assembles and renders again."""
    parts = [file_digest(p) for p in sorted((staged / "notebooks").glob("*.ipynb"))]
    parts += [
        commit,
        file_digest(release.params_file),
        tree_digest(REPORT_TEXT),
        file_digest(QUARTO_PROJECT),
        tree_digest(QUARTO_PARTIALS),
        tree_digest(DATA),
        tree_digest(PACKAGE, "**/*.py"),
        str(render),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def release_commit(release: Release, notebooks: Path = NOTEBOOKS) -> str:
    """The commit ``release`` is built from, "-dirty" only when its own inputs differ from it."""
    sources = [release.notebook(name, notebooks) for name in release.chapters]
    return uptodate.git_commit(uptodate.release_inputs(release.params_file, sources))


def assemble_release(release: Release, staged: Path, workspace: Workspace, summary: Summary, commit: str) -> None:
    from . import assemble, captions, figures_alt

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
    captions.name_data_years(staged, names, release.year)
    facts = assemble.write_facts(staged, release.year, names)
    record = assemble.write_build_record(
        release, staged, runs, [release.notebook(n, workspace.notebooks) for n in names], commit
    )
    assemble.write_report_document(release, staged, facts, record)
    assemble.write_artifacts(staged, names)
    figures_alt.apply(staged, names)  # each figure's alt text where Quarto reads it, its values as CSV; or fail
    assemble.write_suppression_log(release.params, staged)


def write_previews(release: Release, staged: Path, workspace: Workspace) -> None:
    """The HTML previews (no Quarto needed to read them); written while Quarto renders the report."""
    from . import assemble

    assemble.write_previews(staged, workspace.cache / "previews" / release.id)


def stage_release(
    release: Release, staged: Path, workspace: Workspace, render: bool, force: bool, summary: Summary, shared: str
) -> bool:
    """Assemble a release in its staging folder; False when its published output is already up to date."""
    target = workspace.release_output(release.id)
    commit = release_commit(release, workspace.notebooks)  # read once: the key and the record agree
    key = assembly_key(release, staged, render, commit)
    if not force and uptodate.is_current(target, key, render, "assembly_key"):
        uptodate.record(target / "build.json", uptodate.inputs_key(release.id, shared, render))
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
    shutil.rmtree(failed_folder(workspace.cache, release_id), ignore_errors=True)
    summary.published.append(release_id)
    log(f"[{release_id}] written to {relative_to_root(target)}/")


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
    ):
        self.staging, self.workspace, self.force, self.summary, self.shared = staging, workspace, force, summary, shared
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
        if not stage_release(release, staged, self.workspace, rendered, self.force, self.summary, self.shared):
            return
        if not rendered:
            write_previews(release, staged, self.workspace)
            with self._lock:
                publish_release(release.id, staged, self.workspace, STAGE_ITEMS, self.summary)
            return
        previews = threading.Event()  # set once writing the previews ended; publishing waits for it
        try:
            self._futures.append(self._pool.submit(self._render, release.id, previews))
            write_previews(release, staged, self.workspace)
            self._previewed.add(release.id)
        finally:  # when writing them failed, the build stops and this release is not published
            previews.set()

    def _render(self, release_id: str, previews: threading.Event) -> None:
        staged = self.staging / release_id
        result = render_stage.render(render_stage.Job(release_id, staged), log, self.executable, running=self._running)
        previews.wait()
        with self._lock:
            if release_id not in self._previewed or self._running.stopped:  # the build stopped meanwhile
                return
            if result.ok:
                log(f"[{release_id}] rendered in {result.seconds:.1f} s")
                publish_release(release_id, staged, self.workspace, STAGE_ITEMS + REPORT_ITEMS, self.summary)
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
