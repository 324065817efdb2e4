"""The orchestrator: validate, execute the notebooks that need it (in parallel, from a content-hash
cache otherwise), assemble each year in a staging folder, render with Quarto, and move the result
into _output/<year>/ atomically. A failed stage never touches the last good output of that year."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import assemble
from .assemble import NOTEBOOK_ORDER
from .cache import NotebookCache, environment_digest, file_digest, key_parts, listing_digest, notebook_key, tree_digest
from .errors import BuildError, InputError, NotebookExecutionError, QuartoNotFoundError
from .execute import Outcome, Task, run_all
from .paths import CACHE, DATA, NOTEBOOKS, OUTPUT, PACKAGE, PARAMS, QUARTO_PROJECT, REPORT_TEMPLATE, ROOT, STAGING, params_file, relative_to_root

QUARTO_HELP = ("Quarto is not installed, so the HTML and PDF report were not rendered (the Papermill stage ran; "
               "previews are in {out}/preview/ and the last good report is untouched).\n"
               "Install Quarto 1.8 or newer: conda install -c conda-forge quarto (environment.yml lists it), "
               "or pip install 'hulplijnen[quarto]' (the quarto-cli package), or from https://quarto.org/docs/get-started/. "
               "Then run the same command again.")
STAGE_ITEMS = ["notebooks", "figures.json", "figures", "tables", "build.json", "report.qmd", "_quarto.yml", "preview", "suppression_log.csv"]
REPORT_ITEMS = ["report.html", "report_files", "report.pdf"]
RELEASE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
OPTIONAL_ITEMS = {"suppression_log.csv"}  # only releases with a contact export have one


@dataclass(frozen=True)
class Workspace:
    """Where a build reads notebooks and writes its output, staging and cache (tests use their own)."""

    output: Path = OUTPUT
    staging: Path = STAGING
    cache: Path = CACHE
    notebooks: Path = NOTEBOOKS

    def notebook_cache(self) -> NotebookCache:
        return NotebookCache(self.cache / "notebooks", ROOT)

    def year_output(self, release: str) -> Path:
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
    return [workspace.notebooks / f"{name}.ipynb" for name in NOTEBOOK_ORDER]


def validate_inputs(workspace: Workspace, force: bool) -> None:
    """check_all(), skipped when data, params and code are byte-identical to the last clean check."""
    key = hashlib.sha256("\n".join([tree_digest(DATA), tree_digest(PARAMS, "*.yml"), tree_digest(PACKAGE, "**/*.py")]).encode()).hexdigest()
    stamp = workspace.cache / "validated.txt"
    if not force and stamp.is_file() and stamp.read_text() == key:
        return
    from .validate import check_all

    problems = check_all()
    if problems:
        raise InputError(problems)
    workspace.cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(key)


@dataclass(frozen=True)
class Planned:
    """A notebook run to execute, with what its cache entry will record."""

    task: Task
    parts: dict[str, str]
    listing: str


def plan(years: list[str], workspace: Workspace, staging: Path, force: bool, summary: Summary) -> list[Planned]:
    """The notebook runs the build needs: every (year, notebook) whose cached run is missing or stale.

    Cached runs are copied into the staging folder right away."""
    import papermill as pm

    from .params import load_params, notebook_parameters

    cache = workspace.notebook_cache()
    code, environment, listing = tree_digest(PACKAGE, "**/*.py"), environment_digest(), listing_digest(DATA)
    tasks = []
    declared = {source: list(pm.inspect_notebook(str(source))) for source in notebooks(workspace)}
    for year in years:
        params = load_params(year)
        for source in [workspace.notebooks / f"{name}.ipynb" for name in assemble.chapters(params)]:
            values = notebook_parameters(params, declared[source])
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


def execute(planned: list[Planned], workspace: Workspace, jobs: int | None, summary: Summary) -> None:
    from . import facts as facts_mod
    from .cache import Entry

    cache = workspace.notebook_cache()

    def done(outcome: Outcome) -> None:
        status = f"done in {outcome.seconds:.1f} s" if outcome.ok else f"FAILED: {outcome.error}"
        log(f"[{outcome.task.year}] {outcome.task.name}: {status}")

    for p, outcome in zip(planned, run_all([p.task for p in planned], ROOT, jobs, done)):
        task = p.task
        if outcome.ok:
            reads = facts_mod.inputs_from_notebook(task.target)
            cache.store(task.year, task.name, task.target, Entry(notebook_key(p.parts), p.parts, reads, p.listing, round(outcome.seconds, 2)))
            summary.executed.append((task.year, task.name))
        else:
            summary.failed.append(outcome)


def assembly_key(year: str, staged: Path, render: bool) -> str:
    parts = [file_digest(p) for p in sorted((staged / "notebooks").glob("*.ipynb"))]
    parts += [file_digest(params_file(year)), file_digest(REPORT_TEMPLATE), file_digest(QUARTO_PROJECT),
              tree_digest(DATA), tree_digest(PACKAGE, "**/*.py"), str(render)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_up_to_date(target: Path, key: str, render: bool) -> bool:
    record = target / "build.json"
    if not record.is_file():
        return False
    try:
        same = json.loads(record.read_text(encoding="utf-8")).get("assembly_key") == key
    except ValueError:
        return False
    return same and all((target / item).exists() for item in STAGE_ITEMS + (["report.html", "report.pdf"] if render else []) if item not in OPTIONAL_ITEMS)


def assemble_year(year: str, staged: Path, workspace: Workspace, summary: Summary) -> None:
    from .params import load_params

    params = load_params(year)
    cache = workspace.notebook_cache()
    names = assemble.chapters(params)
    runs = {}
    for name in names:
        entry = cache.entry(year, name)
        runs[name] = {"seconds": entry.seconds if entry else 0.0, "cached": (year, name) in summary.cached, "key": entry.key if entry else None}
    facts = assemble.write_facts(staged, params.year, names)
    record = assemble.write_build_record(year, params, staged, runs, [workspace.notebooks / f"{n}.ipynb" for n in names])
    assemble.write_report_document(params, staged, facts, record)
    assemble.write_artifacts(staged, names)
    assemble.write_suppression_log(params, staged)
    assemble.write_previews(staged)


def render_quarto(staging: Path) -> None:
    quarto = shutil.which("quarto")
    if quarto is None:
        raise QuartoNotFoundError("quarto not on PATH")
    for fmt_ in ("html", "typst"):
        done = subprocess.run([quarto, "render", "report.qmd", "--to", fmt_, "--no-execute"], cwd=staging, capture_output=True, text=True)
        if done.returncode != 0:
            raise BuildError(f"quarto render --to {fmt_} failed:\n{done.stderr[-4000:]}")


def publish(staging: Path, target: Path, items: list[str], workspace: Workspace) -> None:
    """Replace the release folder as a whole (hulplijnen.publish); keep the last good report when
    this build did not render one."""
    from . import publish as publishing

    publishing.publish(staging, target, items, keep=[i for i in REPORT_ITEMS if i not in items])
    shutil.rmtree(publishing.failed_folder(workspace.cache, target.name), ignore_errors=True)


def finish_year(year: str, staged: Path, workspace: Workspace, render: bool, force: bool, summary: Summary) -> None:
    target = workspace.year_output(year)
    key = assembly_key(year, staged, render)
    if not force and is_up_to_date(target, key, render):
        summary.up_to_date.append(year)
        log(f"[{year}] up to date: {relative_to_root(target)}/")
        return
    assemble_year(year, staged, workspace, summary)
    record = json.loads((staged / "build.json").read_text(encoding="utf-8"))
    record["assembly_key"] = key
    (staged / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if render:
        try:
            render_quarto(staged)
        except QuartoNotFoundError:
            record["assembly_key"] = assembly_key(year, staged, False)  # the stage is complete, the render is not
            (staged / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            publish(staged, target, STAGE_ITEMS, workspace)
            raise QuartoNotFoundError(QUARTO_HELP.format(out=relative_to_root(workspace.output) + "/<release>")) from None
    publish(staged, target, STAGE_ITEMS + (REPORT_ITEMS if render else []), workspace)
    summary.published.append(year)
    log(f"[{year}] written to {relative_to_root(target)}/")


def keep_failed(outcome: Outcome, workspace: Workspace) -> NotebookExecutionError:
    from .publish import failed_folder

    failed = failed_folder(workspace.cache, outcome.task.year)
    failed.mkdir(parents=True, exist_ok=True)
    kept = failed / outcome.task.source.name
    if outcome.task.target.exists():
        shutil.copy2(outcome.task.target, kept)
    return NotebookExecutionError(f"{outcome.task.source.name} ({outcome.task.year})", outcome.cell, outcome.error or "", relative_to_root(kept))


def prepare_exports(years: list[str], jobs: int | None) -> None:
    """The export stage: each release with a contact export gets its protected tables (cached)."""
    from .export.stage import prepare
    from .params import load_params

    for year in years:
        params = load_params(year)
        if params.export is not None:
            started = time.perf_counter()
            folder = prepare(params.year, params.export, params.min_cell_count, jobs)
            log(f"[{year}] contact export: protected tables in {relative_to_root(folder)}/ ({time.perf_counter() - started:.1f} s)")


def build(years: list[str] | None = None, render: bool = True, force: bool = False, jobs: int | None = None,
          workspace: Workspace = Workspace()) -> Summary:
    from .params import release_ids

    from .publish import clean_stale, recover

    started = time.perf_counter()
    for done in recover(workspace.output) + clean_stale(workspace.staging, workspace.cache / "exports"):
        log(f"cleanup after an interrupted build: {done}")
    validate_inputs(workspace, force)
    years = years or release_ids()
    bad = [y for y in years if not RELEASE_NAME.fullmatch(y)]
    if bad:
        raise BuildError("a release is the name of a params file: lower-case letters, digits and '-' "
                         f"(params/<release>.yml); not: {', '.join(repr(b[:40]) for b in bad)}")
    unknown = [y for y in years if y not in release_ids()]
    if unknown:
        raise BuildError(f"no params file for {', '.join(unknown)}; params files exist for: {', '.join(release_ids())}")
    prepare_exports(years, jobs)
    summary = Summary()
    workspace.staging.mkdir(parents=True, exist_ok=True)
    staging = workspace.staging / f"build-{os.getpid()}"  # one staging place per build: two builds never share it
    shutil.rmtree(staging, ignore_errors=True)
    try:
        tasks = plan(years, workspace, staging, force, summary)
        if tasks:
            log(f"executing {len(tasks)} notebook run(s), {len(summary.cached)} unchanged (from the cache)")
            execute(tasks, workspace, jobs, summary)
        errors = [keep_failed(o, workspace) for o in summary.failed]
        failed_years = {o.task.year for o in summary.failed}
        quarto_missing = None
        for year in years:
            if year in failed_years:
                log(f"[{year}] not published: a notebook failed; the last good output is untouched")
                continue
            try:
                finish_year(year, staging / year, workspace, render, force, summary)
            except QuartoNotFoundError as exc:
                quarto_missing = exc
        if errors:
            if len(errors) == 1:
                raise errors[0]
            raise BuildError(f"{len(errors)} notebook runs failed:\n" + "\n".join(str(e) for e in errors))
        if quarto_missing:
            raise quarto_missing
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log(f"build finished in {time.perf_counter() - started:.1f} s: {len(summary.executed)} executed, {len(summary.cached)} from the cache, "
        f"{len(summary.published)} year(s) written, {len(summary.up_to_date)} up to date")
    return summary


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="hulplijnen", description="Build the helplines report.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("report", "notebooks"):
        p = sub.add_parser(name)
        p.add_argument("--year", action="append", help="year to build (repeatable); default: every params/<year>.yml")
        p.add_argument("--force", action="store_true", help="ignore the cache: execute every notebook and reassemble")
        p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    sub.add_parser("validate")
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            from .validate import main as validate_main

            return validate_main()
        build(args.year, render=args.command == "report", force=args.force, jobs=args.jobs)
    except QuartoNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
