"""The render's Quarto process, and the tools it starts, die with the build, SIGKILL included (issue 25,
item 12). A stand-in for quarto (a shell script that starts a long-running tool and waits) is rendered
by a build process, which is then killed with SIGKILL."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FAKE_QUARTO = """#!/bin/sh
echo $$ > "{folder}/quarto.pid"
sleep 300 &
echo $! > "{folder}/tool.pid"
wait
"""
BUILD = (
    "import sys; from pathlib import Path; from hulplijnen.pipeline import render; "
    "render.render(render.Job('x', Path(sys.argv[1])), print, executable=sys.argv[2])"
)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_quarto_and_its_tools_die_with_a_killed_build(tmp_path, how):
    fake = tmp_path / "quarto"
    fake.write_text(FAKE_QUARTO.format(folder=tmp_path))
    fake.chmod(0o755)
    build = subprocess.Popen([sys.executable, "-c", BUILD, str(tmp_path), str(fake)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not ((tmp_path / "tool.pid").is_file() and (tmp_path / "tool.pid").read_text().strip()):
            assert time.monotonic() < deadline and build.poll() is None, "the stand-in quarto did not start"
            time.sleep(0.05)
        pids = [int((tmp_path / f).read_text()) for f in ("quarto.pid", "tool.pid")]
        assert all(alive(p) for p in pids)
        build.send_signal(how)
        build.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p for p in pids if alive(p)] == [], "quarto or its tool outlived the build"
    finally:
        build.kill()
        for f in ("quarto.pid", "tool.pid"):
            if (tmp_path / f).is_file():
                try:
                    os.kill(int((tmp_path / f).read_text()), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
