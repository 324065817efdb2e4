"""The chapter's table of contacts per month and channel (r41, r41 2020 #2: the PDF had only the charts, which cannot
be read to the unit, and the parliamentary question asked for a breakdown per month): the same numbers as the monthly
chart, a column per channel and the month's total, a misread cell the report corrected marked (data.load.misread_cells,
the cells the demo's and the annex's lines name too), its note under the table. Shared with the demo's registration
chapter, which shows the published months it is tuned to (r53 demo #1)."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, Source, keys
from ...presentation import fmt
from ...presentation.display import BOLD_ROWS

TABLE = "contacts_by_month_channel"
MARK = "¹"  # a cell the report corrected (data/corrections.csv): the note under the table says from what
MISSING = "–"
TOTAL = "Totaal"  # the label of the last row, as the last column is headed


def _cell(value) -> str:
    return MISSING if pd.isna(value) else fmt.number(int(value))


def table(wide: pd.DataFrame | None, helpline: str, facts: FactSheet) -> tuple[pd.DataFrame | None, list[dict]]:
    """Months by channel (codebook order, the channels the table has) and the month's total, as the report shows them,
    and the corrected cells for the note (their values recorded); None without months to show."""
    if wide is None or wide.empty or wide.fillna(0).to_numpy().sum() == 0:
        return None, []
    year = str(wide.index[0].year)
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    channels = [c for c in labels.index if c in wide.columns]
    marked, notes = set(), []
    for r in load.misread_cells(helpline, year, TABLE).itertuples():  # the values a misread scan got wrong
        if r.channel not in channels or pd.Period(r.month, freq="M") not in wide.index:
            continue
        marked.add((str(r.month), r.channel))
        when = fmt.month(r.month).split(" ")[0]
        channel = r.channel

        def key(measure: str, channel: str = channel) -> str:
            return keys.channel_count(helpline, channel, measure)

        src = Source("data/corrections.csv", "corrections", f"file {helpline}/{year}/{TABLE}.csv, {r.key}")
        notes.append(
            {
                part: facts.add(key(f"corrected_{when}_{part}"), int(v), "count", src)
                for part, v in (("published", float(r.published)), ("used", float(r.used)))
            }
        )
    rows = []
    for month, counts in wide.iterrows():
        row = {"Maand": fmt.month(month).split(" ")[0]}
        for c in channels:
            cell = _cell(counts[c])
            row[fmt.capfirst(labels[c])] = f"{cell} {MARK}" if (str(month), c) in marked else cell
        row["Totaal"] = _cell(counts[channels].sum(min_count=1))
        rows.append(row)
    # r44 (2020 #3): the year's totals per channel and of the year under the months, from the same numbers (the note
    # under the table says a corrected value is the one that fits 'de totalen van de tabel')
    total = {"Maand": TOTAL} | {fmt.capfirst(labels[c]): _cell(wide[c].sum(min_count=1)) for c in channels}
    rows.append(total | {"Totaal": _cell(wide[channels].sum(min_count=1).sum(min_count=1))})
    frame = pd.DataFrame(rows)
    frame.attrs[BOLD_ROWS] = [len(frame) - 1]  # set in bold, so no reader adds it in with the months
    return frame, notes


REMARK = "verbeterd; bron: {published}"  # r45 (r44 2020 #8): a corrected cell in the chart's values file ('opmerking')


def remarks(wide: pd.DataFrame | None, helpline: str) -> dict[tuple[str, str], str]:
    """Per (month, channel) of the chart a cell the report corrected (data/corrections.csv, as the table marks it with
    its note) and what the source read, for the chart's values file: the CSV says it as Tabel 3 does (r44 2020 #8)."""
    if wide is None or wide.empty:
        return {}
    year = str(wide.index[0].year)
    return {
        (str(r.month), r.channel): REMARK.format(published=fmt.number(float(r.published)))
        for r in load.misread_cells(helpline, year, TABLE).itertuples()
        if r.channel in wide.columns and pd.Period(r.month, freq="M") in wide.index
    }
