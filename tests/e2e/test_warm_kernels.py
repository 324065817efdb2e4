"""Warm kernels (warm.py, kernels.py, zygote.py): each notebook gets a fresh kernel forked from a process that
imported the heavy modules once. Fresh means fresh: nothing from another notebook, counts from 1, the
project root as working directory, the same outputs as a kernel started the usual way."""

import ast
import json
import os
import time
from pathlib import Path

import nbformat
import pytest

from hulplijnen.config.errors import BuildError
from hulplijnen.config.paths import ROOT
from hulplijnen.pipeline import execute, zygote

pytestmark = pytest.mark.e2e


def notebook(path, *sources):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def outputs(path):
    nb = nbformat.read(path, as_version=4)
    return [(c.execution_count, [o.get("text") or o.get("data") for o in c.outputs]) for c in nb.cells]


def task(tmp_path, name, *sources):
    source = notebook(tmp_path / f"{name}.ipynb", *sources)
    return execute.Task("test", name, source, tmp_path / "out" / f"{name}.ipynb")


def test_each_notebook_gets_a_fresh_warm_kernel(tmp_path):
    first = task(tmp_path, "first", "leaked = 41", "import os\nprint(os.getcwd())")
    second = task(
        tmp_path,
        "second",
        "print('leaked' in globals())",
        "import sys\nprint('pandas' in sys.modules, 'hulplijnen.chapters' in sys.modules)",
    )
    heard = []
    done = zygote.run_all([first, second], ROOT, jobs=1, on_done=heard.append)
    assert [o.ok for o in done] == [True, True] and {o.task.name for o in heard} == {"first", "second"}
    assert outputs(first.target)[1] == (2, [f"{ROOT}\n"])  # counts from 1; runs in the project root
    # nothing leaks from one notebook to the next, and the heavy modules were loaded before the kernel
    assert outputs(second.target) == [(1, ["False\n"]), (2, ["True True\n"])]


def test_warm_and_plain_kernels_give_the_same_notebook(tmp_path):
    cells = (
        "import pandas as pd\npd.DataFrame({'a': [1, 2]})",
        "from IPython.display import Markdown\nMarkdown('*x*')",
    )
    warm = task(tmp_path, "warm", *cells)
    plain = execute.Task("test", "plain", warm.source, tmp_path / "plain.ipynb")
    [outcome] = zygote.run_all([warm], ROOT, jobs=1)
    assert outcome.ok and execute.run(plain, ROOT).ok
    assert outputs(warm.target) == outputs(plain.target)


def test_a_failing_cell_on_a_warm_kernel_is_named(tmp_path):
    broken = task(tmp_path, "broken", "x = 1", "1 / 0")
    [outcome] = zygote.run_all([broken], ROOT, jobs=1)
    assert not outcome.ok and outcome.cell == 2 and outcome.error.startswith("ZeroDivisionError")


def test_a_notebook_that_kills_its_runner_fails_alone_and_leaves_no_kernel(tmp_path):
    pid_file = tmp_path / "kernel.pid"
    killer = task(
        tmp_path,
        "killer",
        f"import os, signal\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))",
        "os.kill(os.getppid(), signal.SIGKILL)",
    )
    fine = task(tmp_path, "fine", "print('fine')")
    outcomes = zygote.run_all([killer, fine], ROOT, jobs=2)
    assert not outcomes[0].ok and "died" in outcomes[0].error
    assert outcomes[1].ok
    kernel = int(pid_file.read_text())
    for _ in range(100):  # the kernel gets SIGKILL when its task process dies (PR_SET_PDEATHSIG)
        if not os.path.exists(f"/proc/{kernel}") or "Z" in _state(kernel):
            break
        time.sleep(0.05)
    else:
        pytest.fail(f"kernel {kernel} outlived its task process")


