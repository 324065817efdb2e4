import os

import pytest

os.environ.setdefault("MPLBACKEND", "agg")


@pytest.fixture(scope="session")
def workspace(tmp_path_factory):
    """A build of every release into a private output, staging and cache folder (never the user's)."""
    from hulplijnen import build

    base = tmp_path_factory.mktemp("build")
    return build.Workspace(output=base / "_output", staging=base / "_staging", cache=base / "_cache")


@pytest.fixture(scope="session")
def built(workspace):
    """Every release built without Quarto (the Papermill stage and assembly), once per session;
    the end-to-end tests read it, the render tests reuse its notebook cache."""
    from hulplijnen import build
    from hulplijnen.params import release_ids

    summary = build.build(render=False, workspace=workspace)
    assert sorted(summary.published) == release_ids() and not summary.cached
    return {release: workspace.release_output(release) for release in release_ids()}
