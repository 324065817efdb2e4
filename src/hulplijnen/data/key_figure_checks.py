"""Checks of a helpline's published key figures: against each other (parts and totals, shares, per
day, changes, counts since launch) and against the tables of earlier years."""

from __future__ import annotations

import calendar

import pandas as pd

from ..maths.intervals import Interval, implied_base, one_in_n_holds, rounding_interval, share_pct
from . import load
from .check import Check, data_path


def check_key_figures(helpline: str, year: int, figures: pd.DataFrame) -> list[Check]:
    """A helpline's stated figures against each other: parts and totals, shares, per day, changes."""
    file = data_path(helpline, year, "key_figures")
    checks: list[Check] = []
    current = figures[figures["reference_year"].isna()]
    counts = current[current["unit"] == "count"]
    for measure, rows in counts.groupby("measure"):
        if "all" in set(rows["category"]) and len(rows) > 1:
            total = float(rows.loc[rows["category"] == "all", "value"].iloc[0])
            parts = float(rows.loc[rows["category"] != "all", "value"].sum())
            checks.append(
                Check(
                    f"{helpline}/{year}/key_figures/parts_sum/{measure}",
                    file,
                    f"{measure} per channel add up to the total",
                    total,
                    parts,
                    parts == total,
                )
            )
    for fig in current[current["unit"] == "percent"].itertuples():
        base = counts[(counts["measure"] == fig.base) & (counts["category"] == "all")]
        if fig.category == "all":  # e.g. referrals_since_launch_share: the part is its own measure
            part = counts[(counts["measure"] == fig.measure.removesuffix("_share")) & (counts["category"] == "all")]
        else:
            part = counts[(counts["measure"] == fig.base) & (counts["category"] == fig.category)]
        if fig.measure == "channel_share" and fig.base == "calls_or_conversations":
            # the source does not say which count the share is of: an unclear base, no contradiction, as long as
            # it fits one of them; it is checked against each base it fits (against every base when it fits none)
            fits = unclear_base_shares(fig, counts)
            kept = [m for m, (_, ok) in fits.items() if ok] or list(fits)
            for measure in kept:
                share = fits[measure][0]
                checks.append(
                    Check(
                        f"{helpline}/{year}/key_figures/share/{fig.key}/{measure}",
                        file,
                        f"stated share '{fig.category}' ({fig.value:g} %) against the {measure}",
                        float(fig.value),
                        share,
                        rounding_interval(fig.value, fig.decimals).contains(share),
                    )
                )
        elif len(base) == 1 and len(part) == 1:
            share = share_pct(float(part["value"].iloc[0]), float(base["value"].iloc[0]))
            checks.append(
                Check(
                    f"{helpline}/{year}/key_figures/share/{fig.key}",
                    file,
                    f"stated share '{fig.category}' against the stated counts",
                    float(fig.value),
                    share,
                    rounding_interval(fig.value, fig.decimals, fig.qualifier).contains(share),
                )
            )
    shares = current[(current["measure"] == "channel_share") & (current["unit"] == "percent")]
    if len(shares) > 1 and set(shares["base"]) != {"calls_or_conversations"}:
        total = float(shares["value"].sum())
        slack = 0.5 * len(shares)
        checks.append(
            Check(
                f"{helpline}/{year}/key_figures/channel_shares_sum",
                file,
                "rounded channel shares add up to 100 % within their rounding",
                100.0,
                total,
                abs(total - 100) <= slack,
            )
        )
    days = 366 if calendar.isleap(year) else 365
    for fig in current[current["unit"] == "per_day"].itertuples():
        total = counts[(counts["measure"] == fig.measure.removesuffix("_per_day")) & (counts["category"] == "all")]
        if len(total) == 1:
            per_day = float(total["value"].iloc[0]) / days
            checks.append(
                Check(
                    f"{helpline}/{year}/key_figures/per_day/{fig.key}",
                    file,
                    f"stated {fig.measure} against the yearly total / {days}",
                    float(fig.value),
                    per_day,
                    rounding_interval(fig.value, fig.decimals).contains(per_day),
                )
            )
    checks += _check_changes(helpline, year, figures, file)
    checks += _check_since_launch(helpline, year, figures, file)
    return checks


