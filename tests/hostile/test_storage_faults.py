"""Disk full, read-only and immutable folders (issue 25, item 11): one line naming the folder and what to
free or fix, a non-zero exit, and nothing lost (the last good release stays as it was). Uses a small
tmpfs, a read-only bind mount and chattr +i; skipped, saying why, where the machine does not allow them."""

import contextlib
import os
import subprocess
import sys

import pytest

from hulplijnen.config.errors import storage_problem
from hulplijnen.pipeline import cli
from hulplijnen.pipeline.publish import STAGE_ITEMS, publish


def mount(*args) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(path, size="64k"):
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
        pytest.skip("cannot mount a small tmpfs here (needs root): the disk-full case is not tested")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def staged(folder, size=200_000):
    folder.mkdir(parents=True)
    (folder / "figures.json").write_bytes(b"{}" + b" " * size)
    (folder / "build.json").write_text("{}")
    return folder


def test_disk_full_while_publishing_keeps_the_old_release_and_says_what_to_do(tmp_path):
    with tmpfs(tmp_path / "out") as out:
        target = out / "2020"
        target.mkdir()
        (target / "report.html").write_text("last good report")
        with pytest.raises(OSError) as caught:
            publish(staged(tmp_path / "staging"), target, STAGE_ITEMS)
        assert (target / "report.html").read_text() == "last good report"
        message = storage_problem(caught.value)
        assert message and "no space left" in message and str(out) in message and "free space" in message
        assert "\n" not in message


def test_read_only_output_folder(tmp_path):
    out = tmp_path / "out"
    (out / "2020").mkdir(parents=True)
    (out / "2020" / "report.html").write_text("last good report")
    if os.geteuid() != 0 or not mount("--bind", "-o", "ro", str(out), str(out)):
        pytest.skip("cannot make a read-only bind mount here (needs root)")
    try:
        with pytest.raises(OSError) as caught:
            publish(staged(tmp_path / "staging", 10), out / "2020", STAGE_ITEMS)
        message = storage_problem(caught.value)
        assert message and "read-only" in message and str(out) in message
        assert (out / "2020" / "report.html").read_text() == "last good report"
    finally:
        subprocess.run(["umount", "-l", str(out)], capture_output=True)


def test_immutable_release_folder(tmp_path):
    target = tmp_path / "out" / "2020"
    target.mkdir(parents=True)
    (target / "report.html").write_text("last good report")
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and a file system with attributes)")
    try:
        with pytest.raises(OSError) as caught:
            publish(staged(tmp_path / "staging", 10), target, STAGE_ITEMS)
        message = storage_problem(caught.value)
        assert message and str(target) in message and "chattr -i" in message
        assert (target / "report.html").read_text() == "last good report"
    finally:
        subprocess.run(["chattr", "-i", str(target)], capture_output=True)


def test_the_command_line_prints_one_line_and_exits_non_zero(monkeypatch, capsys, tmp_path):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "_staging" / "2020" / "figures.json"))

    monkeypatch.setattr(cli, "build", full)
    assert cli.main(["notebooks"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err and "_staging/2020" in err and "no space left" in err


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_real_build_with_a_full_output_disk(tmp_path):
    """The whole Papermill stage of one release, its output folder on a 64 KB tmpfs."""
    with tmpfs(tmp_path / "out") as out:
        (out / "2021-tele-onthaal").mkdir()
        (out / "2021-tele-onthaal" / "figures.json").write_text("last good")
        script = (
            "import sys; from pathlib import Path; from hulplijnen.pipeline import build; "
            "from hulplijnen.config.errors import "
            "storage_problem\ntry:\n    build.build(['2021-tele-onthaal'], render=False, workspace=build.Workspace("
            f"output=Path({str(out)!r}), staging=Path({str(tmp_path / 'staging')!r}), "
            f"cache=Path({str(tmp_path / 'cache')!r})))\nexcept BaseException as exc:\n"
            "    print(storage_problem(exc)); sys.exit(1)\n"
        )
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=900)
        assert run.returncode == 1, run.stdout + run.stderr[-3000:]
        assert "no space left" in run.stdout and str(out) in run.stdout, run.stdout + run.stderr[-3000:]
        assert (out / "2021-tele-onthaal" / "figures.json").read_text() == "last good"
