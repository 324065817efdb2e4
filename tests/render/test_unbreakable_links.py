"""quarto/unbreakable-links.lua: a phone number or web address ("0800 200 50", "www.stopitnow.be") never breaks
over two lines, in the PDF (an unbreakable box) and the HTML (class nobreak, white-space: nowrap); a long address
(the annex's sources) still wraps. And in every release's PDF the "Hulp nodig?" box's numbers and addresses
(data/helpline_contacts.csv) stand whole on one line."""

from __future__ import annotations

import csv

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import QUARTO_PARTIALS, ROOT

from .filters import run_filter
from .pages import read

LONG = "https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij"
TEXT = (
    f"Bel [0800 200 50](tel:080020050) of ga naar [www.stopitnow.be](https://www.stopitnow.be); zie [{LONG}]({LONG})."
)


def converted(to: str) -> str:
    return run_filter("unbreakable-links.lua", TEXT, to)


def test_pdf_boxes_phone_numbers_and_addresses_only():
    typst = converted("typst")
    assert '#box[#link("tel:080020050")' in typst
    assert '#box[#link("https://www.stopitnow.be")' in typst
    assert f'#box[#link("{LONG}")' not in typst and f'#link("{LONG}")' in typst


def test_html_marks_phone_numbers_and_addresses_nobreak():
    html = " ".join(converted("html").split())
    assert 'href="tel:080020050" class="nobreak"' in html
    assert 'href="https://www.stopitnow.be" class="nobreak"' in html
    assert f'href="{LONG}">' in html
    assert "a.nobreak" in (QUARTO_PARTIALS / "report.css").read_text(encoding="utf-8")


def contacts() -> list[str]:
    with (ROOT / "data" / "helpline_contacts.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row["phone"] for row in rows] + [row["website"].removeprefix("https://") for row in rows]


@pytest.mark.quarto
@pytest.mark.parametrize("release", release_ids())
def test_help_box_numbers_and_addresses_stand_whole_in_the_pdf(rendered, release):
    # after the title page and the contents (whose "… 10" above "6 Bereikbaarheid" is no broken "106")
    lines = [line.text for page in read(rendered[release] / "report.pdf")[2:] for line in page.lines]
    text = "\n".join(lines)
    shown = [c for c in contacts() if c in text]
    assert shown, "the 'Hulp nodig?' box shows the helplines' numbers and addresses"
    split = [
        f"'{line}' / '{after}'"
        for line, after in zip(lines, lines[1:])
        for c in contacts()
        if c not in line and any(line.endswith(c[:i]) and after.startswith(c[i:].lstrip()) for i in range(2, len(c)))
    ]
    assert not split, "phone numbers or web addresses broken over two lines: " + "; ".join(split)


def test_a_signed_figure_keeps_its_sign_on_its_line_in_the_pdf():
    """r31 TO: Tabel 1's "+84,2 %" broke after the "+" in the PDF; a sum in words ("1+2") is left alone."""
    typst = run_filter("unbreakable-links.lua", "Bezoekers +84,2\u00a0% en \u221236.460; 1+2 en a+b.")
    assert "#box[+84,2~%]" in typst and "#box[\u221236.460;]" in typst  # punctuation stays with it
    assert "1+2" in typst and "#box[1+2]" not in typst
    assert "#box" not in run_filter("unbreakable-links.lua", "Bezoekers +84,2\u00a0%.", "html")


RANGE = "ergens tussen \u221234\u00a0% en +52\u00a0%, dus geen effect; 48\u00a0% tot 49\u00a0% meer, en 3 en 4 keer."


def test_a_range_of_percentages_never_breaks_between_its_ends():
    """r31 2020 #14: 'ergens tussen −34 %' ended p.14 and 'en +52 %' began p.15: the spaces around 'en'/'tot' between
    two percentages are no-break spaces, in the PDF and the HTML; other 'en' stay breakable."""
    for to, nbsp in (("typst", "~"), ("html", "\u00a0")):
        out = run_filter("unbreakable-links.lua", RANGE, to).replace("#box[", "").replace("]", "")  # signs' boxes
        assert f"%{nbsp}en{nbsp}+52" in out and f"%{nbsp}tot{nbsp}49" in out, out
        assert "3 en 4" in " ".join(out.split()), out
