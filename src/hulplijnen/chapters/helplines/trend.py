"""The published changes of one helpline's counts per channel (calls and conversations against earlier years), for
the text of its profile: what the source states, recorded facts, none computed here; and the published changes of
its totals, with the source's percentage where it does not fit the exact difference the text gives."""

from __future__ import annotations

import math

import pandas as pd

from ...analysis import helplines as hl
from ...data import load
from ...facts import FactSheet, Source, keys
from ...maths.intervals import rounding_interval
from ...presentation import fmt
from ...presentation.labels import measure_label
from ..shared.base import has_published_tables


def stated_changes(helpline: str, figs: pd.DataFrame, measure: str, category: str, facts: FactSheet) -> list[dict]:
    """The published percentage changes of ``measure`` in ``category`` against earlier years, the latest year
    first: each its year, its recorded value and its published decimals."""
    rows = figs[
        (figs["measure"] == measure)
        & (figs["category"] == category)
        & figs["reference_year"].notna()
        & (figs["unit"] == "pct_change")
    ].sort_values("reference_year", ascending=False)
    return [
        {
            "year": str(int(r.reference_year)),
            "value": facts.get(keys.fact_key(helpline, r)[0]),
            "decimals": int(r.decimals),
        }
        for r in rows.itertuples()
    ]


def changes(helpline: str, figs: pd.DataFrame, measure: str, implied: pd.DataFrame, facts: FactSheet) -> dict | None:
    """The published changes of a measure and, for the oldest, the value or interval it implies. Where the
    source states an exact difference for a year, that difference is the change the text gives (it fixes the
    earlier year exactly); the rounded percentage of the same year goes to the annex's table."""
    same = figs[(figs["measure"] == measure) & (figs["category"] == "all") & figs["reference_year"].notna()]
    exact = same[(same["unit"] == "change") & (same["qualifier"] == "exact")]
    exact_years = set(exact["reference_year"].astype(int))
    pct = same[(same["unit"] == "pct_change") & ~same["reference_year"].astype(int).isin(exact_years)]
    rows = pd.concat([exact, pct]).sort_values("reference_year", ascending=False)
    if rows.empty:
        return None
    oldest = int(rows.iloc[-1].reference_year)
    current = figs[(figs["measure"] == measure) & (figs["category"] == "all") & figs["reference_year"].isna()]
    current = current[current["unit"] == "count"]
    now = None if current.empty else float(current.iloc[0].value)
    bounds = [keys.earlier(helpline, measure, oldest, b) for b in ("low", "high")]
    release = int(implied["year"].max())  # the release's year: its key figures are the source
    key = keys.earlier(helpline, measure, oldest, "about")
    return {
        "about": facts.get(key) if key in facts else None,
        "parts": [
            {
                "year": str(int(c.reference_year)),
                "value": facts.get(keys.fact_key(helpline, c)[0]),
                "decimals": int(c.decimals),
                "difference": c.unit == "change",
                "disputed": (
                    disputed := not_fitting(helpline, release, same[same["unit"] == "pct_change"], c, now, facts)
                ),
                "published": None if disputed else fitting(helpline, same, c, facts),
                # the earlier year's exact count an exact difference gives (r28 TO #8: 210.523 and 94.509)
                "count": exact_count(helpline, measure, c, facts),
                **near(helpline, measure, c, release, facts),  # r52 (r51 TO #10): every compared year, 2019 too
            }
            for c in rows.itertuples()
        ],
        "oldest": str(oldest),
        "label": measure_label(measure, "all"),
        **{b: facts.get(k) if k in facts else None for b, k in zip(("low", "high"), bounds)},
    }


def near(helpline: str, measure: str, row, release: int, facts: FactSheet) -> dict:
    """r52 (r51 TO #10): the Methods' rule for a count against any earlier year (the year before and 2019 alike): a
    published change in percent whose rounding range lies within ±hl.LEVEL_PCT is 'near' (the text says 'ongeveer
    evenveel', or 'iets minder/meer' on the side of zero it lies on: 'side', recorded as the chapter's verdict)."""
    if row.unit != "pct_change":
        return {"near": False, "side": None}
    source = Source(f"data/{helpline}/{release}/key_figures.csv", "key_figures", f"{measure}: the Methods' limit")
    facts.add(keys.check_key(helpline, f"{measure}_level", "high_points"), hl.LEVEL_PCT, "percentage points", source)
    allowed = rounding_interval(row.value, int(row.decimals))
    if not (-hl.LEVEL_PCT <= allowed.low and allowed.high <= hl.LEVEL_PCT):
        return {"near": False, "side": None}
    side = hl.direction(allowed)
    year = int(row.reference_year)
    selection = f"{measure} against {year}: the side of zero its rounding range lies on"
    facts.add(
        keys.check_key(helpline, f"{measure}_{year}", "direction"),
        {"fell": -1, "rose": 1}.get(side, 0),
        "verdict",
        Source(f"data/{helpline}/{release}/key_figures.csv", "key_figures", selection),
    )
    return {"near": True, "side": side}


def exact_count(helpline: str, measure: str, row, facts: FactSheet):
    """The earlier year's count an exact published difference fixes (its recorded range of one value), else None."""
    if row.unit != "change":
        return None
    bounds = [keys.earlier(helpline, measure, int(row.reference_year), b) for b in ("low", "high")]
    if not all(k in facts for k in bounds) or facts.values()[bounds[0]] != facts.values()[bounds[1]]:
        return None
    return facts.get(bounds[0])


