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
from . import escape, fmt, summary, yamlfile
from .cache import file_digest
from .paths import DATA, METHODS_CAMPAIGNS, METHODS_DISCLOSURE, QUARTO_PROJECT, params_file, REPORT_TEMPLATE, ROOT, relative_to_root

NOTEBOOK_ORDER = ["channels", "contact_persons", "campaigns", "registration", "capacity", "helplines", "data_quality"]
CHAPTER_TITLES = {"channels": "Kanalen", "contact_persons": "Contactnemers", "campaigns": "Campagnes",
                  "registration": "Registratie per contact", "capacity": "Bereikbaarheid",
                  "helplines": "Andere hulplijnen en vergelijking", "data_quality": "Datakwaliteit"}
SYNTHETIC_BANNER = "Synthetische gegevens — alle cijfers in dit rapport zijn verzonnen; ze zeggen niets over echte contacten"
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
    }
    (staging / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return record


def intro(params) -> str:
    if params.is_synthetic:
        return (f"**{SYNTHETIC_BANNER}.** Dit demonstratierapport toont wat het jaarrapport wordt wanneer er een export per contact is. "
                f"De export is gemaakt door een generator met vaste seed ({params.export.synthetic.seed}), afgestemd op de gepubliceerde maandvolumes van 1712 in 2020. "
                "Elk getal staat ook in `figures.json`; de kerncijfers hieronder noemen hun sleutel.")
    names = [summary.NAMES[h] for h in params.helplines]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return (f"Dit rapport beschrijft de contacten met {listed} in {params.year}. Elk getal in dit rapport staat ook in "
            f"`figures.json`, met zijn bron; de kerncijfers hieronder noemen hun sleutel.")


def sources_markdown() -> str:
    """The source documents with their dates, from data/provenance.yml."""

    documents = yamlfile.load(DATA / "provenance.yml")[0]["documents"]  # validated by make validate
    lines = ["| Bron | Datum | Wat eruit komt |", "|---|---|---|"]
    for doc in documents.values():
        date = fmt.date(doc["date"]) if doc.get("date") else "niet vermeld"
        lines.append(f"| {doc['title']} | {date} | {doc['covers']} |")
    return ("**Bronnen.** Alle cijfers komen uit de volgende documenten; elk gegevensbestand noemt in `data/provenance.yml` "
            "de plaats in de bron. De teksten zijn via OCR omgezet; elke afwijking van de OCR-tekst staat in het hoofdstuk Datakwaliteit.\n\n"
            + "\n".join(lines) + "\n\n: Brondocumenten {#tbl-sources}")


def glossary_markdown() -> str:
    """Terms and codes, from the codebooks in data/codebooks/."""
    from .data import load

    measures = load.codebook("measures")
    terms = "\n".join(f"**{m.label_nl}**\n:   {m.definition_nl}\n" for m in measures.sort_values("label_nl").itertuples())
    codes = load.codebook("contact_person_codes").merge(load.codebook("contact_person_groups")[["group", "label_nl"]].rename(columns={"label_nl": "group_nl"}), on="group")
    code_rows = "\n".join(f"| {c.code} | {c.label_nl} | {c.group_nl} |" for c in codes.itertuples())
    contexts = ", ".join(load.codebook("violence_contexts").sort_values("order")["label_nl"])
    channels = ", ".join(load.codebook("channels").sort_values("order")["label_nl"])
    return (f"{terms}\n**Kanalen**\n:   {channels}.\n\n**Contexten van geweld**\n:   {contexts}.\n\n"
            f"| Code | Contactnemer | Groep |\n|---|---|---|\n{code_rows}\n\n: Contactnemerscodes van 1712 {{#tbl-codes}}")


def chapters(params) -> list[str]:
    """The notebooks a report needs: 1712's own chapters when 1712 leads, the other-helplines
    chapter when the report covers any other helpline, and always the data-quality chapter; the
    registration and capacity chapters when the year has a contact export. A synthetic (demo)
    report has only the export's chapters: the published tables are not synthetic."""
    if params.is_synthetic:
        return ["registration", "capacity"]
    wanted = {"data_quality"} | ({"registration", "capacity"} if params.export is not None else set())
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
    names = chapters(params)
    body = "\n\n".join(f"# {chapter_title(n, params)}\n\n{{{{< embed notebooks/{n}.ipynb >}}}}" for n in names)
    inputs = "\n".join(f"| `{path}` | `{digest[:16]}` |" for path, digest in record["inputs"].items())
    packages = ", ".join(f"{k} {v}" for k, v in record["packages"].items())
    timings = ", ".join(f"{k} {v['seconds']:.1f} s" + (" (uit de cache)" if v["cached"] else "") for k, v in record["notebooks"].items())
    text = Template(REPORT_TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=escape.yaml_scalar(escape.no_shortcodes(params.title)),
        subtitle=escape.yaml_scalar(escape.no_shortcodes(params.subtitle)),
        date=params.publication_date.isoformat(), year=params.year, intro=intro(params), summary=summary.markdown(facts, params.helplines, params.year), chapters=body,
        campaign_methods=METHODS_CAMPAIGNS.read_text(encoding="utf-8").strip() if "campaigns" in names else "",
        disclosure_methods=Template(METHODS_DISCLOSURE.read_text(encoding="utf-8")).substitute(k=params.min_cell_count, k1=params.min_cell_count - 1).strip() if params.export else "",
        synthetic_front=synthetic_front_matter() if params.is_synthetic else "",
        sources=sources_markdown(), glossary=glossary_markdown(),
        commit=record["git_commit"], python=record["python"], packages=packages, timings=timings, inputs=inputs,
        helplines=", ".join(params.helplines),
    )
    (staging / "report.qmd").write_text(text, encoding="utf-8")
    shutil.copy2(QUARTO_PROJECT, staging / "_quarto.yml")


def synthetic_front_matter() -> str:
    """Front matter that puts the synthetic-data warning on every page: a banner above the HTML
    page, and a header on every page of the typst PDF (header-includes precede the template's
    show rule, so the page set rule applies to the whole document)."""
    html = f'<div class="callout callout-style-default callout-warning" role="note"><strong>{SYNTHETIC_BANNER}.</strong></div>'
    typst = f'#set page(header: align(center, text(size: 9pt, fill: rgb("#B00020"), weight: "bold")[{SYNTHETIC_BANNER}]))'
    return ("format:\n  html:\n    include-before-body:\n      text: " + json.dumps(html, ensure_ascii=False)
            + "\n  typst:\n    include-in-header:\n      text: " + json.dumps(typst, ensure_ascii=False) + "\n")


def write_artifacts(staging: Path, names: list[str]) -> list[str]:
    """Every labelled figure and table of the executed notebooks as its own file: figures/<label>.png
    (the exact bytes the report embeds) and tables/<label>.md. Returns the files written."""
    import base64
    import re

    import nbformat

    written = []
    for folder in ("figures", "tables"):
        (staging / folder).mkdir()
    for name in names:
        for cell in nbformat.read(staging / "notebooks" / f"{name}.ipynb", as_version=4).cells:
            label = re.search(r"^#\| label: ((?:fig|tbl)-[\w-]+)", cell.source, re.M)
            if not label:
                continue
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if label.group(1).startswith("fig-") and "image/png" in data:
                    target = staging / "figures" / f"{label.group(1)}.png"
                    target.write_bytes(base64.b64decode(data["image/png"]))
                elif label.group(1).startswith("tbl-") and "text/markdown" in data:
                    target = staging / "tables" / f"{label.group(1)}.md"
                    target.write_text(data["text/markdown"] + "\n", encoding="utf-8")
                else:
                    continue
                written.append(target.relative_to(staging).as_posix())
    return written


def write_suppression_log(params, staging: Path) -> None:
    """The audit log of the export's disclosure control, next to the report (cells, never values)."""
    if params.export is None:
        return
    from .export.stage import AUDIT_LOG, tables_dir

    shutil.copy2(tables_dir(params.year, params.export, params.min_cell_count) / AUDIT_LOG, staging / AUDIT_LOG)


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
