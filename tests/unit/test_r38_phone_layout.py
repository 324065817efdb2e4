"""Round 38 (Tele-Onthaal #14, demo #14): on a phone (390 px) long tables became many stacked cards (Tele-Onthaal's
Tabel 6: 27 cards over three screens; demo's Tabel 5: 13 cards, its months not comparable). The criterion that
decides how a table is shown on a phone, ``phoneLayout`` in quarto/scroll-focus.html, taken from measured widths
with the table set compact: a table that fits and is not cramped stays a table, a long one (eight rows or more)
that does not scrolls sideways in its own box, a short one becomes cards. Run with node on the function's own
source."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "quarto" / "scroll-focus.html"
NODE = shutil.which("node")


def phone_layout(width: float, available: float, cramped: bool, rows: int, figures: bool = True) -> str:
    source = SCRIPT.read_text(encoding="utf-8")
    function = re.search(r"function phoneLayout\(.*?\n\}\n", source, re.S)
    assert function, "phoneLayout not found in scroll-focus.html"
    args = f"{width}, {available}, {json.dumps(cramped)}, {rows}, {json.dumps(figures)}"
    call = f"console.log(JSON.stringify(phoneLayout({args})));"
    done = subprocess.run([NODE, "-e", function.group(0) + call], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


@pytest.mark.parametrize(
    ("width", "available", "cramped", "rows", "layout"),
    [
        (339, 339, False, 41, "table"),  # fits exactly (demo's list of codes): a table, however long
        (340, 339, False, 4, "table"),  # a pixel of rounding is no reason
        # r53 (demo #10, 2020 #10, 2021 #2): a long table of figures no longer scrolls (its key column was out of
        # sight) but is keyed: its key columns stay columns, the others are named lines under each row
        (570, 339, False, 13, "keyed"),  # demo Tabel 5 (five columns, 13 months): stays comparable
        (452, 339, False, 6, "cards"),  # a short wide table: a few cards
        (339, 339, True, 2, "cards"),  # fits but squeezes a column of words (the sources)
        (300, 339, False, 8, "table"),
    ],
)
def test_a_table_that_fits_a_phone_stays_a_table_and_only_a_short_wide_one_becomes_cards(
    width, available, cramped, rows, layout
):
    assert phone_layout(width, available, cramped, rows) == layout


def test_the_old_rule_is_gone_a_long_wide_table_no_longer_becomes_cards():
    """Before r38 every table that did not fit a phone became cards, 13 or 27 of them."""
    assert phone_layout(570, 339, False, 13) != "cards"


def test_r53_no_table_scrolls_on_a_phone_and_a_long_list_of_words_is_cards():
    """r53 (2021 #2: Tabel 14 and 15 cut mid-word at the box's edge; Tele-Onthaal #2: Tabel 6's 'Soort' out of
    sight): a long table whose cells are not all figures (the annex's lists) becomes cards, each row read on its own;
    nothing is 'scroll' any more."""
    assert phone_layout(366, 339, True, 25, figures=False) == "cards"
    assert phone_layout(876, 339, False, 46, figures=False) == "cards"
    assert "scroll" not in {phone_layout(w, 339, c, r) for w in (300, 570) for c in (True, False) for r in (2, 40)}
