"""Benchmark of the Papermill stage (issue 8): naive versus our build, cold, unchanged, one notebook edited.

    .venv/bin/python benchmarks/build_speed.py [--years 2020 2021] [--repeat 1]

Every build here writes into a temporary folder, never into _output/ or _cache/. Times are wall
clock of whole commands (interpreter start-up included), as an analyst experiences them:

* naive: the ``papermill`` command line once per notebook and year, one after the other;
* cold: ``hulplijnen notebooks`` with an empty cache (validation, parallel execution, assembly);
* unchanged: the same command again;
* one edited: the same command after a markdown cell is added to one notebook.

It then shows where a notebook's time goes: kernel start-up and Papermill overhead, the import
cell, and the analysis cells, from the per-cell durations Papermill records.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hulplijnen.release import load_release  # noqa: E402

OURS = """
import sys
from pathlib import Path
from hulplijnen.build import Workspace, build
base = Path(sys.argv[1])
folders = {"output": base / "out", "staging": base / "staging", "cache": base / "cache"}
folders["notebooks"] = base / "notebooks"
build(sys.argv[2:], render=False, workspace=Workspace(**folders))
"""


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "MPLBACKEND": "agg"})
    if done.returncode != 0:
        sys.exit(f"benchmark command failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def naive_runs(years: list[str]) -> list[tuple[str, str]]:
    """The notebook runs a release needs, as our build would run them."""
    return [(year, name) for year in years for name in load_release(year).chapters]


def naive(years: list[str], base: Path) -> float:
    papermill = str(Path(sys.executable).with_name("papermill"))
    total = 0.0
    for year, name in naive_runs(years):
        total += timed(
            [
                papermill,
                str(ROOT / "notebooks" / f"{name}.ipynb"),
                str(base / f"{year}-{name}.ipynb"),
                "-f",
                str(ROOT / "params" / f"{year}.yml"),
                "--cwd",
                str(ROOT),
                "--no-progress-bar",
            ]
        )
    return total


def ours(years: list[str], base: Path) -> float:
    return timed([sys.executable, "-c", OURS, str(base), *years])


def breakdown(folder: Path) -> list[tuple[str, float, float, float]]:
    rows = []
    for nb_path in sorted(folder.glob("*/notebooks/*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        cells = [c.metadata.get("papermill", {}) for c in nb.cells if c.cell_type == "code"]
        meta = nb.metadata.get("papermill", {})
        total = meta.get("duration") or 0.0
        imports = next(
            (
                c.get("duration") or 0.0
                for c, src in zip(cells, [c.source for c in nb.cells if c.cell_type == "code"])
                if src.startswith("from hulplijnen import")
            ),
            0.0,
        )
        in_cells = sum(c.get("duration") or 0.0 for c in cells)
        rows.append((f"{nb_path.parent.parent.name}/{nb_path.stem}", total - in_cells, imports, in_cells - imports))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", nargs="+", default=["2020", "2021"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT / "notebooks", base / "notebooks")
        (base / "naive").mkdir()
        results = {"naive (papermill CLI per notebook, sequential)": naive(args.years, base / "naive")}
        results["ours, cold (empty cache)"] = ours(args.years, base)
        results["ours, nothing changed"] = ours(args.years, base)
        edited = base / "notebooks" / "contact_persons.ipynb"
        nb = nbformat.read(edited, as_version=4)
        nb.cells.append(nbformat.v4.new_markdown_cell("Een toegevoegde zin."))
        nbformat.write(nb, edited)
        results["ours, one notebook edited"] = ours(args.years, base)
        rows = breakdown(base / "out")
        one = max(r[1] + r[2] + r[3] for r in rows if r[0].endswith("contact_persons"))
    naive_time = results["naive (papermill CLI per notebook, sequential)"]
    print(
        f"Papermill stage, releases {', '.join(args.years)}, {len(naive_runs(args.years))} notebook runs, "
        f"{os.cpu_count()} cores"
    )
    print(f"{'build':50} {'seconds':>8} {'× naive':>8}")
    for label, seconds in results.items():
        print(f"{label:50} {seconds:8.2f} {seconds / naive_time:8.2f}")
    print()
    print("targets: cold <= 0.60 x naive; nothing changed < 2 s; one edited <= that notebook + 2 s")
    print(f"  cold / naive           = {results['ours, cold (empty cache)'] / naive_time:.2f}")
    print(f"  nothing changed        = {results['ours, nothing changed']:.2f} s")
    print(
        f"  one edited - notebook  = {results['ours, one notebook edited'] - one:.2f} s (the edited notebook took "
        f"{one:.2f} s)"
    )
    print()
    print("where a notebook's time goes (seconds; last run of each):")
    print(f"{'notebook':32} {'kernel+overhead':>16} {'imports':>8} {'analysis':>9}")
    for name, kernel, imports, analysis in rows:
        print(f"{name:32} {kernel:16.2f} {imports:8.2f} {analysis:9.2f}")


if __name__ == "__main__":
    main()