def unclear_base_shares(fig, counts: pd.DataFrame) -> dict[str, tuple[float, bool]]:
    """A share stated without its base (calls or conversations) against each base: the share it would be, and
    whether the stated figure's rounding allows it."""
    out = {}
    for measure in ("calls", "conversations"):
        base = counts[(counts["measure"] == measure) & (counts["category"] == "all")]
        part = counts[(counts["measure"] == measure) & (counts["category"] == fig.category)]
        share = share_pct(float(part["value"].iloc[0]), float(base["value"].iloc[0]))
        out[measure] = (share, rounding_interval(fig.value, fig.decimals).contains(share))
    return out


def implied_previous(figures: pd.DataFrame, measure: str, category: str, reference_year: int) -> Interval | None:
    """The interval of an earlier year's value implied by this year's figure and its stated change."""
    now = figures[
        (figures["measure"] == measure)
        & (figures["category"] == category)
        & figures["reference_year"].isna()
        & (figures["unit"] == "count")
    ]
    change = figures[
        (figures["measure"] == measure)
        & (figures["category"] == category)
        & (figures["reference_year"] == reference_year)
        & (figures["unit"] == "pct_change")
    ]
    if len(now) != 1 or len(change) != 1:
        return None
    return implied_base(float(now["value"].iloc[0]), float(change["value"].iloc[0]), int(change["decimals"].iloc[0]))


def _check_changes(helpline: str, year: int, figures: pd.DataFrame, file: str) -> list[Check]:
    checks = []
    changes = figures[figures["unit"] == "pct_change"]
    for (measure, ref), rows in changes.groupby(["measure", "reference_year"]):
        ref = int(ref)
        total = implied_previous(figures, measure, "all", ref)
        parts = [implied_previous(figures, measure, c, ref) for c in rows["category"] if c != "all"]
        if total is not None and parts and all(p is not None for p in parts):
            summed = sum(parts[1:], parts[0])
            checks.append(
                Check(
                    f"{helpline}/{year}/key_figures/changes_agree/{measure}/{ref}",
                    file,
                    f"the {ref} {measure} implied by the change of the total overlaps the sum implied by the changes "
                    "of the parts",
                    total.mid,
                    summed.mid,
                    total.overlaps(summed),
                )
            )
        absolute = figures[
            (figures["measure"] == measure)
            & (figures["reference_year"] == ref)
            & (figures["unit"] == "change")
            & (figures["category"] == "all")
        ]
        now = figures[
            (figures["measure"] == measure)
            & figures["reference_year"].isna()
            & (figures["unit"] == "count")
            & (figures["category"] == "all")
        ]
        if len(absolute) == 1 and len(now) == 1 and total is not None:
            previous = float(now["value"].iloc[0]) - float(absolute["value"].iloc[0])
            stated_pct = float(rows.loc[rows["category"] == "all", "value"].iloc[0])
            computed_pct = (float(now["value"].iloc[0]) / previous - 1) * 100
            checks.append(
                Check(
                    f"{helpline}/{year}/key_figures/abs_vs_pct/{measure}/{ref}",
                    file,
                    f"the absolute and the relative change of {measure} against {ref} agree",
                    stated_pct,
                    computed_pct,
                    total.contains(previous),
                )
            )
    return checks


