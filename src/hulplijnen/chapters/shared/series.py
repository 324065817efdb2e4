"""A series across years: every exact figure known for a year (from its tables or from any year's
key figures) before an interval implied by a rounded change or ratio stated in a later year.

Inputs are plain mappings {year: DataFrame}; nothing here reads files."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ...data.statements import one_in_n_interval
from ...maths.intervals import Interval, rounding_interval

COLUMNS = ["year", "low", "high", "exact", "source", "basis", "consistent"]


def _exact_counts(
    figures_by_year: Mapping[int, pd.DataFrame], measure: str, category: str, up_to: int
) -> dict[int, tuple[float, str]]:
    """Exact counts any year's key figures state, for that year or (with reference_year) an earlier one; a
    publication of a year after ``up_to`` only for the years before ``up_to`` (never for its own year)."""
    found: dict[int, tuple[float, str]] = {}
    for year in sorted(figures_by_year):
        figs = figures_by_year[year]
        rows = figs[
            (figs["measure"] == measure)
            & (figs["category"] == category)
            & (figs["unit"] == "count")
            & (figs["qualifier"] == "exact")
        ]
        for r in rows.itertuples():
            target = year if pd.isna(r.reference_year) else int(r.reference_year)
            if year <= up_to or target < up_to:
                found.setdefault(target, (float(r.value), f"{year}/{r.key}"))
    return found


def _later_bases(
    up_to: int, figures_by_year: Mapping[int, pd.DataFrame], measure: str, category: str
) -> dict[int, tuple[float, str, str]]:
    """The exact own count of each publication after ``up_to``: the base from which its stated changes give a
    year before ``up_to``. Used for that only; such a year's own count never enters the series."""
    out = {}
    for year, figs in figures_by_year.items():
        rows = figs[
            (figs["measure"] == measure)
            & (figs["category"] == category)
            & (figs["unit"] == "count")
            & (figs["qualifier"] == "exact")
            & figs["reference_year"].isna()
        ]
        if year > up_to and len(rows) == 1:
            out[year] = (float(rows["value"].iloc[0]), "key_figure", f"{year}/{rows['key'].iloc[0]}")
    return out


def _implied(current: float, fig) -> Interval | None:
    """The earlier-year value a stated change or ratio implies from this year's exact ``current``."""
    band = rounding_interval(float(fig.value), int(fig.decimals), fig.qualifier)
    if fig.unit == "pct_change":
        factors = (1 + band.low / 100, 1 + band.high / 100)
    elif fig.unit == "times":
        factors = (band.low, band.high)
    else:
        return None
    if factors[0] <= 0:
        return None
    return Interval(current / factors[1], current / factors[0])


# 'ongeveer drie keer zoveel' is too loose to give an earlier year a value: such a year is left out of the series
# (a lone far-off point joined by a line across years nobody knows misleads) and the report says the ratio in words
LOOSE = ("about", "almost", "more_than", "at_most")


def loose_ratios(figures: pd.DataFrame, measure: str = "contacts", category: str = "all") -> pd.DataFrame:
    """A year's loosely stated ratios against earlier years ('3x meer dan in 2012'), newest reference year first."""
    rows = figures[
        (figures["measure"] == measure)
        & (figures["category"] == category)
        & figures["reference_year"].notna()
        & (figures["unit"] == "times")
        & figures["qualifier"].isin(LOOSE)
    ]
    return rows.sort_values("reference_year", ascending=False)


def _combined(found: list[tuple[Interval, str]]) -> dict:
    """What several statements about one value say together: where their intervals overlap, or, when they do not
    (not consistent), the whole range they span; with the statements they come from."""
    low, high = max(i.low for i, _ in found), min(i.high for i, _ in found)
    consistent = low <= high
    if not consistent:
        low, high = min(i.low for i, _ in found), max(i.high for i, _ in found)
    return {"low": low, "high": high, "basis": "; ".join(b for _, b in found), "consistent": consistent}


