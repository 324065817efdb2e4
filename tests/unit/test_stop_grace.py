"""A stop ends the process in bounded time, even when its cleanup waits forever (pipeline/grace.py)."""

import os
import subprocess
import sys
import textwrap
import time

import pytest

from hulplijnen.pipeline import grace

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux only)")

HANGS = textwrap.dedent(
    """
    import subprocess, sys, time
    from hulplijnen.pipeline import grace
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    print(child.pid, flush=True)
    grace.watch()
    grace.arm("preview stopped (SIGTERM)", 143, seconds=float(sys.argv[1]))
    time.sleep(300)  # a cleanup that never returns
    """
)


def test_a_cleanup_that_never_returns_ends_in_grace_with_the_stop_s_code_and_where_it_waited():
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", HANGS, "1"], capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < 60
    assert run.returncode == 143, run.stderr
    child = int(run.stdout.split()[0])
    assert not os.path.exists(f"/proc/{child}"), "a process the stopped one started still runs"
    assert f"the cleanup after the stop {grace.LATE} 1 s" in run.stderr
    assert "time.sleep(300)" in run.stderr or "<string>" in run.stderr  # each thread's stack, no data
    assert run.stderr.rstrip().endswith("preview stopped (SIGTERM)")


def test_a_cleanup_that_returns_in_time_disarms_the_timer():
    code = "from hulplijnen.pipeline import grace; import time\n"
    code += "grace.watch(); grace.arm('stopped', 143, seconds=0.5); grace.disarm()\n"
    code += "time.sleep(1.5); print('ended normally')"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "ended normally" in run.stdout and grace.LATE not in run.stderr


def test_only_the_first_stop_counts_and_a_stop_before_any_command_is_not_timed(monkeypatch):
    monkeypatch.setattr(grace, "_watch", None)
    grace.arm("stopped (Ctrl-C)", 130)  # no command ran: nothing to time
    assert grace._watch is None
    grace.watch()
    watch = grace._watch
    watch.done.set()  # the thread leaves at once: this test looks at what the stops recorded
    grace.arm("stopped (Ctrl-C)", 130, seconds=5)
    grace.arm("stopped (SIGTERM)", 143)  # a second stop: the first's line, code and time stand
    assert (watch.said, watch.code, watch.seconds) == ("stopped (Ctrl-C)", 130, 5)
    grace.disarm()
    assert grace._watch is None
