"""Benchmark of the whole build (issues 17, 23): naive versus ``make report``, cold, unchanged, one notebook
edited, one chapter's template edited, and a template saved while ``make preview`` runs (loop_speed.py).

    .venv/bin/python benchmarks/build_speed.py [--releases 2020 2021] [--no-render] [--json]

Everything runs in a temporary copy of the repository (its own _output/, _cache/, _staging/), never
in this one. Times are wall clock of whole commands as an analyst types them (make, interpreter
start-up, validation, export stage, notebooks, assembly and, unless --no-render, the Quarto render
with ``quarto`` from PATH):

* naive: the ``papermill`` command line once per notebook and release, then (with the render)
  ``quarto render report.qmd --to all`` once per release, one after the other, in the same run
  (after the cold build, whose export stage made the protected tables the export chapters read:
  naive is not charged for the export stage, nor for validation or assembly);
* cold: ``make report`` (``make notebooks`` with --no-render) with an empty cache;
* unchanged: the same command again;
* one edited: the same command after a markdown cell is added to one notebook (one that a single
  release uses, when there is one);
* template edit and preview edit: see loop_speed.py (keys template_edit_s, preview_edit_s, their budgets,
  and the per-notebook analysis times and per-release render times they are judged against).

Peak memory is the largest sum over the command's whole process tree (make, the build, the zygote,
its task processes and kernels, Quarto), sampled every 50 ms: of resident memory (RSS, which counts a
page shared by forked processes in each of them) and of proportional memory (PSS, which divides it).
Overhead per notebook is a notebook's time as the build saw it (from forking its kernel to writing
its notebook) less the time inside its analysis cells, that is kernel start-up, the import cell and
Papermill's own work, averaged over the cold build. With --json the last line is one JSON object
with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import psutil
from loop_speed import preview_edit, template_edit
from loop_speed import report as report_loop

ROOT = Path(__file__).resolve().parents[1]
COPIED = ["Makefile", "pyproject.toml", "requirements.lock", "_quarto.yml", "src", "data", "params", "notebooks"]
COPIED += ["report", "quarto"]
IMPORT_CELL = "from hulplijnen import"
RENDERED = re.compile(r"^\[(\S+)\] rendered in ([0-9.]+) s", re.M)
EXPORTED = re.compile(r"^\[(\S+)\] contact export: .*\(([0-9.]+) s\)$", re.M)


def workspace(base: Path) -> Path:
    """A copy of the repository that imports its own src/ and has the environment of this one."""
    repo = base / "repo"
    repo.mkdir()
    for name in COPIED:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, repo / name)
    (repo / ".venv").symlink_to(ROOT / ".venv")
    return repo


def _pss(pid: int) -> int:
    """Proportional set size in bytes (Linux): pages shared by forked processes counted once, in shares."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def peak_rss(process: subprocess.Popen, peak: list[float]) -> None:
    """Largest sums over the process tree: resident memory (peak[0]) and proportional memory (peak[1]).
    Warm kernels are forks that share the pages of the modules they imported: RSS counts each shared
    page once per process, PSS divides it among them."""
    try:
        root = psutil.Process(process.pid)
    except psutil.Error:
        return
    while process.poll() is None:
        rss = pss = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    rss += p.memory_info().rss
                    pss += _pss(p.pid)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak[0] = max(peak[0], rss / 2**20)
        peak[1] = max(peak[1], pss / 2**20)
        time.sleep(0.05)


def timed(command: list[str], cwd: Path, env: dict, peak: list[float] | None = None) -> tuple[float, str]:
    """Wall time and output of one command; the benchmark stops if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = threading.Thread(target=peak_rss, args=(process, peak if peak is not None else [0.0, 0.0]), daemon=True)
    sampler.start()
    out, _ = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"benchmark command failed: {' '.join(command)}\n{out[-3000:]}")
    return seconds, out


RUNS = """
import json, sys
import papermill as pm
from hulplijnen.pipeline.release import notebook_parameters
from hulplijnen.pipeline.release import load_release
runs = {}
for r in sys.argv[1:]:
    release = load_release(r)
    runs[r] = {}
    for name in release.chapters:
        declared = list(pm.inspect_notebook(str(release.notebook(name))))
        runs[r][name] = notebook_parameters(release.params, declared)