def fitting(helpline: str, same: pd.DataFrame, row, facts: FactSheet) -> dict | None:
    """For a year the text gives as an exact difference: the source's percentage for the same year, where the
    difference does not contradict it, so both helplines' websites are said with a percentage where one holds (r27
    2021 #13); else None."""
    if row.unit != "change":
        return None
    pct = same[(same["unit"] == "pct_change") & (same["reference_year"] == row.reference_year)]
    key = None if pct.empty else keys.fact_key(helpline, pct.iloc[0])[0]
    return {"value": facts.get(key), "decimals": int(pct.iloc[0].decimals)} if key and key in facts else None


def not_fitting(
    helpline: str, release: int, pct: pd.DataFrame, row, now: float | None, facts: FactSheet
) -> dict | None:
    """For a year the text gives as an exact difference: the source's rounded percentage for the same year when that
    percentage does not fit the difference, with the percentage the difference comes to (recorded, as many decimals
    as the source's), so the text can say both (review r16, TO #6); else None. The annex explains the contradiction."""
    if row.unit != "change" or now is None:
        return None
    same_year = pct[pct["reference_year"] == row.reference_year]
    if same_year.empty:
        return None
    stated = same_year.iloc[0]
    change = (now / (now - row.value) - 1) * 100
    allowed = rounding_interval(stated.value, int(stated.decimals))
    if allowed.low <= change <= allowed.high:
        return None
    year = int(row.reference_year)
    selection = f"{row.measure}: {row.value:+g} against {year}, as a percentage of {year} ({int(stated.decimals)} dec.)"
    exact = facts.add(
        keys.growth(helpline, row.measure, year, "exact"),
        round(abs(change), int(stated.decimals)),
        "percent",
        Source(f"data/{helpline}/{release}/key_figures.csv", "key_figures", selection),
    )
    # r30 TO #3: the chapter says what both published figures allow, 'ongeveer 17 à 18 % minder (ruim 36.000
    # bezoekers minder)': the whole percents around both percentages and the difference to thousands below
    source = Source(f"data/{helpline}/{release}/key_figures.csv", "key_figures", selection + "; both, whole percents")
    both = (abs(change), abs(stated.value))
    whole = {
        b: facts.add(keys.growth(helpline, row.measure, year, b), f(both), "percent", source)
        for b, f in (("floor", lambda v: math.floor(min(v))), ("ceil", lambda v: math.ceil(max(v))))
    }
    key = keys.earlier(helpline, f"{row.measure}_difference", year, "at_least")
    at_least = facts.add(key, math.floor(abs(row.value) / 1000) * 1000, "count", source)
    return {
        "stated": facts.get(keys.fact_key(helpline, stated)[0]),
        "exact": exact,
        "decimals": int(stated.decimals),
        **whole,
        "at_least": at_least,
    }


def uncertain(implied_of: dict) -> list[dict]:
    """Each earlier year whose published difference and published percentage give two different counts (the table
    shows the difference's, marked tables.UNCERTAIN; the annex gives both): what is counted and the year."""
    out = []
    for implied in implied_of.values():
        conflict = implied[implied["conflict"] & (implied["category"] == "all") & (implied["basis"] == "difference")]
        out += [{"label": measure_label(r.measure, "all"), "year": str(int(r.year))} for r in conflict.itertuples()]
    return out


def year_between(
    h: str, year: int, base: pd.DataFrame, stated, source: Source, facts: FactSheet, known: float | None = None
) -> dict:
    """r32 2021 #6: the index of the year between the base year and ``year`` (its derived range against the base's),
    so the chart does not hide a fall in ``year`` itself; empty where that year is not known. r33 2021 #13: its dot on
    the report year's basis, the middle of the base year's range (as the published change of ``year`` is), with that
    year's own count where the report ``known``s it exactly (1712's 8.059), else the middle of its derived range."""
    between = base[base["year"] == year - 1]
    if between.empty:
        return {}
    count_low, count_high = (known, known) if known is not None else (between.iloc[0]["low"], between.iloc[0]["high"])
    low, high = count_low / stated["high"] * 100, count_high / stated["low"] * 100
    middle = (count_low + count_high) / 2 / ((stated["low"] + stated["high"]) / 2) * 100
    facts.add(keys.comparison(h, year - 2, "between.low"), round(low, 1), "index", source)
    facts.add(keys.comparison(h, year - 2, "between.high"), round(high, 1), "index", source)
    facts.add(keys.comparison(h, year - 2, "between.about"), round(middle, 1), "index", source)
    return {"previous": middle, "previous_low": low, "previous_high": high, "previous_year": str(year - 1)}


MONTHS = "contacts_by_month_channel"  # a year with this table has an exact count of contacts (r33 2021 #13)


def known(helpline: str, measure: str, year: int) -> float | None:
    """The year's exact count where the report has the helpline's own tables of it (r33 2021 #13), else None."""
    if measure != "contacts" or not has_published_tables(helpline) or not load.has_table(MONTHS, helpline, year):
        return None
    return float(load.year_contacts(year, helpline)[0])


def derived_row(r) -> dict:
    """A row of the annex's table of values derived for earlier years (a row of hl.implied_earlier_years)."""
    from .tables import derivation

    value = fmt.number(r.low) if r.exact else fmt.count_range(r.low, r.high)
    return {"Cijfer": measure_label(r.measure, r.category), "Jaar": str(r.year), "Waarde": value} | {
        "Soort": derivation(r)
    }
