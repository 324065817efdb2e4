"""The channel mix per group of contact persons (Tabel 3 of the demo): a group's label as the table prints it, and
which of its cells are hidden, as the text says it (moved out of the chapter's build, r53: the module's size)."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, Source, keys
from ..shared.export_tables import count_text, pct_text

TABLES = "protected tables of the contact export"
CHANNELS = ("phone", "email", "chat")


def label(group: str) -> str:
    """The channel mix's label of a group (codebook contact_person_groups), as Tabel 3 prints it."""
    book = load.codebook("contact_person_groups")
    return str(book.loc[book["mix_group"] == group, "mix_label_nl"].iloc[0])


def merged() -> list[dict]:
    """The groups of Tabel 4 made of groups of Tabel 5 that its label does not all name (r64 demo #10: 'welzijn of
    justitie' for 'welzijn, gezondheid en gezin' and 'justitiële instanties'), each with those groups in order."""
    book = load.codebook("contact_person_groups").sort_values("order")
    found = []
    for _, rows in book.groupby("mix_group", sort=False):
        named = set(str(rows["mix_label_nl"].iloc[0]).replace(",", " ").split())
        parts = list(rows["label_nl"])
        if len(parts) > 1 and not all(set(p.replace(",", " ").split()) <= named for p in parts):
            found.append({"label": str(rows["mix_label_nl"].iloc[0]), "parts": parts})
    return found


def hidden(helpline: str, mix: pd.DataFrame, group_labels: dict, labels: pd.Series, facts: FactSheet) -> dict:
    """Which cells of the channel mix are hidden, as the text says it: per channel, in how many of the groups
    with a published count its share is hidden (most first), and the groups whose count itself is hidden. Only
    what the table shows as x: which cells, never why."""
    shown = mix[mix["contacts"].notna()]
    source = Source(None, TABLES, "contacts_by_group_channel: cells not published")
    hidden = []
    for channel in CHANNELS:
        n = int(shown[channel].isna().sum())
        key = keys.export(helpline, f"mix_{channel}_hidden_groups")
        hidden.append({"label": labels[channel], "groups": facts.add(key, n, "count", source)})
    return {
        "shown": facts.add(keys.export(helpline, "mix_published_groups"), len(shown), "count", source),
        "hidden": sorted((h for h in hidden if h["groups"]), key=lambda h: -h["groups"]),
        "dropped": [group_labels[g] for g in mix.loc[mix["contacts"].isna(), "group"]],
    }


def table(mix: pd.DataFrame, group_labels: dict, labels: pd.Series) -> pd.DataFrame:
    """Tabel 4 as printed: per group its label, its number of contacts (r59, r58 demo #5: 14,3 % chat of a group of
    84 is 12 contacts; x where hidden) and its share per channel."""
    return pd.DataFrame(
        {
            "Contactnemer (groep)": [group_labels[g] for g in mix["group"]],
            "Contacten": [count_text(None if pd.isna(n) else int(n)) for n in mix["contacts"]],
            **{f"% {labels[c]}": [pct_text(v) for v in mix[c]] for c in CHANNELS},
        }
    )
