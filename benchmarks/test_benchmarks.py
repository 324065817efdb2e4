"""The benchmarks themselves still work: each runs at a tiny size (`make bench-check`; not part of `make test`,
whose suite is tests/). The figures they print at full size are the benchmarks; here only that they run."""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_export_benchmark_runs_at_a_small_size_and_both_engines_agree():
    done = subprocess.run(
        [sys.executable, str(HERE / "export_speed.py"), "--rows", "3000", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(results["formats"]) == {"parquet", "csv"}
    for fmt in results["formats"].values():
        assert fmt["same_counts"] and fmt["ours"]["tables"] == fmt["baseline"]["tables"] == 11
        assert fmt["ours"]["seconds"] > 0 and fmt["ours"]["peak_mb"] > 0
