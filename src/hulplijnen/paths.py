"""Every path the project uses, defined once, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
CODEBOOKS = DATA / "codebooks"
PARAMS = ROOT / "params"
NOTEBOOKS = ROOT / "notebooks"
OUTPUT = ROOT / "_output"
STAGING = ROOT / "_staging"
CACHE = ROOT / "_cache"
PACKAGE = Path(__file__).resolve().parent
QUARTO_PROJECT = ROOT / "_quarto.yml"
REPORT_TEMPLATE = ROOT / "report.qmd"
QUARTO_PARTIALS = ROOT / "quarto"  # the PDF layout: typst template partials _quarto.yml names
REPORT_PARTS = ROOT / "report_text"  # text blocks the build puts into the report document
METHODS_CAMPAIGNS = REPORT_PARTS / "methods_campaigns.md"
METHODS_DISCLOSURE = REPORT_PARTS / "methods_disclosure.md"
EXPORTS = CACHE / "exports"  # protected tables of contact exports (never row-level data)


def data_file(relative: str) -> Path:
    """A file under data/, given as written in provenance.yml (e.g. '1712/2020/key_figures.csv')."""
    return DATA / relative


def relative_to_root(path: Path) -> str:
    """A path as users see it in messages: relative to the repository root when possible."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def params_file(year: str | int) -> Path:
    return PARAMS / f"{year}.yml"


def year_output(year: str | int) -> Path:
    return OUTPUT / str(year)
