"""The package's layers are a contract (.importlinter, run by `make lint`): an import against them, a cycle,
or a module at the top of the package that no layer names fails the lint, and the contracts list no
exceptions. Each case plants the import in a copy of the package and runs the lint on it."""

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hulplijnen.config.paths import PACKAGE, ROOT

CONFIG = ROOT / ".importlinter"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _contracts() -> dict[str, configparser.SectionProxy]:
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return {name: parser[name] for name in parser.sections() if name.startswith("importlinter:contract:")}


def _lint(src: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(src)}  # the copy of the package comes before the installed one
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(CONFIG), "--no-cache"],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the package to plant imports in."""
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "hulplijnen", ignore=shutil.ignore_patterns("__pycache__"))
    return src / "hulplijnen"


def test_the_copy_passes_the_lint_before_anything_is_planted(package):
    result = _lint(package.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def _plant(module: Path, line: str) -> None:
    module.write_text(module.read_text(encoding="utf-8") + f"\n{line}  # planted\n", encoding="utf-8")


def test_the_contracts_list_no_exceptions():
    contracts = _contracts()
    assert {c["type"] for c in contracts.values()} == {"layers", "acyclic_siblings", "forbidden"}
    for name, contract in contracts.items():
        assert not [key for key in contract if key.startswith("ignore")], f"{name} lists exceptions"
    layers = contracts["importlinter:contract:layers"]
    assert layers["containers"].strip() == "hulplijnen" and layers.getboolean("exhaustive")
    assert all(c.getboolean("exhaustive") for c in contracts.values() if c["type"] == "layers")


def test_make_lint_checks_the_layers_and_the_fact_keys():
    lint = (ROOT / "Makefile").read_text().split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "lint-imports" in lint and "tests/contract/test_fact_keys.py" in lint


@pytest.mark.parametrize(
    ("module", "line", "named"),
    [
        # data imports a chapter: upward by four layers
        (
            "data/specs.py",
            "from ..chapters.shared import base",
            "hulplijnen.data.specs -> hulplijnen.chapters.shared.base",
        ),
        # analysis imports the build pipeline
        (
            "analysis/channels.py",
            "from ..pipeline import build",
            "hulplijnen.analysis.channels -> hulplijnen.pipeline.build",
        ),
        # configuration imports number formatting (presentation)
        (
            "config/params.py",
            "from ..presentation import fmt",
            "hulplijnen.config.params -> hulplijnen.presentation.fmt",
        ),
        # pure arithmetic imports the data layer
        ("maths/intervals.py", "from ..data import load", "hulplijnen.maths.intervals -> hulplijnen.data.load"),
    ],
)
def test_an_upward_import_fails_the_lint(package, module, line, named):
    _plant(package / module, line)
    result = _lint(package.parent)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and named in result.stdout, result.stdout


def test_a_cycle_inside_a_layer_fails_the_lint(package):
    _plant(package / "presentation" / "fmt.py", "from . import text")  # text imports fmt: a cycle
    result = _lint(package.parent)
    assert result.returncode != 0
    assert "No import cycles" in result.stdout and "BROKEN" in result.stdout, result.stdout


def test_analysis_that_reads_a_file_fails_the_lint(package):
    _plant(package / "analysis" / "helplines.py", "from ..data import history")  # downward, but I/O
    result = _lint(package.parent)
    assert result.returncode != 0
    assert "Analysis is pure" in result.stdout and "hulplijnen.data.history" in result.stdout, result.stdout


def test_a_module_no_layer_names_fails_the_lint(package):
    (package / "newstage.py").write_text('"""A module added at the top of the package."""\n', encoding="utf-8")
    result = _lint(package.parent)
    assert result.returncode != 0 and "hulplijnen.newstage" in result.stdout, result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract", "named"),
    [
        # inside a chapter's folder: its analysis imports its charts, its build, a shared chapter helper
        (
            "chapters/campaigns/analysis.py",
            "from . import charts",
            "A chapter's analysis imports nothing",
            "hulplijnen.chapters.campaigns.analysis -> hulplijnen.chapters.campaigns.charts",
        ),
        (
            "chapters/gender_age/analysis.py",
            "from .. import gender_age",
            "A chapter's analysis imports nothing",
            "hulplijnen.chapters.gender_age.analysis -> hulplijnen.chapters.gender_age",
        ),
        (
            "chapters/capacity/analysis/simulate.py",
            "from ...shared import checked",
            "A chapter's analysis imports nothing",
            "hulplijnen.chapters.capacity.analysis.simulate -> hulplijnen.chapters.shared.checked",
        ),
        # a chapter's analysis formats numbers (presentation) or reads a file
        (
            "chapters/contexts/analysis.py",
            "from ...presentation import fmt",
            "A chapter's analysis imports nothing",
            "hulplijnen.chapters.contexts.analysis -> hulplijnen.presentation.fmt",
        ),
        (
            "chapters/reachability/analysis.py",
            "from ...data import load",
            "Analysis is pure",
            "hulplijnen.chapters.reachability.analysis -> hulplijnen.data.load",
        ),
        # a chapter's charts import its build, or read data themselves
        (
            "chapters/channels/charts.py",
            "from .. import channels",
            "A chapter's charts draw what its build prepared",
            "hulplijnen.chapters.channels.charts -> hulplijnen.chapters.channels",
        ),
        (
            "chapters/registration/charts.py",
            "from ...data import load",
            "A chapter's charts draw what its build prepared",
            "hulplijnen.chapters.registration.charts -> hulplijnen.data.load",
        ),
    ],
)
def test_an_import_against_a_chapters_own_layers_fails_the_lint(package, module, line, contract, named):
    _plant(package / module, line)
    result = _lint(package.parent)
    out = " ".join(result.stdout.split())  # the report wraps long lines
    assert result.returncode != 0
    assert contract in out and "BROKEN" in out and named in out, result.stdout
