"""r37: a release whose notebooks ran afresh renders to the same bytes as the session's rendered release, whose
notebooks ran in another process at another moment (the end-to-end build's cache). Before, report.html carried
each cell's Papermill run times (Quarto copies cell metadata into ``data-quarto-private-*``) and report.pdf the
moment typst compiled it (CreationDate, ModDate, XMP dates, document ID). The release with the fewest notebooks and
no contact export keeps this to one small build (two notebooks, one render)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.quarto
RELEASE = "2021-tele-onthaal"
RUN_RECORDS = ("build.json", ".digests.json")  # the build's own record (run times, documented) and its seal


def test_a_release_run_afresh_renders_to_the_same_bytes(rendered, tmp_path):
    from hulplijnen.pipeline import build

    # its own empty cache: every notebook of the release runs again, in this process's build
    fresh = build.Workspace(output=tmp_path / "_output", staging=tmp_path / "_staging", cache=tmp_path / "_cache")
    summary = build.build([RELEASE], render=True, workspace=fresh)
    assert summary.published == [RELEASE] and summary.executed and not summary.cached
    first, second = rendered[RELEASE], fresh.release_output(RELEASE)
    files = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert {"report.html", "report.pdf"} <= {p.as_posix() for p in files}
    same = [p for p in files if p.name not in RUN_RECORDS]
    differ = [
        p.as_posix() for p in same if not (first / p).is_file() or (first / p).read_bytes() != (second / p).read_bytes()
    ]
    assert not differ, f"differ between two builds of one commit: {differ}"
    # the seal: the same digests, but build.json's (its run times)
    first_seal, second_seal = (json.loads((folder / ".digests.json").read_text("utf-8")) for folder in (first, second))
    assert first_seal.pop("build.json") and second_seal.pop("build.json")
    assert first_seal == second_seal
