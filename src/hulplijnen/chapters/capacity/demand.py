"""The rise in demand the data date in the year (data/events.csv, kind demand: a lockdown) against the months of
the year before it, in the export's calls per month: the calls offered and answered a month, and the share
answered, in that period and before it. The chapter says it (text.md, block rate) and the summary's key message
repeats it (pipeline/reach_messages.export_peak). None when the year has no such event or a month is not
published."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...data.statements import ABOUT_THE_SAME_POINTS
from ...facts import FactSheet, Source, keys
from ...presentation import fmt
from ...presentation.display import BOLD_ROWS
from ...presentation.labels import peak_period
from ..shared.export_tables import counted

TABLES = "protected tables of the contact export"
# what a synthetic export reproduces: the answered calls a month (the published phone contacts)
PUBLISHED = ("answered_calls", "answered_before_calls", "answered_change_pct", "busiest_month", "busiest_calls")
PUBLISHED += ("first_before_calls", "last_before_calls")  # r61 (r61 demo #3): the months before, the first and last
# r61 (r61 demo #3): the last month before the period reads busier than the others (the lockdown began in it) when
# its calls are this far above the other months' average; below it, the month's figures do not show it. r66 (r64 demo
# #7): the limit of the Methods' rule for 'ongeveer even hoog' (pipeline.comparison_words), 2 %, not 5 %
BUSIER = ABOUT_THE_SAME_POINTS / 100
NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # a month in a fact's key


def _demand_event(helpline: str, year: int) -> pd.Series | None:
    events = load.events()
    found = events[(events["helpline"] == helpline) & (events["kind"] == "demand")]
    found = found[found["start_earliest"].dt.year == year]
    return found.iloc[0] if len(found) == 1 else None


def peak(
    helpline: str,
    year: int,
    monthly: pd.DataFrame,
    facts: FactSheet,
    contacts: pd.Series | None = None,
    export: dict | None = None,
) -> dict | None:
    """``monthly``: offered and answered per month (analysis.capacity.monthly_answer_rates); ``contacts``: the answered
    contacts of all channels per month (index: the month as 'YYYY-MM'), where published. The months before the
    period are all the year's months before it, as the 2020 release compares (r36, demo r35 #2: March was left out
    for a wrong reason); where the month just before fell partly in the period (a campaign of that month names the
    lockdown), ``began`` says so, and that month counts in the average."""
    event = _demand_event(helpline, year)
    if event is None or monthly.empty:
        return None
    start, end = event["start_earliest"].to_period("M"), event["end_latest"].to_period("M")
    months = pd.PeriodIndex(monthly["month"].astype(str), freq="M")
    skip = months < start
    inside, before = monthly[(months >= start) & (months <= end)], monthly[skip]
    counts = pd.concat([inside, before])[["offered", "answered"]]
    if inside.empty or before.empty or counts.isna().any().any():
        return None
    src = Source(None, TABLES, f"calls per month in and before the period of event {event['event_id']}")

    # demo r27 #15: the answered counts a synthetic export reproduces point at the published table
    real = counted(export, src, "answered phone contacts per month in and before the period")

    def add(part: str, value, unit: str):
        published = part in PUBLISHED or part.startswith("before_calls_")
        return facts.add(keys.phone(helpline, "demand", part), value, unit, real if published else src)

    named = Source("data/campaigns.csv", "campaigns", f"a campaign of {start - 1} names the lockdown")
    day = load.campaign_day_lockdown(helpline, start - 1)
    began = bool(
        facts.add(keys.phone(helpline, "demand", "baseline_in_lockdown"), int(day is not None), "verdict", named)
    )
    # r53 (demo #5): the sources date no start of the lockdown; the campaign's day that names it, said with it
    dated = day is not None and day != "month"
    began_on = facts.add(keys.reach(helpline, "lockdown_campaign_date"), day, "date", named) if dated else None
    # the period's busiest month, said where it is the year's busiest too (as the 2020 release's peak, r34)
    counts_now = inside["answered"].astype(float)
    busiest = str(months[(months >= start) & (months <= end)][int(counts_now.to_numpy().argmax())])
    top = float(counts_now.max()) == float(monthly["answered"].astype(float).max())

    def mean(rows: pd.DataFrame, column: str) -> int:
        return round(float(rows[column].astype(float).mean()))

    def rate(rows: pd.DataFrame) -> float:
        return round(float(rows["answered"].astype(float).sum() / rows["offered"].astype(float).sum() * 100), 1)

    answered, answered_before = (float(rows["answered"].astype(float).mean()) for rows in (inside, before))
    # the rise in answered calls a month, the one real figure of a synthetic export here (demo r16 #3)
    change = add(
        "answered_change_pct", round((answered / answered_before - 1) * 100) if answered_before else None, "percent"
    )
    return {
        "name": event["name_nl"],  # the period as the data name it
        # r44 (demo r42 #5): its months ('april–juni 2020') and the source's name apart ('eerste lockdown')
        "period": peak_period(event["name_nl"], start, end),
        "months_before": add("before_months", len(before), "count"),
        # the baseline's months by name: a reader sees which months it holds (demo r20 #17)
        "first_before": str(months[skip].min()),
        "last_before": str(months[skip].max()),
        "began": began,
        "began_on": began_on,
        "busiest": add("busiest_month", busiest, "month") if top else None,
        "busiest_calls": add("busiest_calls", round(counts_now.max()), "count") if top else None,
        **_all_channels(helpline, months[(months >= start) & (months <= end)], months[skip], contacts, facts, export),
        "offered": add("offered_calls", mean(inside, "offered"), "count"),
        "offered_before": add("offered_before_calls", mean(before, "offered"), "count"),
        "answered": add("answered_calls", mean(inside, "answered"), "count"),
        "answered_before": add("answered_before_calls", mean(before, "answered"), "count"),
        "rate": add("answered_pct", rate(inside), "percent"),
        "rate_before": add("answered_before_pct", rate(before), "percent"),
        "answered_change": change,
        **(_edges(before, months[skip], add) if began else {}),
        "first": str(start),  # r61 (r59 demo #2): the period's months, to tell whether its answered shares are chosen
        "last": str(end),
        "campaigns": launched(helpline, start - 1 if began else start, end),
    }


def _edges(before: pd.DataFrame, months: pd.PeriodIndex, add) -> dict:
    """The first and the last month before the period and their calls; whether the last, which the period's start
    fell in, reads busier than the months before it (r61, r61 demo #3: what its counting in the average means)."""
    calls = before["answered"].astype(float).to_numpy()
    first, last = int(months.argmin()), int(months.argmax())
    others = [c for i, c in enumerate(calls) if i != last]
    average = sum(others) / len(others) if others else None
    # r63 (r63 demo #1): each earlier month's published count, which the chapter sets beside the last one's
    each = [(str(months[i]), round(calls[i])) for i in sorted(range(len(calls)), key=lambda i: months[i])]
    return {
        "first_before_calls": add("first_before_calls", round(calls[first]), "count"),
        "last_before_calls": add("last_before_calls", round(calls[last]), "count"),
        "last_busier": average is not None and calls[last] > average * (1 + BUSIER),
        "last_quieter": average is not None and calls[last] < average * (1 - BUSIER),
        "earlier_calls": [
            {"month": m, "calls": add(f"before_calls_{NAMES[int(m[5:]) - 1]}", n, "count")}
            for m, n in each
            if m != str(months[last])
        ],
    }


def launched(helpline: str, first: pd.Period, last: pd.Period) -> list[dict]:
    """The campaigns launched from month ``first`` to ``last`` (data/campaigns.csv), each with its date and name, as
    the source lists them: the chapter says them beside the rise (demo r33 #18: no longer in the key message)."""
    ran = load.campaigns()
    ran = ran[(ran["helpline"] == helpline) & (ran["start_latest"] >= first.start_time)]
    ran = ran[ran["start_earliest"] <= last.end_time]
    return [{"date": c.start_earliest, "precision": c.precision, "name": c.name_nl} for c in ran.itertuples()]


def contacts(tables, monthly: pd.DataFrame) -> pd.Series | None:
    """The answered contacts of all channels per month (PublishedTables: contacts by month and channel), for the
    months of ``monthly``; None where the table has no such month."""
    try:
        found = {str(m): tables.cell("contacts_by_month_channel", month=str(m)) for m in monthly["month"]}
    except KeyError:
        return None
    return pd.Series(found, dtype="float")


def _all_channels(helpline: str, inside, before, contacts: pd.Series | None, facts: FactSheet, export=None) -> dict:
    """The answered contacts of all channels a month in and before the period, and the change (demo r22 #14: the
    rise over all channels, the published totals' own)."""
    if contacts is None:
        return {}
    values = [contacts.reindex([str(m) for m in months]) for months in (inside, before)]
    if any(v.empty or v.isna().any() for v in values):
        return {}
    now, then = (float(v.astype(float).mean()) for v in values)
    what = "answered contacts of all channels per month in and before the period"
    src = counted(export, Source(None, TABLES, what), what)

    def add(part: str, value, unit: str):
        return facts.add(keys.phone(helpline, "demand", part), value, unit, src)

    return {
        "contacts": add("contacts", round(now), "count"),
        "contacts_before": add("contacts_before", round(then), "count"),
        "contacts_change": add("contacts_change_pct", round((now / then - 1) * 100) if then else None, "percent"),
    }


# demo r31 #1: the mark of a month whose share the generator matched to the source's range. r66 (r64 demo #5): after a
# plain space, so on a phone the keyed Tabel 6 can wrap it under 'september 2020' and keep its published column beside
# the month (a no-break space made the month column 7 px too wide for it at 390 px)
ANCHORED = " *"


def matched(months: pd.Series, anchors: dict | None) -> list[bool]:
    """Per month, whether a synthetic export matched its answered share to the source's range (``anchors``: none for
    a real export); the one flag the months' table marks and Figure 2 draws (demo r31 #1, r33 #1)."""
    first, last = (anchors["first_month"], anchors["last_month"]) if anchors else (None, None)
    return [bool(first and first <= str(m)[:7] <= last) for m in months]


def month_labels(months: pd.Series, anchors: dict | None) -> list[str]:
    """The months of the monthly table, 'januari 2020' on one line (demo r16 #16); in a synthetic export the months
    whose answered share was matched to the source's range marked (demo r31 #1: the others are freely chosen)."""
    return [
        fmt.month(m).replace(" ", "\u00a0") + (ANCHORED if hit else "")
        for m, hit in zip(months, matched(months, anchors))
    ]


def months_caption(anchors: dict | None) -> dict | None:
    """For the end of the monthly table's caption (captions.md, tbl_export_answer_rate): in a synthetic export what
    is made up, what is published (the registered contacts) and what the mark means (demo r31 #1, #2): the mark and
    the range the marked months were matched to; None without anchors. r39: the words are the template's."""
    if not anchors:
        return None
    caption = {"mark": ANCHORED, "low": anchors["rate_min"], "high": anchors["rate_max"]}
    # r49 (demo r49 #5): Figure 2's caption names the freely chosen months: those of the year before the matched ones
    first, last = anchors.get("first_month"), anchors.get("last_month")
    if first and last and first[5:] > "01" and last[5:] == "12" and first[:4] == last[:4]:
        before = f"{first[:4]}-{int(first[5:]) - 1:02d}"
        caption |= {"first": first, "last": last, "free_first": f"{first[:4]}-01", "free_last": before}
    return caption


def with_year_row(table: pd.DataFrame, year: int, cells: dict) -> pd.DataFrame:
    """The months' table with the year's total under them (demo r20 #19): 'Heel 2020', in bold as every table's
    'Totaal' (r61, r61 demo #11: 'heel 2020' was plain under the months)."""
    out = pd.concat([table, pd.DataFrame([{"Maand": f"Heel\u00a0{year}", **cells}])], ignore_index=True)
    out.attrs[BOLD_ROWS] = [len(out) - 1]
    return out
