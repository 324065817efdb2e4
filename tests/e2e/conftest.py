"""A private copy of the repository for tests that run the real command line as a subprocess: the copy's
package is imported (PYTHONPATH), so its paths (data/, params/, _output/, _staging/, _cache/) are the copy's."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hulplijnen.config.paths import ROOT

BUILD_INPUTS = ["src", "notebooks", "report", "params", "data", "quarto", "_quarto.yml", "pyproject.toml"]


def copy_repository(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    return target


def command(copy: Path, *args: str) -> list[str]:
    """The build's command line (what `make report`/`make notebooks` runs), for the copy."""
    return [sys.executable, "-m", "hulplijnen.pipeline.cli", *args]


def environment(copy: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HULPLIJNEN_DATA", "HULPLIJNEN_PARAMS")}
    return {**env, "PYTHONPATH": str(copy / "src"), **extra}


class Copies:
    """Copies of the repository under one folder, and how to run the build's command line in them."""

    def __init__(self, base: Path):
        self.base = base

    def __call__(self, name: str) -> Path:
        return copy_repository(self.base / name)

    command = staticmethod(command)
    environment = staticmethod(environment)

    @staticmethod
    def build(copy: Path, *args: str) -> subprocess.CompletedProcess:
        """Run the command line in ``copy`` to the end; it must succeed."""
        done = subprocess.run(
            command(copy, *args), cwd=copy, env=environment(copy), capture_output=True, text=True, timeout=1200
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
        return done


@pytest.fixture
def repository_copy(tmp_path):
    """repository_copy("a") copies the repository to tmp_path/a and returns it; repository_copy.command
    and repository_copy.environment run the command line there."""
    return Copies(tmp_path)