def _state(pid):
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def _gone(pid, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _state(pid) in ("gone", "Z"):
            return True
        time.sleep(0.05)
    return False


def test_a_dead_zygote_takes_a_stuck_task_process_and_its_kernel_with_it(tmp_path):
    """The chain build -> zygote -> task -> kernel dies at once from any link: a task process that cannot
    run a shutdown (here: stopped, as a hung one would be) is killed, not asked, and its kernel with it."""
    pids = tmp_path / "pids"
    stuck = task(
        tmp_path,
        "stuck",
        f"import os, signal, time\nopen({str(pids)!r}, 'w').write(f'{{os.getppid()}} {{os.getpid()}}')",
        "os.kill(os.getppid(), signal.SIGSTOP)\ntime.sleep(120)",
    )
    warm_parent = zygote.Zygote(ROOT, 1)
    try:
        warm_parent.submit([stuck])
        deadline = time.monotonic() + 120
        while not (pids.exists() and pids.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        runner, kernel = map(int, pids.read_text().split())
        while _state(runner) != "T" and time.monotonic() < deadline:  # the task process is stopped
            time.sleep(0.05)
        warm_parent._process.kill()
        assert _gone(runner), "the task process outlived the zygote"
        assert _gone(kernel), "the kernel outlived its task process"
    finally:
        warm_parent.close()


def test_a_warm_kernel_holds_no_pipe_the_zygote_reads(tmp_path):
    """A new kernel inherits nothing of the process that ran Papermill; a forked one closes the task's
    pipe to the zygote (else the zygote could wait on a kernel that outlived its task). Pipes are told
    apart by /proc: the same pipe inode, written at the kernel's end (O_WRONLY), read at the zygote's."""
    probe = task(
        tmp_path,
        "probe",
        "import os\n"
        "def pipes(pid, mode):\n"
        "    found = set()\n"
        "    for fd in os.listdir(f'/proc/{pid}/fd'):\n"
        "        try:\n"
        "            link = os.readlink(f'/proc/{pid}/fd/{fd}')\n"
        "            info = open(f'/proc/{pid}/fdinfo/{fd}').read()\n"
        "        except OSError:\n"
        "            continue\n"
        "        if link.startswith('pipe:') and int(info.split('flags:')[1].split()[0], 8) & 3 == mode:\n"
        "            found.add(link)\n"
        "    return found\n"
        "zygote = int(open(f'/proc/{os.getppid()}/stat').read().rsplit(')', 1)[1].split()[1])\n"
        "print(sorted(pipes(os.getpid(), os.O_WRONLY) & pipes(zygote, os.O_RDONLY)))",
    )
    [outcome] = zygote.run_all([probe], ROOT, jobs=1)
    assert outcome.ok, outcome.error
    assert outputs(probe.target) == [(1, ["[]\n"])]


def test_a_dead_zygote_is_a_build_error_not_a_hang(tmp_path):
    warm_parent = zygote.Zygote(ROOT, 1)
    try:
        warm_parent._process.kill()
        warm_parent._process.join()
        with pytest.raises(BuildError, match="process running the notebooks died"):
            warm_parent.run_all([task(tmp_path, "never", "1")])
    finally:
        warm_parent.close()


def test_outcomes_record_the_time_inside_cells(tmp_path):
    [outcome] = zygote.run_all([task(tmp_path, "sleepy", "import time\ntime.sleep(0.3)")], ROOT, jobs=1)
    assert outcome.ok and 0.3 <= outcome.cell_seconds <= outcome.seconds
    assert json.loads(nbformat.writes(nbformat.read(outcome.task.target, as_version=4)))["cells"]
    written = outcome.task.target.read_bytes()  # normalised before Papermill wrote it: a normalise pass changes nothing
    execute.normalise(outcome.task.target, outcome.task.source, ROOT)
    assert outcome.task.target.read_bytes() == written


def test_a_kernel_that_dies_in_a_cell_fails_that_notebook_and_does_not_hang(tmp_path):
    import signal

    def hung(signum, frame):  # noqa: ARG001
        raise AssertionError("the build waited for a dead kernel")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    try:
        [outcome] = zygote.run_all([task(tmp_path, "dies", "x = 1", "import os\nos._exit(1)")], ROOT, jobs=1)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not outcome.ok and "kernel died" in outcome.error


def test_warm_kernels_are_like_new_ones_where_a_fork_would_differ(tmp_path):
    probe = (
        "import sys, numpy, random\n"
        "print(get_ipython().history_manager.hist_file)\n"
        "print(sys.path)\n"
        "print(numpy.random.rand(), random.random())"
    )
    runs = [task(tmp_path, name, probe) for name in ("a", "b")]
    plain = execute.Task("test", "plain", runs[0].source, tmp_path / "plain.ipynb")
    assert execute.run(plain, ROOT).ok
    warm_parent = zygote.Zygote(ROOT, 2)
    try:
        assert all(o.ok for o in warm_parent.run_all(runs))
        folder = Path(warm_parent.folder)
        assert folder.is_dir() and not list(folder.iterdir())  # each run removed its sockets
    finally:
        warm_parent.close()
    assert not folder.exists()
    lines = [outputs(r.target)[0][1][0].splitlines() for r in runs]
    assert all(history == ":memory:" for history, _, _ in lines)  # as Papermill starts a kernel
    plain_path = set(ast.literal_eval(outputs(plain.target)[0][1][0].splitlines()[1]))
    # nothing of the process that started the build (its folder, pytest's) is on a warm kernel's path
    assert all(set(ast.literal_eval(path)) <= plain_path for _, path, _ in lines)
    assert lines[0][2] != lines[1][2]  # a fork shares its parent's random state; a new kernel does not


def _descendants(pid):
    """pid -> parent of every live process below ``pid`` (from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = {}, {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier and p not in found}
        found.update({p: parents[p] for p in frontier})
    return found


def test_a_spare_kernel_waits_answering_and_carries_nothing_from_the_run_before(tmp_path):
    """`make preview` has the zygote keep a task process waiting with its kernel forked and answering
    (Zygote.prepare): the next run uses that kernel (it was running before the run was queued), and it is a
    fresh one: a variable the run before set is not there, counts start from 1; a new spare follows."""
    first = task(tmp_path, "first", "leaked = 41\nimport os\nprint(os.getpid())")
    second = task(tmp_path, "second", "import os\nprint('leaked' in globals(), os.getpid())")
    warm_parent = zygote.Zygote(ROOT, 1)
    try:
        [one] = warm_parent.run_all([first])
        assert one.ok, one.error
        warm_parent.prepare(1)
        deadline, waiting = time.monotonic() + 120, set()
        while not waiting and time.monotonic() < deadline:  # zygote -> spare task process -> its kernel
            below = _descendants(warm_parent._process.pid)
            waiting = {p for p, parent in below.items() if parent in below}
            time.sleep(0.05)
        assert len(waiting) == 1, f"no spare kernel below the zygote: {below}"
        [two] = warm_parent.run_all([second])
        assert two.ok, two.error
        deadline, again = time.monotonic() + 120, set()
        while not again and time.monotonic() < deadline:  # kept: the next spare comes once the runs are done
            below = _descendants(warm_parent._process.pid)
            again = {p for p, parent in below.items() if parent in below} - waiting
            time.sleep(0.05)
        assert again, "no new spare after the run that used the last one"
        # its parts, for the preview's timeline: the kernel it was given had answered before the run began
        assert [name for name, _, _ in two.spans] == ["spare kernel", "setup", "analysis", "papermill"]
        assert [name for name, _, _ in one.spans] == ["kernel", "setup", "analysis", "papermill"]
    finally:
        warm_parent.close()
    first_kernel = int(outputs(first.target)[0][1][0])
    leaked, kernel = outputs(second.target)[0][1][0].split()
    assert (leaked, int(kernel)) == ("False", waiting.pop())  # the spare's kernel, fresh
    assert int(kernel) != first_kernel and outputs(second.target)[0][0] == 1
