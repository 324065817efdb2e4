"""Registratie per contact: who contacts the helpline, by which channel and on which day, from the
protected tables of the contact export."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ...analysis import capacity as cap
from ...data import load
from ...export.aggregate import mix_groups, table_defs
from ...export.holidays import public_holidays
from ...export.tables import PublishedTables
from ...facts import FactSheet, Source, keys
from ...presentation import caption_text, text
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec
from ..shared.export_tables import (
    SHARE_DECIMALS,
    SUPPRESSED,
    count_text,
    counted,
    has_export,
    made_up,
    opening_values,
    pct_text,
    published_victims,
    shown_hidden_cells,
)
from . import anonymity, charts, codes, months
from . import mix as mixed

SPEC = ChapterSpec("registration", "Registratie per contact", 40, has_export)
TABLES = "protected tables of the contact export"
CHANNELS = ("phone", "email", "chat")
MIX = "tbl-export-channel-mix"


def text_values(year: int, helpline: str, export: dict, k: int, facts: FactSheet, mix_hidden: dict) -> dict:
    """What the template states, each number a recorded fact (chosen here, never computed)."""
    anonymous = keys.export(helpline, "anonymous", "share_pct")
    by_phone = keys.export(helpline, "anonymous", "phone_share_pct")
    return {
        **opening_values(export, k, helpline, facts, SPEC.name),
        "year": str(year),
        "helpline": helpline,
        "total": facts.get(keys.export(helpline, "contacts")),
        "anonymous": facts.get(anonymous) if anonymous in facts else None,
        "anonymous_phone": facts.get(by_phone) if by_phone in facts else None,
        "victims": facts.get(keys.export(helpline, "possible_victims")),
        "anonymity": anonymity.sources(made_up(export), helpline, facts),  # r52 (demo r51 #9): each source's time
        "published_victims": published_victims(export, helpline, facts),
        "busiest_day": facts.get(keys.export(helpline, "busiest_day"))
        if keys.export(helpline, "busiest_day") in facts
        else None,
        "busiest": facts.get(keys.export(helpline, "busiest_day_contacts"))
        if keys.export(helpline, "busiest_day") in facts
        else None,
        "holidays": facts.get(keys.export(helpline, "weekday_holidays")),
        "holidays_published": facts.get(keys.export(helpline, "weekday_holidays_published")),
        "holidays_published_contacts": facts.get(keys.export(helpline, "weekday_holidays_published_contacts")),
        "closed_days": {
            kind: facts.get(keys.export(helpline, f"days_suppressed_{kind}")) for kind in ("holiday", "other")
        },
        "suppressed_cells": facts.get(keys.export(helpline, "suppressed", "cells")),
        "logged_cells": facts.get(keys.export(helpline, "suppressed", "logged_cells")),
        "chat_victim_environment": facts.get(keys.export(helpline, "group", "victim_environment", "chat", "share_pct")),
        "chat_professional": facts.get(keys.export(helpline, "group", "professional", "chat", "share_pct")),
        # the group as Tabel 3 names it (demo r24 #11: victims themselves are in it)
        "victim_group": mixed.label("victim_environment"),
        "merged": mixed.merged(),  # r64 (r64 demo #10): the note under Tabel 4 names Tabel 5's groups in its own
        "mix": mix_hidden,
    }


def build(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    total = tables.cell("contacts_by_month_channel")
    channel_rows = []
    for channel in CHANNELS:
        n = tables.cell("contacts_by_month_channel", channel=channel)
        share = None if n is None or not total else n / total * 100
        facts.add(
            keys.export(helpline, "channel", channel, "contacts"),
            n,
            "count",
            counted(export, Source(None, TABLES, f"answered contacts, channel {channel}"), f"contacts, {channel}"),
        )
        facts.add(
            keys.export(helpline, "channel", channel, "share_pct"),
            None if share is None else round(share, 1),
            "percent",
            Source(None, TABLES, f"channel {channel} / all answered"),
        )
        channel_rows.append({"Kanaal": labels[channel], "Contacten": count_text(n), "Aandeel": pct_text(share)})
    channel_rows.append(
        {"Kanaal": "totaal", "Contacten": count_text(total), "Aandeel": pct_text(100.0) if total else SUPPRESSED}
    )
    facts.add(
        keys.export(helpline, "contacts"),
        total,
        "count",
        counted(export, Source(None, TABLES, "answered contacts"), "all"),
    )
    anonymous = tables.cell("contacts_by_anonymity_channel", anonymous="true")
    anon = cap.answer_rate(anonymous, total) if anonymous is not None and total else None
    if anon:  # every contact is counted: a share of all of them, without a sampling interval
        facts.add(
            keys.export(helpline, "anonymous", "share_pct"),
            round(anon.rate * 100, 1),
            "percent",
            Source(None, TABLES, "anonymous / answered contacts"),
        )
    # demo r21 #19: the source speaks of callers ('ruim driekwart van de oproepers'): the chapter gives the phone share
    calls = tables.cell("contacts_by_anonymity_channel", channel="phone")
    by_phone = tables.cell("contacts_by_anonymity_channel", anonymous="true", channel="phone")
    if calls and by_phone is not None:
        facts.add(
            keys.export(helpline, "anonymous", "phone_share_pct"),
            round(cap.answer_rate(by_phone, calls).rate * 100, 1),
            "percent",
            Source(None, TABLES, "anonymous / answered phone contacts"),
        )
    victims = tables.cell("possible_victims_by_type_context")
    facts.add(keys.export(helpline, "possible_victims"), victims, "count", Source(None, TABLES, "possible victims"))
    daily = tables.leaves("contacts_by_day").rename(columns={"count": "contacts"})
    # r33 (demo r32 #5): a Saturday or Sunday is not published by design: no fact counts, names or compares it
    working = working_days(daily)
    shown = working.dropna(subset=["contacts"])
    busiest = shown.loc[shown["contacts"].idxmax()] if len(shown) else None
    if busiest is not None:
        busiest_source = Source(None, TABLES, "contacts by day: the largest published count")
        day = pd.Timestamp(busiest["date"]).date().isoformat()
        facts.add(keys.export(helpline, "busiest_day"), day, "date", busiest_source)
        facts.add(keys.export(helpline, "busiest_day_contacts"), busiest["contacts"], "count", busiest_source)
    hidden_days = working[working["suppressed"]]
    facts.add(
        keys.export(helpline, "days_suppressed"),
        len(hidden_days),
        "count",
        Source(None, TABLES, "working days whose count is not published"),
    )
    for kind, days in (
        ("holiday", hidden_days[hidden_days["holiday"]]),
        ("other", hidden_days[~hidden_days["holiday"]]),
    ):
        facts.add(
            keys.export(helpline, f"days_suppressed_{kind}"),
            len(days),
            "count",
            Source(None, TABLES, f"working days whose count is not published: {kind} (public holiday, other)"),
        )
    for i, day in enumerate(hidden_days[~hidden_days["holiday"]]["date"], 1):  # the hidden log names them too
        facts.add(
            keys.export(helpline, f"hidden_working_day_{i}"),
            pd.Timestamp(day).date().isoformat(),
            "date",
            Source(None, TABLES, "a working day, no public holiday, whose count is not published"),
        )
    _holidays(helpline, year, daily, facts)
    groups = mix_groups().set_index("group")  # small groups merged before disclosure control (demo r18 #4)
    group_labels = groups["label_nl"].to_dict()
    mix = cap.channel_mix(tables.cells("contacts_by_group_channel"))
    mix[list(CHANNELS)] = mix[list(CHANNELS)].round(SHARE_DECIMALS)  # as published: no exact count behind a share
    mix = (
        mix.assign(order=mix["group"].map(groups["order"]))
        .sort_values("order")
        .drop(columns="order")
        .reset_index(drop=True)
    )
    mix_table = mixed.table(mix, group_labels, labels)
    by_group = mix.set_index("group")
    for group in mix["group"]:
        for channel in CHANNELS:
            value = by_group.loc[group, channel]
            facts.add(
                keys.export(helpline, "group", group, channel, "share_pct"),
                None if pd.isna(value) else round(float(value), 1),
                "percent",
                Source(None, TABLES, "contacts_by_group_channel"),
            )
    audit = tables.audit_log()  # which cells are hidden, never why: a reason would tell a small cell from a complement
    shown = shown_hidden_cells(audit)  # r33 (demo r32 #5): no Saturday or Sunday, unpublished by design
    hidden = shown.groupby("table").size() if len(shown) else pd.Series(dtype="int64")
    # a table this chapter shows counts as the reader counts it: its cells shown as x (a share whose group total
    # is hidden is an x too, though no count of its own is hidden); a table shown elsewhere by its hidden cells
    code_table = codes.code_table(tables)  # demo r32 #4: the table in which small cells occur, shown with its x
    shown_here = {
        "contacts_by_group_channel": int(mix_table.eq(SUPPRESSED).to_numpy().sum()),
        codes.NAME: codes.shown_as_x(code_table),
    }
    as_shown = pd.Series({t: shown_here.get(t, n) for t, n in hidden.items()}, dtype="int64")
    titles = {d.name: d.title_nl for d in table_defs(year, timings=True)}  # every table an export can have
    # r36 (demo r35 #13): a table shown as a figure is named as that figure ('Figuur 1: contacten per werkdag')
    named, refs, figures = codes.shown_in(list(as_shown.index), titles, _shown_as())
    suppression_table = codes.suppression_table(named, [int(v) for v in as_shown], refs, figures)  # with its total
    # only days hidden: the annex's count of days says it all, a one-row table would repeat it (demo r20 #9)
    only_days = len(as_shown) > 0 and set(as_shown.index) == {"contacts_by_day"}
    if only_days:  # the annex then tells it in words, under the caption as its heading
        suppression_table = None
    # the reader's count: cells shown as x in the tables published cell by cell, as the table of hidden cells sums
    # them; the suppression log lists hidden counts only (a share is x also when only its group's total is hidden)
    facts.add(
        keys.export(helpline, "suppressed", "cells"),
        int(as_shown.sum()),
        "count",
        Source(None, TABLES, "cells shown as x in the tables published cell by cell"),
    )
    facts.add(
        keys.export(helpline, "suppressed", "logged_cells"),
        int(hidden.sum()),
        "count",
        Source(None, TABLES, "suppression log: hidden counts of the tables published cell by cell"),
    )
    hidden = mixed.hidden(helpline, mix, group_labels, labels, facts)
    by_month, monthly = months.published(export, helpline, facts)  # r53 (demo #1): the published months, as 2020's
    body = text.sections(
        "chapters/registration/text.md",
        facts=facts,
        only_days=only_days,
        in_figures=figures,
        codes_hidden=facts.add(
            keys.export(helpline, "suppressed", "code_cells"),
            codes.shown_as_x(code_table),
            "count",
            Source(None, TABLES, "contacts_by_contact_person: cells shown as x"),
        ),
        gap=codes.published_gap(made_up(export), tables, helpline, facts),  # r38 (demo r37 #2)
        short_groups=codes.short_groups(tables, helpline, facts),  # r41 (r41 demo #7): said under the table
        all_hidden=codes.all_hidden(tables, helpline, facts, k),  # r57 (r57 demo #4): an x larger than k-1
        partly_hidden=codes.partly_hidden(tables, helpline, facts, k),  # r61 (r59 demo #4): the same, some rows shown
        months=monthly,
        demand=months.lockdown(tables, year, helpline, export, facts) if monthly else None,  # r61 (r59 demo #2)
        **text_values(year, helpline, export, k, facts, hidden),
    )
    return Chapter.written(
        body,
        {
            "channels": pd.DataFrame(channel_rows),
            "months": by_month,
            "mix": mix_table,
            "codes": code_table,
            "suppression": suppression_table,
        },
        {
            "daily": working_days(daily),
            "mix": mix,
            "group_labels": group_labels,
            "export": export,
            "made_up": made_up(export),  # the captions say so (captions.md)
            **_left_out(helpline, facts),  # r57 (r57 demo #3): Table 2's caption
        },
        SHOWN,
        SPEC.captions,
    )


def _left_out(helpline: str, facts: FactSheet) -> dict:
    """The published contacts without a channel and the year's total, where recorded, for Table 2's caption."""
    found = {k: keys.export(helpline, f"calibration_{k}") for k in ("left_out", "contacts")}
    return {"left_out" if k == "left_out" else "source_total": facts.get(v) for k, v in found.items() if v in facts}


def working_days(daily: pd.DataFrame) -> pd.DataFrame:
    """The days Monday to Friday: the figure leaves out Saturdays and Sundays, when phone and chat are closed; a
    public holiday on a working day is marked (``holiday``), the figure's gap, not a drop to 0 (demo r20 #13)."""
    days = daily[pd.to_datetime(daily["date"]).dt.day_of_week < 5].reset_index(drop=True)
    closed = {d for year in pd.to_datetime(days["date"]).dt.year.unique() for d in public_holidays(int(year))}
    return days.assign(holiday=pd.to_datetime(days["date"]).dt.date.isin(closed))


