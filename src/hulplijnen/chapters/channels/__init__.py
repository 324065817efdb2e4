"""Kanalen: contacts per channel and month, the channel mix over the years."""

from __future__ import annotations

import pandas as pd

from ...analysis import channels as ch
from ...analysis import helplines as hl
from ...data import load
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.figures_sources import one_year
from ...presentation.parts import Table, Text
from ...presentation.theme import CHANNEL_COLOURS
from ..shared import monthly_table, within_year
from ..shared.base import Chapter, ChapterSpec, latest_monthly_year, leads_with_published_tables
from . import charts, over_years

ORDER = {c: i for i, c in enumerate(CHANNEL_COLOURS)}  # phone, e-mail, chat (theme.CHANNEL_COLOURS)

SPEC = ChapterSpec("channels", "Kanalen", 10, leads_with_published_tables)
TABLE = "contacts_by_month_channel"
SHOWN = (
    Text("channels"),
    Table("tbl-channels", "tbl_channels", "channels"),
    Table("tbl-appendix-channel-checks", "tbl_appendix_channel_checks", lead="checks"),
    Text("years"),
    # no table of the charts' numbers, in the annex either (r28 2021 #4, #14: Tabel 14 and 15 repeated Figuur 1 and 2);
    # a screen reader gets them from each chart's description and its CSV (presentation/figures_alt.py,
    # quarto/figure-data.html)
    charts.YEARS,
    Text("shares"),
    charts.MIX,
    Text("monthly"),
    charts.MONTHLY,
    # r41 (r41 2020 #2): the chart's numbers as a table too, in the PDF as in the HTML (a monthly breakdown is what
    # the parliamentary question asked for); a corrected cell marked, its note under the table
    Table("tbl-channels-monthly", "tbl_channels_monthly", "monthly", year="monthly_year"),
    Text("closing"),  # the note under the monthly table: the one section that may end a chapter after its last part
)


def _year(year: int | None) -> str | None:
    """A calendar year as the text names it: a label, not a quantity."""
    return None if year is None else str(year)


