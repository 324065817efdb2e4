"""Helplines known through key figures: values, implied earlier years, channel mix, growth."""

from __future__ import annotations

import math

import pandas as pd

from ..data.statements import ABOUT_THE_SAME_POINTS, far_apart
from ..maths.intervals import Interval, implied_base, rounding_interval


def figure(figures: pd.DataFrame, key: str) -> float:
    row = figures.loc[figures["key"] == key, "value"]
    if len(row) != 1:
        raise KeyError(f"no key figure '{key}'")
    return float(row.iloc[0])


def has_figure(figures: pd.DataFrame, key: str) -> bool:
    return bool((figures["key"] == key).any())


def implied_earlier_years(figures: pd.DataFrame, year: int) -> pd.DataFrame:
    """For every count with stated changes: this year's value and each earlier year's value.

    A difference stated exactly ("+79.554 t.o.v. 2019") gives the earlier year exactly (this year's count
    minus the difference). A rounded percentage change gives an interval: "-1 %" allows -1,5 % to -0,5 %,
    and the implied value is every value that rounding allows. Where an exact difference gives the year,
    the interval of a percentage change of the same year is kept only when it contradicts it (then both
    are shown; ``conflict`` says so). ``preferred`` marks the one row per measure and year a series uses.
    """
    rows = []
    counts = figures[(figures["unit"] == "count") & figures["reference_year"].isna()]
    for count in counts.itertuples():
        same = figures[(figures["measure"] == count.measure) & (figures["category"] == count.category)]
        changes = same[same["unit"] == "pct_change"]
        differences = same[(same["unit"] == "change") & (same["qualifier"] == "exact") & same["reference_year"].notna()]
        if changes.empty and differences.empty:
            continue
        base = {"measure": count.measure, "category": count.category, "conflict": False}
        rows.append(
            {
                **base,
                "year": year,
                "low": count.value,
                "high": count.value,
                "basis": "published",
                "stated": None,
                "decimals": 0,
                "exact": True,
                "preferred": True,
            }
        )
        exact_years = {}
        for d in differences.itertuples():
            value = count.value - d.value
            exact_years[int(d.reference_year)] = value
            rows.append(
                {
                    **base,
                    "year": int(d.reference_year),
                    "low": value,
                    "high": value,
                    "basis": "difference",
                    "stated": d.value,
                    "decimals": 0,
                    "exact": True,
                    "preferred": True,
                }
            )
        for change in changes.itertuples():
            interval = implied_base(count.value, change.value, int(change.decimals))
            ref = int(change.reference_year)
            conflict = ref in exact_years and not interval.contains(exact_years[ref])
            if ref in exact_years and not conflict:
                continue
            if conflict:
                for r in rows:
                    if r["measure"] == count.measure and r["category"] == count.category and r["year"] == ref:
                        r["conflict"] = True
            low, high = whole(interval.low, interval.high)
            rows.append(
                {
                    **base,
                    "year": ref,
                    "low": low,
                    "high": high,
                    "basis": "pct_change",
                    "stated": change.value,
                    "decimals": int(change.decimals),
                    "exact": False,
                    "preferred": ref not in exact_years,
                    "conflict": conflict,
                }
            )
    frame = narrowed_by_channels(pd.DataFrame(rows), figures)
    return frame.sort_values(["measure", "category", "year", "exact"], ascending=[True, True, True, False]).reset_index(
        drop=True
    )


def whole(low: float, high: float) -> tuple[float, float]:
    """A count's interval as the whole numbers it allows (the lower end up, the upper end down), so that the bounds
    of a total and of its channels add up as counts do; the interval itself when it holds no whole number."""
    first, last = math.ceil(low - 1e-6), math.floor(high + 1e-6)
    return (float(first), float(last)) if first <= last else (low, high)


