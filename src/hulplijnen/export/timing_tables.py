"""The count tables an export with timing columns adds (docs/contact-export.md, "What is published"):
phone calls by waiting time and outcome, by weekday x hour x queued x outcome, and answered calls by
conversation length. They join the other tables in one protection (export/disclosure.py): every
total they share with another table is the same cell (``queued`` is the parent of the wait bands,
and summing over it gives phone_by_weekday_hour's cells), so the linear-programming check sees every
link a reader could use. Impossible cells (an answered call that never queued) are counted too, as
published zeros: a reader knows them anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .disclosure import Dim, TableDef

if TYPE_CHECKING:
    import duckdb

# (label, lower bound in seconds): a band holds lower <= value < the next band's lower bound
WAIT_BANDS = (  # few bands, so few small cells (the share answered within 20 s and 60 s needs those edges)
    ("000-020", 0),
    ("020-060", 20),
    ("060-120", 60),
    ("120-300", 120),
    ("300+", 300),
)
NOT_QUEUED = "none"  # the call never entered the queue (the line was closed)
HANDLE_BANDS = (  # minutes
    ("00-05", 0),
    ("05-10", 5),
    ("10-15", 10),
    ("15-20", 15),
    ("20-30", 20),
    ("30-45", 30),
    ("45-60", 45),
    ("60+", 60),
)


def _bands(column: str, bands: tuple[tuple[str, int], ...], scale: int, missing: str | None) -> str:
    """SQL for the band label of ``column`` (constants of this module only, never a value)."""
    parts = [f"WHEN {column} IS NULL THEN '{missing}'"] if missing else []
    parts += [f"WHEN {column} >= {lower * scale} THEN '{label}'" for label, lower in reversed(bands)]
    return "CASE " + " ".join(parts) + " END"


COLUMNS = {
    "queued": "CASE WHEN wait_seconds IS NULL THEN 'false' ELSE 'true' END",
    "wait": _bands("wait_seconds", WAIT_BANDS, 1, NOT_QUEUED),
    "handle": _bands("handle_seconds", HANDLE_BANDS, 60, None),
}


def has_timings(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the export carries the timing columns (a queued phone call has a waiting time)."""
    return bool(con.execute("SELECT count(wait_seconds) > 0 FROM contacts").fetchall()[0][0])


def table_defs(weekday: Dim, hour: Dim, answered: Dim) -> list[TableDef]:
    phone, phone_answered = (("channel", "phone"),), (("channel", "phone"), ("answered", "true"))
    waits = tuple(label for label, _ in WAIT_BANDS) + (NOT_QUEUED,)
    wait = Dim("wait", waits, "queued", {w: "false" if w == NOT_QUEUED else "true" for w in waits})
    queued = Dim("queued", ("true", "false"))
    return [
        TableDef("phone_by_wait", phone, (wait, answered), "Telefoon: oproepen per wachttijd en afloop"),
        TableDef(
            "phone_by_weekday_hour_queue",
            phone,
            (weekday, hour, queued, answered),
            "Telefoon: oproepen per weekdag en uur, in de wachtrij of niet",
        ),
        TableDef(
            "phone_by_handle",
            phone_answered,
            (Dim("handle", tuple(label for label, _ in HANDLE_BANDS)),),
            "Telefoon: beantwoorde oproepen per gespreksduur",
        ),
    ]


TIDY = {"phone_by_wait": "calls", "phone_by_weekday_hour_queue": "calls", "phone_by_handle": "calls"}
