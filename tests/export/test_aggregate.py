"""Aggregation: DuckDB's counts equal a brute-force pandas count of the same file; the tidy tables
have exactly the schemas of data/; the generator is calibrated and deterministic."""

import pandas as pd
import pytest

from hulplijnen.data import load
from hulplijnen.data.load import check_frame
from hulplijnen.data.specs import YEAR_TABLES
from hulplijnen.export import aggregate, synthetic

from .conftest import flat, loaded


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_equals_a_brute_force_pandas_count(small_export, fmt):
    files = small_export[fmt]
    con = loaded(files)
    contacts, victims = flat(files)
    for definition in aggregate.table_defs(2020, timings=True):
        frame = victims if definition.population == aggregate.VICTIM else contacts
        for column, value in definition.population:
            if column != "unit":
                frame = frame[frame[column] == value]
        names = [d.name for d in definition.dims]
        expected = frame.groupby(names).size()
        got = aggregate.leaf_counts(con, definition)
        if len(names) == 1:
            expected.index = expected.index.astype(str)
        pd.testing.assert_series_equal(
            got.sort_index(), expected.sort_index().astype("int64"), check_names=False, obj=definition.name
        )


def test_the_tidy_tables_pass_the_schemas_of_data(small_export):
    published = aggregate.publishable(loaded(small_export["parquet"]), 2020, k=5)
    codes = load.codes()
    for name in (
        "contacts_by_month_channel",
        "gender_by_month",
        "contacts_by_age",
        "contacts_by_contact_person",
        "possible_victims_by_context",
    ):
        spec = YEAR_TABLES[name]
        frame = published.tables[name]
        assert list(frame.columns) == spec.column_names, name
        as_text = frame.astype("string").fillna("")
        as_text.index = range(2, len(frame) + 2)
        typed, problems = check_frame(spec, as_text, f"{name}.csv", codes, 2020)
        assert problems == [] and typed is not None, (name, problems)


def test_a_suppressed_cell_is_missing_with_its_reason_never_zero(small_export):
    published = aggregate.publishable(loaded(small_export["parquet"]), 2020, k=5)
    people = published.tables["contacts_by_contact_person"]
    hidden = people[people["contacts"].isna()]
    assert len(hidden) > 0 and (hidden["missing_reason"] == aggregate.SUPPRESSED_REASON).all()
    shown = people["contacts"].dropna()
    assert not ((shown > 0) & (shown < 5)).any()


def test_at_scale_one_the_generator_reproduces_the_published_monthly_volumes(published_export):
    con = loaded(published_export["parquet"])
    got = aggregate.leaf_counts(con, aggregate.table_defs(2020)[0])
    published = load.contacts_by_month_channel(2020, "1712").dropna(subset=["contacts"])
    published = published[published["channel"] != "not_recorded"].set_index(["month", "channel"])["contacts"]
    assert got.sum() == published.sum()
    for (month, channel), n in published.items():
        assert got.get((month, channel), 0) == n, (month, channel)


def test_same_seed_same_export_other_seed_other_export(tmp_path):
    frames = [next(synthetic.months(seed, rows=300))[0] for seed in (3, 3, 4)]
    pd.testing.assert_frame_equal(frames[0], frames[1])
    assert not frames[0].equals(frames[2])
