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

from hulplijnen.paths import PACKAGE, ROOT

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
    (layers,) = [c for c in contracts.values() if c["type"] == "layers"]
    assert layers["containers"].strip() == "hulplijnen" and layers.getboolean("exhaustive")


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
        ("analysis/channels.py", "from .. import build", "hulplijnen.analysis.channels -> hulplijnen.build"),
        # configuration imports number formatting (presentation)
        ("params.py", "from . import fmt", "hulplijnen.params -> hulplijnen.fmt"),
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
    _plant(package / "fmt.py", "from . import text")  # text imports fmt: both presentation, now a cycle
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
