"""r26 2021 #5: in a later year's report a table or chart of an earlier year's figures says that year first in its
caption ('Cijfers 2020: …'), as its heading does; the lead is added where Quarto renders, so it is read from the
rendered HTML."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.quarto


def test_an_earlier_years_table_names_its_year_first_in_the_rendered_caption(rendered):
    html = (rendered["2021"] / "report.html").read_text(encoding="utf-8")
    assert "Cijfers 2020: Mogelijke slachtoffers naar context van het geweld" in html
    assert "Cijfers 2021:" not in html  # the report's own year needs no lead
