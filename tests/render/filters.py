"""One of the report's Lua filters (quarto/<name>.lua) run alone by Quarto's own pandoc on a piece of Markdown:
what the filter writes for it, without a whole render. Skips, with the reason, where Quarto is not installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from hulplijnen.config.paths import QUARTO_PARTIALS


def run_filter(filter_name: str, markdown: str, to: str = "typst") -> str:
    """The output (``to``: typst, html, json) of pandoc -f markdown with ``quarto/<filter_name>`` on ``markdown``."""
    quarto = shutil.which("quarto")
    if quarto is None:
        pytest.skip("quarto is not on PATH; install Quarto 1.10+ (../shared/quarto/install-1.10.sh)")
    done = subprocess.run(
        [quarto, "pandoc", "-f", "markdown", "-t", to, "--lua-filter", str(QUARTO_PARTIALS / filter_name)],
        input=markdown,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
