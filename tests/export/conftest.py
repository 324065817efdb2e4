"""Small synthetic exports and a brute-force pandas view of them, shared by the export tests."""

import pandas as pd
import pytest

from hulplijnen.export import read, synthetic
from hulplijnen.export.baseline import flat_frames


def export_dir(tmp_path_factory, rows: int, seed: int, formats=("parquet", "csv"), timings: bool = True):
    base = tmp_path_factory.mktemp(f"export-{rows}-{seed}")
    return synthetic.write(base, seed=seed, rows=rows, formats=formats, timings=timings)


@pytest.fixture(scope="session")
def small_export(tmp_path_factory):
    """About 600 contact attempts: many small cells, so suppression has work to do."""
    return export_dir(tmp_path_factory, 600, 7)


@pytest.fixture(scope="session")
def published_export(tmp_path_factory):
    """The published 2020 volumes (about 15 000 attempts), as the demo uses."""
    return export_dir(tmp_path_factory, None, 1712, formats=("parquet",))


def loaded(files: read.ExportFiles, year: int = 2020):
    con = read.connect(threads=1)
    read.read_export(con, files, year)
    return con


def flat(files: read.ExportFiles) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Contacts and possible victims with every column a table is defined on, computed with plain
    pandas from the files (the benchmark's baseline too, independent of the DuckDB SQL)."""
    contacts, victims = flat_frames(files.contacts, files.possible_victims)
    return contacts, victims.astype(str).assign(unit="possible_victim")
