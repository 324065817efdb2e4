"""Tiny exports: the registration and capacity chapters cope with suppressed totals (a one-row
export, a single unanswered call, 4 e-mails among 104 contacts), and no suppressed count reaches
their text, tables or facts."""

import json
import re

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hulplijnen.chapters import capacity, registration
from hulplijnen.chapters.capacity import staffing as capacity_staffing
from hulplijnen.chapters.registration import charts as registration_charts
from hulplijnen.export import aggregate, read, synthetic, tables, timings
from hulplijnen.export.tables import PublishedTables
from hulplijnen.facts import FactSheet

pytestmark = pytest.mark.slow  # runs the export stage and the chapters on each export

K = 5


def _subset(base: read.ExportFiles, folder, pick) -> read.ExportFiles:
    contacts = pq.read_table(base.contacts).to_pandas()
    victims = pq.read_table(base.possible_victims).to_pandas()
    chosen = pick(contacts).reset_index(drop=True)
    folder.mkdir()
    pq.write_table(
        pa.Table.from_pandas(chosen, preserve_index=False, schema=pq.read_schema(base.contacts)),
        folder / "contacts.parquet",
    )
    kept = victims[victims["contact_id"].isin(chosen["contact_id"])]
    pq.write_table(
        pa.Table.from_pandas(kept, preserve_index=False, schema=pq.read_schema(base.possible_victims)),
        folder / "possible_victims.parquet",
    )
    return read.locate(folder)


def one_row(c):
    return c[c["answered"]].head(1)


def one_unanswered_call(c):
    return pd.concat([c[c["answered"]].head(40), c[(c["channel"] == "phone") & ~c["answered"]].head(1)])


def four_emails_in_104(c):
    answered = c[c["answered"]]
    phone, email = answered[answered["channel"] == "phone"], answered[answered["channel"] == "email"]
    return pd.concat([phone.head(100), email.head(4)])


def only_unanswered(c):
    return c[(c["channel"] == "phone") & ~c["answered"]].head(3)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return synthetic.write(tmp_path_factory.mktemp("tiny-base"), seed=7, rows=600)["parquet"]


@pytest.mark.parametrize(
    "pick", [one_row, one_unanswered_call, four_emails_in_104, only_unanswered], ids=lambda f: f.__name__
)
def test_chapters_cope_with_a_tiny_export(pick, base, tmp_path, monkeypatch):
    files = _subset(base, tmp_path / "export", pick)
    con = read.connect(1)
    read.read_export(con, files, 2020)
    published = aggregate.publishable(con, 2020, K)
    folder = tmp_path / "tables"
    (folder / "cells").mkdir(parents=True)
    for name in published.protection.tables:
        published.protection.cells(name).to_csv(folder / "cells" / f"{name}.csv", index=False)
    published.protection.audit_log().to_csv(folder / "suppression_log.csv", index=False)
    measured = timings.measure(con, K)
    if measured is not None:  # as the export stage writes them
        (folder / tables.TIMINGS).write_text(json.dumps(measured))
    logged_in = timings.logged_in_by_weekday_hour(con, 2020)
    if logged_in is not None:
        logged_in.to_csv(folder / tables.LOGGED_IN, index=False)
    monkeypatch.setattr(PublishedTables, "of", classmethod(lambda cls, *a: cls(folder)))
    shown = {n for key, n in published.protection.values.items() if key not in published.protection.suppressed}
    export = {"path": "x", "synthetic": None}
    cell_facts = re.compile(
        r"1712\.export\.(contacts|possible_victims|channel\.\w+\.contacts|phone\.(offered|answered))$"
    )
    for chapter_module in (registration, capacity):
        facts = FactSheet(chapter_module.SPEC.name, 2020)
        chapter = chapter_module.build(2020, "1712", export, K, facts)
        assert chapter.text
        counts = [r["value"] for r in facts.records() if cell_facts.match(r["key"])]
        assert counts and all(v is None or v in shown for v in counts), "a count that is not published reached a fact"
    staffing_facts = FactSheet("capacity", 2020)
    staffing = capacity_staffing.build(2020, "1712", export, K, [0.8, 0.9], 0.5, staffing_facts)
    if measured is None:
        assert staffing is None
    else:
        assert staffing.text  # the staffing part copes too (statistics over fewer than k contacts are None)
    data = registration.build(2020, "1712", export, K, FactSheet("registration", 2020)).data
    registration_charts.daily_contacts(data["daily"], "t")
