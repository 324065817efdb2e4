"""A plain-pandas view of a contact export, independent of the DuckDB SQL: the benchmark's
baseline and the tests' brute force. Never used by the build."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..data import load


def flat_frames(contacts_path: Path, victims_path: Path):
    """Plain pandas: both files read whole, with every column a table is defined on derived per row."""
    reader = pd.read_parquet if contacts_path.suffix == ".parquet" else pd.read_csv
    contacts, victims = reader(contacts_path), reader(victims_path)
    start = pd.to_datetime(contacts["start"])
    hour = start.dt.hour
    groups = load.codebook("contact_person_codes").set_index("code")["group"]
    mixes = load.codebook("contact_person_groups").set_index("group")["mix_group"]
    answered = contacts["answered"].astype(str).str.lower().isin(["true", "1"])
    flat = pd.DataFrame(
        {
            "answered": np.where(answered, "true", "false"),
            "channel": contacts["channel"],
            "month": start.dt.strftime("%Y-%m"),
            "date": start.dt.strftime("%Y-%m-%d"),
            "weekday": start.dt.isocalendar().day.astype(str).values,
            "hour": np.where(hour < 7, "00-06", np.where(hour >= 22, "22-23", hour.map("{:02d}".format))),
            "gender": contacts["gender"],
            "age_class": contacts["age_class"],
            "code": contacts["contact_person"].astype(str),
            "group": contacts["contact_person"].astype(str).map(groups),
            "mix_group": contacts["contact_person"].astype(str).map(groups).map(mixes),
            "anonymous": np.where(contacts["anonymous"].astype(str).str.lower().isin(["true", "1"]), "true", "false"),
            "caller_region": contacts["caller_region"],
            "route": np.where(
                contacts["caller_region"] == "option_0",
                "option_0",
                np.where(contacts["answering_region"] == contacts["caller_region"], "own", "other"),
            ),
        }
    )
    if "wait_seconds" in contacts:  # the timing tables' columns (export/timing_tables.py), banded here again
        from .timing_tables import CLOSED, HANDLE_BANDS, WAIT_BANDS

        wait, handle = contacts["wait_seconds"].astype(float), contacts["handle_seconds"].astype(float)
        flat["outcome"] = np.where(answered, "answered", np.where(wait.isna(), CLOSED, "abandoned"))
        flat["wait"] = np.where(wait.isna(), CLOSED, flat["outcome"] + ":" + _band(wait, WAIT_BANDS, 1, CLOSED))
        flat["handle"] = _band(handle, HANDLE_BANDS, 60, "none")
    return flat, victims[["victim_type", "context"]]


def _band(values: pd.Series, bands, scale: int, missing: str) -> np.ndarray:
    labels = np.full(len(values), missing, dtype=object)
    for label, lower in bands:
        labels[(values >= lower * scale).to_numpy()] = label
    return labels
