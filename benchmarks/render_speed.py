"""Benchmark of the render stage: one ``quarto render --to all`` (HTML and PDF) per release against
two invocations (``--to html`` then ``--to typst``), on copies of built releases.

    .venv/bin/python benchmarks/render_speed.py [--releases 2020 2021] [--repeat 2]

Needs ``make report`` first (it copies _output/<release>/ into a temporary folder; the output is
never touched) and quarto on PATH. Alternates the two variants so machine load hits both alike,
and prints the median wall time of each per release.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEEDED = ["report.qmd", "_quarto.yml", "quarto", "notebooks"]
VARIANTS = {"one invocation (--to all)": [["all"]], "two invocations (html, typst)": [["html"], ["typst"]]}


def copy_release(release: str, into: Path) -> Path:
    source = ROOT / "_output" / release
    missing = [n for n in NEEDED if not (source / n).exists()]
    if missing:
        sys.exit(f"{source} lacks {', '.join(missing)}: run `make report` first")
    target = into / release
    target.mkdir()
    for name in NEEDED:
        (shutil.copytree if (source / name).is_dir() else shutil.copy2)(source / name, target / name)
    return target


def timed(folder: Path, runs: list[list[str]]) -> float:
    for stale in ("report.html", "report.pdf", ".quarto"):
        path = folder / stale
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    started = time.perf_counter()
    for to in runs:
        subprocess.run(
            ["quarto", "render", "report.qmd", "--to", *to, "--no-execute"], cwd=folder, check=True, capture_output=True
        )
    if not ((folder / "report.html").is_file() and (folder / "report.pdf").is_file()):
        sys.exit(f"{folder}: a variant did not write both report.html and report.pdf")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", nargs="+", default=["2020", "2021"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("quarto") is None:
        sys.exit("quarto is not on PATH")
    print(f"| release | {' | '.join(VARIANTS)} |\n|---|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for release in args.releases:
            folder = copy_release(release, Path(tmp))
            times: dict[str, list[float]] = {name: [] for name in VARIANTS}
            for _ in range(args.repeat):
                for name, runs in VARIANTS.items():
                    times[name].append(timed(folder, runs))
            medians = " | ".join(f"{statistics.median(t):.1f} s" for t in times.values())
            print(f"| {release} | {medians} |", flush=True)


if __name__ == "__main__":
    main()
