"""Params are read strictly (no bool for a number, no float for an integer, no string for a number)
and `make validate` applies the build's rule for release names (issue 25, items 9 and 10)."""

import os
import shutil
import subprocess
import sys

import pytest

from hulplijnen.config.params import check_params
from hulplijnen.config.paths import ROOT

BASE = (ROOT / "params" / "2020.yml").read_text(encoding="utf-8")

COERCED = {
    "placebo_runs: false": "placebo_runs",
    "placebo_runs: true": "placebo_runs",
    "placebo_runs: 200.0": "placebo_runs",
    "placebo_runs: '200'": "placebo_runs",
    "min_cell_count: 5.5": "min_cell_count",
    "min_cell_count: true": "min_cell_count",
    "campaign_window_months: '1'": "campaign_window_months",
    "year: '2020'": "year",
    "compare_years: [true]": "compare_years",
}


@pytest.mark.parametrize("change", sorted(COERCED))
def test_params_values_are_not_coerced(change, tmp_path):
    key = COERCED[change]
    lines = [line for line in BASE.splitlines() if not line.startswith(key + ":")]
    path = tmp_path / "2020.yml"
    path.write_text("\n".join(lines) + "\n" + change + "\n", encoding="utf-8")
    problems = check_params("2020", path)
    assert problems, f"{change!r} was accepted"
    problem = next(p for p in problems if p.column == key)
    assert problem.file.endswith("2020.yml") and problem.row == len(lines) + 1, problem


@pytest.mark.parametrize("name", ["2021-é", "2021-" + "x" * 60, "2021_x", "2021-X"])
def test_a_release_name_the_build_rejects_is_a_validation_error(name, tmp_path):
    path = tmp_path / f"{name}.yml"
    path.write_text(BASE.replace("year: 2020", "year: 2021"), encoding="utf-8")
    problems = check_params(name, path)
    assert [p.rule for p in problems] == ["release_name"], problems
    assert "rename the file" in problems[0].message


def test_make_validate_fails_on_a_bad_release_name(tmp_path):
    params = tmp_path / "params"
    shutil.copytree(ROOT / "params", params)
    (params / "2021-é.yml").write_text((params / "2021.yml").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "HULPLIJNEN_PARAMS": str(params)}
    run = subprocess.run(
        [sys.executable, "-m", "hulplijnen.pipeline.cli", "validate"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "release_name" in run.stderr or "not a release name" in run.stderr, run.stderr
    assert "all inputs valid" not in run.stdout