def _check_since_launch(helpline: str, year: int, figures: pd.DataFrame, file: str) -> list[Check]:
    checks = []
    for fig in figures[figures["measure"].str.endswith("_since_launch") & (figures["unit"] == "count")].itertuples():
        measure = fig.measure.removesuffix("_since_launch")
        now = figures[
            (figures["measure"] == measure)
            & (figures["category"] == "all")
            & figures["reference_year"].isna()
            & (figures["unit"] == "count")
        ]
        if len(now) != 1:
            continue
        lows = float(now["value"].iloc[0])
        for ref in sorted(
            figures.loc[(figures["measure"] == measure) & (figures["unit"] == "pct_change"), "reference_year"]
            .dropna()
            .unique()
        ):
            interval = implied_previous(figures, measure, "all", int(ref))
            lows += interval.low if interval else 0.0
        checks.append(
            Check(
                f"{helpline}/{year}/key_figures/since_launch/{measure}",
                file,
                f"the total since launch is at least the sum of the yearly {measure} known or implied",
                float(fig.value),
                lows,
                lows <= fig.value,
            )
        )
    return checks


def check_against_earlier_tables(helpline: str, year: int, figures: pd.DataFrame) -> list[Check]:
    """Stated changes and earlier-year phrases against an earlier year's tables, where those exist."""
    checks = []
    file = data_path(helpline, year, "key_figures")
    for fig in figures[figures["reference_year"].notna()].itertuples():
        ref = int(fig.reference_year)
        if not load.has_table("contacts_by_month_channel", helpline, ref):
            continue
        monthly = load.contacts_by_month_channel(ref, helpline)
        earlier_total = float(monthly["contacts"].sum())
        cid = f"{helpline}/{year}/key_figures/{fig.key}/vs_{ref}_tables"
        if fig.unit == "pct_change" and fig.measure == "contacts" and fig.category == "all":
            now = float(
                figures.loc[
                    (figures["measure"] == "contacts")
                    & (figures["category"] == "all")
                    & figures["reference_year"].isna(),
                    "value",
                ].iloc[0]
            )
            computed = (now / earlier_total - 1) * 100
            checks.append(
                Check(
                    cid,
                    file,
                    f"the stated change against {ref} agrees with the {ref} tables",
                    float(fig.value),
                    computed,
                    rounding_interval(fig.value, fig.decimals).contains(computed),
                )
            )
        elif fig.unit == "one_in_n" and fig.measure == "channel_share":
            part = float(monthly.loc[monthly["channel"] == fig.category, "contacts"].sum())
            checks.append(
                Check(
                    cid,
                    file,
                    f"'one in {fig.value:g}' for {fig.category} in {ref} against the {ref} tables",
                    float(fig.value),
                    earlier_total / part,
                    one_in_n_holds(part / earlier_total, fig.value, fig.qualifier),
                )
            )
    return checks


def check_against_earlier_key_figures(helpline: str, year: int, figures: pd.DataFrame) -> list[Check]:
    """Stated changes against an earlier year known exactly only from its own key figures (no tables):
    a later page must agree with every exact figure already published."""
    checks = []
    file = data_path(helpline, year, "key_figures")
    current = figures[
        figures["reference_year"].isna() & (figures["unit"] == "count") & (figures["qualifier"] == "exact")
    ]
    now = current.set_index(["measure", "category"])["value"]
    for fig in figures[figures["reference_year"].notna() & (figures["unit"] == "pct_change")].itertuples():
        ref = int(fig.reference_year)
        if (fig.measure, fig.category) not in now.index or load.has_table("contacts_by_month_channel", helpline, ref):
            continue
        if not load.has_table("key_figures", helpline, ref):
            continue
        earlier = load.key_figures(ref, helpline)
        exact = earlier[
            (earlier["measure"] == fig.measure)
            & (earlier["category"] == fig.category)
            & earlier["reference_year"].isna()
            & (earlier["unit"] == "count")
            & (earlier["qualifier"] == "exact")
        ]
        if len(exact) != 1:
            continue
        computed = (float(now[(fig.measure, fig.category)]) / float(exact["value"].iloc[0]) - 1) * 100
        checks.append(
            Check(
                f"{helpline}/{year}/key_figures/{fig.key}/vs_{ref}_key_figures",
                file,
                f"the stated change against {ref} agrees with the exact figure of {ref}'s key figures",
                float(fig.value),
                computed,
                rounding_interval(fig.value, fig.decimals, fig.qualifier).contains(computed),
            )
        )
    return checks
