"""r22 2020 #14: a number and its % sign split over two lines on a phone ('„+6' / '%”'); templates and sources wrote a
plain space where the formatter writes a no-break space. Each test failed on the code before."""

from __future__ import annotations

from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation import escape, fmt


def test_a_plain_space_or_a_wrapped_line_before_percent_becomes_a_no_break_space():
    said = fmt.unbroken_units("50 % meer; „+6 %”; tot +6,5\n   % en; 3\n\n% blijft")
    assert said == "50\u00a0% meer; „+6\u00a0%”; tot +6,5\u00a0% en; 3\n\n% blijft"


def test_every_template_and_every_table_cell_keeps_the_number_with_its_percent_sign():
    glossary = glossary_markdown("het 95 %-interval", ["1712"])  # a template with '95 %' written by hand
    assert "met 95\u00a0% zekerheid" in glossary and "95 % zekerheid" not in glossary
    assert escape.md_cell("+13,9 % t.o.v. 2019") == "+13,9\u00a0% t.o.v. 2019"  # a source's text in a table
