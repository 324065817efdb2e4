"""Campagnes: the campaigns of the year, and what a monthly model can say about their effect."""

from __future__ import annotations

import pandas as pd

from ...analysis import channels as ch
from ...config.errors import AnalysisError
from ...config.paths import DATA
from ...data import load, provenance
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from . import charts
from .audience import aimed
from .effects import (
    around,
    called,
    effects_table,  # noqa: F401 (the model's table)
    not_own,
    separable,
    source_named,
    span,
)
from .growth import EVERY, claim_basis, every_campaign, like_year, year_growth

SPEC = ChapterSpec("campaigns", "Campagnes", 30, leads_with_published_tables)
UNSTATED = "niet vermeld"  # campaigns.csv launched_by: the source names no one
INITIATOR = "Initiatiefnemer"  # the calendar's column of who launched each campaign (campaigns.csv launched_by)
TITLE_MARK = "¹"  # a launcher read from the campaign's title (campaigns.csv launcher_from), explained under the table
EFFECT_FACTS = (
    "effect_pct",
    "effect_low_pct",
    "effect_high_pct",
    "counterfactual",
    "counterfactual_low",
    "counterfactual_high",
    "observed",
    "difference",
    "difference_low",
    "difference_high",
)


def build(year: int, helpline: str, window: int, min_months: int, placebo_runs: int, facts: FactSheet) -> Chapter:
    all_campaigns = load.campaigns()
    mine = all_campaigns[(all_campaigns["helpline"] == helpline) & (all_campaigns["start_earliest"].dt.year == year)]
    events = load.events()
    events = events[
        (events["helpline"] == helpline)
        & (events["start_earliest"].dt.year <= year)
        & ((events["end_latest"].isna()) | (events["end_latest"].dt.year >= year))
    ]
    calendar = pd.DataFrame(
        {
            "Datum": [fmt.date(c.start_earliest, c.precision) for c in mine.itertuples()],
            "Campagne": mine["name_nl"].values,
            # a launcher read from the campaign's title is marked; the note under the table says so (r30 2021 #19)
            INITIATOR: [
                f"{c.launched_by} {TITLE_MARK}" if c.launcher_from == "title" else c.launched_by
                for c in mine.itertuples()
            ],
        }
    )
    # one launcher for all: no column repeating it, the lead-in says it once (r15 2020 #14); otherwise who launched
    # each is the table's column, 'niet vermeld' where the list names no one (r29 2021 #17: the sentence listing who
    # launched which was hard to parse)
    one_launcher = str(mine["launched_by"].iloc[0]) if mine["launched_by"].nunique() == 1 else None
    one_launcher = None if one_launcher == UNSTATED else one_launcher  # no one named for all: no lead-in naming one
    calendar = calendar.drop(columns=INITIATOR) if one_launcher else calendar
    source = Source("data/campaigns.csv", "campaigns", f"helpline = {helpline}, start in {year}")
    # the model's rule, recorded for the annex's methods; the chapter says only that there are no monthly figures
    facts.add(keys.campaigns(helpline, "min_months"), min_months, "count", Source(None, "params", "min_months"))
    context = {
        "year": str(year),
        "helpline": helpline,
        "launched_by": one_launcher,
        "title_mark": TITLE_MARK if INITIATOR in calendar and (mine["launcher_from"] == "title").any() else None,
        # the document the list and the statements come from, named once in the lead-in (r26 2021 #18)
        "source_named": provenance.named_in_text(DATA, "campaigns.csv"),
        # a campaign aimed at a group of contact persons, with the helpline's latest count of that group (r24 #21)
        "aimed": aimed(mine, helpline, year, facts),
        "n_campaigns": facts.add(
            keys.campaigns(helpline, "count"),
            len(mine),
            "count",
            source,
        ),
        "monthly": load.has_table("contacts_by_month_channel", helpline, year),
        "every": every_campaign(helpline, year, facts),
        "error": None,
        "model": None,
    }
    effects, observed, modelled = None, None, events.iloc[0:0]
    if context["monthly"]:
        series = ch.monthly_totals(load.contacts_by_month_channel(year, helpline))
        file = f"data/{helpline}/{year}/contacts_by_month_channel.csv"
        # only events dated to the day or month can be modelled; vaguer ones are listed, not modelled
        sustained = events[(events["effect_shape"] == "level") & events["start_precision"].isin(["day", "month"])]
        sustained = sustained[
            [
                pd.Period(e, freq="M") in series.index and pd.Period(e, freq="M") > series.index[0]
                for e in sustained["start_earliest"]
            ]
        ]
        modelled = sustained
        from . import analysis as camp  # statsmodels: imported only by the notebook that needs it

        try:
            effects = camp.campaign_effects(series, mine, sustained, window, camp.Requirements(min_months))
            found, tried, controls = camp.placebo_rate(series, mine, sustained, window, placebo_runs)
        except AnalysisError as exc:
            context["error"] = str(exc)
        else:
            placebo = Source(file, "campaign model", "placebo months without campaign or event")
            facts.add(keys.campaigns(helpline, "placebo_found"), found, "count", placebo)
            facts.add(keys.campaigns(helpline, "placebo_tried"), tried, "count", placebo)
            model = Source(file, "campaign model", f"quasi-Poisson, window {window} month(s)")
            for e in effects[effects["estimable"]].itertuples():
                # a campaign whose own effect cannot be told apart: the table shows its count, no estimate
                for part in EFFECT_FACTS if separable(str(e.flags)) else ("observed",):
                    facts.add(
                        keys.campaign(helpline, e.campaign_id, part),
                        round(getattr(e, part), 1),
                        "percent" if part.endswith("pct") else "count",
                        model,
                    )
            levels = camp.event_effects(series, mine, sustained, window)
            context["model"] = conclusions(helpline, year, series, effects, levels, events, found, tried, facts, window)
            # r38 (r37 2020 #6): the annex names the control months and the intervals' level
            context["model"]["controls"] = [fmt.month(p) for p in controls]
            level = facts.add(keys.campaigns(helpline, "interval_level_pct"), camp.LEVEL, "percent", model)
            context["model"]["level"] = level
            # r66 (r65, r66 2020 #9): how the intervals are computed: the t's degrees of freedom, the draws
            if window > 1:  # only a sum over months takes draws (analysis.campaign_effects)
                context["model"]["draws"] = facts.add(
                    keys.campaigns(helpline, "interval_draws"), camp.DRAWS, "count", model
                )
            df = effects.loc[effects["estimable"].astype(bool), "df"] if "df" in effects else []
            if len(df):
                context["model"]["df"] = facts.add(
                    keys.campaigns(helpline, "residual_df"), int(df.iloc[0]), "count", model
                )
            # r48 (r47 2020 #8): the months with a campaign term and the parameters fitted, from the design itself
            X = camp.design(series, mine, sustained, window)
            terms = X[[c for c in X.columns if c.startswith("campaign:")]]
            months = [str(p) for p in X.index[terms.sum(axis=1) > 0]]
            context["model"]["term_months"] = fmt.month_runs(months) if len({m[:4] for m in months}) == 1 else []
            context["model"]["parameters"] = facts.add(
                keys.campaigns(helpline, "parameters"), X.shape[1], "count", model
            )
            # r56 (r55 2020 #9): a parameter whose column is non-zero in one month only fits that month exactly
            single = [str(X.index[X[c] != 0][0]) for c in X.columns if c != "const" and int((X[c] != 0).sum()) == 1]
            context["model"]["exact_months"] = [fmt.month(m).rsplit(" ", 1)[0] for m in sorted(set(single))]
            for part, key, n in (
                ("exact", "exact_parameters", len(single)),
                ("rest", "other_parameters", X.shape[1] - len(single)),
                ("rest_months", "other_months", len(X) - len(set(single))),
            ):
                context["model"][part] = facts.add(keys.campaigns(helpline, key), n, "count", model)
            observed = series  # the chart: the observed months and the campaigns, no expected course (r20 2020 #6)
    if observed is None or observed.empty:
        why = "the model could not be fitted: " + context["error"] if context["error"] else "no contacts per month"
        facts.nothing_to_show("fig-campaigns", f"{why} in {year}: no monthly series to draw")
    if effects is None:
        facts.nothing_to_show("tbl-appendix-campaign-effects", "no campaign effect estimated (no monthly model)")
    sections = text.sections("chapters/campaigns/text.md", facts=facts, **context)
    return Chapter(
        "\n\n".join(sections.values()),
        {"calendar": calendar},
        {"observed": observed, "campaigns": mine, "events": modelled, "year": year},
        sections,
        SHOWN,
        SPEC.captions,
    )


