"""The published contacts per month and channel a synthetic export is tuned to (r53 demo #1: the cover says they are
the demo's only real figures, yet only their year totals were shown): the 2020 release's monthly table
(chapters/shared/monthly_table.py), the month with most contacts over all channels and a channel that stepped up
during the year (chapters/shared/within_year.py), each recorded from the published file."""

from __future__ import annotations

import pandas as pd

from ...analysis import capacity as cap
from ...analysis import channels as ch
from ...data import load
from ...facts import FactSheet, Source, keys
from ..capacity import demand
from ..shared import monthly_table, within_year
from ..shared.export_tables import made_up

LABEL = "tbl-export-monthly"


def published(export: dict | None, helpline: str, facts: FactSheet) -> tuple[pd.DataFrame | None, dict | None]:
    """The table of the published months (the corrected cells marked) and what the text says of them; (None, None)
    for a real export, whose counts are its own (Tabel 2), or without a published monthly table to show."""
    if not made_up(export):
        facts.nothing_to_show(LABEL, "a real export: no published months to show beside its own counts")
        return None, None
    from ...export import synthetic

    year, source = synthetic.CALIBRATION_YEAR, synthetic.CALIBRATION_HELPLINE
    table = monthly_table.TABLE
    contacts = load.contacts_by_month_channel(year, source) if load.has_table(table, source, year) else None
    wide = None if contacts is None else ch.monthly_by_channel(contacts)
    shown, corrected = monthly_table.table(wide, source, facts)
    if shown is None:
        facts.nothing_to_show(LABEL, "no published contacts per month and channel of the year the export imitates")
        return None, None
    month, peak = ch.peak_month(contacts)
    src = Source(f"data/{source}/{year}/{table}.csv", table, "month with most contacts, all channels")
    stepped = within_year.stepped_up(year, source, wide, facts)
    return shown, {
        "corrected": corrected,
        "peak_month": facts.add(keys.export(helpline, "published_peak_month"), str(month), "month", src),
        "peak": facts.add(keys.export(helpline, "published_peak_month_contacts"), peak, "count", src),
        "stepped": [g for g in stepped if g["own"]],
    }


def lockdown(tables, year: int, helpline: str, export: dict | None, facts: FactSheet) -> dict | None:
    """The registered contacts in the rise in demand dated in the year against the months before it, by phone and over
    all channels, beside the published months they are computed from (r61, r59 demo #2: chapter 2 said them beside
    made-up answered shares); the facts the capacity chapter and the summary's key message record too
    (chapters/capacity/demand.py)."""
    calls = cap.monthly_answer_rates(tables.cells("phone_by_month"))
    return demand.peak(helpline, year, calls, facts, demand.contacts(tables, calls), export)
