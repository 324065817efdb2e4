"""Kanalen: contacts per channel and month, the channel mix over the years."""

from __future__ import annotations

import pandas as pd

from .. import fmt, keys, text
from ..analysis import channels as ch
from ..analysis import helplines as hl
from ..data import load
from ..facts import FactSheet, Source
from .base import Chapter, ChapterSpec, latest_monthly_year, leads_with_published_tables

SPEC = ChapterSpec("channels", "Kanalen", 10, leads_with_published_tables)
TABLE = "contacts_by_month_channel"


def _share_rows(label: str, totals: pd.DataFrame) -> list[dict]:
    return [
        {"label": label, "channel": r.channel, "share_pct": r.share_pct} for r in totals.itertuples() if r.contacts > 0
    ]


def build(year: int, helpline: str, compare_years: list[int], facts: FactSheet) -> Chapter:
    names = load.codebook("channels")
    labels = names.set_index("channel")["label_nl"]
    monthly_year = latest_monthly_year(helpline, year)
    rows, context = [], {"year": year, "helpline": helpline, "monthly_year": monthly_year}
    has_monthly = load.has_table(TABLE, helpline, year)
    if has_monthly:
        contacts = load.contacts_by_month_channel(year, helpline)
        totals = ch.channel_totals(contacts, names)
        total = int(totals["contacts"].sum())
        file = f"data/{helpline}/{year}/{TABLE}.csv"
        facts.add(keys.total(helpline, "contacts"), total, "count", Source(file, TABLE, "sum of all cells"))
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
        facts.add(
            f"{helpline}.contacts.peak_month", str(month), "month", Source(file, TABLE, "month with most contacts")
        )
        facts.add(f"{helpline}.contacts.peak_month_contacts", peak, "count", Source(file, TABLE, f"month = {month}"))
        context.update(peak_month=month, peak=peak, phone_share=totals.set_index("channel").loc["phone", "share_pct"])
        shares = pd.DataFrame(_share_rows(str(year), totals))
    else:
        figs = load.key_figures(year, helpline)
        total = hl.figure(figs, "contacts")
        file = f"data/{helpline}/{year}/key_figures.csv"
        facts.add(keys.total(helpline, "contacts"), total, "count", Source(file, "key_figures", "key = contacts"))
        stated = ch.stated_channel_shares(figs)
        for r in stated.itertuples():
            facts.add(
                keys.channel_share(helpline, r.channel),
                r.share_pct,
                "percent",
                Source(file, "key_figures", f"key = channel_share_{r.channel} (as published, rounded)"),
            )
            rows.append(
                {"Kanaal": labels[r.channel], "Contacten": "niet gepubliceerd", "Aandeel": fmt.pct(r.share_pct, 0)}
            )
        rows.append({"Kanaal": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)})
        shares = stated.assign(label=str(year))[["label", "channel", "share_pct"]]
    earlier_years = [ref for ref in sorted(compare_years, reverse=True) if load.has_table(TABLE, helpline, ref)]
    for ref in earlier_years:
        earlier = ch.channel_totals(load.contacts_by_month_channel(ref, helpline), names)
        shares = pd.concat([shares, pd.DataFrame(_share_rows(str(ref), earlier))])
    earlier_totals = {
        ref: float(load.contacts_by_month_channel(ref, helpline)["contacts"].sum())
        for ref in compare_years
        if load.has_table(TABLE, helpline, ref)
    }
    figs = load.key_figures(year, helpline) if load.has_table("key_figures", helpline, year) else None
    over_years = ch.contacts_over_years(year, float(total), figs, earlier_totals)
    year_rows = []
    for r in over_years.itertuples():
        exact = r.low == r.high
        if r.year != year:
            source = (
                Source(f"data/{helpline}/{r.year}/{TABLE}.csv", TABLE, "sum of all cells")
                if exact
                else Source(
                    f"data/{helpline}/{year}/key_figures.csv",
                    "key_figures",
                    f"implied by the stated change since {r.year}",
                )
            )
            facts.add(keys.earlier(helpline, "contacts", r.year, "low"), round(r.low, 1), "count", source)
            facts.add(keys.earlier(helpline, "contacts", r.year, "high"), round(r.high, 1), "count", source)
        shown = fmt.number(r.low) if exact else f"{fmt.interval(r.low, r.high)} (afgeleid)"
        year_rows.append({"Jaar": str(r.year), "Contacten": shown, "Bron": r.kind})
    context.update(total=total, has_monthly=has_monthly, several_years=len(over_years) > 1)
    monthly = ch.monthly_by_channel(load.contacts_by_month_channel(monthly_year, helpline)) if monthly_year else None
    return Chapter(
        text.render("chapters/channels.md", **context),
        {"channels": pd.DataFrame(rows), "years": pd.DataFrame(year_rows)},
        {"shares": shares, "monthly": monthly, "monthly_year": monthly_year},
    )
