"""The orchestrator: Papermill per notebook and year into a staging folder, then Quarto, then an
atomic move into _output/<year>/. A failed stage leaves the last good output untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from string import Template

import nbformat
import papermill as pm

from . import facts as facts_mod
from .errors import BuildError, InputError, NotebookExecutionError, ParamsError, QuartoNotFoundError
from .params import load_params, notebook_parameters, params_years
from .paths import DATA, NOTEBOOKS, OUTPUT, PARAMS, QUARTO_PROJECT, REPORT_TEMPLATE, ROOT, STAGING, relative_to_root, year_output
from .validate import check_all

NOTEBOOK_ORDER = ["channels", "contact_persons", "campaigns", "helplines", "data_quality"]
CHAPTER_TITLES = {"channels": "Kanalen", "contact_persons": "Contactnemers", "campaigns": "Campagnes", "helplines": "Andere hulplijnen en vergelijking", "data_quality": "Datakwaliteit"}
QUARTO_HELP = ("Quarto is not installed, so the HTML and PDF report were not rendered (the Papermill stage ran; "
               "previews are in _output/{year}/preview/ and the last good report is untouched).\n"
               "Install Quarto 1.8 or newer: conda install -c conda-forge quarto (environment.yml lists it), "
               "or pip install 'hulplijnen[quarto]' (the quarto-cli package), or from https://quarto.org/docs/get-started/. "
               "Then run the same command again.")
PACKAGES = ["pandas", "pandera", "seaborn", "matplotlib", "statsmodels", "papermill", "nbformat", "pydantic", "babel", "numpy"]


def log(message: str) -> None:
    print(message, flush=True)


def notebooks() -> list[Path]:
    return [NOTEBOOKS / f"{name}.ipynb" for name in NOTEBOOK_ORDER]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return out + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def execute_notebook(source: Path, target: Path, parameters: dict) -> float:
    """Run one notebook with Papermill; on failure raise naming the notebook and the cell."""
    started = time.perf_counter()
    try:
        pm.execute_notebook(str(source), str(target), parameters=parameters, kernel_name="python3", progress_bar=False, cwd=str(ROOT), log_output=False)
    except pm.PapermillExecutionError as exc:
        raise NotebookExecutionError(source.name, exc.exec_count, f"{exc.ename}: {exc.evalue}", relative_to_root(target)) from None
    return time.perf_counter() - started


def run_papermill_stage(year: str, staging: Path) -> dict:
    params = load_params(year)
    out = staging / "notebooks"
    out.mkdir(parents=True)
    timings = {}
    for source in notebooks():
        declared = list(pm.inspect_notebook(str(source)).keys())
        values = notebook_parameters(params, declared)
        log(f"[{year}] {source.stem}: executing ({', '.join(f'{k}={v}' for k, v in values.items())})")
        try:
            timings[source.stem] = execute_notebook(source, out / source.name, values)
        except NotebookExecutionError as exc:
            failed = year_output(year) / "failed"
            failed.mkdir(parents=True, exist_ok=True)
            shutil.copy2(out / source.name, failed / source.name)
            raise NotebookExecutionError(exc.notebook, exc.cell, exc.exception, relative_to_root(failed / source.name)) from None
        log(f"[{year}] {source.stem}: done in {timings[source.stem]:.1f} s")
    collected = facts_mod.collect([out / s.name for s in notebooks()])
    facts_mod.write(collected, staging / "figures.json", int(year))
    write_build_record(params, staging, timings)
    write_report_document(params, staging, collected)
    write_previews(staging)
    return collected


def write_build_record(params, staging: Path, timings: dict) -> None:
    inputs = sorted([*DATA.rglob("*.csv"), *DATA.rglob("*.yml"), PARAMS / f"{params.year}.yml", *notebooks()])
    record = {
        "year": params.year,
        "params": params.model_dump(mode="json"),
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "packages": {name: metadata.version(name) for name in PACKAGES},
        "inputs": {relative_to_root(p): sha256(p) for p in inputs},
        "papermill_seconds": {k: round(v, 1) for k, v in timings.items()},
    }
    (staging / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def summary_markdown(facts: dict, params) -> str:
    lead = params.helplines[0]
    rows = [("Contacten", facts.get(f"{lead}.contacts.total"))]
    for channel in ("phone", "email", "chat"):
        rows.append((f"Aandeel {dict(phone='telefoon', email='e-mail', chat='chat')[channel]} (%)", facts.get(f"{lead}.channel.{channel}.share_pct")))
    rows.append(("Zelf slachtoffer (% van de contactnemers)", facts.get(f"{lead}.contact_person.victim_self.share_pct") or facts.get(f"{lead}.contact_person_victim")))
    from . import fmt

    lines = ["| Kerncijfer | Waarde | Sleutel in figures.json |", "|---|---|---|"]
    for label, fact in rows:
        if fact is None:
            continue
        value = fact["value"]
        shown = fmt.number(value, 1 if fact["unit"] == "percent" and float(value) != int(value) else 0)
        lines.append(f"| {label} | {shown} | `{fact['key']}` |")
    return "\n".join(lines)


def write_report_document(params, staging: Path, facts: dict) -> None:
    chapters = [n for n in NOTEBOOK_ORDER if n != "helplines" or len(params.helplines) > 1]
    body = "\n\n".join(f"# {CHAPTER_TITLES[n]}\n\n{{{{< embed notebooks/{n}.ipynb >}}}}" for n in chapters)
    build = json.loads((staging / "build.json").read_text(encoding="utf-8"))
    inputs = "\n".join(f"| `{path}` | `{digest[:16]}` |" for path, digest in build["inputs"].items())
    packages = ", ".join(f"{k} {v}" for k, v in build["packages"].items())
    timings = ", ".join(f"{k} {v} s" for k, v in build["papermill_seconds"].items())
    text = Template(REPORT_TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=json.dumps(params.title, ensure_ascii=False), subtitle=json.dumps(params.subtitle, ensure_ascii=False),
        date=params.publication_date.isoformat(), year=params.year, summary=summary_markdown(facts, params), chapters=body,
        commit=build["git_commit"], python=build["python"], packages=packages, timings=timings, inputs=inputs,
        helplines=", ".join(params.helplines),
    )
    (staging / "report.qmd").write_text(text, encoding="utf-8")
    shutil.copy2(QUARTO_PROJECT, staging / "_quarto.yml")


def write_previews(staging: Path) -> None:
    from nbconvert import HTMLExporter

    preview = staging / "preview"
    preview.mkdir()
    exporter = HTMLExporter()
    exporter.exclude_input = True
    for nb in sorted((staging / "notebooks").glob("*.ipynb")):
        body, _ = exporter.from_notebook_node(nbformat.read(nb, as_version=4))
        (preview / f"{nb.stem}.html").write_text(body, encoding="utf-8")


def render_quarto(staging: Path) -> None:
    quarto = shutil.which("quarto")
    if quarto is None:
        raise QuartoNotFoundError("quarto not on PATH")
    for fmt_ in ("html", "typst"):
        done = subprocess.run([quarto, "render", "report.qmd", "--to", fmt_, "--no-execute"], cwd=staging, capture_output=True, text=True)
        if done.returncode != 0:
            raise BuildError(f"quarto render --to {fmt_} failed:\n{done.stderr[-4000:]}")


def publish(staging: Path, year: str, items: list[str]) -> None:
    """Move each item of the staging folder into _output/<year>/, replacing the old one atomically."""
    target = year_output(year)
    target.mkdir(parents=True, exist_ok=True)
    for name in items:
        new, old = staging / name, target / name
        if not new.exists():
            continue
        trash = target / f".{name}.old"
        if trash.exists():
            shutil.rmtree(trash) if trash.is_dir() else trash.unlink()
        if old.exists():
            old.rename(trash)
        new.rename(old)
        if trash.exists():
            shutil.rmtree(trash) if trash.is_dir() else trash.unlink()
    shutil.rmtree(target / "failed", ignore_errors=True)


STAGE_ITEMS = ["notebooks", "figures.json", "build.json", "report.qmd", "_quarto.yml", "preview"]
REPORT_ITEMS = ["report.html", "report_files", "report.pdf"]


def build_year(year: str, render: bool) -> None:
    STAGING.mkdir(exist_ok=True)
    staging = STAGING / f"{year}-{os.getpid()}"  # one staging place per build: two builds never share it
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        run_papermill_stage(year, staging)
        if render:
            try:
                render_quarto(staging)
            except QuartoNotFoundError:
                publish(staging, year, STAGE_ITEMS)
                raise QuartoNotFoundError(QUARTO_HELP.format(year=year)) from None
        publish(staging, year, STAGE_ITEMS + (REPORT_ITEMS if render else []))
        log(f"[{year}] written to {relative_to_root(year_output(year))}/")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build(years: list[str] | None, render: bool = True) -> None:
    problems = check_all()
    if problems:
        raise InputError(problems)
    years = years or params_years()
    unknown = [y for y in years if y not in params_years()]
    if unknown:
        raise BuildError(f"no params file for {', '.join(unknown)}; params files exist for: {', '.join(params_years())}")
    for year in years:
        build_year(year, render)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="hulplijnen", description="Build the helplines report.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("report", "notebooks"):
        p = sub.add_parser(name)
        p.add_argument("--year", action="append", help="year to build (repeatable); default: every params/<year>.yml")
    sub.add_parser("validate")
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            from .validate import main as validate_main

            return validate_main()
        build(args.year, render=args.command == "report")
    except QuartoNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
