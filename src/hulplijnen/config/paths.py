"""Every path the project uses, defined once, relative to the repository root."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # src/hulplijnen/config/paths.py
# The inputs can be read from another folder (a test builds a made-up year from a copy of data/ and
# params/): HULPLIJNEN_DATA and HULPLIJNEN_PARAMS, read once at import, so the notebooks' kernels
# (which inherit the environment) read the same inputs as the build.
DATA = Path(os.environ.get("HULPLIJNEN_DATA") or ROOT / "data").resolve()
CODEBOOKS = DATA / "codebooks"
PARAMS = Path(os.environ.get("HULPLIJNEN_PARAMS") or ROOT / "params").resolve()
NOTEBOOKS = ROOT / "notebooks"
OUTPUT = ROOT / "_output"
STAGING = ROOT / "_staging"
CACHE = ROOT / "_cache"
PACKAGE = Path(__file__).resolve().parents[1]
QUARTO_PROJECT = ROOT / "_quarto.yml"
REPORT_TEXT = ROOT / "report"  # the report's Dutch text: Jinja2 templates (document, chapters, methods, appendices)
CHAPTERS = PACKAGE / "chapters"  # one folder per chapter: its code, text.md and methods.md (hulplijnen.chapters)
# Where the text's templates are found, by name: "methods.md" in report/, "chapters/<name>/text.md" in the package
TEXT_FOLDERS = (REPORT_TEXT, PACKAGE)
QUARTO_PARTIALS = ROOT / "quarto"  # the PDF layout (typst template partials) and HTML additions _quarto.yml names
# What was ever published from each contact export (hulplijnen.export.ledger): committed, never in _output/
LEDGER = Path(os.environ.get("HULPLIJNEN_LEDGER") or ROOT / "disclosure-ledger").resolve()
EXPORTS = CACHE / "exports"  # protected tables of contact exports (never row-level data)


def relative_to_root(path: Path) -> str:
    """A path as users and outputs see it: ``data/...`` and ``params/...`` for the inputs (wherever
    HULPLIJNEN_DATA and HULPLIJNEN_PARAMS put them), else relative to the repository root when possible
    (a path outside every one of them only in messages)."""
    resolved = Path(path).resolve()
    for name, folder in (("data", DATA), ("params", PARAMS), ("", ROOT)):
        if resolved.is_relative_to(folder):
            rel = resolved.relative_to(folder).as_posix()
            return f"{name}/{rel}" if name else rel
    return str(path)


def from_root(name: str, root: Path = ROOT) -> Path:
    """The inverse of relative_to_root: ``data/...`` in DATA, ``params/...`` in PARAMS, else under ``root``."""
    head, _, rest = name.partition("/")
    if root == ROOT and head in ("data", "params") and rest:
        return (DATA if head == "data" else PARAMS) / rest
    return root / name


# A release's name (its params file's stem): the build, `make validate` and the CLI apply this one rule.
RELEASE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
RELEASE_NAME_RULE = "lower-case letters, digits and '-', at most 64 characters, starting with a letter or digit"


def params_file(release: str) -> Path:
    """params/<release>.yml"""
    return PARAMS / f"{release}.yml"


def release_ids() -> list[str]:
    """One report per params file: 'params/2021.yml' -> '2021', 'params/2021-tele-onthaal.yml' -> '2021-tele-onthaal'.

    The id names the output folder (_output/<id>/); the file's ``year`` key must be its leading year."""
    return sorted(p.stem for p in PARAMS.glob("*.yml"))
