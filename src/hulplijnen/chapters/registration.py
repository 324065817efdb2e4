"""Registratie per contact: who contacts the helpline, by which channel and on which day, from the
protected tables of the contact export."""

from __future__ import annotations

import pandas as pd

from .. import fmt, text
from ..analysis import capacity as cap
from ..data import load
from ..export.aggregate import table_defs
from ..export.stage import PublishedTables
from ..facts import FactSheet, Source
from .base import Chapter, ChapterSpec
from .export_tables import SUPPRESSED, count_text, has_export, is_synthetic, pct_text

SPEC = ChapterSpec("registration", "Registratie per contact", 40, has_export, methods="disclosure.md")
TABLES = "protected tables of the contact export"
CHANNELS = ("phone", "email", "chat")


def build(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    total = tables.cell("contacts_by_month_channel")
    channel_rows = []
    for channel in CHANNELS:
        n = tables.cell("contacts_by_month_channel", channel=channel)
        share = None if n is None or not total else n / total * 100
        facts.add(
            f"{helpline}.export.channel.{channel}.contacts",
            n,
            "count",
            Source(None, TABLES, f"answered contacts, channel {channel}"),
        )
        facts.add(
            f"{helpline}.export.channel.{channel}.share_pct",
            None if share is None else round(share, 1),
            "percent",
            Source(None, TABLES, f"channel {channel} / all answered"),
        )
        channel_rows.append({"Kanaal": labels[channel], "Contacten": count_text(n), "Aandeel": pct_text(share)})
    channel_rows.append(
        {"Kanaal": "totaal", "Contacten": count_text(total), "Aandeel": fmt.pct(100.0, 0) if total else SUPPRESSED}
    )
    facts.add(f"{helpline}.export.contacts", total, "count", Source(None, TABLES, "answered contacts"))
    anonymous = tables.cell("contacts_by_anonymity_channel", anonymous="true")
    anon = cap.answer_rate(anonymous, total) if anonymous is not None and total else None
    if anon:
        facts.add(
            f"{helpline}.export.anonymous.share_pct",
            round(anon.rate * 100, 1),
            "percent",
            Source(None, TABLES, "anonymous / answered contacts"),
        )
    victims = tables.cell("possible_victims_by_type_context")
    facts.add(f"{helpline}.export.possible_victims", victims, "count", Source(None, TABLES, "possible victims"))
    daily = tables.leaves("contacts_by_day").rename(columns={"count": "contacts"})
    shown = daily.dropna(subset=["contacts"])
    busiest = shown.loc[shown["contacts"].idxmax()] if len(shown) else None
    hidden_days = int(daily["suppressed"].sum())
    facts.add(
        f"{helpline}.export.days_suppressed",
        hidden_days,
        "count",
        Source(None, TABLES, "days whose count is not published"),
    )
    groups = load.codebook("contact_person_groups").set_index("group")
    group_labels = groups["label_nl"].to_dict()
    mix = cap.channel_mix(tables.cells("contacts_by_group_channel"))
    mix = (
        mix.assign(order=mix["group"].map(groups["order"]))
        .sort_values("order")
        .drop(columns="order")
        .reset_index(drop=True)
    )
    mix_table = pd.DataFrame(
        {
            "Contactnemer (groep)": [group_labels[g] for g in mix["group"]],
            "Contacten": [count_text(v) for v in mix["contacts"]],
            **{f"% {labels[c]}": [pct_text(v) for v in mix[c]] for c in CHANNELS},
        }
    )
    by_group = mix.set_index("group")
    for group in mix["group"]:
        for channel in CHANNELS:
            value = by_group.loc[group, channel]
            facts.add(
                f"{helpline}.export.group.{group}.{channel}.share_pct",
                None if pd.isna(value) else round(float(value), 1),
                "percent",
                Source(None, TABLES, "contacts_by_group_channel"),
            )
    audit = tables.audit_log()  # which cells are hidden, never why: a reason would tell a small cell from a complement
    hidden = audit.groupby("table").size() if len(audit) else pd.Series(dtype="int64")
    titles = {d.name: d.title_nl for d in table_defs(year)}
    suppression_table = pd.DataFrame(
        {"Tabel": [titles[t] for t in hidden.index], "Niet gepubliceerde cellen": [fmt.number(v) for v in hidden]}
    )
    facts.add(
        f"{helpline}.export.suppressed.cells", int(hidden.sum()), "count", Source(None, TABLES, "suppression log")
    )
    body = text.render(
        "chapters/registration.md",
        synthetic=is_synthetic(export),
        k=k,
        year=year,
        helpline=helpline,
        total=total,
        anonymous=None if not anon else {"rate": anon.rate * 100, "low": anon.low * 100, "high": anon.high * 100},
        victims=victims,
        busiest_day=None if busiest is None else pd.Timestamp(busiest["date"]),
        busiest=None if busiest is None else busiest["contacts"],
        hidden_days=hidden_days,
        chat_victim_environment=by_group.loc["victim_environment", "chat"],
        chat_welfare=by_group.loc["welfare", "chat"],
    )
    return Chapter(
        body,
        {"channels": pd.DataFrame(channel_rows), "mix": mix_table, "suppression": suppression_table},
        {"daily": daily, "mix": mix, "group_labels": group_labels},
    )
