"""One table style in the PDF (r25 2020 #16: Tabel 5 stretched over the page and packed tight beside the other tables;
Tele-Onthaal #14: Tabel 7 cramped; demo #17: Tabel 2's caption flush left above a centred table). A pipe table
whose padded lines pass pandoc's line width got relative column widths: quarto/number-columns.lua gives a table whose
cells fit on one line side by side the width its columns need; only a table that must wrap keeps relative widths."""

from __future__ import annotations

import re

import pandas as pd

from hulplijnen.config.paths import QUARTO_PARTIALS
from hulplijnen.presentation.display import markdown_table

from .filters import run_filter

NARROW = pd.DataFrame(
    {
        "Context": ["gescheiden kerngezin", "rust- en verzorgingstehuis"],
        "Mogelijke slachtoffers": ["4.251", "16"],
        "Aandeel van bekend": ["42,1\u00a0%", "0,2\u00a0%"],
    }
)
PROSE = pd.DataFrame(
    {
        "Gegevens": ["Tele-Onthaal 2021: websitebezoekers, wijziging tegenover 2020"],
        "Toelichting": ["Het verschil van −36.460 bezoekers geeft 210.523 bezoekers in 2020 en een daling met 17,3 %."],
    }
)


def typst_of(markdown: str) -> str:
    return run_filter("number-columns.lua", markdown)


def test_a_narrow_table_with_long_padded_lines_takes_its_columns_width():
    markdown = markdown_table(NARROW)
    assert max(len(line) for line in markdown.splitlines()) > 72  # pandoc alone would stretch it over the page
    assert "columns: 3," in typst_of(markdown)


def test_a_table_that_must_wrap_keeps_its_relative_widths():
    assert re.search(r"columns: \(\d+(\.\d+)?%, \d+(\.\d+)?%\)", typst_of(markdown_table(PROSE, (1, 2))))


def test_every_table_has_one_inset_and_stands_flush_left_under_its_caption():
    # r37: the layout is two partials; the figure and table placement rules moved to typst-floats.typ
    template = (QUARTO_PARTIALS / "typst-template.typ").read_text(encoding="utf-8")
    floats = (QUARTO_PARTIALS / "typst-floats.typ").read_text(encoding="utf-8")
    assert "2.5pt" not in template + floats  # no table set tighter to fit a page
    assert len(re.findall(r"set table\(inset:", template + floats)) == 1
    assert 'show figure.where(kind: "quarto-float-tbl"): set align(left)' in floats
