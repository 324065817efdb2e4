"""A release's version is "-dirty" only when its own inputs differ from the commit (uptodate.git_commit),
checked in a small git repository of its own, the project in a subfolder of it."""

import shutil
import subprocess

import pytest

from hulplijnen.config.paths import ROOT
from hulplijnen.pipeline import uptodate

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path):
    """A repository whose project (data/, notebooks/, params/) sits in project/, committed."""
    root = tmp_path / "project"
    for name, text in {
        "data/a.csv": "x\n1\n",
        "notebooks/one.ipynb": "{}",
        "notebooks/two.ipynb": "{}",
        "params/r1.yml": "year: 2020\n",
        "README.md": "readme\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "init")
    return root


def inputs(root, notebook):
    return [root / "data", root / "params" / "r1.yml", root / "notebooks" / notebook]


def test_an_edit_marks_only_the_releases_whose_inputs_it_touches(project):
    assert not uptodate.git_commit(inputs(project, "one.ipynb"), project).endswith("-dirty")
    (project / "notebooks" / "one.ipynb").write_text('{"edited": 1}')
    (project / "README.md").write_text("edited\n")
    assert uptodate.git_commit(inputs(project, "one.ipynb"), project).endswith("-dirty")
    assert not uptodate.git_commit(inputs(project, "two.ipynb"), project).endswith("-dirty")
    assert uptodate.git_commit(None, project).endswith("-dirty")


def test_a_new_file_in_a_folder_a_release_reads_marks_it(project):
    (project / "data" / "new.csv").write_text("x\n2\n")  # not yet committed
    assert uptodate.git_commit(inputs(project, "two.ipynb"), project).endswith("-dirty")


def test_a_rename_marks_the_releases_reading_either_name(project):
    git(project, "mv", "notebooks/one.ipynb", "notebooks/three.ipynb")
    assert uptodate.git_commit(inputs(project, "one.ipynb"), project).endswith("-dirty")
    assert uptodate.git_commit(inputs(project, "three.ipynb"), project).endswith("-dirty")
    assert not uptodate.git_commit(inputs(project, "two.ipynb"), project).endswith("-dirty")


def test_an_input_outside_the_repository_cannot_be_vouched_for(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("data-elsewhere")
    assert uptodate.git_commit([elsewhere, project / "params" / "r1.yml"], project).endswith("-dirty")


def test_the_commit_is_the_same_with_or_without_inputs():
    params, notebook = ROOT / "params" / "demo.yml", ROOT / "notebooks" / "registration.ipynb"
    release = uptodate.release_inputs(params, [notebook])
    assert params in release and notebook in release and all(p in release for p in uptodate.SHARED_INPUTS)
    commit = uptodate.git_commit(release)
    assert commit == "unknown" or commit.split("-")[0] == uptodate.git_commit().split("-")[0]
