"""The count tables an export with timing columns adds (docs/contact-export.md, "What is published"):
phone calls by outcome (answered, abandoned in the queue, closed: never queued) per weekday x hour, by
outcome and waiting time, and answered calls by conversation length. They join the other tables in one
protection (export/disclosure.py), and every total they share with another table is the same cell:
``outcome`` has ``answered`` as its parent level, so phone_by_weekday_hour_outcome only splits
phone_by_weekday_hour's unanswered calls in two; the waiting-time bands have ``outcome`` as their parent
level, so phone_by_wait's subtotals are the outcome table's totals. The linear-programming check sees every
link a reader could use, and the tables add few cells (one split per existing cell), so few small ones.
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
CLOSED = "closed"  # the call never entered the queue (the line was closed)
OUTCOMES = ("answered", "abandoned", CLOSED)
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


OUTCOME = f"CASE WHEN answered THEN 'answered' WHEN wait_seconds IS NULL THEN '{CLOSED}' ELSE 'abandoned' END"
COLUMNS = {
    "outcome": OUTCOME,
    "wait": f"CASE WHEN wait_seconds IS NULL THEN '{CLOSED}' ELSE ({OUTCOME}) || ':' || "
    f"({_bands('wait_seconds', WAIT_BANDS, 1, None)}) END",
    "handle": _bands("handle_seconds", HANDLE_BANDS, 60, None),
}


def wait_values() -> tuple[str, ...]:
    """The leaf values of the wait dimension: outcome:band for queued calls, and 'closed'."""
    return (*(f"{o}:{label}" for o in OUTCOMES[:2] for label, _ in WAIT_BANDS), CLOSED)


def has_timings(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the export carries the timing columns (a queued phone call has a waiting time)."""
    return bool(con.execute("SELECT count(wait_seconds) > 0 FROM contacts").fetchall()[0][0])


def table_defs(weekday: Dim, hour: Dim) -> list[TableDef]:
    phone, phone_answered = (("channel", "phone"),), (("channel", "phone"), ("answered", "true"))
    outcome = Dim("outcome", OUTCOMES, "answered", {"answered": "true", "abandoned": "false", CLOSED: "false"})
    waits = wait_values()
    wait = Dim("wait", waits, "outcome", {w: w.split(":")[0] for w in waits})
    return [
        TableDef("phone_by_wait", phone, (wait,), "Telefoon: oproepen per afloop en wachttijd"),
        TableDef(
            "phone_by_weekday_hour_outcome",
            phone,
            (weekday, hour, outcome),
            "Telefoon: oproepen per weekdag en uur: beantwoord, opgehangen in de wachtrij of buiten de openingsuren",
        ),
        TableDef(
            "phone_by_handle",
            phone_answered,
            (Dim("handle", tuple(label for label, _ in HANDLE_BANDS)),),
            "Telefoon: beantwoorde oproepen per gespreksduur",
        ),
    ]


TIDY = {"phone_by_wait": "calls", "phone_by_weekday_hour_outcome": "calls", "phone_by_handle": "calls"}
