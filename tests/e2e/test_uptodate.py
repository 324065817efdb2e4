"""The cheap "nothing changed" check: decided before the heavy modules load, and blind to no input."""

import json
import shutil
import subprocess
import sys

from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import DATA, NOTEBOOKS, REPORT_TEXT, ROOT
from hulplijnen.pipeline import build, uptodate

HEAVY = ["pandas", "pandera", "matplotlib", "papermill", "nbconvert", "duckdb", "statsmodels", "scipy"]
CHECK = """
import json, sys
from pathlib import Path
from hulplijnen.pipeline.build import Workspace, build
folders = json.loads(sys.argv[1])
summary = build(render=False, workspace=Workspace(**{k: Path(v) for k, v in folders.items()}))
print(json.dumps({"up_to_date": sorted(summary.up_to_date), "loaded": sorted(set(sys.argv[2:]) & set(sys.modules))}))
"""


def test_nothing_changed_loads_no_heavy_module(workspace, built):
    build.build(render=False, workspace=workspace)  # records the inputs key if an earlier test changed inputs
    folders = {k: str(getattr(workspace, k)) for k in ("output", "staging", "cache", "notebooks")}
    done = subprocess.run(
        [sys.executable, "-c", CHECK, json.dumps(folders), *HEAVY], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result == {"up_to_date": release_ids(), "loaded": []}, done.stdout


def test_every_input_kind_changes_the_key(tmp_path, monkeypatch):
    notebooks, report, data = tmp_path / "notebooks", tmp_path / "report", tmp_path / "data"
    for source, copy in ((NOTEBOOKS, notebooks), (REPORT_TEXT, report), (DATA, data)):
        shutil.copytree(source, copy)
    monkeypatch.setattr(uptodate, "REPORT_TEXT", report)
    monkeypatch.setattr(uptodate, "DATA", data)
    keys = [uptodate.inputs_key("2020", uptodate.shared_digest(notebooks), True)]
    keys.append(uptodate.inputs_key("2020", uptodate.shared_digest(notebooks), False))
    keys.append(uptodate.inputs_key("2021", uptodate.shared_digest(notebooks), True))
    for edited in (notebooks / "channels.ipynb", report / "methods.md", data / "events.csv"):
        assert edited.is_file(), edited
        edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        keys.append(uptodate.inputs_key("2020", uptodate.shared_digest(notebooks), True))
    (data / "new.csv").write_text("a\n1\n", encoding="utf-8")  # a file added is a change too
    keys.append(uptodate.inputs_key("2020", uptodate.shared_digest(notebooks), True))
    assert None not in keys and len(set(keys)) == len(keys)


def test_a_missing_published_file_or_other_key_is_not_current(workspace, built, tmp_path):
    target = tmp_path / "2020"
    shutil.copytree(workspace.release_output("2020"), target)
    key = json.loads((target / "build.json").read_text(encoding="utf-8"))[uptodate.RECORD_FIELD]
    assert uptodate.is_current(target, key, False)
    assert not uptodate.is_current(target, key, True)  # never rendered: no report.html
    assert not uptodate.is_current(target, "0" * 64, False)
    shutil.rmtree(target / "figures")
    assert not uptodate.is_current(target, key, False)
