"""quarto/number-columns.lua, run by Quarto's own pandoc: a column of numbers as the report writes them is
aligned right (with its header), in the PDF and the HTML alike; a column of words, the first column and a
column the table aligns itself stay as they are."""

from __future__ import annotations

import json

from .filters import run_filter

NBSP = "\u00a0"
TABLE = f"""| Jaar | Contacten | Aandeel | Bron | Effect |
|:--|:--|:--|:--|--:|
| 2020 | 8.059 | niet gepubliceerd | tabel | 1 |
| 2021 | 232{NBSP}à{NBSP}240 | 10,0{NBSP}% | kerncijfers 2021 | 2 |
| totaal | x | \u22123,6{NBSP}% | 3 | 3 |
| leeg | | 100{NBSP}% | | 4 |
"""


def alignments(markdown: str) -> list[str]:
    done = run_filter("number-columns.lua", markdown, "json")
    table = next(block for block in json.loads(done)["blocks"] if block["t"] == "Table")
    return [spec[0]["t"] for spec in table["c"][2]]


def test_columns_of_numbers_align_right():
    assert alignments(TABLE) == ["AlignLeft", "AlignRight", "AlignRight", "AlignLeft", "AlignRight"]


def test_a_column_of_marks_only_stays_left():
    """ "x" or "niet gepubliceerd" alone is no column of numbers."""
    markdown = "| Groep | Contacten |\n|:--|:--|\n| a | x |\n| b | niet gepubliceerd |\n"
    assert alignments(markdown) == ["AlignLeft", "AlignLeft"]


def test_a_share_not_in_the_sources_is_a_mark_beside_numbers():
    """r15 2021 #1: the table of shares per year says 'niet in de bronnen' (was 'niet gepubliceerd'); its column of
    shares still stands right."""
    markdown = "| Jaar | Buur |\n|:--|:--|\n| 2020 | 10,0\u00a0% |\n| 2021 | niet in de bronnen |\n"
    assert alignments(markdown) == ["AlignLeft", "AlignRight"]
