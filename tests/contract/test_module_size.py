"""Small modules: no Python module of the package, the tests or the benchmarks over 350 lines."""

import pytest

from hulplijnen.config.paths import ROOT

LIMIT = 350
MODULES = sorted(p for folder in ("src", "tests", "benchmarks") for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= LIMIT, f"{path.relative_to(ROOT)} has {lines} lines; split it by what its parts are about"
