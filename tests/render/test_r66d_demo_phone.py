"""r66 (r64 demo #5): on a phone the demo's Tabel 6 is keyed with its one published column, 'Geregistreerd
(gepubliceerd)', on the main line beside the month and the share; the made-up attempts and the range go to the keyed
lines under each row (before: the made-up attempts on the main line, the published count under it)."""

from __future__ import annotations

import pytest

from .test_r53_phone_columns import tables

pytestmark = pytest.mark.quarto


def test_the_demos_monthly_table_keeps_its_published_column_on_the_main_line(browser, rendered):
    if "demo" not in rendered:
        pytest.skip("the demo release is not among the params files")
    monthly = [t for t in tables(browser, rendered, "demo") if "Geregistreerd (gepubliceerd)" in t["heads"]]
    assert monthly, "no table with the published column"
    table = monthly[0]
    assert table["layout"] == "keyed", table
    shown = dict(zip(table["heads"], table["columns"], strict=True))
    assert shown["Geregistreerd (gepubliceerd)"] and shown["% beantwoord (verzonnen)"], shown
    assert not shown["Belpogingen (verzonnen)"], shown
