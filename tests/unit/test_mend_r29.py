"""Round 29's mends: one lookup of a published rounded change (data.history.stated_change) for the chapter and the
Methods, and one rule for a template's own Markdown in a pipe-table cell (escape.one_line)."""

import pandas as pd

from hulplijnen.data import history
from hulplijnen.presentation import escape, text


def _figs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "key": ["a", "b", "c"],
            "measure": ["contacts", "contacts", "contacts"],
            "category": ["all", "phone", "all"],
            "unit": ["pct_change", "pct_change", "count"],
            "reference_year": [2019, 2019, pd.NA],
            "value": [57.0, 40.0, 8515.0],
            "decimals": [0, 0, 0],
        }
    )


def test_the_stated_change_is_the_total_s_against_that_year():
    row = history.stated_change(_figs(), "contacts", 2019)
    assert row is not None and row["key"] == "a"  # not the channel's, not the count


def test_no_stated_change_where_the_year_publishes_none():
    assert history.stated_change(_figs(), "contacts", 2018) is None
    assert history.stated_change(_figs(), "calls", 2019) is None


def test_a_templates_markdown_in_a_cell_is_on_one_line():
    assert escape.one_line("eerste regel\ntweede\r\nderde") == "eerste regel tweede derde"
    template = text.environment(text.TEXT_FOLDERS, False).from_string("| {{ cell | one_line }} |")
    rendered = template.render(cell="a\n**b**")
    assert rendered.strip() == "| a **b** |"  # its own Markdown kept, its row not broken
