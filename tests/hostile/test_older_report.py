"""A report.html/report.pdf kept from an earlier build (make notebooks, or no Quarto) never sits silently
beside newer notebooks: the release folder says so in REPORT-IS-OLDER.txt (issue 25, item 8)."""

import json

from hulplijnen.pipeline.publish import REPORT_ITEMS, STAGE_ITEMS, STALE_REPORT, publish


def stage(folder, commit, report):
    folder.mkdir(parents=True)
    (folder / "figures.json").write_text("{}")
    (folder / "build.json").write_text(json.dumps({"git_commit": commit}))
    if report:
        (folder / "report.html").write_text(f"report of {commit}")
        (folder / "report.pdf").write_text(f"report of {commit}")


def test_a_kept_report_is_marked_and_the_mark_goes_with_a_new_report(tmp_path):
    target = tmp_path / "_output" / "2020"
    stage(tmp_path / "s1", "aaaaaaa", report=True)
    publish(tmp_path / "s1", target, STAGE_ITEMS + REPORT_ITEMS)
    assert not (target / STALE_REPORT).exists()
    stage(tmp_path / "s2", "bbbbbbb", report=False)  # make notebooks: the stage alone
    publish(tmp_path / "s2", target, STAGE_ITEMS, keep=REPORT_ITEMS)
    assert (target / "report.html").read_text() == "report of aaaaaaa"
    assert "aaaaaaa" in (target / STALE_REPORT).read_text() and "make report" in (target / STALE_REPORT).read_text()
    stage(tmp_path / "s3", "ccccccc", report=False)  # again: the report is still the first build's
    publish(tmp_path / "s3", target, STAGE_ITEMS, keep=REPORT_ITEMS)
    assert "aaaaaaa" in (target / STALE_REPORT).read_text()
    stage(tmp_path / "s4", "ddddddd", report=True)
    publish(tmp_path / "s4", target, STAGE_ITEMS + REPORT_ITEMS)
    assert not (target / STALE_REPORT).exists()


def test_no_mark_without_an_older_report(tmp_path):
    target = tmp_path / "_output" / "2020"
    stage(tmp_path / "s1", "aaaaaaa", report=False)
    publish(tmp_path / "s1", target, STAGE_ITEMS, keep=REPORT_ITEMS)
    assert not (target / STALE_REPORT).exists()
