"""The export stage with the disclosure ledger: an export is named by its fingerprint (never its path),
a published release is recorded, and a changed export for it is refused without export.corrects."""

import json

import pandas as pd
import pytest

from hulplijnen.config.errors import DisclosureError
from hulplijnen.config.params import ContactExport
from hulplijnen.export import ledger, stage, synthetic, tables
from hulplijnen.pipeline.release import public_values


@pytest.fixture
def private(tmp_path, monkeypatch):
    monkeypatch.setattr(ledger, "LEDGER", tmp_path / "ledger")
    monkeypatch.setattr(tables, "EXPORTS", tmp_path / "exports")
    return tmp_path


def test_stage_records_by_fingerprint_and_refuses_a_changed_export(private):
    files = synthetic.write(private / "secret-folder", seed=3, rows=100, formats=("parquet",))["parquet"]
    export = ContactExport(path=str(files.contacts.parent))  # an absolute path outside the repository
    ref = stage.reference(export)
    assert ref == {"fingerprint": ledger.fingerprint(files), "synthetic": None}
    folder = stage.prepare(2020, export, 5, 1, "2020", "1712")
    assert stage.record_publication("2020", 2020, export, 5)
    assert not stage.record_publication("2020", 2020, export, 5)  # recorded once
    (recorded,) = ledger.read("2020-1712")
    assert recorded.release == "2020" and recorded.export == ref["fingerprint"] and recorded.k == 5
    written = (private / "ledger" / "2020-1712.csv").read_text(encoding="utf-8")
    for text in [written, *(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file())]:
        assert "secret-folder" not in text and str(private) not in text
    # the same rows elsewhere: the same export
    moved = synthetic.write(private / "elsewhere", seed=3, rows=100, formats=("parquet",))["parquet"]
    assert ledger.fingerprint(moved) == ref["fingerprint"]
    # one contact less: another export; the published release needs export.corrects to read it
    changed = private / "changed"
    changed.mkdir()
    contacts = pd.read_parquet(files.contacts)
    unanswered = contacts.index[~contacts["answered"].astype(bool)][0]
    contacts.drop(index=unanswered).to_parquet(changed / "contacts.parquet", index=False)
    pd.read_parquet(files.possible_victims).to_parquet(changed / "possible_victims.parquet", index=False)
    corrected = ContactExport(path=str(changed))
    with pytest.raises(DisclosureError, match=f"corrects: {ref['fingerprint']}"):
        stage.prepare(2020, corrected, 5, 1, "2020", "1712")


def test_outputs_name_a_path_export_by_fingerprint(private):
    files = synthetic.write(private / "secret-folder", seed=3, rows=100, formats=("parquet",))["parquet"]
    from hulplijnen.config.params import ReportParams

    params = ReportParams(
        year=2020,
        helplines=["1712"],
        title="t",
        publication_date=pd.Timestamp("2026-01-01").date(),
        campaign_window_months=1,
        min_months_for_effect=12,
        placebo_runs=0,
        export=ContactExport(path=str(files.contacts.parent)),
        min_cell_count=5,
    )
    values = json.dumps(public_values(params))
    assert "secret-folder" not in values and str(private) not in values
    assert ledger.fingerprint(files) in values