def _holidays(helpline: str, year: int, daily: pd.DataFrame, facts: FactSheet) -> None:
    """The public holidays on a working day, and of those the days whose count is published."""
    days = {d for d in public_holidays(year) if d.weekday() < 5}
    published = daily[~daily["suppressed"]]
    on_holiday = published[pd.to_datetime(published["date"]).dt.date.isin(days)]
    source = Source(None, TABLES, "public holidays on a working day (export/holidays.py), and those published")
    facts.add(keys.export(helpline, "weekday_holidays"), len(days), "count", source)
    facts.add(keys.export(helpline, "weekday_holidays_published"), len(on_holiday), "count", source)
    # what those published days hold: a zero is published too (review r14 demo #1: 'genoeg e-mails' on days of 0)
    facts.add(
        keys.export(helpline, "weekday_holidays_published_contacts"),
        int(on_holiday["contacts"].sum()),
        "count",
        Source(None, TABLES, "contacts by day: the published counts of the public holidays on a working day"),
    )


def _shown_as() -> dict:
    """The part of this chapter that shows each protected table (its cells, hidden ones as x), its caption in words
    (captions.md; what a synthetic export's caption adds is no part of its head)."""
    words = caption_text.render(SPEC.captions, {"made_up": False}).plain
    parts = {p.label: replace(p, caption=words[p.caption]) for p in SHOWN if not isinstance(p, Text)}
    where = {"contacts_by_day": "fig-export-daily", codes.NAME: "tbl-export-codes", "contacts_by_group_channel": MIX}
    return {table: parts[label] for table, label in where.items()}


