"""The build cache never serves a stale run, parallel equals sequential, a failing year leaves the others."""

import json
import shutil

import nbformat
import pytest

from hulplijnen.config.errors import NotebookExecutionError
from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import DATA, NOTEBOOKS
from hulplijnen.pipeline import build
from hulplijnen.pipeline.release import load_release


def outputs(path):
    """A notebook's cell outputs, without Papermill's timing metadata."""
    return [c.get("outputs", []) for c in nbformat.read(path, as_version=4).cells]


def copy_workspace(workspace, tmp_path, notebooks=None):
    """A new output folder sharing nothing but a copy of ``workspace``'s cache."""
    shutil.copytree(workspace.cache, tmp_path / "_cache")
    return build.Workspace(
        output=tmp_path / "_output",
        staging=tmp_path / "_staging",
        cache=tmp_path / "_cache",
        notebooks=notebooks or NOTEBOOKS,
    )


def test_nothing_changed_executes_nothing(workspace, built):
    before = {y: (out / "figures.json").read_bytes() for y, out in built.items()}
    summary = build.build(render=False, workspace=workspace)
    assert summary.executed == [] and sorted(summary.up_to_date) == release_ids()
    assert {y: (out / "figures.json").read_bytes() for y, out in built.items()} == before


def test_a_touched_file_is_not_a_change(workspace, built):
    (DATA / "1712" / "2020" / "contacts_by_month_channel.csv").touch()  # new mtime, same content
    (NOTEBOOKS / "channels.ipynb").touch()
    assert build.build(render=False, workspace=workspace).executed == []


def test_one_edited_notebook_reexecutes_only_that_notebook(workspace, built, tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, notebooks)
    nb = nbformat.read(notebooks / "contact_persons.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Een toegevoegde zin."))
    nbformat.write(nb, notebooks / "contact_persons.ipynb")
    ws = copy_workspace(workspace, tmp_path, notebooks)
    summary = build.build(render=False, workspace=ws)
    with_chapter = [r for r in release_ids() if "contact_persons" in load_release(r).chapters]
    assert sorted(summary.executed) == [(r, "contact_persons") for r in with_chapter]
    assert len(summary.cached) == sum(len(load_release(r).chapters) for r in release_ids()) - len(with_chapter)
    assert (ws.release_output("2020") / "figures.json").read_bytes() == (
        workspace.release_output("2020") / "figures.json"
    ).read_bytes()


def test_force_executes_everything_and_parallel_equals_sequential(workspace, built, tmp_path):
    ws = copy_workspace(workspace, tmp_path)
    summary = build.build(["2020"], render=False, force=True, jobs=1, workspace=ws)
    assert len(summary.executed) == len(load_release("2020").chapters) and summary.cached == []
    sequential, parallel = ws.release_output("2020"), workspace.release_output("2020")
    assert (sequential / "figures.json").read_bytes() == (parallel / "figures.json").read_bytes()
    for folder in ("figures", "tables"):  # byte for byte: fixed PNG metadata, pre-formatted tables
        # every file, a chart's phone version in figures/phone/ included
        files = sorted(str(p.relative_to(parallel / folder)) for p in (parallel / folder).rglob("*") if p.is_file())
        assert files and files == sorted(
            str(p.relative_to(sequential / folder)) for p in (sequential / folder).rglob("*") if p.is_file()
        )
        for name in files:
            assert (parallel / folder / name).read_bytes() == (sequential / folder / name).read_bytes(), name
    for nb in sorted((parallel / "notebooks").glob("*.ipynb")):
        assert outputs(nb) == outputs(sequential / "notebooks" / nb.name), nb.name


def test_a_failing_notebook_keeps_every_years_last_good_output(workspace, built, tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, notebooks)
    nb = nbformat.read(notebooks / "channels.ipynb", as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell("assert year != 2021, 'planted failure'"))
    nbformat.write(nb, notebooks / "channels.ipynb")
    ws = copy_workspace(workspace, tmp_path, notebooks)
    shutil.copytree(workspace.output, ws.output)
    last_good = (ws.release_output("2021") / "figures.json").read_bytes()
    with pytest.raises(
        NotebookExecutionError, match=r"channels.ipynb \(2021\) failed in cell 4: AssertionError: planted failure"
    ):
        build.build(render=False, workspace=ws)
    assert (ws.release_output("2021") / "figures.json").read_bytes() == last_good
    assert (ws.cache / "failed" / "2021" / "channels.ipynb").exists()
    assert (
        json.loads((ws.release_output("2020") / "build.json").read_text())["notebooks"]["channels"]["cached"] is False
    )


def test_a_new_commit_alone_assembles_again_with_its_report_version(workspace, built):
    """The title page prints the short commit: a commit-only change must not leave the old version up to date."""
    real = build.uptodate.git_commit()  # also what the cheap up-to-date check hashes
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build.uptodate, "git_commit", lambda inputs=None: "0123456789abcdef" + real[16:])
        summary = build.build(names=["2020"], render=False, workspace=workspace)
        assert summary.executed == [] and summary.up_to_date == []
        record = json.loads((built["2020"] / "build.json").read_text(encoding="utf-8"))
        assert record["git_commit"].startswith("0123456789abcdef")
        assert 'report-version: "0123456' in (built["2020"] / "report.qmd").read_text(encoding="utf-8")
    assert build.build(names=["2020"], render=False, workspace=workspace).up_to_date == []  # the real commit again