CALENDAR_WIDTHS = (17, 55, 28)  # the calendar: a date on one line, the campaign gets the room
SHOWN = (
    Text("calendar"),
    Table(
        "tbl-campaign-calendar",
        "tbl_campaign_calendar",
        "calendar",
        lambda frame: CALENDAR_WIDTHS[: len(frame.columns)],
    ),
    Text("effects"),
    charts.SERIES,
    Text("claim"),
    # the model told in two plain sentences in the annex, no table of one estimate among four (r25 2020 #13)
    Table("tbl-appendix-campaign-effects", "tbl_appendix_campaign_effects", lead="model"),
)


def conclusions(
    helpline: str,
    year: int,
    series: pd.Series,
    effects: pd.DataFrame,
    levels: pd.DataFrame,
    events: pd.DataFrame,
    found: int,
    tried: int,
    facts: FactSheet,
    window: int = 1,
) -> dict:
    """What the template states about the model, each value from the estimates (nothing typed in by hand)."""
    from .analysis import relative_change

    dates = load.campaigns().set_index("campaign_id")
    names = dates["name_nl"]
    estimable = effects[effects["estimable"]]
    distinct = estimable[estimable["distinguishable"].astype(bool)]
    own = estimable[[separable(str(f)) for f in estimable["flags"]]]  # the table gives these an estimate
    event_names = events.set_index("event_id")["name_nl"]
    shifts = []
    file = f"data/{helpline}/{year}/contacts_by_month_channel.csv"
    model = Source(file, "campaign model", "campaigns of the year in the model")
    counts = {
        part: facts.add(keys.campaigns(helpline, part), n, "count", model)
        for part, n in (("in_model", len(effects)), ("estimable", len(own)), ("distinguishable", len(distinct)))
    }
    for lv in levels.itertuples():
        shift_source = Source(file, "campaign model", f"level shift of event {lv.event_id} (data/events.csv)")
        values = {
            p: facts.add(keys.event(helpline, lv.event_id, p), round(getattr(lv, p), 1), "percent", shift_source)
            for p in EFFECT_FACTS[:3]
        }
        overlapping = estimable[estimable["flags"].str.contains(f"gebeurtenis[^;]*{lv.event_id}", regex=True)]
        overlap_source = Source(file, "campaign model", f"estimable campaigns in the period of {lv.event_id}")
        shifts.append(
            {
                "name": event_names[lv.event_id],
                "called": called(events.set_index("event_id").loc[lv.event_id]),
                "source_named": source_named(events.set_index("event_id").loc[lv.event_id]),  # 'eerste lockdown'
                "effect": values["effect_pct"],
                "low": values["effect_low_pct"],
                "high": values["effect_high_pct"],
                "overlapping": facts.add(
                    keys.event(helpline, lv.event_id, "overlapping_campaigns"),
                    len(overlapping),
                    "count",
                    overlap_source,
                ),
                "distinct": facts.add(
                    keys.event(helpline, lv.event_id, "distinct_campaigns"),
                    int(overlapping["distinguishable"].astype(bool).sum()),
                    "count",
                    overlap_source,
                ),
            }
        )
    claim = None
    figs = load.key_figures(year, helpline) if load.has_table("key_figures", helpline, year) else None
    stated = figs[(figs["measure"] == "campaign_effect") & (figs["category"] != EVERY)] if figs is not None else None
    stated = stated if stated is not None else pd.DataFrame()
    april = pd.Period(f"{year}-04", freq="M")
    if len(stated) and april in series.index and april - 1 in series.index:
        jump = facts.add(
            keys.contacts(helpline, "april_vs_march_pct"),
            round(relative_change(series, april), 1),
            "percent",
            Source(file, "contacts_by_month_channel", "April / March - 1"),
        )
        row = stated.iloc[0]
        key, unit = keys.fact_key(helpline, row)
        pct = facts.add(
            key,
            row.value,
            unit,
            Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row.key} ({row.locator})"),
        )
        starts = events.set_index("event_id")["start_earliest"]
        shift_in_april = any(starts[lv.event_id].to_period("M") == april for lv in levels.itertuples())
        growth = year_growth(helpline, year, facts)  # all contacts over the year before (r20 2020 #12)
        claim = {
            "pct": pct,
            "jump": jump,
            "shift_in_april": shift_in_april,
            "stated_by": row.stated_by,
            **claim_basis(helpline, year, row),  # what it names: too little to check it (r19 2020 #2)
            "growth": growth,
            "like_year": like_year(float(row.value), growth),  # the claim is the year's rise (r33 2020 #8)
        }
    late = estimable[estimable["late"].astype(bool)] if "late" in estimable else estimable.iloc[0:0]
    return {
        "late": [
            {
                "name": names[e.campaign_id],
                "start": e.start.date().isoformat(),
                "days": facts.add(
                    keys.campaign(helpline, e.campaign_id, "days_in_start_month"), e.days_left, "count", model
                ),
            }
            for e in late.itertuples()
        ],
        "n_late": facts.add(keys.campaigns(helpline, "late_in_month"), len(late), "count", model),
        "months": facts.add(keys.campaigns(helpline, "months"), len(series), "count", model),
        "estimable": counts["estimable"],
        "all": counts["in_model"],
        "n_distinct": counts["distinguishable"],
        "claim": claim,
        "shifts": shifts,
        # the campaigns the model gives an estimate, each by its date with its margin (r25 2020 #13)
        "estimated": [
            {
                "when": fmt.date(dates.loc[e.campaign_id, "start_earliest"], dates.loc[e.campaign_id, "precision"]),
                **{k: facts.get(keys.campaign(helpline, e.campaign_id, f"effect_{k}_pct")) for k in ("low", "high")},
                "clear": bool(e.distinguishable),  # the chapter says in words whether an effect shows (r28 2020 #3)
                "day": fmt.date(e.start, dates.loc[e.campaign_id, "precision"]).removesuffix(f" {year}"),
                "span": span(e.start, window),  # the months the estimate is of, 'oktober 2020' (r37, r36 2020 #3)
                "around": around(helpline, e.campaign_id, e.start, series, facts),  # the chart's months (r29 2020 #4)
            }
            for e in own.itertuples()
        ],
        "not_own": not_own(helpline, series, estimable, levels, events, facts),  # why no estimate (r26 2020 #6)
        "found": facts.get(keys.campaigns(helpline, "placebo_found")),
        "tried": facts.get(keys.campaigns(helpline, "placebo_tried")),
        "distinct": [
            {
                "name": names[e.campaign_id],
                "month": pd.Period(e.start, freq="M"),
                **{
                    name: facts.get(keys.campaign(helpline, e.campaign_id, part))
                    for name, part in (
                        ("observed", "observed"),
                        ("expected", "counterfactual"),
                        ("low", "counterfactual_low"),
                        ("high", "counterfactual_high"),
                        ("effect", "effect_pct"),
                        ("effect_low", "effect_low_pct"),
                        ("effect_high", "effect_high_pct"),
                    )
                },
            }
            for e in distinct.itertuples()
        ],
    }
