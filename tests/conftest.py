import os
import tempfile

import pytest

os.environ.setdefault("MPLBACKEND", "agg")
# a build in a test never adds to the repository's disclosure ledger (read when hulplijnen.config.paths is imported)
os.environ.setdefault("HULPLIJNEN_LEDGER", tempfile.mkdtemp(prefix="hulplijnen-ledger-"))
# While editing: HULPLIJNEN_TEST_REUSE=_output makes the end-to-end and render tests read the releases already built
# there (`make report`) instead of building every release again; tests that copy the build's notebook cache
# (test_chapter_grain) cannot run so. Never set in CI: there the tests build.
REUSE = os.environ.get("HULPLIJNEN_TEST_REUSE")


def reused() -> dict | None:
    """release -> its folder under HULPLIJNEN_TEST_REUSE, when that is set; else None."""
    if not REUSE:
        return None
    from pathlib import Path

    from hulplijnen.config.params import release_ids

    return {release: Path(REUSE).resolve() / release for release in release_ids()}


@pytest.fixture(scope="session")
def misread_cell_sentence() -> str:
    """How the checks tell 2020's misread cell (r31 2020 #9), in one wording: what the scan shows and what the report
    uses. The annex's unit test (test_r31e_front_annex) and its render test (test_r29_annex_layout) both read it."""
    return (
        "In de tabel contacten per maand en kanaal is op de gescande bladzijde in het vak „augustus 2020, e-mail” 20 "
        "te lezen; de totalen laten alleen 90 toe, en dit rapport gebruikt 90."
    )


@pytest.fixture(scope="session")
def workspace(tmp_path_factory):
    """A build of every release into a private output, staging and cache folder (never the user's)."""
    from hulplijnen.pipeline import build

    base = tmp_path_factory.mktemp("build")
    return build.Workspace(output=base / "_output", staging=base / "_staging", cache=base / "_cache")


@pytest.fixture(scope="session")
def built(workspace):
    """Every release built without Quarto (the Papermill stage and assembly), once per session;
    the end-to-end tests read it, the render tests reuse its notebook cache."""
    if reused():
        return reused()
    from hulplijnen.config.params import release_ids
    from hulplijnen.pipeline import build

    summary = build.build(render=False, workspace=workspace)
    assert sorted(summary.published) == release_ids() and not summary.cached
    return {release: workspace.release_output(release) for release in release_ids()}


BUILD_ELSEWHERE = (
    "import sys; from pathlib import Path; from hulplijnen.pipeline import build; b = Path(sys.argv[1]); "
    "build.build([sys.argv[2]], render=sys.argv[3] == '1', "
    "workspace=build.Workspace(output=b / '_output', staging=b / '_staging', cache=b / '_cache'))"
)


@pytest.fixture(scope="session")
def build_elsewhere():
    """build_elsewhere(data, params, base, release, render) builds one release from other data and
    params folders (HULPLIJNEN_DATA, HULPLIJNEN_PARAMS) into base/_output, in a new interpreter
    (paths are read when the package is imported); returns the finished process."""
    import subprocess
    import sys

    def run(data, params, base, release, render=False):
        env = {**os.environ, "HULPLIJNEN_DATA": str(data), "HULPLIJNEN_PARAMS": str(params)}
        command = [sys.executable, "-c", BUILD_ELSEWHERE, str(base), release, "1" if render else "0"]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)

    return run