def narrowed_by_channels(implied: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """An earlier year's total and its channels, narrowed by each other: where this year's channel counts add
    up exactly to the total (the channels are the whole), an earlier year's total also lies within the sum of its
    channels' intervals, and each channel within the total less the other channels. A derived value then uses every
    published constraint (``narrowed`` marks a value that changed). Where the intervals cannot meet (a published
    figure contradicts another), nothing is narrowed."""
    implied = implied.assign(narrowed=False)
    counts = figures[(figures["unit"] == "count") & figures["reference_year"].isna()]
    for measure, same in counts.groupby("measure"):
        parts = same[same["category"] != "all"]
        total = same[same["category"] == "all"]
        if len(parts) < 2 or len(total) != 1 or float(parts["value"].sum()) != float(total["value"].iloc[0]):
            continue
        for year in sorted(set(implied.loc[implied["measure"] == measure, "year"])):
            rows = implied[(implied["measure"] == measure) & (implied["year"] == year) & implied["preferred"]]
            by = rows.set_index("category")
            if "all" not in by.index or not set(parts["category"]) <= set(by.index) or len(by) != len(parts) + 1:
                continue
            low, high = by["low"], by["high"]
            channels = list(parts["category"])
            new = {"all": (max(low["all"], low[channels].sum()), min(high["all"], high[channels].sum()))}
            for c in channels:
                others = [o for o in channels if o != c]
                new[c] = (max(low[c], low["all"] - high[others].sum()), min(high[c], high["all"] - low[others].sum()))
            if any(lo > hi for lo, hi in new.values()):
                continue
            for category, (lo, hi) in new.items():
                index = rows.index[rows["category"] == category][0]
                if (lo, hi) != (implied.at[index, "low"], implied.at[index, "high"]):
                    implied.loc[index, ["low", "high", "narrowed"]] = [lo, hi, True]
    return implied


def growth_since(implied: pd.DataFrame, measure: str, base_year: int, year: int) -> tuple[float, float]:
    """Index (base year = 100) of ``year`` against ``base_year``: an interval from the implied base."""
    rows = implied[(implied["measure"] == measure) & (implied["category"] == "all") & implied["preferred"]]
    now = rows.loc[rows["year"] == year, "low"].iloc[0]
    base = rows[rows["year"] == base_year].iloc[0]
    return now / base["high"] * 100, now / base["low"] * 100


def channel_mix(figures: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Channel shares computed from stated counts per channel (share of the stated total)."""
    counts = figures[(figures["measure"] == measure) & (figures["unit"] == "count") & figures["reference_year"].isna()]
    total = float(counts.loc[counts["category"] == "all", "value"].iloc[0])
    parts = counts[counts["category"] != "all"]
    return pd.DataFrame(
        {
            "channel": parts["category"].values,
            "count": parts["value"].values,
            "share_pct": parts["value"].values / total * 100,
            "base_n": total,
        }
    )


# a change within ± this (whatever its rounding allows) keeps a count at the level of that year; the Methods say counts
# follow the same limit as shares (r47), so it is the shares' limit, not a second number that happens to agree
LEVEL_PCT = ABOUT_THE_SAME_POINTS


def direction(allowed) -> str | None:
    """r47 (r46 TO #1): the Methods' rule for two counts, as for two shares: a change whose rounding range holds zero
    is 'ongeveer evenveel' (None); wholly below or above zero it is 'fell' or 'rose' ('iets minder', 'iets meer'
    within ``LEVEL_PCT``), never 'ongeveer evenveel' beside a published -1,1 %."""
    if allowed.low < allowed.high <= 0:
        return "fell"
    return "rose" if 0 <= allowed.low < allowed.high else None


def stayed_at_level(figures: pd.DataFrame, year: int, measure: str) -> dict | None:
    """The year's main count stayed at the level of the year before (its published change, as far as rounding allows,
    within ±``LEVEL_PCT``) while that level was high: the oldest year compared lies lower by more than ``LEVEL_PCT``.
    With whether the year before is the first year whose conversations the source splits by corona (the first corona
    year, as far as the source tells), and whether that share fell since (by more than the Methods' bound for
    "veel": corona_far). None unless all of that is published."""
    stated = figures[(figures["measure"] == measure) & (figures["category"] == "all")]
    stated = stated[stated["unit"] == "pct_change"].sort_values("reference_year")
    previous = stated[stated["reference_year"] == year - 1]
    if previous.empty or len(stated) < 2:
        return None
    prev, oldest = previous.iloc[0], stated.iloc[0]
    allowed = rounding_interval(prev.value, int(prev.decimals))
    rise = rounding_interval(oldest.value, int(oldest.decimals))
    if not (-LEVEL_PCT <= allowed.low and allowed.high <= LEVEL_PCT and rise.low > LEVEL_PCT):
        return None
    years = corona_rows(figures)["reference_year"].dropna().astype(int)
    change = corona_change(figures, year)
    return {
        "previous": str(year - 1),
        "oldest": str(int(oldest.reference_year)),
        "first_corona": len(years) > 0 and int(years.min()) == year - 1 and int(oldest.reference_year) < year - 1,
        "corona_fell": bool(change and change["fell"]),
        "corona_far": bool(change and change["far"]),
        "direction": direction(allowed),
    }


def corona_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The published corona shares (in %): the year's own (no reference year) and earlier years'."""
    return figures[(figures["measure"] == "corona_share") & (figures["unit"] == "percent")]


def corona_change(figures: pd.DataFrame, year: int) -> dict | None:
    """How the corona share changed since the year before, the one place of that rule (for stayed_at_level and the
    chapter's meaning): the two published rows ("now", "before"), the ranges their rounding allows ("now_range",
    "before_range"), whether it fell (this year's range wholly below the year before's) and whether far (fell, by more
    than the Methods' bound for "veel"); None unless each year's share is published once."""
    corona = corona_rows(figures)
    now, before = corona[corona["reference_year"].isna()], corona[corona["reference_year"] == year - 1]
    if len(now) != 1 or len(before) != 1:
        return None
    a = rounding_interval(now.iloc[0].value, int(now.iloc[0].decimals))
    b = rounding_interval(before.iloc[0].value, int(before.iloc[0].decimals))
    fell = a.high < b.low
    return {
        "now": now.iloc[0],
        "before": before.iloc[0],
        "now_range": a,
        "before_range": b,
        "fell": fell,
        "far": fell and far_apart(Interval(a.low - b.high, a.high - b.low)),  # r53 (r52 TO #1): the Methods' 'veel'
    }
