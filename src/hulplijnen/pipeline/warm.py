"""Warm kernels: the heavy modules are imported once per build, not once per notebook.

A build starts one *zygote* process right away, while validation and the export stage run. The
zygote imports what every notebook imports (pandas, matplotlib, pandera, the package and its
chapters, statsmodels, ipykernel, Papermill) and then, for each notebook run, forks a task process.
The task process forks the notebook's kernel before it does anything else, and runs Papermill
against it. Both forks are copies of a process that has imported modules and done nothing else
(no event loop, no ZeroMQ context, no data read): each notebook still gets a fresh kernel of its
own, with nothing in it from another notebook, but its import cell finds the modules loaded.

Papermill talks to the forked kernel through jupyter_client's own machinery: ``ForkedProvisioner``
is jupyter_client's local provisioner, except that "launching" adopts the process already forked.
Kernels, task processes and the zygote die with their parent (PR_SET_PDEATHSIG on Linux).
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from typing import NoReturn

# What a notebook's import cell and analysis load, and what a task process needs to run Papermill.
PRELOAD = (
    "pandas",
    "matplotlib.pyplot",
    "hulplijnen.chapters",
    "hulplijnen.presentation.display",
    "hulplijnen.presentation.figures",
    "hulplijnen.presentation.figures_sources",
    "IPython",
    "ipykernel.kernelapp",
    "ipykernel.debugger",
    "ipykernel.ipkernel",
    "jupyter_client.manager",
    "nbformat",
    "papermill",
)


# What only some notebooks use: imported after the first runs have been forked, between forks, so a
# build whose one edited notebook needs none of it does not wait for it (a notebook forked before it
# was imported imports it itself, as any kernel would).
LATER = ("statsmodels.genmod.generalized_linear_model", "statsmodels.stats.proportion", "seaborn")


def preload(modules: tuple[str, ...] = PRELOAD) -> None:
    """Import every module of ``modules`` (in the zygote). A module that fails to import is not
    preloaded; the notebook that needs it imports it itself and reports the error in its cell."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 (the notebook will say why, in its own cell)
            continue


def die_with_parent(parent: int) -> None:
    """In a child of ``parent``: be killed the moment ``parent`` dies, however it dies (Linux
    PR_SET_PDEATHSIG with SIGKILL, so zygote -> task -> kernel go down as a chain and none can hang in
    a shutdown its dead parent can no longer answer; what they leave, sockets and connection files, is
    in the build's socket folder, which the build or the next one removes). Ctrl-C belongs to the build:
    SIGINT is ignored here. Elsewhere than Linux, the kernel's parent poller still applies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before prctl took effect (adopted by init or a subreaper)
        os._exit(1)


class Forked:
    """The part of ``subprocess.Popen`` that jupyter_client's provisioner uses, for a forked child."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.01)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def _provisioner_class():
    from jupyter_client.provisioning import LocalProvisioner

    class ForkedProvisioner(LocalProvisioner):
        """jupyter_client's local provisioner for a kernel this process has already forked."""

        forked: Forked | None = None  # set by fork_kernel

        async def launch_kernel(self, cmd: list[str], **kwargs):  # noqa: ARG002 (the kernel runs already)
            self.process = self.forked
            self.pid = self.pgid = self.forked.pid  # the kernel leads its own session
            self.cwd = kwargs.get("cwd")
            return self.connection_info

    return ForkedProvisioner


def fork_kernel(km, cwd: str, private: tuple[int, ...] = ()) -> None:
    """Fork this (warm) process into a kernel for ``km`` and make ``km`` adopt it when Papermill
    starts it; ``private`` are file descriptors the kernel must not hold (the task's pipe to the zygote,
    as a new kernel would not). Call before anything starts an event loop or a ZeroMQ context here."""
    km.kernel_id = km.kernel_id or str(uuid.uuid4())
    km.write_connection_file()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        for fd in private:
            os.close(fd)
        _kernel_main(km.connection_file, cwd, parent)
    provisioner = _provisioner_class()(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)
    provisioner.forked = Forked(pid)
    km.provisioner = provisioner


def _fresh_random_state() -> None:
    import random

    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()


def _folder_gone(connection_file: str) -> bool:
    """Whether the build's socket folder holding ``connection_file`` has been removed (a stopped preview)."""
    return not os.path.isdir(os.path.dirname(os.path.abspath(connection_file)))


def _quiet_when_stopped(connection_file: str):
    """A ``threading.excepthook`` for the kernel: a thread of a spare kernel still starting (its heartbeat
    binding a socket) when a stopped preview removed its folder is no error to report; any other is."""
    default = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if not _folder_gone(connection_file):
            default(args)

    return hook


def _kernel_main(connection_file: str, cwd: str, parent: int) -> NoReturn:
    """The forked child: become an IPython kernel on ``connection_file``, as ipykernel_launcher does."""
    code = 1
    threading.excepthook = _quiet_when_stopped(connection_file)
    try:
        os.setsid()  # its own session and process group, as jupyter_client starts kernels
        die_with_parent(parent)
        signal.signal(signal.SIGINT, signal.default_int_handler)  # how jupyter_client interrupts a cell
        os.chdir(cwd)
        _fresh_random_state()  # forks share the parent's random state; a new kernel does not
        # as Papermill starts a kernel: its history in memory, not in the user's IPython database
        sys.argv = ["ipykernel_launcher", "-f", connection_file, "--HistoryManager.hist_file=:memory:"]
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance(parent_handle=os.getppid())  # as jupyter_client's launch: polled, no banner
        app.initialize(sys.argv[1:])
        app.start()
        code = 0
    except BaseException:  # noqa: BLE001 (a kernel that cannot start says so on stderr; Papermill retries)
        import traceback

        # a spare kernel still starting when a stopped preview removed its folder is no error to report
        if not _folder_gone(connection_file):
            traceback.print_exc()
    finally:
        os._exit(code)
