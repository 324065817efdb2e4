"""The rows the annex's table of derived values adds to a helpline's derived counts: the estimates the chapter makes
from the rounded corona shares, the rise of the other conversations, and the calls less the conversations as a share
of the calls in the earlier years (r37, r36 TO #1, #2: every derived number the text says, traceable in the annex).
Every value a recorded fact or the range the facts were recorded from; the sentences are in text.md."""

from __future__ import annotations

import math

import pandas as pd

from ...facts import FactSheet, keys
from ...presentation import fmt
from ...presentation.labels import measure_label
from . import conversion

# the Soort of a row, how its value was found (r37, r36 TO #9: 'afgeleid' as in every other row, never 'geschat')
FROM_SHARE = "afgeleid uit het aandeel {}"
FROM_ROWS = "berekend uit de twee rijen „{}” hierboven"
FROM_COUNTS = "berekend uit de rijen hierboven"
RISE = "{}: meer dan in {}"
RISE_PCT = "{}: meer dan in {}, in procent"  # r54 (TO #1, 2021 #3): the text's 'naar schatting' percentage, its range
# r47 (r46 2021 #15): a label, not a sentence fragment ('meer oproepen dan gesprekken'); r49 (r48 TO #9): the chapter's
# table's label (conversion.GAP), the channel first, what the share is of in it
GAP = conversion.GAP


def estimated_rows(meaning: dict | None, figs: pd.DataFrame, year: int) -> list[dict]:
    """The corona conversations and the other conversations the chapter estimates from the rounded corona shares, each
    year as the whole range the rounding allows: the annex's rows for them (r21 TO #2: the chapter prints them as a
    rounded range or an 'ongeveer' count, the annex gives the range itself); then the rise of the other conversations
    on the year before, from their two rows (r37, r36 TO #1), as a count and as a percentage (r54). Takes the ranges
    out of the split: the text prints recorded facts only."""
    split = meaning and meaning["corona"] and meaning["corona"]["split"]
    if not split:
        return []
    ranges, rise, growth = split.pop("ranges"), split.pop("rise_range", None), split.pop("growth_range", None)
    shares = figs[figs["measure"] == "corona_share"]
    stated = {
        str(int(r.reference_year if pd.notna(r.reference_year) else year)): fmt.pct(r.value, int(r.decimals))
        for r in shares.itertuples()
    }
    rows = [
        {
            "Cijfer": measure_label(r["measure"], "all"),
            "Jaar": r["year"],
            "Waarde": fmt.count_range(r["low"], r["high"]),
            "Soort": FROM_SHARE.format(stated[r["year"]]),
        }
        for r in ranges  # the other conversations too: the chapter estimates them (r28 TO #4)
    ]
    if rise:
        other = measure_label("other_conversations", "all")
        rows.append(
            {
                "Cijfer": RISE.format(other, year - 1),
                "Jaar": str(year),
                "Waarde": fmt.count_range(rise["low"], rise["high"]),
                "Soort": FROM_ROWS.format(other),
            }
        )
    if rise and growth:  # to two decimals, rounded outwards, as the gap's shares below
        ends = math.floor(growth["low"] * 100) / 100, math.ceil(growth["high"] * 100) / 100
        rows.append(
            {
                "Cijfer": RISE_PCT.format(other, year - 1),
                "Jaar": str(year),
                "Waarde": " tot ".join(fmt.pct(v, 2) for v in ends),
                "Soort": FROM_ROWS.format(other),
            }
        )
    return rows


def gap_rows(helpline: str, year: int, implied: pd.DataFrame, facts: FactSheet, labels: dict) -> list[dict]:
    """The calls less the conversations as a share of the calls, in all and per channel, in every earlier year the
    chapter recorded that share's range for (conversion.history, conversion.channels): the annex's rows for the
    shares the text compares this year's with ('ongeveer een kwart', 'ongeveer 25 %'; r37, r36 TO #2), each range to
    two decimals, rounded outwards."""
    rows = []
    for category, label in [("all", ""), *labels.items()]:
        own = "" if category == "all" else f"_{category}"
        for y in conversion.earlier_years(implied, category, year):
            k = (helpline, f"{conversion.NO_CONVERSATION}{own}", f"calls{own}", y)
            low, high = keys.share_of(*k, "low"), keys.share_of(*k, "high")
            if low not in facts or high not in facts:
                continue
            ends = math.floor(facts.get(low) * 100) / 100, math.ceil(facts.get(high) * 100) / 100
            rows.append(
                {
                    "Cijfer": GAP.format(label or conversion.TOTAL),
                    "Jaar": str(y),
                    "Waarde": " tot ".join(fmt.pct(v, 2) for v in ends),
                    "Soort": FROM_COUNTS,
                }
            )
    return rows
