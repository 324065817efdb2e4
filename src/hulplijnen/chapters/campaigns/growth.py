"""What a stated 'campaign brought N % more calls' would need to be checked: the campaign it names, the period it
covers and a count of phone calls the year before. The campaigns chapter says which of them the sources lack
(r19 2020 #2: the growth of all contacts over the whole year is no check of a claim about calls)."""

from __future__ import annotations

import pandas as pd

from ...data import history, load
from ...facts import FactSheet, Source, keys
from ..shared import series as sr  # shared with the channels chapter: the series of a count across years

PHONE = "phone"  # the channel code of phone calls (codebooks/channels.csv), what 'oproepen' means for 1712
EVERY = "every_campaign"  # key_figures.csv: a source's word on every campaign's effect (a rise, no figure)
LIKE_YEAR_POINTS = 5.0  # a claimed rise within this many points of both ends of the year's rise is that rise (r33 #8)


def calls_known(helpline: str, year: int) -> set[int]:
    """The years up to ``year`` with a count of phone calls: exact from a year's table per channel, or stated (or
    implied by a stated change) in any publication's key figures (the rule of series.value_series)."""
    phone = {}
    for y, table in history.channel_tables(helpline, year).items():
        calls = table.loc[table["channel"] == PHONE, "contacts"]
        if len(calls) and not calls.isna().any():
            phone[y] = float(calls.sum())
    rows = sr.value_series(year, phone, history.key_figures_by_year(helpline), "contacts", PHONE)
    return {int(y) for y in rows["year"]}


def claim_basis(helpline: str, year: int, row: pd.Series) -> dict:
    """For a key_figures.csv row of measure campaign_effect: whether its category is a campaign of campaigns.csv, its
    reference year (the period it compares with) if stated, whether the year before has a count of phone calls, and
    whether the answer says it does not know which campaign the claim means (answer_statements.csv; r30 2020 #3)."""
    said = load.answer_statements()
    said = said[(said["helpline"] == helpline) & (said["first_year"] <= year) & (said["last_year"] >= year)]
    ids = set(load.campaigns()["campaign_id"])
    reference = row.get("reference_year")
    period = None if reference is None or pd.isna(reference) or str(reference).strip() == "" else str(reference)
    return {
        "campaign": str(row["category"]) in ids,
        "period": period,
        "calls_before": year - 1 in calls_known(helpline, year),
        "before": str(year - 1),
        "unidentified": "campaign_not_identified" in set(said["statement"]),
    }


def year_growth(helpline: str, year: int, facts: FactSheet) -> dict | None:
    """The growth of all contacts of ``year`` over the year before, when the year before is known only as an interval
    (from a rounded change) and the year's own table gives its total: low and high, recorded under the keys and with
    the values of the channels chapter (r20 2020 #12: a claimed '50 % meer oproepen' beside a rise of all contacts of
    about that much, said to be no campaign's). None otherwise (an exact year before: the channels chapter's)."""
    totals = history.table_totals(helpline, year)
    if year not in totals:
        return None
    rows = sr.value_series(year, totals, history.key_figures_by_year(helpline)).set_index("year")
    if year - 1 not in rows.index or bool(rows.loc[year - 1, "exact"]):
        return None
    before = rows.loc[year - 1]
    low, high = round(float(before["low"]), 1), round(float(before["high"]), 1)  # as the channels chapter rounds them
    src = Source(
        f"data/{helpline}/{year}/contacts_by_month_channel.csv, key figures",
        "key_figures",
        f"the year's total against each end of {year - 1}'s interval ({before['basis']})",
    )
    total = totals[year]
    return {
        "low": facts.add(
            keys.growth(helpline, "contacts", year - 1, "low"), round((total / high - 1) * 100, 1), "percent", src
        ),
        "high": facts.add(
            keys.growth(helpline, "contacts", year - 1, "high"), round((total / low - 1) * 100, 1), "percent", src
        ),
    }


def like_year(pct: float, growth: dict | None) -> bool:
    """Whether a claimed rise of ``pct`` % lies within LIKE_YEAR_POINTS of both ends of the year's rise of all
    contacts (year_growth): then the claim is about the whole year's rise, which the chapter says is no single
    campaign's (r33 2020 #8: '50 % meer oproepen' beside a yearly rise of almost half)."""
    if growth is None:
        return False
    return all(abs(pct - end) <= LIKE_YEAR_POINTS for end in (growth["low"], growth["high"]))


def every_campaign(helpline: str, year: int, facts: FactSheet) -> dict | None:
    """The latest statement up to ``year`` that every campaign brings a rise in contacts (key_figures.csv, category
    every_campaign, a change 'more than 0' without a figure), recorded, with who states it; None without one."""
    for y, figs in sorted(history.key_figures_by_year(helpline, year).items(), reverse=True):
        rows = figs[(figs["measure"] == "campaign_effect") & (figs["category"] == EVERY)]
        if len(rows):
            row = rows.iloc[0]
            key, unit = keys.fact_key(helpline, row)
            src = Source(f"data/{helpline}/{y}/key_figures.csv", "key_figures", f"key = {row.key}")
            facts.add(key, row.value, unit, src)  # 'more than 0 %': the template says it in words
            return {"stated_by": row.stated_by}
    return None
