"""What a build publishes into _output/<release>/, and the move that publishes it: each item of the
staging folder replaces the old one by a rename, so a failed build never touches the last good report."""

from __future__ import annotations

import shutil
from pathlib import Path

STAGE_ITEMS = [
    "notebooks",
    "figures.json",
    "figures",
    "tables",
    "build.json",
    "report.qmd",
    "_quarto.yml",
    "quarto",
    "preview",
    "suppression_log.csv",
]
REPORT_ITEMS = ["report.html", "report_files", "report.pdf"]
OPTIONAL_ITEMS = {"suppression_log.csv"}  # only releases with a contact export have one


def publish(staging: Path, target: Path, items: list[str]) -> None:
    """Move each item of the staging folder into ``target``, replacing the old one atomically."""
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
