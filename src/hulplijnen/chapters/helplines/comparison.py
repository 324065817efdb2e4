"""The comparison of the report's helplines (the chapter's last part): the channel mix of each and the growth since
two years before, in figures, with the text that introduces them. Split from the chapter's build (r59)."""

from __future__ import annotations

import pandas as pd

from ...analysis import channels as ch
from ...analysis import helplines as hl
from ...data import load, quality
from ...facts import FactSheet, Source, keys
from ...presentation import text, theme
from ...presentation.labels import measure_label
from ..shared.base import Chapter, has_published_tables
from . import tables, trend

PLURAL = {"contact": "contacts", "call": "calls", "conversation": "conversations"}


def comparison(year: int, helplines_: list[str], facts: FactSheet, merged: bool = False) -> Chapter:
    """The comparison of the report's helplines; ``merged``: the table of years is not shown (nor its note)."""
    mixes, growth, units_of_mix = [], [], []
    names = tables.short_names()
    for h in helplines_:
        figs = load.key_figures(year, h)
        main = "calls" if hl.has_figure(figs, "calls") else "contacts"
        units_of_mix.append(f"{names[h]} in {measure_label(main, 'all')}")
        counted = hl.channel_mix(figs, main)
        if counted.empty:  # no counts per channel published: the published shares
            mixes += [
                {"label": names[h], "channel": r.channel, "share_pct": r.share_pct}
                for r in ch.stated_channel_shares(figs).itertuples()
            ]
        else:
            mixes += [{"label": names[h], "channel": r.channel, "share_pct": r.share_pct} for r in counted.itertuples()]
        implied = hl.implied_earlier_years(figs, year)
        if ((implied["measure"] == main) & (implied["year"] == year - 2)).any():
            low, high = hl.growth_since(implied, main, year - 2, year)
            base = implied[(implied["measure"] == main) & (implied["category"] == "all") & implied["preferred"]]
            stated = base[base["year"] == year - 2].iloc[0]  # the index as precise as the change it comes from
            source = Source(
                f"data/{h}/{year}/key_figures.csv", "key_figures", f"{main} {year} / implied {year - 2} x 100"
            )
            facts.add(keys.comparison(h, year - 2, "low"), round(low, 1), "index", source)
            facts.add(keys.comparison(h, year - 2, "high"), round(high, 1), "index", source)
            growth.append(
                {
                    "label": f"{names[h]} ({measure_label(main, 'all')})",  # what is counted (r22 2021 #16)
                    "value": (low + high) / 2,
                    "low": low,
                    "high": high,
                    "decimals": 1 if stated["exact"] else int(stated["decimals"]),
                    "colour": theme.HELPLINE_COLOURS[h],
                    "year": str(year),
                    **trend.year_between(h, year, base, stated, source, facts, trend.known(h, main, year - 1)),
                }
            )
    meta = load.helplines().set_index("helpline")
    implied_of = {
        h: hl.implied_earlier_years(load.key_figures(year, h), year) for h in helplines_ if not has_published_tables(h)
    }
    units = [
        {
            "name": meta.loc[h, "name"],
            "labels": [measure_label(PLURAL[u], "all") for u in meta.loc[h, "counting_unit"].split("|")],
        }
        for h in helplines_
    ]
    grown = pd.DataFrame(growth)
    then = list(grown["previous_year"].dropna()) if "previous_year" in grown else []  # as the legend (r37 2021 #13)
    body = text.sections(
        "chapters/helplines/text.md",
        facts=facts,
        part="comparison",
        units=units,
        several=len(helplines_) > 1,
        base_year=str(year - 2),
        report_year=str(year),
        between_year=str(then[0]) if then else None,  # r63 (r63 2021 #3): only the year between is approximate
        calculated=not merged and any((i["basis"] == "difference").any() for i in implied_of.values()),
        marker=tables.MARK,
        uncertain=trend.uncertain(implied_of),  # r24 2021 #17: the cell's own note
        uncertain_marker=tables.UNCERTAIN,
        # r26 TO #15: the mark of a disputed percentage, not one the table of the years uses for another note; r32
        # (2021 #2, #13): the annex table of every key figure gives them as published, no note: the mismatch is told
        # once, in the table of figures that contradict each other, and its note stood a page below its mark
        disputed=tables.MARK if merged and quality.disputed_changes(helplines_, year) else None,
    )
    if pd.DataFrame(mixes)["label"].nunique() < 2:
        facts.nothing_to_show("fig-helpline-mix", "one helpline: nothing to compare (its text gives its channel mix)")
    if len(growth) < 2:
        facts.nothing_to_show("fig-helpline-growth", "fewer than two helplines with a growth figure: nothing to show")
    # the caption names the base year as the axis does (review r13, 2021 #18), and the open dot's year as the legend
    data = {"mix": pd.DataFrame(mixes), "growth": grown, "units": ", ".join(units_of_mix)}
    data |= {"growth_then": then[0] if then else year - 1, "growth_now": year}  # r53: the filled dot's year too
    return Chapter.written(body, {}, data)
