"""The Dutch words the report shows for the codes of the published tables: categories and measures, from
the codebooks (data/codebooks/categories.csv, measures.csv). Chapters and the summary's key messages use them."""

from __future__ import annotations

import re

import pandas as pd

from ..data import load
from . import fmt


def category_label(category: str) -> str:
    return load.codebook("categories").set_index("category")["label_nl"].get(category, category)


def measure_label(measure: str, category: str) -> str:
    """'calls', 'chat' -> 'oproepen (chat)', from the codebooks."""
    base = load.codebook("measures").set_index("measure")["label_nl"].get(measure, measure)
    if category == "all" or category_label(category) in base:  # 'aandeel anoniem', not 'aandeel anoniem (anoniem)'
        return base
    return f"{base} ({category_label(category)})"


# who a share's category describes, where the category's own word does not say it ('vrouw' of whom?)
READER_PREFIX = {
    "contact_person_share": "contactnemer: ",
    "gender_share": "contactnemer: ",
    "victim_age": "slachtoffer: ",
}


def reader_label(measure: str, category: str) -> str:
    """A published share's row as a reader reads it: 'kindermishandeling', 'contactnemer: het slachtoffer zelf',
    not the codebook's 'soort geweld (kindermishandeling)'; a total keeps the measure's name."""
    if category == "all":
        return measure_label(measure, category)
    return READER_PREFIX.get(measure, "") + category_label(category)


def base_label(base) -> str:
    return measure_label(base, "all") if isinstance(base, str) and base else ""


def peak_period(name: str, start, end, locator: str = "") -> dict:
    """A rise in demand as the report names it (r15 2020 #1): by its months, 'de piek van april–juni 2020', and the
    name the source gives those months apart ('eerste lockdown': the event's name without its months in brackets),
    never as if the source's months were the dates of what it names; ``asked``: the name is the written question's
    (events.csv locator 'question, ...'; r54 2020 #1: said as its label, not as the lockdown's dates)."""
    first, last = pd.Period(start, freq="M"), pd.Period(end, freq="M")
    months = fmt.month(last) if first == last else f"{fmt.month(first).split(' ')[0]}–{fmt.month(last)}"
    if first.year != last.year:
        months = f"{fmt.month(first)}–{fmt.month(last)}"
    short = months.rsplit(" ", 1)[0] if first.year == last.year else months  # 'april–juni', the year said elsewhere
    named = re.sub(r"\s*\([^()]*\)\s*$", "", str(name))
    return {"months": months, "short": short, "named": named, "asked": str(locator).startswith("question")}
