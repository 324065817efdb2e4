"""The campaigns chapter's table of effects (technical annex): one row per campaign the model could estimate, its
remarks in words, and how the text names a modelled event."""

from __future__ import annotations

import re

import pandas as pd

from ...data import load
from ...presentation import fmt
from ...presentation.labels import peak_period

NOT_ESTIMATED = "niet te schatten"
NO_EFFECT_SHOWN = "geen effect aan te tonen"  # the flag analysis.campaign_effects writes
# what the table says for it: no verdict on the campaign, a limit of the data (r23 2020 #6, #7), as the chapter does
NOT_MEASURABLE = "effect niet te meten met deze gegevens"
EXPECTED = "Verwacht zonder campagne (marge van het gemiddelde)"
EFFECT = "Effect (marge met het toeval van de maand)"
# flags (analysis.campaign_effects) that leave no own effect; a late start whose month after is not in the data too
NOT_SEPARABLE = ("overlapt met", "te korte voorperiode", "buiten de gegevens")


def separable(flags: str) -> bool:
    """Whether a campaign's own effect can be told apart: not when it overlaps another campaign or an event, nor
    with too short a period before it; the table then prints no point estimate."""
    return not any(flag in flags for flag in NOT_SEPARABLE)


def _reasons(remarks: str) -> str:
    """The remarks of a campaign whose effect is not estimated: why not, without 'no effect shown'."""
    return "; ".join(r for r in remarks.split("; ") if r not in (NO_EFFECT_SHOWN, NOT_MEASURABLE))


def called(event: pd.Series) -> str:
    """How the text names a modelled event: a rise in demand by its months, 'de piek van april–juni 2020', never as
    if the months were the dates of what the source names them (r18 2020 #1: the lockdown began in March); the text
    gives the source's name apart (source_named); any other event by its name."""
    if event["kind"] != "demand":
        return f"de {event['name_nl']}"
    return f"de piek van {peak_period(event['name_nl'], event['start_earliest'], event['end_latest'])['months']}"


def source_named(event: pd.Series) -> str | None:
    """The source's name for a rise in demand's months ('eerste lockdown'), which the text adds as the source's words;
    None for any other event (its name is what called gives)."""
    if event["kind"] != "demand":
        return None
    return peak_period(event["name_nl"], event["start_earliest"], event["end_latest"])["named"]