def build(year: int, helpline: str, compare_years: list[int], facts: FactSheet) -> Chapter:
    names = load.codebook("channels")
    labels = names.set_index("channel")["label_nl"]
    monthly_year = latest_monthly_year(helpline, year)
    rows, context = [], {"year": str(year), "helpline": helpline, "monthly_year": _year(monthly_year)}
    has_monthly = load.has_table(TABLE, helpline, year)
    if has_monthly:
        contacts = load.contacts_by_month_channel(year, helpline)
        totals = ch.channel_totals(contacts, names)
        file = f"data/{helpline}/{year}/{TABLE}.csv"
        total = facts.add(
            keys.total(helpline, "contacts"),
            int(totals["contacts"].sum()),
            "count",
            Source(file, TABLE, "sum of all cells"),
        )
        for r in totals.itertuples():
            facts.add(
                keys.channel_count(helpline, r.channel, "contacts"),
                int(r.contacts),
                "count",
                Source(file, TABLE, f"channel = {r.channel}"),
            )
            facts.add(
                keys.channel_share(helpline, r.channel),
                round(r.share_pct, 1),
                "percent",
                Source(file, TABLE, f"channel = {r.channel}, over all channels"),
            )
            rows.append({"Kanaal": r.label_nl, "Contacten": fmt.number(r.contacts), "Aandeel": fmt.pct(r.share_pct)})
        rows.append({"Kanaal": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)})
        month, peak = ch.peak_month(contacts)
        context.update(
            peak_month=facts.add(
                keys.contacts(helpline, "peak_month"),
                str(month),
                "month",
                Source(file, TABLE, "month with most contacts"),
            ),
            peak=facts.add(
                keys.contacts(helpline, "peak_month_contacts"), peak, "count", Source(file, TABLE, f"month = {month}")
            ),
            phone_share=facts.get(keys.channel_share(helpline, "phone")),
        )
    else:
        figs = load.key_figures(year, helpline)
        file = f"data/{helpline}/{year}/key_figures.csv"
        total = facts.add(
            keys.total(helpline, "contacts"),
            hl.figure(figs, "contacts"),
            "count",
            Source(file, "key_figures", "key = contacts"),
        )
        # r63 (r63 2021 #8): the channels in the figures' and Tabel 1's order (phone, e-mail, chat), not the source's
        stated = ch.stated_channel_shares(figs).sort_values("channel", key=lambda c: c.map(ORDER), kind="stable")
        for r in stated.itertuples():
            facts.add(
                keys.channel_share(helpline, r.channel),
                r.share_pct,
                "percent",
                Source(file, "key_figures", f"key = channel_share_{r.channel} (as published, rounded)"),
            )
        approx = over_years.approximate_counts(year, helpline, total, stated, facts)
        # a channel's count follows from its rounded share: about how many, as the text says it (its range: the annex)
        for r, a in zip(stated.itertuples(), approx):
            rows.append(
                {
                    "Kanaal": labels[r.channel],
                    "Contacten": f"ongeveer {fmt.number(a['about'])}",
                    "Aandeel": fmt.pct(r.share_pct, 0),
                }
            )
        rows.append({"Kanaal": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)})
        context.update(approx=approx, previous=str(year - 1))
    series = over_years.contacts(year, helpline, facts)
    shares = over_years.channel_shares(year, helpline, facts)
    known = set(series["year"])
    compared = [
        over_years.compared_with(year, helpline, ref, total, series, facts)
        for ref in sorted(compare_years, reverse=True)
        if ref in known and ref != year
    ]
    context.update(
        loose=over_years.loose_ratios(year, helpline, facts),
        rank=over_years.rank_since_launch(year, helpline, facts),
        changes=over_years.change_checks(year, helpline, total, series, facts),
        share_checks=over_years.share_checks(year, helpline, shares, facts),
        compared=compared,
        first_year=str(int(series["year"].min())),
        last_year=str(int(series["year"].max())),
    )
    # two years are one sentence (the year against the one before), not a table and a chart of two bars
    several_years = series["year"].nunique() > 2
    context.update(
        total=total,
        has_monthly=has_monthly,
        several_years=several_years,
        # r53 (r53 2021 #10): the years of the channel shares' figure, introduced with the figure of the totals
        mix_years=[] if one_year(shares) else [str(int(y)) for y in sorted(shares["year"].unique())],
        # the finding first where the source ranks the year highest (the helpline's own word for its contacts is the
        # glossary's, said once there: r32 2021 #7)
        first=context["rank"] is not None and context["rank"]["rank"] == 1,
    )
    monthly = ch.monthly_by_channel(load.contacts_by_month_channel(monthly_year, helpline)) if monthly_year else None
    context.update(stepped=(stepped := within_year.stepped_up(year, helpline, monthly, facts)))
    context.update(peaked=within_year.peaked(year, helpline, monthly, facts, stepped))  # r59 (r58 2020 #8)
    if one_year(series):
        facts.nothing_to_show("fig-contacts-years", "one year is not a series: the table per channel gives them")
    elif not several_years:
        facts.nothing_to_show("fig-contacts-years", "two years: the text compares them in one sentence")
    if one_year(shares):
        facts.nothing_to_show("fig-channel-mix", "one year is not a series: the table per channel gives its shares")
    # a report on a year without months draws no earlier year's months: its step is one sentence (r31 2021 #5: a
    # 2020 chart in the 2021 report was taken for 2021)
    shown = monthly if monthly_year == year else None
    if monthly is not None and shown is None:
        facts.nothing_to_show("fig-channels-monthly", "an earlier year's months: one sentence compares them")
    elif shown is None or shown.empty or shown.fillna(0).to_numpy().sum() == 0:
        facts.nothing_to_show("fig-channels-monthly", "no year up to the report's has contacts per month and channel")
    by_month, corrected = monthly_table.table(shown, helpline, facts)
    if by_month is None:
        facts.nothing_to_show("tbl-channels-monthly", "no contacts per month and channel of the report's year")
    context.update(corrected=corrected)
    # a year of key figures only: the text names each channel's count and share, the figure the shares per year; a
    # table of the same numbers is the third time (r24 2021 #11)
    listed = not has_monthly and bool(context.get("approx")) and not one_year(shares)
    if listed:
        facts.nothing_to_show("tbl-channels", "the text gives each channel's count and share, the figure the shares")
    sections = text.sections("chapters/channels/text.md", facts=facts, **context)
    if not sections["checks"]:
        facts.nothing_to_show("tbl-appendix-channel-checks", "no published statement on channels or contacts to check")
    return Chapter.written(
        sections,
        {
            "channels": None if listed else pd.DataFrame(rows),
            # one year is no series: the table per channel above gives it (as the charts over the years are not drawn)
            "years": over_years.contacts_table(series, helpline) if several_years else None,
            "shares": over_years.shares_table(shares) if shares["year"].nunique() > 1 else None,
            "monthly": by_month,
        },
        {
            "series": series if several_years else None,
            "shares": shares,
            "monthly": shown,
            "monthly_remarks": monthly_table.remarks(shown, helpline),  # r45 (r44 2020 #8): the values file's
            "monthly_year": monthly_year,
            # for the caption (captions.md): the contacts without a channel, and a smaller scale below (r37 2020 #14)
            "without_channel": charts.without_channel(shown),
            "two_panels": charts.two_panels(shown),
            "lower": charts.lower_panel(shown),
            "tabled": by_month is not None,  # r41 (r41 2020 #2): the caption points to the table under the chart
        },
        SHOWN,
        SPEC.captions,
    )
