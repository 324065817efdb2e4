"""Assembly of a year's build from its executed notebooks: figures.json, build.json, the report
document Quarto renders, and HTML previews that need no Quarto."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from string import Template

from . import facts as facts_mod
from . import fmt
from .cache import file_digest
from .paths import DATA, QUARTO_PROJECT, params_file, REPORT_TEMPLATE, ROOT, relative_to_root

NOTEBOOK_ORDER = ["channels", "contact_persons", "campaigns", "helplines", "data_quality"]
CHAPTER_TITLES = {"channels": "Kanalen", "contact_persons": "Contactnemers", "campaigns": "Campagnes",
                  "helplines": "Andere hulplijnen en vergelijking", "data_quality": "Datakwaliteit"}
PACKAGES = ["pandas", "pandera", "seaborn", "matplotlib", "statsmodels", "papermill", "nbformat", "pydantic", "babel", "numpy"]


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return out + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_facts(staging: Path, year: int, names: list[str]) -> dict:
    collected = facts_mod.collect([staging / "notebooks" / f"{n}.ipynb" for n in names])
    facts_mod.write(collected, staging / "figures.json", year)
    return collected


def write_build_record(release: str, params, staging: Path, runs: dict[str, dict], notebook_sources: list[Path]) -> dict:
    """Provenance of the build: params, commit, versions, input checksums, and each notebook's run."""
    inputs = sorted([*DATA.rglob("*.csv"), *DATA.rglob("*.yml"), params_file(release), *notebook_sources])
    record = {
        "release": release,
        "year": params.year,
        "params": params.model_dump(mode="json"),
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "packages": {name: metadata.version(name) for name in PACKAGES},
        "inputs": {relative_to_root(p): file_digest(p) for p in inputs},
        "notebooks": runs,
        "papermill_seconds": {name: round(run["seconds"], 1) for name, run in runs.items()},
    }
    (staging / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return record


def summary_markdown(facts: dict, params) -> str:
    lead = params.helplines[0]
    rows = [("Contacten", facts.get(f"{lead}.contacts.total"))]
    for channel in ("phone", "email", "chat"):
        rows.append((f"Aandeel {dict(phone='telefoon', email='e-mail', chat='chat')[channel]} (%)", facts.get(f"{lead}.channel.{channel}.share_pct")))
    rows.append(("Zelf slachtoffer (% van de contactnemers)", facts.get(f"{lead}.contact_person.victim_self.share_pct") or facts.get(f"{lead}.contact_person_victim")))
    lines = ["| Kerncijfer | Waarde | Sleutel in figures.json |", "|---|---|---|"]
    for label, fact in rows:
        if fact is None:
            continue
        value = fact["value"]
        shown = fmt.number(value, 1 if fact["unit"] == "percent" and float(value) != int(value) else 0)
        lines.append(f"| {label} | {shown} | `{fact['key']}` |")
    return "\n".join(lines)


def chapters(params) -> list[str]:
    """The notebooks a report needs: 1712's own chapters when 1712 leads, the other-helplines
    chapter when the report covers any other helpline, and always the data-quality chapter."""
    wanted = {"data_quality"}
    if params.helplines[0] == "1712":
        wanted |= {"channels", "contact_persons", "campaigns"}
    if any(h != "1712" for h in params.helplines):
        wanted.add("helplines")
    return [n for n in NOTEBOOK_ORDER if n in wanted]


def chapter_title(name: str, params) -> str:
    if name == "helplines" and params.helplines[0] != "1712":
        return "Kerncijfers" if len(params.helplines) == 1 else "Kerncijfers en vergelijking"
    if name == "helplines" and len(params.helplines) == 1:
        return "Andere hulplijnen"
    return CHAPTER_TITLES[name]


def write_report_document(params, staging: Path, facts: dict, record: dict) -> None:
    body = "\n\n".join(f"# {chapter_title(n, params)}\n\n{{{{< embed notebooks/{n}.ipynb >}}}}" for n in chapters(params))
    inputs = "\n".join(f"| `{path}` | `{digest[:16]}` |" for path, digest in record["inputs"].items())
    packages = ", ".join(f"{k} {v}" for k, v in record["packages"].items())
    timings = ", ".join(f"{k} {v['seconds']:.1f} s" + (" (uit de cache)" if v["cached"] else "") for k, v in record["notebooks"].items())
    text = Template(REPORT_TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=json.dumps(params.title, ensure_ascii=False), subtitle=json.dumps(params.subtitle, ensure_ascii=False),
        date=params.publication_date.isoformat(), year=params.year, summary=summary_markdown(facts, params), chapters=body,
        commit=record["git_commit"], python=record["python"], packages=packages, timings=timings, inputs=inputs,
        helplines=", ".join(params.helplines),
    )
    (staging / "report.qmd").write_text(text, encoding="utf-8")
    shutil.copy2(QUARTO_PROJECT, staging / "_quarto.yml")


def write_previews(staging: Path) -> None:
    """One HTML page per executed notebook, code hidden: readable without Quarto."""
    import nbformat
    from nbconvert import HTMLExporter

    preview = staging / "preview"
    preview.mkdir()
    exporter = HTMLExporter()
    exporter.exclude_input = True
    for nb in sorted((staging / "notebooks").glob("*.ipynb")):
        node = nbformat.read(nb, as_version=4)
        for cell in node.cells:  # the hidden facts record is for the build, not for readers
            cell["outputs"] = [o for o in cell.get("outputs", []) if facts_mod.MIME not in o.get("data", {})]
        body, _ = exporter.from_notebook_node(node)
        (preview / f"{nb.stem}.html").write_text(body, encoding="utf-8")