print(json.dumps(runs, default=str))
"""


def runs(repo: Path, releases: list[str], env: dict) -> dict[str, dict[str, dict]]:
    """The chapters (notebooks) each release runs, with the parameter values the build passes them."""
    code = RUNS
    done = subprocess.run([sys.executable, "-c", code, *releases], cwd=repo, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stderr[-3000:])
    return json.loads(done.stdout.splitlines()[-1])


def naive_notebooks(repo: Path, chapters: dict[str, list[str]], into: Path, env: dict) -> float:
    papermill = str(Path(sys.executable).with_name("papermill"))
    total = 0.0
    for release, names in chapters.items():
        for name in names:
            target = into / release / "notebooks" / f"{name}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            source = repo / "notebooks" / f"{name}.ipynb"
            params = into / release / f"{name}.json"  # the values the build injects (JSON is YAML)
            params.write_text(json.dumps(names[name]), encoding="utf-8")
            command = [papermill, str(source), str(target), "-f", str(params), "--cwd", str(repo), "--no-progress-bar"]
            total += timed(command, repo, env)[0]
    return total


def naive_renders(repo: Path, chapters: dict[str, list[str]], into: Path, env: dict) -> float:
    """``quarto render`` of each release's document over the naive notebooks (the document and Quarto
    project are the ones the build assembled: papermill alone writes no report)."""
    total = 0.0
    for release in chapters:
        built, folder = repo / "_output" / release, into / release
        for name in ("report.qmd", "_quarto.yml", "quarto", "figures", "tables"):
            if (built / name).exists():
                (shutil.copytree if (built / name).is_dir() else shutil.copy2)(built / name, folder / name)
        # the alt text the build gives each figure (assembly, not charged): the PDF/UA render refuses a figure without
        describe = "import sys; from pathlib import Path; from hulplijnen.presentation import figures_alt as f; "
        describe += "f.apply(Path(sys.argv[1]), sys.argv[2:])"
        subprocess.run([sys.executable, "-c", describe, str(folder), *chapters[release]], cwd=repo, env=env, check=True)
        total += timed(["quarto", "render", "report.qmd", "--to", "all", "--no-execute"], folder, env)[0]
    return total


def notebook_times(repo: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(release, notebook) -> (seconds as the build saw it, seconds in the analysis cells), from the cache."""
    times = {}
    for record in sorted((repo / "_cache" / "notebooks").glob("*/*.json")):
        seen = json.loads(record.read_text(encoding="utf-8"))["seconds"]
        nb = nbformat.read(record.with_suffix(".ipynb"), as_version=4)
        analysis = sum(
            c.metadata.get("papermill", {}).get("duration") or 0.0
            for c in nb.cells
            if c.cell_type == "code" and not c.source.startswith(IMPORT_CELL)
        )
        times[(record.parent.name, record.stem)] = (seen, analysis)
    return times


