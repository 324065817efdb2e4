"""The build's exit after a stop: a late signal of the stop must not turn 130/143 into a death by signal."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hulplijnen.pipeline import cli


def test_after_a_stop_the_exit_ignores_late_signals_of_it_through_python_s_shutdown(monkeypatch):
    saved = {s: signal.getsignal(s) for s in cli.STOPS.values()}
    monkeypatch.setattr(cli, "_heard", ["SIGTERM"])
    left = []
    monkeypatch.setattr(cli.os, "_exit", left.append)  # the process ends here: seen, not done
    monkeypatch.setattr(cli.atexit, "_run_exitfuncs", lambda: left.append("exit functions"))
    try:
        cli._exit(143)
        assert left == ["exit functions", 143]
        # ignored, not a Python handler: Python's shutdown resets Python handlers to the default (death by
        # signal) but leaves ignored signals ignored
        assert all(signal.getsignal(s) is signal.SIG_IGN for s in cli.STOPS.values())
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


@pytest.mark.parametrize("code", [130, 143])
def test_a_stop_a_library_saw_first_still_ends_with_the_stops_code(tmp_path, code):
    """A SIGTERM'd build died by SIGINT (-2) under load: CPython had seen the stop's KeyboardInterrupt escape
    code run through its C API (here PyRun_SimpleString), and `python -m` ended with a death by SIGINT although
    the build had handled the stop. Exit functions still run."""
    (tmp_path / "stopped_build.py").write_text(
        textwrap.dedent(
            f"""
            import atexit, ctypes
            from hulplijnen.pipeline import cli
            atexit.register(print, "exit functions ran")
            cli._heard.append("SIGTERM")
            ctypes.pythonapi.PyRun_SimpleString(b"raise KeyboardInterrupt('SIGTERM')")
            cli._exit({code})
            """
        ),
        encoding="utf-8",
    )
    src = Path(cli.__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(src)])}
    done = subprocess.run(
        [sys.executable, "-m", "stopped_build"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == code, done.stderr
    assert "exit functions ran" in done.stdout


def test_without_a_stop_the_exit_leaves_the_handlers_alone(monkeypatch):
    monkeypatch.setattr(cli, "_heard", [])
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(SystemExit):
        cli._exit(0)
    assert signal.getsignal(signal.SIGINT) is before
