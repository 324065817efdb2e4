"""The log says "cleanup after an interrupted build" only when a build was interrupted: its staging folder,
a half-published release or an export temporary is left. Sockets or spill folders of stopped processes in the
system's temporary folder are removed with a plain line."""

import subprocess
import sys
import tempfile
from pathlib import Path

from hulplijnen.pipeline.build import Workspace, cleanup


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def workspace(tmp_path) -> Workspace:
    return Workspace(output=tmp_path / "_output", staging=tmp_path / "_staging", cache=tmp_path / "_cache")


def test_nothing_left_says_nothing(tmp_path):
    assert [line for line in cleanup(workspace(tmp_path)) if "interrupted" in line] == []


def test_sockets_of_a_stopped_process_are_not_an_interrupted_build(tmp_path):
    left = Path(tempfile.gettempdir()) / f"hulplijnen-{dead_pid()}-test"
    left.mkdir()
    lines = cleanup(workspace(tmp_path))
    assert not left.exists()
    assert any(left.name in line and "interrupted" not in line for line in lines), lines


def test_a_staging_folder_of_a_dead_build_is_an_interrupted_build(tmp_path):
    ws = workspace(tmp_path)
    pid = dead_pid()
    (ws.staging / f"build-{pid}").mkdir(parents=True)
    (ws.cache / "exports" / f"0123.tmp-{pid}").mkdir(parents=True)
    lines = cleanup(ws)
    assert f"cleanup after an interrupted build: removed build-{pid}" in lines
    assert f"cleanup after an interrupted build: removed 0123.tmp-{pid}" in lines
    assert not (ws.staging / f"build-{pid}").exists()
