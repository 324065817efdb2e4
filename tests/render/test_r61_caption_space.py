"""r61 (r59 TO #7): a PDF caption has one space after its number's colon ("Tabel 1: Kerncijfers"), as the HTML has;
Quarto 1.10 writes a caption's text on a line of its own, whose leading space typst set after the colon's own
("Tabel 1:  Kerncijfers", every release). Read from the PDF's characters: pdftotext joins two spaces into one."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
CAPTION = re.compile(r"(?:Tabel|Figuur)\xa0\d+:(\s*)(\S)")


def captions(pdf) -> list[tuple[int, str]]:
    """Each caption's number in the PDF with the blank characters after its colon, as (page, blanks)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [
            (number, found.group(1))
            for number, page in enumerate(document.pages, start=1)
            for found in CAPTION.finditer("".join(c["text"] for c in page.chars))
        ]


@pytest.mark.parametrize("release", release_ids())
def test_one_space_after_a_captions_colon(rendered, release):
    found = captions(rendered[release] / "report.pdf")
    assert found, "no caption 'Tabel N:' or 'Figuur N:' in the PDF"
    assert [(page, blanks) for page, blanks in found if blanks != " "] == []
