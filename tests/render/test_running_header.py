"""The PDF's running header names the section in force at the top of the page (r25 2020 #4, 2021 #16, TO #6, demo
#17): a chapter counts for the page only when its heading stands in the top quarter of the page's text area, the
rule chapter-of-page in quarto/typst-template.typ computes."""

from __future__ import annotations

import re

import pytest

from .test_page_flow import RELEASES, chapter_starts, footers, pages_of


@pytest.mark.parametrize("release", RELEASES)
def test_the_running_header_names_the_chapter_that_begins_or_is_in_force_on_the_page(rendered, release):
    """The header names the first chapter whose heading stands in the top quarter of the page's text area, else the
    last one begun above that: the section in force at the top of the page. 2020 (r24 #17): p.4, where chapter 1
    begins under the summary's last lines, said 'Samenvatting'; 2021 (r24 #18): the colophon's page said 'Technische
    bijlage'; 2020 (r25 #4), 2021 #16, TO #6, demo #17: a page that opens with a chapter's table named the chapter
    beginning in its upper half, lower down."""
    pages = pages_of(rendered, release)
    starts = chapter_starts(pages)
    assert len(starts) >= 3, "the chapters are found in the body"
    headers = {number: header for number, _, header in footers(rendered[release] / "report.pdf")}
    wrong = []
    for page in pages[2:]:
        quarter = page.top + (page.bottom - page.top) / 4
        tops = {line.text: line.top for line in page.lines}
        opening = [
            name
            for name, number, _ in starts
            if number == page.number
            and min((top for text, top in tops.items() if re.sub(r"^[\d.]+\s+", "", text) == name), default=quarter)
            < quarter
        ]
        earlier = [name for name, number, _ in starts if number < page.number]
        want = opening[0] if opening else earlier[-1] if earlier else None
        # a part begun under its rule below the last lines of the part before names both, that one first (r32)
        shared = f" {want} · " in headers[page.number]
        # r33 (demo r32 #16): a shared label too long beside the title names only the part begun on the page
        begun = [name for name, number, _ in starts if number == page.number]
        shared = shared or any(headers[page.number].endswith(name) for name in begun)
        if want and not (headers[page.number].endswith(want) or shared):
            wrong.append(f"p.{page.number}: '{headers[page.number][-40:]}', not '{want}'")
    assert not wrong, "running headers that do not name the chapter at the top of the page: " + "; ".join(wrong)
