"""The render stage without a real Quarto: a stand-in `quarto` script shows that releases render in
parallel, progress is logged per release and format, a failure names the release with the end of
Quarto's own output, and a failed render leaves the last good report untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hulplijnen.config.errors import QuartoNotFoundError, QuartoTooOldError
from hulplijnen.pipeline import render

GOOD = """#!/usr/bin/env bash
# stand-in for quarto: records how many renders run at once, then writes both outputs
[ "$1" = --version ] && { echo 1.10.18; exit 0; }
mkdir -p "$SHARED"; touch "$SHARED/running.$$"; ls "$SHARED" | grep -c running >> "$SHARED/concurrency"
sleep "${DELAY:-0.6}"
echo "[typst]: Compiling report.typ to report.pdf...DONE" >&2; echo "$MARK pdf" > report.pdf
echo "Output created: report.html" >&2; echo "$MARK html" > report.html
rm "$SHARED/running.$$"
"""
BAD = """#!/usr/bin/env bash
[ "$1" = --version ] && { echo 1.10.18; exit 0; }
for i in $(seq 1 100); do echo "line $i of quarto's output" >&2; done
echo "ERROR: compile error: unknown variable: broken" >&2
exit 2
"""


def fake_quarto(tmp_path: Path, monkeypatch, script: str, mark: str = "good") -> Path:
    folder = tmp_path / f"bin-{mark}"
    folder.mkdir()
    exe = folder / "quarto"
    exe.write_text(script)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("SHARED", str(tmp_path / "shared"))
    monkeypatch.setenv("MARK", mark)
    return exe


def jobs(tmp_path: Path, releases: list[str]) -> list[render.Job]:
    made = []
    for release in releases:
        (tmp_path / release).mkdir()
        made.append(render.Job(release, tmp_path / release))
    return made


def test_progress_is_logged_per_format(tmp_path, monkeypatch):
    fake_quarto(tmp_path, monkeypatch, GOOD)
    lines: list[str] = []
    [job] = jobs(tmp_path, ["2021"])
    result = render.render(job, lines.append)
    assert result.ok and result.release == "2021"
    assert lines[0] == "[2021] render: HTML and PDF started"
    assert any(line.startswith("[2021] render: PDF written in ") for line in lines)
    assert any(line.startswith("[2021] render: HTML written in ") for line in lines)


def test_a_failure_names_the_release_and_shows_the_end_of_quartos_output(tmp_path, monkeypatch):
    fake_quarto(tmp_path, monkeypatch, BAD, "bad")
    [job] = jobs(tmp_path, ["2021-tele-onthaal"])
    result = render.render(job, lambda _: None)
    assert not result.ok
    message = str(result.error)
    assert message.startswith("[2021-tele-onthaal] quarto render failed (exit code 2)")
    assert "ERROR: compile error: unknown variable: broken" in message and "line 100 of" in message
    assert "line 1 of" not in message  # only the end of a long output


UNSETTLED = GOOD.replace(
    'echo "[typst]: Compiling',
    'echo "warning: document did not converge within five attempts" >&2; echo "[typst]: Compiling',
)


def test_a_pdf_whose_layout_did_not_settle_is_not_published(tmp_path, monkeypatch):
    """typst writes a PDF even when its layout kept changing; its contents and page numbers may then be wrong."""
    fake_quarto(tmp_path, monkeypatch, UNSETTLED, "unsettled")
    [job] = jobs(tmp_path, ["2020"])
    result = render.render(job, lambda _: None)
    assert not result.ok
    message = str(result.error)
    assert message.startswith("[2020] quarto render failed (the PDF's layout did not settle")
    assert "the last good report is untouched" in message and "did not converge within five attempts" in message


SETTLES_WITHOUT_FITTING = GOOD.replace(
    'echo "[typst]: Compiling',
    'case "$*" in *"--metadata layout-fallback:true"*) echo "$*" >> calls ;; '
    '*) echo "$*" >> calls; echo "warning: document did not converge within five attempts" >&2 ;; esac; '
    'echo "[typst]: Compiling',
)


def test_an_unsettled_pdf_is_laid_out_again_with_each_chart_at_its_size(tmp_path, monkeypatch):
    """The second try renders only the PDF, with the metadata that quarto/typst-show.typ turns into fit-charts: false;
    when that settles, the release is published (the HTML of the first run stays)."""
    fake_quarto(tmp_path, monkeypatch, SETTLES_WITHOUT_FITTING, "settles")
    [job] = jobs(tmp_path, ["2020"])
    lines: list[str] = []
    result = render.render(job, lines.append)
    assert result.ok, result.error
    calls = (job.folder / "calls").read_text().splitlines()
    assert calls == [
        "render report.qmd --to all --no-execute",
        "render report.qmd --to typst --no-execute --metadata layout-fallback:true",
    ]
    assert any("did not settle; laying it out again" in line for line in lines)


def test_the_fallback_metadata_reaches_the_template():
    """typst-show.typ maps the metadata the render passes to the template's parameter, which the chart rule reads
    (r37: the chart rule is in typst-floats.typ, to which article passes it)."""
    quarto = render.Path(__file__).parents[2] / "quarto"
    show = (quarto / "typst-show.typ").read_text()
    template = (quarto / "typst-template.typ").read_text()
    floats = (quarto / "typst-floats.typ").read_text()
    assert f"$if({render.FALLBACK})$\n  fit-charts: false," in show
    assert "fit-charts: true," in template and "fit-charts: fit-charts)" in template
    # r66 (r65 demo #2): a chart is drawn smaller only with fit-charts; without it, it floats or stays at its size
    assert "if height > room and not fit-charts {" in floats and "} else if height > room {" in floats


def test_a_render_asked_to_start_after_the_build_stopped_is_stopped(tmp_path, monkeypatch):
    fake_quarto(tmp_path, monkeypatch, GOOD)
    running = render.Running()
    running.stop()
    [job] = jobs(tmp_path, ["2021"])
    result = render.render(job, lambda _: None, running=running)
    assert not result.ok and result.error.returncode == -15  # SIGTERM, before it wrote anything
    assert not (job.folder / "report.pdf").exists()


def test_no_quarto_on_path_is_its_own_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(QuartoNotFoundError):
        render.render(render.Job("2020", tmp_path), lambda _: None)


@pytest.mark.parametrize("printed", ["1.8.2", "1.9.37", "", "quarto version unknown"])
def test_a_quarto_older_than_1_10_is_refused_in_one_line_saying_what_to_install(tmp_path, monkeypatch, printed):
    # only a render touches the file (it used to be touched in the working directory: an empty 'rendered' in the repo)
    old = f'#!/usr/bin/env bash\n[ "$1" = --version ] && {{ echo "{printed}"; exit 0; }}; touch "{tmp_path}/rendered"\n'
    exe = fake_quarto(tmp_path, monkeypatch, old, "old")
    with pytest.raises(QuartoTooOldError) as caught:
        render.render(render.Job("2020", tmp_path), lambda _: None)
    message = str(caught.value)
    assert "\n" not in message and str(exe) in message and "needs Quarto 1.10 or newer" in message
    assert (printed or "of unknown version") in message or "unknown" in message
    assert "pip install 'hulplijnen[quarto]'" in message and not (tmp_path / "rendered").exists()


@pytest.mark.parametrize("printed", ["1.10.18", "1.11.0", "2.0.1"])
def test_quarto_1_10_or_newer_is_accepted(tmp_path, monkeypatch, printed):
    exe = fake_quarto(tmp_path, monkeypatch, f'#!/usr/bin/env bash\necho "{printed}"\n', "new")
    assert render.quarto() == str(exe)


@pytest.mark.e2e
def test_releases_render_in_parallel_as_the_build_runs_them(workspace, built, tmp_path, monkeypatch):
    from hulplijnen.config.params import release_ids
    from hulplijnen.pipeline import build

    private = build.Workspace(output=tmp_path / "_output", staging=tmp_path / "_staging", cache=workspace.cache)
    fake_quarto(tmp_path, monkeypatch, GOOD)
    monkeypatch.setenv("DELAY", "4")  # longer than assembling the next release takes
    summary = build.build(render=True, jobs=1, workspace=private)  # two renders per core: two at once
    assert sorted(summary.published) == release_ids()
    assert max(int(n) for n in (tmp_path / "shared" / "concurrency").read_text().split()) == 2
    for release in release_ids():
        assert (private.release_output(release) / "report.pdf").read_bytes() == b"good pdf\n"


@pytest.mark.e2e
def test_a_failed_render_leaves_the_last_good_report_untouched(workspace, built, tmp_path, monkeypatch):
    from hulplijnen.pipeline import build

    private = build.Workspace(output=tmp_path / "_output", staging=tmp_path / "_staging", cache=workspace.cache)
    fake_quarto(tmp_path, monkeypatch, GOOD, "good")
    build.build(["2020"], render=True, workspace=private)
    out = private.release_output("2020")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert before["report.html"] == b"good html\n" and before["report.pdf"] == b"good pdf\n"
    fake_quarto(tmp_path, monkeypatch, BAD, "bad")
    with pytest.raises(render.RenderError, match=r"^\[2020\] quarto render failed"):
        build.build(["2020"], render=True, force=True, workspace=private)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_the_html_names_no_path_of_the_machine_that_built_it(tmp_path):
    from hulplijnen.pipeline.render import relative_paths

    folder = tmp_path / "_staging" / "build-1" / "2021"
    folder.mkdir(parents=True)
    html = folder / "report.html"
    html.write_text(f'<div data-notebook="{folder}/notebooks/channels.ipynb">x</div>', encoding="utf-8")
    relative_paths(html, folder)
    assert html.read_text(encoding="utf-8") == '<div data-notebook="notebooks/channels.ipynb">x</div>'
