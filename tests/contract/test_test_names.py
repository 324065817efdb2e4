"""Test modules are collected by basename (pytest's rootdir-relative import without packages): two test files
with one name in different folders stop the whole run at collection (r47: CI stopped on test_processing_r47e)."""

from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def duplicate_names(paths) -> list[str]:
    counts = Counter(Path(p).name for p in paths)
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_finds_a_duplicate():
    assert duplicate_names(["tests/unit/test_a.py", "tests/e2e/test_a.py", "tests/e2e/test_b.py"]) == ["test_a.py"]


def test_no_two_test_modules_share_a_name():
    found = [p for folder in ("tests", "benchmarks") for p in (ROOT / folder).rglob("test_*.py")]
    assert found and duplicate_names(found) == []
