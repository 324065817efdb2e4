"""The cheap "nothing changed" check, done before anything heavy (pandas, papermill, Quarto) is imported.

A published release records in its build.json the *inputs key* it was built from: one hash over the
content of everything a build reads (the git commit, its params file, every notebook, the package code, the report's
text, the Quarto project and partials, every file under data/, the Python and package versions, and
whether it was rendered). When the key is unchanged and the published files are all there, the
release is up to date and the build has nothing to do. Any difference sends the build down the full
path, which decides per notebook (cache.py) and per release (finish.assembly_key) what to redo.

A release that reads a contact export from a path outside data/ never takes this shortcut: its
export is judged by the export stage itself (export/stage.py), by content.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..config.digests import file_digest, tree_digest
from ..config.paths import (
    DATA,
    PACKAGE,
    QUARTO_PARTIALS,
    QUARTO_PROJECT,
    REPORT_TEXT,
    ROOT,
    params_file,
    relative_to_root,
)
from .cache import environment_digest
from .publish import OPTIONAL_ITEMS, REPORT_ITEMS, STAGE_ITEMS

KEY_FORMAT = "1"
RECORD_FIELD = "inputs_key"


SHARED_INPUTS = (PACKAGE, REPORT_TEXT, QUARTO_PROJECT, QUARTO_PARTIALS, DATA)  # what every release reads


def release_inputs(params: Path, notebooks: list[Path]) -> list[Path]:
    """The tracked files and folders one release is built from: its params file and notebooks, and
    the package, the report's text, the Quarto project and partials and data/ that all releases share."""
    return [*SHARED_INPUTS, params, *notebooks]


def git_commit(inputs: list[Path] | None = None, root: Path = ROOT) -> str:
    """The commit a release is built from, the version its title page prints; "-dirty" when a file
    among ``inputs`` (files or folders; default: anything) differs from that commit, untracked files
    included. A release whose own inputs are as committed is that commit's, whatever else has been
    edited: editing one notebook marks (and renders again) only the releases that run it. Git matches
    the paths itself (pathspecs), so the project may sit in a subfolder of its repository; an input
    outside the repository (a data folder elsewhere) cannot be checked and marks the release dirty."""
    scopes = [] if inputs is None else [Path(p).resolve() for p in inputs]
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        top = _toplevel(Path(root).resolve())
        outside = [p for p in scopes if not p.is_relative_to(top)]
        specs = [f":(top,literal){p.relative_to(top).as_posix()}" for p in scopes if p.is_relative_to(top)]
        status = subprocess.run(
            ["git", "status", "--porcelain", "-z", "--untracked-files=all", "--", *specs],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    if inputs is not None and not specs:
        status = ""  # no input inside the repository: nothing git could report
    return out + ("-dirty" if status or outside else "")


@cache
def _toplevel(root: Path) -> Path:
    """The top of the git repository ``root`` is in (where a repository is does not change while a process runs)."""
    done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True, check=True)
    return Path(done.stdout.strip()).resolve()


def shared_digest(notebooks: Path) -> str:
    """The part of the inputs key every release shares."""
    parts = [
        KEY_FORMAT,
        git_commit(),  # any edit: the full path decides per release what its version and content are
        tree_digest(notebooks, "*.ipynb"),
        tree_digest(PACKAGE, "**/*.py"),
        tree_digest(PACKAGE, "**/*.md"),  # the chapters' text and methods, in their folders
        tree_digest(REPORT_TEXT),
        file_digest(QUARTO_PROJECT),
        tree_digest(QUARTO_PARTIALS),
        tree_digest(DATA),
        environment_digest(),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def reads_external_export(params: Path) -> bool:
    import yaml

    try:
        export = (yaml.safe_load(params.read_text(encoding="utf-8")) or {}).get("export")
    except (OSError, ValueError, AttributeError, yaml.YAMLError):
        return True  # unreadable: let the full path report it
    return isinstance(export, dict) and export.get("path") is not None


def inputs_key(release: str, shared: str, render: bool) -> str | None:
    """The release's inputs key; None when it cannot be judged cheaply (no params file, external export)."""
    params = params_file(release)
    if not params.is_file() or reads_external_export(params):
        return None
    return hashlib.sha256("\n".join([shared, file_digest(params), str(render)]).encode()).hexdigest()


def is_current(target: Path, key: str | None, render: bool, field: str = RECORD_FIELD) -> bool:
    """True when _output/<release>/ was built from exactly these inputs (its build.json records ``key``
    under ``field``: the inputs key, or the build's assembly key) and holds every published file."""
    if key is None:
        return False
    try:
        recorded = json.loads((target / "build.json").read_text(encoding="utf-8")).get(field)
    except (OSError, ValueError, AttributeError):
        return False
    items = STAGE_ITEMS + (REPORT_ITEMS if render else [])
    present = all((target / i).exists() for i in items if i not in OPTIONAL_ITEMS | {"report_files"})
    return recorded == key and present and intact(target)


SEAL = ".digests.json"  # in a release folder: SHA-256 of the published files "nothing changed" relies on
SEALED = ("build.json", "figures.json", "report.html", "report.pdf")


def seal(target: Path) -> None:
    """Record the digests of a published release's key files (after publishing, or recording a key)."""
    digests = {name: file_digest(target / name) for name in SEALED if (target / name).is_file()}
    tmp = target / f".{SEAL}.tmp"
    tmp.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(target / SEAL)


def intact(target: Path) -> bool:
    """Every sealed file is there with the content it was published with (a damaged build.json or
    figures.json is never "nothing changed")."""
    try:
        digests = json.loads((target / SEAL).read_text(encoding="utf-8"))
        present = {name for name in SEALED if (target / name).is_file()}
        return set(digests) == present and all(file_digest(target / n) == d for n, d in digests.items())
    except (OSError, ValueError, AttributeError, TypeError):
        return False


def record(build_json: Path, key: str | None) -> None:
    """Write the inputs key into a build.json (atomically: a rename)."""
    data = json.loads(build_json.read_text(encoding="utf-8"))
    if key is None:
        data.pop(RECORD_FIELD, None)
    else:
        data[RECORD_FIELD] = key
    tmp = build_json.with_name(f".{build_json.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(build_json)


def all_current(releases: list[str], output: Path, shared: str, render: bool, log: Callable[[str], None]) -> bool:
    """True (and logged per release) when every release in ``output`` is current."""
    if not all(is_current(output / r, inputs_key(r, shared, render), render) for r in releases):
        return False
    for release in releases:
        log(f"[{release}] up to date: {relative_to_root(output / release)}/")
    return True
