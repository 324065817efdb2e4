"""The series across years the channels and contact-person chapters show: contacts per year and
channel shares per year for every year with data up to the release's year, exact where a table or an
exact key figure gives the value (for any year, from any year's key figures), an interval where only
a rounded change, ratio or share implies it. Every value is recorded as a fact."""

from __future__ import annotations

import pandas as pd

from ...data import history, load
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...maths.intervals import roundest, rounding_interval
from ...presentation import fmt
from ..shared import series as sr
from ..shared.checked import fact, record_alike, record_check

TABLE = "contacts_by_month_channel"


def shift_key(channel: str, earlier: int) -> str:
    """The name of a channel's share of the year set beside its share of ``earlier`` (keys.check_key)."""
    return f"channel_share_{channel}_vs_{earlier}"


def _years_of(basis: str) -> list[int]:
    return sorted({int(part.split("/")[0]) for part in basis.split("; ")})


def _source(helpline: str, row) -> Source:
    if row.source == "table":
        return Source(f"data/{helpline}/{row.year}/{TABLE}.csv", TABLE, "sum of all cells")
    files = ", ".join(f"data/{helpline}/{y}/key_figures.csv" for y in _years_of(row.basis))
    how = "exact key figure" if row.exact else "interval implied by rounded changes or ratios"
    return Source(files, "key_figures", f"{how}: {row.basis}")


def contacts(year: int, helpline: str, facts: FactSheet) -> pd.DataFrame:
    """Contacts per year (columns of series.value_series plus label); every year but ``year`` itself
    is recorded under keys.earlier (``year`` is the chapter's total)."""
    # every publication, later ones included: a later page may give an earlier year (value_series takes from it
    # only the years before the report's)
    series = sr.value_series(year, history.table_totals(helpline, year), history.key_figures_by_year(helpline))
    lows, highs = [], []
    for r in series.itertuples():
        low, high = (round(r.low), round(r.high)) if r.exact else (round(r.low, 1), round(r.high, 1))
        if r.year != year:
            src = _source(helpline, r)
            low = fact(facts, keys.earlier(helpline, "contacts", r.year, "low"), low, "count", src)
            high = fact(facts, keys.earlier(helpline, "contacts", r.year, "high"), high, "count", src)
        lows.append(low)
        highs.append(high)
    return series.assign(low=lows, high=highs)


def compared_with(year: int, helpline: str, ref: int, total: float, series: pd.DataFrame, facts: FactSheet) -> dict:
    """An earlier year the params compare with, for the text: its count (exact, or the interval a rounded change
    implies), the change the year's own key figures state against it (as published), and, where none does, the
    change of the year's total against each end of the interval (recorded: 'ongeveer de helft meer')."""
    row = series.set_index("year").loc[ref]
    out = {
        "year": str(ref),
        "low": facts.get(keys.earlier(helpline, "contacts", ref, "low")),
        "high": facts.get(keys.earlier(helpline, "contacts", ref, "high")),
        "exact": bool(row["exact"]),
        "stated": None,
        "growth": None,
        "later": None,
        "about": None,
    }
    if row["exact"]:
        return out
    out["about"] = fact(
        facts,
        keys.earlier(helpline, "contacts", ref, "about"),
        about(row["low"], row["high"]),
        "count",
        _source(helpline, row),
    )
    figs = load.key_figures(year, helpline) if load.has_table("key_figures", helpline, year) else None
    stated = (
        figs[
            (figs["measure"] == "contacts")
            & (figs["category"] == "all")
            & (figs["unit"] == "pct_change")
            & (figs["reference_year"] == ref)
        ]
        if figs is not None
        else pd.DataFrame()
    )
    if len(stated) == 1:
        r = stated.iloc[0]
        src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {r['key']}")
        out["stated"] = {
            "value": fact(facts, keys.fact_key(helpline, r)[0], r["value"], "pct_change", src),
            "decimals": int(r["decimals"]),
        }
        return out
    src = Source(
        f"data/{helpline}/{year}/{TABLE}.csv, " + _source(helpline, row).file,
        "key_figures",
        f"the year's total against each end of {ref}'s interval ({row['basis']})",
    )
    low = fact(
        facts, keys.growth(helpline, "contacts", ref, "low"), round((total / row["high"] - 1) * 100, 1), "percent", src
    )
    high = fact(
        facts, keys.growth(helpline, "contacts", ref, "high"), round((total / row["low"] - 1) * 100, 1), "percent", src
    )
    out["growth"] = {"low": low, "high": high}
    later = [y for y in _years_of(row["basis"]) if y > year]
    out["later"] = _later_change(helpline, later[0], ref, facts) if later else None
    return out


