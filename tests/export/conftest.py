"""Small synthetic exports and a brute-force pandas view of them, shared by the export tests."""

import numpy as np
import pandas as pd
import pytest

from hulplijnen.data import load
from hulplijnen.export import read, synthetic


def export_dir(tmp_path_factory, rows: int, seed: int, formats=("parquet", "csv")):
    base = tmp_path_factory.mktemp(f"export-{rows}-{seed}")
    return synthetic.write(base, seed=seed, rows=rows, formats=formats)


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
    pandas from the file (independently of the DuckDB SQL)."""
    contacts = pd.read_parquet(files.contacts) if files.contacts.suffix == ".parquet" else pd.read_csv(files.contacts, dtype=str, keep_default_na=False)
    start = pd.to_datetime(contacts["start"])
    groups = load.codebook("contact_person_codes").set_index("code")["group"]
    answered = contacts["answered"].astype(str).str.lower().isin(["true", "1"])
    hour = start.dt.hour
    out = pd.DataFrame({
        "answered": np.where(answered, "true", "false"),
        "channel": contacts["channel"].astype(str),
        "month": start.dt.strftime("%Y-%m"),
        "date": start.dt.strftime("%Y-%m-%d"),
        "weekday": start.dt.isocalendar().day.astype(str).values,
        "hour": np.where(hour < 7, "00-06", np.where(hour >= 22, "22-23", hour.map("{:02d}".format))),
        "gender": contacts["gender"].astype(str),
        "age_class": contacts["age_class"].astype(str),
        "code": contacts["contact_person"].astype(str),
        "group": contacts["contact_person"].map(groups).astype(str),
        "anonymous": np.where(contacts["anonymous"].astype(str).str.lower().isin(["true", "1"]), "true", "false"),
        "caller_region": contacts["caller_region"].astype(str),
        "route": np.where(contacts["caller_region"] == "option_0", "option_0",
                          np.where(contacts["answering_region"] == contacts["caller_region"], "own", "other")),
    })
    victims = pd.read_parquet(files.possible_victims) if files.possible_victims.suffix == ".parquet" else pd.read_csv(files.possible_victims, dtype=str)
    return out, victims[["victim_type", "context"]].astype(str).assign(unit="possible_victim")
