"""The published list of hidden cells in the report's own Dutch (demo r16 #13): the table by the title the technical
annex gives it, a cell by its Dutch labels ("kanaal: chat, groep contactnemers: cultuur"), never the export's internal
codes ("channel = chat, group = culture"), which stay in the build's own audit log. Cells only, never a value."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..chapters.capacity import ROUTES_NL
from ..data import load
from ..presentation import fmt

COLUMNS = {"table": "tabel", "cell": "cel"}
OUTCOMES = {"answered": "beantwoord", "abandoned": "opgehangen", "closed": "lijn gesloten"}


def _codes(book: str, column: str) -> dict[str, str]:
    frame = load.codebook(book)
    return dict(zip(frame[column].astype(str), frame["label_nl"]))


def _code_labels() -> dict[str, str]:
    """A contact-person code by its label, with its group where the label alone is ambiguous ('volwassen')."""
    book = load.codebook("contact_person_codes")
    groups = _codes("contact_person_groups", "group")
    twice = book["label_nl"].duplicated(keep=False)
    return {
        str(code): f"{label} ({groups[group]})" if again else label
        for code, label, group, again in zip(book["code"], book["label_nl"], book["group"], twice, strict=True)
    }


def _labels() -> dict[str, tuple[str, object]]:
    """Per dimension of a table the report shows cell by cell: its Dutch name and how a value reads."""
    channels, groups = _codes("channels", "channel"), _codes("contact_person_groups", "group")
    regions = _codes("regions", "region")
    book = load.codebook("contact_person_groups")
    mixed = dict(zip(book["mix_group"].astype(str), book["mix_label_nl"]))
    return {
        "date": ("dag", lambda v: fmt.date(dt.date.fromisoformat(v))),
        "month": ("maand", fmt.month),
        "channel": ("kanaal", channels.get),
        "group": ("groep contactnemers", groups.get),
        "mix_group": ("groep contactnemers", mixed.get),  # the channel mix's merged groups (demo r18 #4)
        "code": ("contactnemer", _code_labels().get),  # the table per contact person (demo r32 #4)
        "weekday": ("weekdag", fmt.weekday),
        "hour": ("uur", lambda v: v.replace("-", " tot ")),
        "caller_region": ("provincie van de beller", regions.get),
        "route": ("beantwoord", ROUTES_NL.get),  # as the capacity chapter says the routes
        "outcome": ("afloop", OUTCOMES.get),
    }


def _cell(table: str, cell: str, labels: dict) -> str:
    """'answered = true, channel = chat' -> 'kanaal: chat' (a table of contacts counts answered contacts only; in a
    table of calls, 'beantwoord' is a part of the cell); a part without a Dutch label is an error."""
    parts = []
    for part in cell.split(", "):
        name, value = part.split(" = ", 1)
        if name == "answered":
            if table.startswith("phone_"):
                parts.append("beantwoord" if value == "true" else "niet beantwoord")
            continue
        label, read = labels[name]
        said = read(value)
        if said is None:
            raise KeyError(f"no Dutch label for {part!r}")
        parts.append(f"{label}: {said}")
    return ", ".join(parts) or "totaal"


def dutch(log: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """The log as published: columns 'tabel' and 'cel', the table's annex title, the cell in Dutch."""
    labels = _labels()
    return pd.DataFrame(
        {
            COLUMNS["table"]: [titles[t] for t in log["table"]],
            COLUMNS["cell"]: [_cell(t, c, labels) for t, c in zip(log["table"], log["cell"])],
        }
    )