def _later_change(helpline: str, later: int, ref: int, facts: FactSheet) -> dict:
    """The later year's key figures the earlier count is derived from: that year, its published total and the change
    it states against the earlier one, as published (r24 2020 #3: the text says the count as derived from it, once;
    r36 (r35 2020 #1): the published total and change come first, then the estimate)."""
    out = {"year": str(later), "change": None, "decimals": 0, "total": None}
    if not load.has_table("key_figures", helpline, later):
        return out
    figs = load.key_figures(later, helpline)
    r = history.stated_change(figs, "contacts", ref)
    if r is not None:
        src = Source(f"data/{helpline}/{later}/key_figures.csv", "key_figures", f"key = {r['key']}")
        out["change"] = fact(facts, keys.fact_key(helpline, r)[0], r["value"], "pct_change", src)
        out["decimals"] = int(r["decimals"])
    whole = figs[(figs["measure"] == "contacts") & (figs["category"] == "all") & (figs["unit"] == "count")]
    whole = whole[whole["reference_year"].isna() & (whole["qualifier"] == "exact")]
    if len(whole) == 1:
        w = whole.iloc[0]
        src = Source(f"data/{helpline}/{later}/key_figures.csv", "key_figures", f"key = {w['key']}")
        key = keys.earlier(helpline, "contacts", later, "later_total")
        out["total"] = fact(facts, key, int(w["value"]), "count", src)
    return out


def channel_shares(year: int, helpline: str, facts: FactSheet) -> pd.DataFrame:
    """Channel shares per year (series.channel_share_series), each recorded under keys.earlier_share."""
    shares = sr.channel_share_series(
        year, history.channel_tables(helpline, year), history.key_figures_by_year(helpline, year)
    )
    lows, highs = [], []
    for r in shares.itertuples():
        src = _source(helpline, r)
        lows.append(
            fact(facts, keys.earlier_share(helpline, r.channel, r.year, "low"), round(r.low, 1), "percent", src)
        )
        highs.append(
            fact(facts, keys.earlier_share(helpline, r.channel, r.year, "high"), round(r.high, 1), "percent", src)
        )
    return shares.assign(low=lows, high=highs)


def loose_ratios(year: int, helpline: str, facts: FactSheet) -> list[dict]:
    """The year's loose ratios against earlier years ('ongeveer drie keer zoveel als in 2012'), for words only."""
    if not load.has_table("key_figures", helpline, year):
        return []
    out = []
    for r in sr.loose_ratios(load.key_figures(year, helpline)).itertuples():
        key, unit = keys.fact_key(helpline, r)
        src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {r.key}")
        out.append({"year": str(int(r.reference_year)), "times": fact(facts, key, r.value, unit, src)})
    return out


def rank_since_launch(year: int, helpline: str, facts: FactSheet) -> dict | None:
    """The year's place among all years since the launch, where the source states it ('het hoogste aantal
    sinds de oprichting'), with the launch as helplines.csv dates it."""
    if not load.has_table("key_figures", helpline, year):
        return None
    figs = load.key_figures(year, helpline)
    rows = figs[(figs["measure"] == "contacts_rank_since_launch") & figs["reference_year"].isna()]
    if rows.empty:
        return None
    row = rows.iloc[0]
    key, unit = keys.fact_key(helpline, row)
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row['key']}")
    meta = load.helplines().set_index("helpline").loc[helpline]
    # a launch no source states (precision 'inferred': 1712's year from '10 jaar') is never printed (r21 2021 #17)
    stated = not pd.isna(meta["launch_earliest"]) and meta["launch_precision"] != "inferred"
    launched = fmt.date(meta["launch_earliest"], meta["launch_precision"]) if stated else None
    return {"rank": fact(facts, key, row["value"], unit, src), "launched": launched}


def change_checks(year: int, helpline: str, total: float, series: pd.DataFrame, facts: FactSheet) -> list[dict]:
    """Every change the year's key figures state against a year known exactly: exact and published."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    exact = series[series["exact"]].set_index("year")["low"].to_dict()
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", "stated change against the exact base")
    out = []
    for key, check in st.change_checks(figs, total, exact, "contacts").items():
        ref = int(figs.set_index("key").loc[key, "reference_year"])
        out.append({"year": str(ref), "c": record_check(facts, helpline, key, check, "change", src)})
    return out


def share_checks(year: int, helpline: str, shares: pd.DataFrame, facts: FactSheet) -> list[dict]:
    """Every channel share the year's key figures state (for the year or an earlier one, as a
    percentage or 'one in n') against a share known exactly."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", "stated channel share against the exact one")
    out = []
    for key, check in st.share_value_checks(figs, year, shares, "channel_share", "channel").items():
        row = figs.set_index("key").loc[key]
        kind = "one_in_n" if row["unit"] == "one_in_n" else "percent"
        target = year if pd.isna(row["reference_year"]) else int(row["reference_year"])
        recorded = record_check(facts, helpline, key, check, kind, src, counts=False)
        exact = facts.get(keys.earlier_share(helpline, row["category"], target, "low"))
        out.append(
            {"year": str(target), "kind": kind, "channel": labels[row["category"]], "c": recorded, "share": exact}
        )
    return out


