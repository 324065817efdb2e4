"""A notebook run's kernel, started and answering before the run asks for it.

A task process (execute.py) is a fork of the warm zygote (warm.py). Before it is given a notebook it
forks its kernel (warm.fork_kernel), has jupyter_client adopt it and waits until it answers (the
``kernel_info`` handshake): ``ready``. In a build the notebook follows at once; ``make preview`` keeps such a
task process waiting (a *spare*), so a save pays neither the fork nor the handshake. The kernel is fresh
all the same: the fork of a process that has imported modules and run nothing, used for one notebook and
shut down after it. Papermill runs on it through ``Engine``: Papermill's own nbclient engine, given the
client that already answered (Papermill has no other way to take one). A kernel that cannot be forked, or
a retry, is a ``plain`` one: jupyter_client starts ``python -m ipykernel_launcher`` as Papermill would.

Kernels talk over IPC sockets in a private folder (``KERNEL_FOLDER``) instead of TCP ports: two kernels
started at the same moment cannot pick the same port.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass

KERNEL = "python3"
KERNEL_FOLDER = "HULPLIJNEN_KERNELS"  # where a build's kernels keep their sockets (one folder, removed at the end)
ENGINE = "hulplijnen"  # the Papermill engine name of ``Engine``
STARTUP_TIMEOUT = 60  # seconds a kernel gets to answer (Papermill's default)


def manager(folder: str):
    """An asynchronous kernel manager: with it, Papermill notices a kernel that dies inside a cell
    (a blocking client would wait for the kernel's reply for ever). Sockets and the connection file
    live in ``folder``."""
    from jupyter_client.manager import AsyncKernelManager

    return AsyncKernelManager(
        kernel_name=KERNEL,
        transport="ipc",
        ip=os.path.join(folder, "kernel"),
        connection_file=os.path.join(folder, "kernel.json"),
    )


@dataclass
class Kernel:
    """A kernel manager, its client once the kernel answered (None: Papermill starts the kernel and its
    client), and the folder of its sockets."""

    km: object
    folder: str
    kc: object = None
    forked: bool = False

    def alive(self) -> bool:
        from jupyter_core.utils import run_sync

        return bool(self.km.has_kernel and run_sync(self.km.is_alive)())

    def stop(self) -> None:
        """Shut the kernel down (a kernel manager passed to Papermill is ours to shut down), including a
        forked kernel never adopted because something failed before; remove its sockets."""
        from jupyter_core.utils import run_sync

        try:
            if self.kc is not None:
                self.kc.stop_channels()
            if self.km.has_kernel:
                run_sync(self.km.shutdown_kernel)(now=True)
            elif self.forked and self.km.provisioner is not None and self.km.provisioner.forked is not None:
                self.km.provisioner.forked.kill()
                self.km.provisioner.forked.wait()
            run_sync(self.km.cleanup_resources)()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def plain() -> Kernel:
    """A kernel Papermill starts itself (``python -m ipykernel_launcher``) when it runs the notebook."""
    folder = tempfile.mkdtemp(prefix="hk", dir=os.environ.get(KERNEL_FOLDER))  # short: socket paths are limited
    return Kernel(manager(folder), folder)


def ready(cwd: str, private: tuple[int, ...] = ()) -> Kernel:
    """Fork this warm process into a kernel (which does not hold the file descriptors ``private``) and
    wait until it answers. Call before anything starts an event loop or a ZeroMQ context here. Raises
    (RuntimeError, TimeoutError) when the kernel does not answer; it is stopped then."""
    from jupyter_core.utils import run_sync

    from . import warm

    kernel = plain()
    kernel.forked = True
    try:
        warm.fork_kernel(kernel.km, cwd, private)
        run_sync(kernel.km.start_kernel)(cwd=cwd)  # adopts the fork (warm.ForkedProvisioner)
        kernel.kc = kernel.km.client()
        kernel.kc.start_channels()
        run_sync(kernel.kc.wait_for_ready)(timeout=STARTUP_TIMEOUT)
        kernel.kc.allow_stdin = False  # as nbclient sets its own client
    except BaseException:
        kernel.stop()
        raise
    return kernel


def register() -> None:
    """Make ``Engine`` known to Papermill (as ``ENGINE``); once per process."""
    from papermill.engines import papermill_engines

    papermill_engines.register(ENGINE, _engine())


_ENGINE = None


def _engine():
    """Papermill's nbclient engine, with three keyword arguments of its own: ``kc``, a client whose kernel
    already answered (the engine's client uses it instead of starting one); ``marks``, a list that gets the
    times the first cell started and the last ended (time.perf_counter); ``finish``, called with the executed
    notebook before Papermill writes it."""
    global _ENGINE
    if _ENGINE is not None:
        return _ENGINE
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, logger
    from papermill.utils import merge_kwargs, remove_args

    class Client(PapermillNotebookClient):
        def __init__(self, nb_man, kc=None, marks=None, **kw):
            super().__init__(nb_man, **kw)
            self.kc, self.marks = kc, marks if marks is not None else []

        def papermill_execute_cells(self):
            self.marks.append(time.perf_counter())
            try:
                super().papermill_execute_cells()
            finally:
                self.marks.append(time.perf_counter())

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(  # as NBClientEngine's, with kc and marks
            cls,
            nb_man,
            kernel_name,
            log_output=False,
            stdout_file=None,
            stderr_file=None,
            start_timeout=60,
            execution_timeout=None,
            kc=None,
            marks=None,
            finish=None,
            **kwargs,
        ):
            kwargs = remove_args(["input_path"], **kwargs)
            safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
            final_kwargs = merge_kwargs(
                safe_kwargs,
                timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logger,
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            executed = Client(nb_man, kc=kc, marks=marks, **final_kwargs).execute()
            return finish(executed) if finish is not None else executed

    _ENGINE = Engine
    return Engine
