"""What a built release declares it does not show: each chapter says which of its labelled figures and tables have
nothing to show in the release, and why (FactSheet.nothing_to_show); assembly checks that exactly those cells show
nothing and records them in build.json. Tests read that record; none keeps its own list of which labels appear when."""

import json
from pathlib import Path


def not_shown(out: Path) -> dict[str, str]:
    """Every cell the release built into ``out`` declares not shown, label -> reason (over all its notebooks)."""
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))["not_shown"]
    return {label: reason for per_notebook in record.values() for label, reason in per_notebook.items()}
