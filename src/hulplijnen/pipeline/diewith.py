"""``python -m hulplijnen.pipeline.diewith <pid> <command> ...``: run a command that must not outlive process
``<pid>`` (the build), however the build ends, SIGKILL included.

The build starts Quarto through this wrapper as the leader of a new process group. The wrapper asks the
kernel for SIGTERM when its parent dies (Linux PR_SET_PDEATHSIG) and, on SIGTERM, kills its whole
process group with SIGKILL: Quarto (deno) and every tool it started (pandoc, typst, sass), which stay in
that group. A Ctrl-C or a stop of the build reaches the group the same way (``render.Running``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1


def _end_group(*_: object) -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)  # this process too: nothing of the group is left


def main(argv: list[str]) -> int:
    parent, command = int(argv[0]), argv[1:]
    signal.signal(signal.SIGTERM, _end_group)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the build, which stops the group
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the build died before prctl took effect
        _end_group()
    child = subprocess.Popen(command, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # noqa: PLW1509
    code = child.wait()
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