SHOWN = (
    Text("totals"),
    # demo r23 #1: the counts per channel are the published totals in a synthetic export too: said so, not made up
    Table(
        "tbl-export-channels",
        "tbl_export_channels",
        "channels",
        lead="taken_over_note",
    ),
    # r53 (demo #1): the published months per channel (the cover's only real figures), the 2020 release's table
    Text("months"),
    Table(months.LABEL, "tbl_export_monthly", "months"),
    Text("daily"),  # r53: opens with the note of the months' corrected cell
    charts.DAILY,
    Text("mix"),
    Table(
        MIX,
        "tbl_export_channel_mix",  # the note says x, if any
        "mix",
        lead="made_up_note",
    ),
    Text("suppressed"),  # the mix's x, if any, and the lead-in of the table per contact person (demo r32 #4)
    Table(
        "tbl-export-codes",
        "tbl_export_codes",
        "codes",
        lead="made_up_note",
    ),
    Text("codes_sum"),
    # demo r25 #14: Figure 2 repeated Tabel 3 row for row: the table alone (the chart stays in charts.py)
    # the count of hidden cells per table is bookkeeping: the technical annex shows it, with its lead-in
    Table(
        "tbl-appendix-export-suppression",
        "tbl_appendix_export_suppression",
        "suppression",
        lead="hidden_cells",
    ),
)