def value_series(
    up_to: int,
    table_totals: Mapping[int, float],
    figures_by_year: Mapping[int, pd.DataFrame],
    measure: str = "contacts",
    category: str = "all",
) -> pd.DataFrame:
    """One row per year up to ``up_to`` with a value: low, high, exact, source ('table', 'key_figure'
    or 'implied') and basis (which file or figure). Exact values win: tables first, then any year's
    exact key figure. Years known only through stated changes or ratios get the intersection of every
    implied interval; ``consistent`` is False where those intervals do not overlap (the hull is kept).

    A publication of a later year than ``up_to`` (``figures_by_year`` may hold one) counts only for years
    before ``up_to``: a report on a year may take an earlier year's figure from a later page, never that page's
    own figures nor what it says of the report's year."""
    exact: dict[int, tuple[float, str, str]] = {
        y: (float(v), "table", f"{y}/tables") for y, v in table_totals.items() if y <= up_to
    }
    for y, (v, basis) in _exact_counts(figures_by_year, measure, category, up_to).items():
        exact.setdefault(y, (v, "key_figure", basis))
    later = _later_bases(up_to, figures_by_year, measure, category)
    bases = {**later, **exact}
    for year in sorted(figures_by_year):  # an exact difference stated against an earlier year gives it exactly
        figs = figures_by_year[year]
        rows = figs[
            (figs["measure"] == measure)
            & (figs["category"] == category)
            & figs["reference_year"].notna()
            & (figs["unit"] == "change")
            & (figs["qualifier"] == "exact")
        ]
        for r in rows.itertuples():
            ref = int(r.reference_year)
            if year in bases and (year <= up_to or ref < up_to):
                exact.setdefault(ref, (bases[year][0] - float(r.value), "key_figure", f"{year}/{r.key}"))
    implied: dict[int, list[tuple[Interval, str]]] = {}
    bases = {**later, **exact}
    for year in sorted(figures_by_year):
        if year not in bases:
            continue
        figs = figures_by_year[year]
        rows = figs[
            (figs["measure"] == measure)
            & (figs["category"] == category)
            & figs["reference_year"].notna()
            & figs["unit"].isin(["pct_change", "times"])
        ]
        for r in rows.itertuples():
            if r.unit == "times" and r.qualifier in LOOSE:
                continue  # 'about three times as many': said in words (loose_ratios), never a point of the series
            ref = int(r.reference_year)
            interval = _implied(bases[year][0], r)
            if ref not in exact and interval is not None and (year <= up_to or ref < up_to):
                implied.setdefault(ref, []).append((interval, f"{year}/{r.key}"))
    rows = [
        {"year": y, "low": v, "high": v, "exact": True, "source": s, "basis": b, "consistent": True}
        for y, (v, s, b) in exact.items()
    ]
    for y, found in implied.items():
        rows.append({"year": y, **_combined(found), "exact": False, "source": "implied"})
    return pd.DataFrame(rows, columns=COLUMNS).sort_values("year").reset_index(drop=True)


def _share_interval(fig) -> Interval | None:
    if fig.unit == "percent":
        return rounding_interval(float(fig.value), int(fig.decimals), fig.qualifier)
    if fig.unit == "one_in_n":
        ratio = one_in_n_interval(float(fig.value), fig.qualifier)
        return Interval(100 / ratio.high, 100 / ratio.low)
    return None


def channel_share_series(
    up_to: int,
    channel_tables: Mapping[int, pd.DataFrame],
    figures_by_year: Mapping[int, pd.DataFrame],
    measure: str = "contacts",
) -> pd.DataFrame:
    """Channel shares (percent) per year up to ``up_to``: exact from a year's table (base: every
    contact, the not-recorded channel included) or from exact counts per channel in its key figures;
    otherwise the intersection of the intervals its stated shares allow (rounded percentages, 'one in
    n', from the year itself or from a later year looking back). Columns as ``value_series`` plus
    ``channel``."""
    rows: list[dict] = []
    done: set[tuple[int, str]] = set()
    for year, table in sorted(channel_tables.items()):
        if year > up_to:
            continue
        totals = table.groupby("channel")["contacts"].sum(min_count=1)
        whole = float(totals.sum())
        for channel, n in totals.items():
            if pd.isna(n):
                continue
            share = float(n) / whole * 100
            rows.append(
                {
                    "year": year,
                    "channel": channel,
                    "low": share,
                    "high": share,
                    "exact": True,
                    "source": "table",
                    "basis": f"{year}/tables",
                    "consistent": True,
                }
            )
            done.add((year, str(channel)))
    bands: dict[tuple[int, str], list[tuple[Interval, str]]] = {}
    for year, figs in sorted(figures_by_year.items()):
        if year > up_to:
            continue
        counts = figs[
            (figs["measure"] == measure)
            & (figs["unit"] == "count")
            & (figs["qualifier"] == "exact")
            & figs["reference_year"].isna()
        ]
        total = counts.loc[counts["category"] == "all", "value"]
        for r in counts[counts["category"] != "all"].itertuples():
            if len(total) == 1 and (year, r.category) not in done:
                share = float(r.value) / float(total.iloc[0]) * 100
                rows.append(
                    {
                        "year": year,
                        "channel": r.category,
                        "low": share,
                        "high": share,
                        "exact": True,
                        "source": "key_figure",
                        "basis": f"{year}/{r.key}",
                        "consistent": True,
                    }
                )
                done.add((year, r.category))
        shares = figs[(figs["measure"] == "channel_share") & (figs["base"].isna() | (figs["base"] == measure))]
        for r in shares.itertuples():
            target = year if pd.isna(r.reference_year) else int(r.reference_year)
            band = _share_interval(r)
            if band is not None and target <= up_to:
                bands.setdefault((target, r.category), []).append((band, f"{year}/{r.key}"))
    for (year, channel), found in sorted(bands.items()):
        if (year, channel) in done:
            continue
        rows.append({"year": year, "channel": channel, **_combined(found), "exact": False, "source": "stated"})
    out = pd.DataFrame(rows, columns=["year", "channel", *COLUMNS[1:]])
    return out.sort_values(["year", "channel"]).reset_index(drop=True)
