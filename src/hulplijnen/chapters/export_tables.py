"""What the chapters from a contact-level export share: a suppressed count is shown as "x" and
never enters a sentence or a fact; figure titles say when the data are synthetic."""

from __future__ import annotations

import pandas as pd

from .. import fmt
from ..text import SUPPRESSED


def has_export(params) -> bool:
    return params.export is not None


def is_synthetic(export: dict | None) -> bool:
    return bool(export) and export.get("synthetic") is not None


def count_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.number(value)


def pct_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.pct(float(value))


def figure_title(title: str, export: dict | None) -> str:
    return f"{title} (synthetische gegevens)" if is_synthetic(export) else title
