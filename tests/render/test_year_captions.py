"""r26 2021 #5: in a later year's report a table or chart of an earlier year's figures says that year first in its
caption ('Cijfers 2020: …'), as its heading does; the lead is added where Quarto renders, so it is read from the
rendered HTML."""

from __future__ import annotations

import nbformat
import pytest

from hulplijnen.presentation import captions

pytestmark = pytest.mark.quarto


def test_an_earlier_years_table_names_its_year_first_in_the_rendered_caption(rendered):
    html = (rendered["2021"] / "report.html").read_text(encoding="utf-8")
    # r33 (r32 quick #8): the 2021 report no longer repeats the 2020 context table (it refers to the 2020 report);
    # each table or chart it shows of an earlier year's data still says that year first in its rendered caption
    assert "Mogelijke slachtoffers naar context van het geweld" not in html
    for nb in sorted((rendered["2021"] / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(nb, as_version=4).cells:
            year, cap = captions.data_year(cell), captions.CAPTION.search(cell.source)
            if year is not None and year != 2021 and cap:
                assert f"Cijfers {year}: " in html and cap.group(2) in html, (nb.name, cap.group(2))
    assert "Cijfers 2021:" not in html  # the report's own year needs no lead
