"""What a build publishes into _output/<release>/; publishing a release as a whole; cleaning up
after killed builds.

A release folder ``_output/<release>/`` is replaced in one step: the complete new folder is built
beside it (``.<release>.new-<pid>``), the old folder is renamed aside (``.<release>.old-<pid>``) and
the new one renamed into place; then the old one is deleted. Each step is a single rename, so an
interruption leaves either the old release, or the new one, or the old one renamed aside, which
``recover`` (run at the start of every build) puts back. A reader never sees a mix.

Partly executed notebooks of a failed build are kept under ``_cache/failed/<release>/``, never in
the published folder.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

STAGE_ITEMS = [
    "notebooks",
    "figures.json",
    "figures",
    "tables",
    "build.json",
    "report.qmd",
    "_quarto.yml",
    "quarto",
    "preview",
    "suppression_log.csv",
]
REPORT_ITEMS = ["report.html", "report_files", "report.pdf"]
OPTIONAL_ITEMS = {"suppression_log.csv"}  # only releases with a contact export have one
NEW, OLD = ".new-", ".old-"
_TEMP = re.compile(r"^\.(?P<release>.+)\.(?P<kind>new|old)-(?P<pid>\d+)$")


def step(name: str) -> None:
    """A point between two steps of a publish (tests replace it to kill a publish at every step)."""


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def publish(staged: Path, target: Path, items: list[str], keep: list[str] = ()) -> None:
    """Replace ``target`` by the ``items`` of ``staged``, plus the ``keep`` items of the old target
    (the last good report when this build did not render one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    pid = os.getpid()
    new = target.parent / f".{target.name}{NEW}{pid}"
    old = target.parent / f".{target.name}{OLD}{pid}"
    _remove(new)
    new.mkdir()
    step("new folder")
    for name in items:
        if (staged / name).exists():
            try:
                shutil.move(str(staged / name), str(new / name))
            except OSError as exc:  # name where it was written (a failed copy names its source)
                errno, strerror = exc.errno, exc.strerror
                if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
                    # a folder copied file by file: shutil lists each file's error as text; keep the first's errno
                    found = re.search(r"\[Errno (\d+)\] ([^:']+)", str(exc.args[0][0][2])) if exc.args[0] else None
                    if found:
                        errno, strerror = int(found.group(1)), found.group(2)
                raise OSError(errno, strerror, str(new / name)) from exc
            step(f"moved {name}")
    kept = []
    for name in keep:
        if (target / name).exists() and not (new / name).exists():
            copy = shutil.copytree if (target / name).is_dir() else shutil.copy2
            copy(target / name, new / name)
            kept.append(name)
            step(f"kept {name}")
    if set(kept) & set(REPORT_ITEMS):
        _mark_older_report(target, new)
    try:
        if target.exists():
            target.rename(old)
            step("old aside")
        new.rename(target)
        step("new in place")
    except BaseException:  # stopped between the two renames (Ctrl-C, SIGTERM): the old release goes back
        if old.exists() and not target.exists():
            old.rename(target)
        raise
    _remove(old)


STALE_REPORT = "REPORT-IS-OLDER.txt"  # beside a report kept from an earlier build (README, "Releases")


def _mark_older_report(target: Path, new: Path) -> None:
    """Say plainly, in the release folder, that the kept report.html/report.pdf are not from this build."""
    import json

    note = target / STALE_REPORT
    if note.is_file():  # kept twice: the report is still from the build the first note names
        shutil.copy2(note, new / STALE_REPORT)
        return
    try:
        commit = json.loads((target / "build.json").read_text(encoding="utf-8")).get("git_commit", "?")
    except (OSError, ValueError, AttributeError):
        commit = "?"
    (new / STALE_REPORT).write_text(
        f"report.html and report.pdf in this folder are from an earlier build (commit {commit}), not from the\n"
        "notebooks, figures.json, build.json and previews beside them: the last build did not render the report\n"
        "(make notebooks, or Quarto was missing). Run `make report` to render the report from this build;\n"
        "this file then disappears.\n",
        encoding="utf-8",
    )


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (this process counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(output: Path) -> list[str]:
    """Undo what a killed publish left behind: put an old release back where its new one never
    arrived, and delete half-built and set-aside folders of dead builds. Returns what it did."""
    done = []
    if not output.is_dir():
        return done
    for path in sorted(output.iterdir()):
        found = _TEMP.match(path.name)
        if not found or alive(int(found["pid"])):
            continue
        target = output / found["release"]
        if found["kind"] == "old" and not target.exists():
            path.rename(target)
            done.append(f"restored {target.name}")
        else:
            _remove(path)
            done.append(f"removed {path.name}")
    return done


def clean_stale(staging: Path, exports: Path) -> list[str]:
    """Delete staging folders (``build-<pid>``) and export temporaries (``*.tmp-<pid>``, which may
    hold a row-level copy of an export) left by builds that are no longer running."""
    return remove_stale(staging, re.compile(r"^build-(\d+)$")) + remove_stale(exports, re.compile(r"^.+\.tmp-(\d+)$"))


def clean_stale_spills() -> list[str]:
    """Remove DuckDB's spill folders (export/source.py) of processes no longer running (a killed build's may
    hold row-level blocks)."""
    import tempfile

    from ..export.source import SPILL

    return remove_stale(Path(tempfile.gettempdir()), re.compile(rf"{re.escape(SPILL)}(\d+)"))


def remove_stale(folder: Path, pattern: re.Pattern) -> list[str]:
    """Delete what processes that no longer run left in ``folder``: the entries ``pattern`` matches, its
    first group being the process id; a line for each."""
    done = []
    if not folder.is_dir():
        return done
    for path in sorted(folder.iterdir()):
        found = pattern.match(path.name)
        if found and not alive(int(found[1])):
            _remove(path)
            done.append(f"removed {path.name}")
    return done


def failed_folder(cache: Path, release: str) -> Path:
    """Where the partly executed notebooks of a failed build of ``release`` are kept."""
    return cache / "failed" / release
