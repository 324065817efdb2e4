"""tests/render/tagged.py (the PDF/UA structure checks) for the end-to-end tests, and why they cannot run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TAGGED = Path(__file__).parents[1] / "render" / "tagged.py"


def missing() -> str | None:
    """Why a PDF cannot be rendered and read here (no Quarto 1.10+, no pikepdf), or None."""
    from hulplijnen.config.errors import QuartoNotFoundError, QuartoTooOldError
    from hulplijnen.pipeline import render

    try:
        render.quarto()
    except (QuartoNotFoundError, QuartoTooOldError) as exc:
        return f"no Quarto {render.MINIMUM_SHOWN}+ on PATH ({exc}); ../shared/quarto/install-1.10.sh installs it"
    if importlib.util.find_spec("pikepdf") is None or importlib.util.find_spec("pdfplumber") is None:
        return "pikepdf or pdfplumber is not installed (the test extra of pyproject.toml); make env installs it"
    return None


def module():
    if "tagged_render_checks" not in sys.modules:
        spec = importlib.util.spec_from_file_location("tagged_render_checks", TAGGED)
        loaded = importlib.util.module_from_spec(spec)
        sys.modules["tagged_render_checks"] = loaded
        spec.loader.exec_module(loaded)
    return sys.modules["tagged_render_checks"]