def shown(low: float, high: float, exact: bool, percent: bool = False) -> str:
    """A value of the series as the tables show it: exact, or 'low tot high'."""
    if percent:
        return fmt.pct(low) if exact else fmt.share_as_published(low, high)
    return fmt.number(low) if exact else fmt.count_range(low, high)


def contacts_table(series: pd.DataFrame, helpline: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Jaar": series["year"].astype(str),
            # a year known only as a range: about how many, to the precision the range allows (the range: the annex);
            # where each year comes from: the annex's sources, not a column here
            "Contacten": [
                fmt.number(r.low) if r.exact else f"ongeveer {fmt.number(about(r.low, r.high))}"
                for r in series.itertuples()
            ],
        }
    )


def shares_table(shares: pd.DataFrame) -> pd.DataFrame:
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    order = [c for c in labels.index if c in set(shares["channel"])]
    rows = []
    for year, part in shares.groupby("year"):
        by = part.set_index("channel")
        row = {"Jaar": str(year)}
        for c in order:
            row[labels[c].capitalize()] = (
                shown(by.loc[c, "low"], by.loc[c, "high"], bool(by.loc[c, "exact"]), True)
                if c in by.index
                else "niet in de bronnen"  # a blank reads as zero; the words the other tables per year use (r19 #5)
            )
        rows.append(row)
    return pd.DataFrame(rows)


def per_channel(helpline: str, shares: pd.DataFrame, facts: FactSheet, year: int | None = None) -> list[dict]:
    """For the text: per channel, its share in each year (the recorded facts), in codebook order; the ``year``'s
    share as published where only a rounded one is known (the range it allows stays in the tables)."""
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    out = []
    for channel in [c for c in labels.index if c in set(shares["channel"])]:
        part = shares[shares["channel"] == channel]
        years = [
            {
                "year": str(r.year),
                "low": facts.get(keys.earlier_share(helpline, channel, r.year, "low")),
                "high": facts.get(keys.earlier_share(helpline, channel, r.year, "high")),
                "exact": bool(r.exact),
                "published": facts.get(keys.channel_share(helpline, channel))
                if r.year == year and not r.exact and keys.channel_share(helpline, channel) in facts.values()
                else None,
            }
            for r in part.itertuples()
        ]
        if len(years) > 1:
            out.append({"label": labels[channel], "years": years})
    return out


def about(low: float, high: float) -> int:
    """About how many a range of counts holds: its roundest count (maths.intervals.roundest), never one outside it
    (5.406 to 5.441 -> 5.420, not 5.400)."""
    return roundest(low, high)


def approximate_counts(year: int, helpline: str, total: float, stated: pd.DataFrame, facts: FactSheet) -> list[dict]:
    """Per channel with only a rounded share: about how many contacts that is ('ongeveer 1.500 via chat'), the middle
    roundest count of what the share's rounding allows (honest precision),
    recorded; with the year before's exact count where its table gives one."""
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    tables = history.channel_tables(helpline, year - 1)
    previous = tables[year - 1].groupby("channel")["contacts"].sum(min_count=1) if year - 1 in tables else None
    # r44 (2021 #3): the contacts of the earlier table in none of the helpline's channels ('Leeg'): its shares' whole
    # holds them, so the rule (shared.checked.record_alike) does not call the two years' shares alike
    own = str(load.helplines().set_index("helpline").loc[helpline, "channels"]).split("|")
    unknown = 0 if previous is None else int(previous[~previous.index.isin(own)].fillna(0).sum())
    out = []
    for r in stated.itertuples():
        before, alike = None, None
        if previous is not None and not pd.isna(previous.get(r.channel)):
            src = Source(f"data/{helpline}/{year - 1}/{TABLE}.csv", TABLE, f"channel = {r.channel}, all months")
            key = keys.earlier(helpline, "contacts", year - 1, "low", r.channel)
            before = fact(facts, key, int(previous[r.channel]), "count", src)
            against = f"{helpline}/{year - 1}/{TABLE}.csv"
            alike = record_alike(facts, helpline, shift_key(r.channel, year - 1), against, unknown)
        band = rounding_interval(float(r.share_pct), int(r.decimals))
        low, high = total * band.low / 100, total * band.high / 100
        src = Source(
            f"data/{helpline}/{year}/key_figures.csv",
            "key_figures",
            f"contacts x channel_share_{r.channel} (the roundest count its rounding allows)",
        )
        out.append(
            {
                "label": labels[r.channel],
                "about": fact(
                    facts, keys.channel_count(helpline, r.channel, "approx_contacts"), about(low, high), "count", src
                ),
                "share": facts.get(keys.channel_share(helpline, r.channel)),
                "before": before,
                "alike": alike,  # None: no earlier share beside it
            }
        )
    return out
