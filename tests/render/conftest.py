"""Every release rendered with the real Quarto once per session, into a private workspace that
reuses the notebook cache of the end-to-end build; the render tests read the PDFs and HTML pages.

Skips, with the reason, when a tool is missing: quarto on PATH (the render itself), pdfplumber (PDF
layout), chromium, playwright and axe-core (HTML checks; `make render-tools` installs them)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from hulplijnen.config.paths import ROOT

AXE = ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
INSTALL = "run `make render-tools` (CI does, with Quarto from ../shared/quarto/install-1.10.sh)"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing_quarto() -> str | None:
    """Why the real Quarto cannot render the report here (not on PATH, or older than render.MINIMUM), or None."""
    from hulplijnen.config.errors import QuartoTooOldError
    from hulplijnen.pipeline import render

    if shutil.which("quarto") is None:
        return (
            f"quarto is not on PATH; install Quarto {render.MINIMUM_SHOWN}+ (conda-forge quarto, pip quarto-cli, "
            "or ../shared/quarto/install-1.10.sh)"
        )
    try:
        render.quarto()
    except QuartoTooOldError as exc:
        return str(exc)
    return None


def missing_for_pdf() -> str | None:
    if missing_quarto():
        return missing_quarto()
    if importlib.util.find_spec("pdfplumber") is None:
        return "pdfplumber is not installed (the test extra of pyproject.toml); make env installs it"
    return None


def missing_for_html() -> str | None:
    if missing_quarto():
        return missing_quarto()
    if chromium() is None:
        return f"chromium is not installed (Debian package chromium); {INSTALL}"
    if importlib.util.find_spec("playwright") is None:
        return "playwright (Python) is not installed (the test extra of pyproject.toml); make env installs it"
    if not AXE.is_file():
        return f"axe-core is not in {AXE.relative_to(ROOT)}; {INSTALL}"
    return None


@pytest.fixture(scope="session")
def rendered(workspace, request, tmp_path_factory) -> dict[str, Path]:
    """Every release built with render into its own output folder; returns release -> output folder.
    Skips before any build when a tool is missing."""
    reason = missing_for_pdf()
    if reason:
        pytest.skip(reason)
    if os.environ.get("HULPLIJNEN_TEST_REUSE"):
        return request.getfixturevalue("built")  # the releases already rendered there (tests/conftest.py)
    request.getfixturevalue("built")  # the end-to-end build: its notebook cache makes this build render only
    from hulplijnen.config.params import release_ids
    from hulplijnen.pipeline import build

    base = tmp_path_factory.mktemp("render")
    private = build.Workspace(output=base / "_output", staging=base / "_staging", cache=workspace.cache)
    summary = build.build(render=True, workspace=private)
    assert sorted(summary.published) == release_ids()
    return {release: private.release_output(release) for release in release_ids()}


# headless Chromium as the HTML tests open the pages (one browser for the session, shared by every test module)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    reason = missing_for_html()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        # a new, empty profile every session; launch_persistent_context passes it as --user-data-dir
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium(), args=FLAGS, headless=True, viewport={"width": 1280, "height": 900}
        )
        yield context
        context.close()