def edit_one(repo: Path, chapters: dict[str, list[str]]) -> tuple[str, list[str]]:
    """Add a markdown cell to one notebook; returns it and the releases that run it."""
    users = {n: [r for r in chapters if n in chapters[r]] for names in chapters.values() for n in names}
    name = next((n for n in users if len(users[n]) == 1), next(iter(users)))
    path = repo / "notebooks" / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Een toegevoegde zin."))
    nbformat.write(nb, path)
    return name, users[name]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--releases", "--years", nargs="+", default=None, help="default: every params/<release>.yml")
    parser.add_argument("--no-render", action="store_true", help="the Papermill stage only (make notebooks)")
    parser.add_argument("--json", action="store_true", help="end with one JSON object of the figures")
    args = parser.parse_args()
    render = not args.no_render
    if render and shutil.which("quarto") is None:
        sys.exit("quarto is not on PATH (or use --no-render)")
    target = "report" if render else "notebooks"
    with tempfile.TemporaryDirectory(prefix="build-speed-") as tmp:
        base = Path(tmp)
        repo = workspace(base)
        env = {**os.environ, "PYTHONPATH": str(repo / "src"), "MPLBACKEND": "agg"}
        everything = sorted(p.stem for p in (repo / "params").glob("*.yml"))
        releases = args.releases or everything
        for release in set(everything) - set(releases):  # the copy builds exactly the releases asked for
            (repo / "params" / f"{release}.yml").unlink()
        make = ["make", "--no-print-directory", target]
        chapters = runs(repo, releases, env)
        peak = [0.0, 0.0]
        cold, cold_log = timed(make, repo, env, peak)
        naive = naive_notebooks(repo, chapters, base / "naive", env)  # after cold: it needs the export stage's tables
        if render:
            naive += naive_renders(repo, chapters, base / "naive", env)
        cold_times = notebook_times(repo)
        unchanged = timed(make, repo, env)[0]
        edited, users = edit_one(repo, chapters)
        one_edited, edited_log = timed(make, repo, env)
        seen, analysis = notebook_times(repo)[(users[0], edited)]
        renders = {r: float(s) for r, s in RENDERED.findall(edited_log)}
        loop = template_edit(repo, chapters, make, env, timed, notebook_times)
        with_chapter = [r for r in releases if "channels" in chapters[r]]
        if render and with_chapter:
            loop.update(preview_edit(repo, with_chapter[0], env, notebook_times))
    overhead = sum(s - a for s, a in cold_times.values()) / len(cold_times)
    figures = {
        "naive_s": round(naive, 2),
        "cold_s": round(cold, 2),
        "unchanged_s": round(unchanged, 2),
        "one_edited_s": round(one_edited, 2),
        "one_notebook_s": round(analysis, 2),
        "one_render_s": round(sum(renders.values()), 2),
        "overhead_per_notebook_s": round(overhead, 2),
        "peak_rss_mb": round(peak[0]),
        "peak_pss_mb": round(peak[1]),
        "notebooks_analysis_s": {f"{r}/{n}": round(a, 2) for (r, n), (_, a) in sorted(cold_times.items())},
        "renders_s": {r: float(x) for r, x in RENDERED.findall(cold_log)},
        **loop,
    }
    report(figures, releases, chapters, edited, users, seen, render, cold_times)
    report_loop(figures)
    exported = sum(float(x) for _, x in EXPORTED.findall(cold_log))
    print(f"the cold build's export stage (not charged to naive): {exported:.1f} s")
    if args.json:
        print(json.dumps(figures, sort_keys=True))


def report(figures, releases, chapters, edited, users, seen, render, cold_times) -> None:
    runs_count = sum(len(v) for v in chapters.values())
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    stage = "whole build with the render (HTML and PDF)" if render else "Papermill stage (make notebooks)"
    print(f"{stage}; releases {', '.join(releases)}; {runs_count} notebook runs; {os.cpu_count()} cores")
    print(f"load average at the end (1, 5, 15 min): {load}")
    naive = figures["naive_s"]
    print(f"{'build':58} {'seconds':>8} {'× naive':>8}")
    rows = [
        ("naive: papermill CLI per notebook" + (", quarto render per release" if render else ""), naive),
        ("cold (empty cache)", figures["cold_s"]),
        ("nothing changed", figures["unchanged_s"]),
        (f"one notebook edited ({edited}, run by {', '.join(users)})", figures["one_edited_s"]),
    ]
    for label, seconds in rows:
        print(f"{label:58} {seconds:8.2f} {seconds / naive:8.2f}")
    budget = figures["one_notebook_s"] + figures["one_render_s"] + 1.0
    print()
    print(f"edited notebook: {seen:.2f} s as the build saw it, {figures['one_notebook_s']:.2f} s of analysis")
    print(f"its release's render: {figures['one_render_s']:.2f} s; target for one edited: <= {budget:.2f} s")
    print(f"overhead per notebook (kernel start + imports): {figures['overhead_per_notebook_s']:.2f} s (target 0.5)")
    print(
        f"peak memory of the cold build (process tree): {figures['peak_rss_mb']} MB resident "
        f"(shared pages counted in every process), {figures['peak_pss_mb']} MB proportional (each page once)"
    )
    print()
    print(f"{'notebook (cold build)':36} {'as seen':>8} {'analysis':>9} {'overhead':>9}")
    for (release, name), (s, a) in sorted(cold_times.items()):
        print(f"{release + '/' + name:36} {s:8.2f} {a:9.2f} {s - a:9.2f}")


if __name__ == "__main__":
    main()
