"""One build of every year, shared by the end-to-end tests."""

import pytest

from hulplijnen import build
from hulplijnen.params import release_ids


@pytest.fixture(scope="session")
def workspace(tmp_path_factory):
    """A build of every year into a private output, staging and cache folder (never the user's)."""
    base = tmp_path_factory.mktemp("build")
    return build.Workspace(output=base / "_output", staging=base / "_staging", cache=base / "_cache")


@pytest.fixture(scope="session")
def built(workspace):
    summary = build.build(render=False, workspace=workspace)
    assert sorted(summary.published) == release_ids() and not summary.cached
    return {year: workspace.release_output(year) for year in release_ids()}