def effects_table(est: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    """One row per estimable campaign; the remarks name events by their Dutch names and campaigns by their
    start, never by their ids. A campaign whose effect cannot be separated gets 'niet te schatten', no number."""
    own = [separable(f) for f in est["flags"].astype(str)]
    remarks = est["flags"].astype(str).str.replace(NO_EFFECT_SHOWN, NOT_MEASURABLE, regex=False)
    for event_id, e in load.events().set_index("event_id").iterrows():  # 'valt in de piek van april–juni 2020'
        remarks = remarks.str.replace(
            rf"overlapt met gebeurtenis {re.escape(event_id)}\b", f"valt in {called(e)}", regex=True
        )
        remarks = remarks.str.replace(rf"\b{re.escape(event_id)}\b", called(e), regex=True)
    for c in load.campaigns().itertuples():
        when = fmt.date(c.start_earliest, c.precision)
        remarks = remarks.str.replace(rf"campagne {re.escape(c.campaign_id)}\b", f"de campagne van {when}", regex=True)
    return pd.DataFrame(
        {
            "Campagne": [f"{fmt.date(start, 'day')}: {name}" for start, name in zip(est["start"], names)],
            "Waargenomen": [fmt.number(v) for v in est["observed"]],
            # the two margins measure two things (r21 2020 #3): the expected mean's alone, and the effect's with the
            # chance of the observed month itself, so the effect's is wider than observed / the expected's bounds
            EXPECTED: [
                f"{fmt.number(c)} ({fmt.interval(lo, hi)})" if ok else NOT_ESTIMATED
                for c, lo, hi, ok in zip(
                    est["counterfactual"], est["counterfactual_low"], est["counterfactual_high"], own
                )
            ],
            EFFECT: [  # one term with the column before (r16 2020 #12)
                f"{fmt.signed_pct(e)} ({fmt.signed_pct(lo)} tot {fmt.signed_pct(hi)})" if ok else NOT_ESTIMATED
                for e, lo, hi, ok in zip(est["effect_pct"], est["effect_low_pct"], est["effect_high_pct"], own)
            ],
            "Opmerkingen": [r if ok else f"niet te schatten: {_reasons(r)}" for r, ok in zip(remarks, own)],
        }
    )


def not_own(
    helpline: str, series: pd.Series, estimable: pd.DataFrame, levels: pd.DataFrame, events: pd.DataFrame, facts
) -> list[dict]:
    """The campaigns in the model that get no estimate of their own, each by its date with the first reason its flags
    give (analysis.campaign_effects): too few months before it ('before', their number recorded), the period of an
    event ('event', as the text calls it), another campaign's window ('campaign'), or a late start whose month after
    is not in the data ('outside')."""
    from ...facts import Source, keys

    dates = load.campaigns().set_index("campaign_id")
    by_id = events.set_index("event_id")
    file = f"data/{helpline}/{series.index[0].year}/contacts_by_month_channel.csv"
    out = []
    for e in estimable.itertuples():
        flags = str(e.flags)
        if separable(flags):
            continue
        start, precision = dates.loc[e.campaign_id, "start_earliest"], dates.loc[e.campaign_id, "precision"]
        row: dict = {"when": fmt.date(start, precision), "before": None, "event": None}
        if "te korte voorperiode" in flags:
            n = int((series.index < pd.Period(start, freq=series.index.freq)).sum())
            source = Source(file, "campaign model", "months in the series before the campaign's start month")
            row |= {
                "why": "before",
                "before": facts.add(keys.campaign(helpline, e.campaign_id, "months_before"), n, "count", source),
            }
        elif match := re.search(r"overlapt met gebeurtenis ([^;,]+)", flags):
            row |= {"why": "event", "event": called(by_id.loc[match.group(1).strip()])}
        elif "overlapt met campagne" in flags:
            row |= {"why": "campaign"}
        else:
            row |= {"why": "outside"}
        out.append(row)
    return out


def around(helpline: str, campaign_id: str, start, series: pd.Series, facts) -> dict | None:
    """The contacts in the month before a campaign's start month and in that month, recorded, with the months' names
    without their year ('september'): what the chart shows around a campaign (r29 2020 #4); None when either month is
    not in the series. With the two months before those (r31 2020 #6: October's 670 was no rise after the campaign but
    a return to the level of July and August after September's dip), recorded too: ``level`` holds them when the month
    before was below both and the start month lies between them, else None."""
    from ...facts import Source, keys

    month = pd.Period(start, freq="M")
    if month not in series.index or month - 1 not in series.index:
        return None
    file = f"data/{helpline}/{month.year}/contacts_by_month_channel.csv"
    source = Source(file, "contacts_by_month_channel", "all contacts in the months up to the start month")

    def said(period: pd.Period, part: str) -> int:
        return facts.add(keys.campaign(helpline, campaign_id, part), int(series[period]), "count", source)

    def name(period: pd.Period) -> str:
        return fmt.month(period).removesuffix(f" {period.year}")

    out = {
        "before": said(month - 1, "contacts_month_before"),
        "after": said(month, "contacts_start_month"),
        "month_before": name(month - 1),
        "month": name(month),
        "level": None,
    }
    earlier = [month - 3, month - 2]
    if all(p in series.index for p in earlier):
        counts = [int(series[p]) for p in earlier]
        if out["before"] < min(counts) and min(counts) <= out["after"] <= max(counts):
            out["level"] = [
                {"n": said(p, f"contacts_{k}_months_before"), "month": name(p)}
                for p, k in zip(earlier, ("three", "two"))
            ]
    return out


def span(start, window: int) -> str:
    """The months a campaign's estimate is of (its pulse: the start month and the ``window - 1`` after it) as the text
    names them: 'oktober 2020', or 'oktober–november 2020' (r37, r36 2020 #3: the interval said what it measures)."""
    first = pd.Period(start, freq="M")
    last = first + max(window, 1) - 1
    if last == first:
        return fmt.month(first)
    head = fmt.month(first).removesuffix(f" {first.year}") if first.year == last.year else fmt.month(first)
    return f"{head}–{fmt.month(last)}"
