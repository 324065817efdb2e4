"""r37: what Quarto renders holds nothing a run records about itself. Quarto copies each cell's metadata into the HTML
(``data-quarto-private-1="{key: papermill, value: {duration, end_time, ...}}"``), so two builds of one commit whose
notebooks ran afresh gave different report.html files, and typst dated the PDF by the moment of the render. The
staged notebooks lose Papermill's run record (the cache keeps it), and the PDF is dated by the publication date."""

from __future__ import annotations

import datetime as dt
import json

import nbformat
from test_render import fake_quarto  # tests/unit/ is on the path as pytest runs its tests

from hulplijnen.pipeline import execute, render

STAMP = "2026-12-05T16:44:0{s}.1{s}+00:00"


def run_of(seconds: int):
    """A tiny executed notebook as Papermill writes it, its run {seconds} long: parameters injected, one figure cell."""
    parameters = nbformat.v4.new_code_cell("year = 2021", execution_count=1)
    parameters.metadata["tags"] = ["injected-parameters"]
    figure = nbformat.v4.new_code_cell("#| label: fig-x\nshow()", execution_count=2)
    figure.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": "<figuur>"})]
    nb = nbformat.v4.new_notebook(cells=[parameters, figure])
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index}"  # the source notebook's ids (execute.normalise fixes the injected cell's)
        cell.metadata["papermill"] = {
            "duration": seconds + 0.25,
            "end_time": STAMP.format(s=seconds),
            "exception": False,
            "start_time": STAMP.format(s=0),
            "status": "completed",
        }
        cell.metadata["execution"] = {"iopub.status.busy": STAMP.format(s=seconds), "shell.execute_reply": "x"}
    nb.metadata["papermill"] = {
        "duration": float(seconds),
        "start_time": STAMP.format(s=0),
        "end_time": STAMP.format(s=seconds),
        "exception": None,
        "parameters": {"year": 2021},
        "input_path": "notebooks/x.ipynb",
    }
    return nb


def test_two_runs_of_one_notebook_stage_as_the_same_bytes(tmp_path):
    staged = []
    for seconds in (2, 7):
        folder = tmp_path / f"run{seconds}" / "notebooks"
        folder.mkdir(parents=True)
        nbformat.write(run_of(seconds), folder / "x.ipynb")
        execute.scrub(folder)
        staged.append((folder / "x.ipynb").read_bytes())
    assert staged[0] == staged[1]  # before r37 they differed in every cell's papermill and execution metadata
    text = staged[0].decode()
    assert "start_time" not in text and "end_time" not in text and "duration" not in text and "iopub" not in text


def test_what_the_run_read_and_computed_stays():
    nb = execute.without_run_record(run_of(3))
    assert [c.metadata for c in nb.cells] == [{"tags": ["injected-parameters"]}, {}]
    assert [c.execution_count for c in nb.cells] == [1, 2]  # a fresh kernel counts alike in every run
    assert nb.cells[1].outputs[0]["data"] == {"text/plain": "<figuur>"}
    assert nb.metadata["papermill"] == {
        "exception": None,
        "parameters": {"year": 2021},
        "input_path": "notebooks/x.ipynb",
    }


def test_the_cache_copy_keeps_its_timings(tmp_path):
    """Scrubbing works on the folder it is given; the executed notebook Papermill wrote elsewhere keeps its times
    (the benchmarks read them from the cache, the timeline from the run's Outcome)."""
    kept, staged = tmp_path / "cache", tmp_path / "staged"
    for folder in (kept, staged):
        folder.mkdir()
        nbformat.write(run_of(4), folder / "x.ipynb")
    execute.scrub(staged)
    assert json.loads((kept / "x.ipynb").read_text())["cells"][1]["metadata"]["papermill"]["duration"] == 4.25


def test_the_pdf_is_dated_by_the_publication_date(tmp_path, monkeypatch):
    """Quarto (and typst under it, which reads SOURCE_DATE_EPOCH as its creation timestamp) sees the publication
    date at midnight UTC; before r37 typst used the moment of the render, in the PDF's dates and its ID."""
    script = (
        '#!/usr/bin/env bash\n[ "$1" = --version ] && { echo 1.10.18; exit 0; }\n'
        'echo "${SOURCE_DATE_EPOCH:-none}" > report.pdf; echo x > report.html\n'
    )
    fake_quarto(tmp_path, monkeypatch, script)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "2021").mkdir()
    job = render.Job("2021", tmp_path / "2021", dt.date(2026, 11, 20))
    assert render.render(job, lambda _: None).ok
    seen = int((tmp_path / "2021" / "report.pdf").read_text())
    assert dt.datetime.fromtimestamp(seen, dt.UTC) == dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
