"""The Dutch words the report shows for the codes of the published tables: categories and measures, from
the codebooks (data/codebooks/categories.csv, measures.csv). Chapters and the summary's key messages use them."""

from __future__ import annotations

from ..data import load


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
