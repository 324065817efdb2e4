"""A build stopped by Ctrl-C or SIGTERM, however its libraries report the stop, says so in one line; what
a stopped or killed build leaves (row-level spill files of DuckDB included) goes at the next start."""

import os
import signal

import pytest

from hulplijnen.pipeline import cli


def test_a_stop_that_duckdb_reports_as_its_own_error_is_still_the_stop(monkeypatch, capsys):
    """DuckDB turns a KeyboardInterrupt raised while it runs a query into an error of its own (here a Python
    function inside the query hears SIGTERM; a query interrupted between its tasks gives RuntimeError('Query
    interrupted')): the build stopped, and says so as for any stop, without a traceback."""
    import duckdb

    def build(*args, **kwargs):
        con = duckdb.connect(":memory:")

        def hear(value: int) -> int:
            os.kill(os.getpid(), signal.SIGTERM)
            return value

        con.create_function("hear", hear, ["BIGINT"], "BIGINT")
        con.execute("SELECT hear(1)").fetchall()

    monkeypatch.setattr(cli, "build", build)
    assert cli.main(["notebooks"]) == 128 + signal.SIGTERM
    said = capsys.readouterr().err
    assert said.startswith("stopped (SIGTERM)") and "Traceback" not in said


def test_an_error_without_a_stop_is_still_an_error(monkeypatch):
    def build(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "build", build)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["notebooks"])
    assert signal.getsignal(signal.SIGTERM) is not cli._interrupt  # the handlers are put back


def test_the_duckdb_spill_folder_of_a_killed_build_is_removed_at_the_next_start(tmp_path, monkeypatch):
    """A build killed while DuckDB spills leaves row-level blocks in its spill folder: the next build's start
    removes it (as it removes the kernels' socket folders), never the folder of a build still running."""
    import tempfile

    from hulplijnen.export.source import spill_folder
    from hulplijnen.pipeline.publish import clean_stale_spills

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead, running = spill_folder(999999999), spill_folder(os.getpid())
    for folder in (dead, running):
        folder.mkdir()
        (folder / "duckdb_temp_storage-0.tmp").write_bytes(b"row-level block")
    assert clean_stale_spills() == [f"removed {dead.name}"]
    assert not dead.exists() and running.is_dir()


def test_a_publish_stopped_between_its_renames_leaves_a_release_in_place(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM (a KeyboardInterrupt in the build's main thread, which publishes when it does not
    render) between setting the old release aside and renaming the new one into place: the stopped build
    puts the old one back itself; the release is never missing until the next build."""
    from hulplijnen.pipeline import publish

    out, staged = tmp_path / "_output", tmp_path / "staged"
    (out / "r").mkdir(parents=True)
    (out / "r" / "figures.json").write_text("old")
    staged.mkdir()
    (staged / "figures.json").write_text("new")

    def step(name):
        if name == "old aside":
            raise KeyboardInterrupt("SIGTERM")

    monkeypatch.setattr(publish, "step", step)
    with pytest.raises(KeyboardInterrupt):
        publish.publish(staged, out / "r", ["figures.json"])
    assert (out / "r" / "figures.json").read_text() == "old"


def test_a_stop_swallowed_by_a_library_is_not_reported_as_a_success(monkeypatch, capsys):
    """A library that catches every exception can swallow the KeyboardInterrupt of a Ctrl-C (a build stopped
    early in a test run finished and exited 0): a stop the build heard is reported as the stop."""

    def build(*args, **kwargs):
        try:
            os.kill(os.getpid(), signal.SIGINT)  # the handler raises KeyboardInterrupt here
        except BaseException:  # noqa: BLE001, S110 (the library's doing)
            pass

    monkeypatch.setattr(cli, "build", build)
    assert cli.main(["notebooks"]) == 128 + signal.SIGINT
    assert capsys.readouterr().err.startswith("stopped (Ctrl-C)")
