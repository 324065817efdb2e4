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


def base_label(base) -> str:
    return measure_label(base, "all") if isinstance(base, str) and base else ""
