"""A release's version is "-dirty" only when its own inputs differ from the commit (uptodate.py)."""

from hulplijnen import uptodate
from hulplijnen.paths import ROOT


def test_porcelain_paths_include_both_sides_of_a_rename():
    status = " M notebooks/registration.ipynb\0R  data/new.csv\0data/old.csv\0M  README.md\0"
    expected = ["notebooks/registration.ipynb", "data/new.csv", "data/old.csv", "README.md"]
    assert uptodate.changed_paths(status) == expected
    assert uptodate.changed_paths("") == []


def test_an_edit_marks_only_the_releases_whose_inputs_it_touches():
    changed = ["notebooks/registration.ipynb", "README.md"]
    demo = ["src/hulplijnen", "data", "params/demo.yml", "notebooks/registration.ipynb"]
    other = ["src/hulplijnen", "data", "params/2020.yml", "notebooks/channels.ipynb"]
    assert uptodate.touches(changed, demo)
    assert not uptodate.touches(changed, other)
    assert uptodate.touches(["data/1712/2020/x.csv"], other)  # inside a folder the release reads
    assert not uptodate.touches(["database.md"], ["data"])  # a name that merely starts like a folder
    assert uptodate.touches(changed, None) and not uptodate.touches([], None)


def test_release_inputs_are_the_shared_inputs_plus_its_own_files():
    params, notebook = ROOT / "params" / "demo.yml", ROOT / "notebooks" / "registration.ipynb"
    inputs = uptodate.release_inputs(params, [notebook])
    assert params in inputs and notebook in inputs and all(p in inputs for p in uptodate.SHARED_INPUTS)
    commit = uptodate.git_commit(inputs)
    assert commit == "unknown" or commit.split("-")[0] == uptodate.git_commit().split("-")[0]
