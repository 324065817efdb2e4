"""r34a (2020 #7, 2021 #3): in the glossary "optie 0" ran on at the end of the "oproepen" definition ("… meetelt.
**optie 0**" in the PDF; in the HTML inside the <dd> of "oproepen", no <dt>). In every release's HTML, every glossary
term is a <dt> of its own: no definition holds a bold glossary term, and every <dt> is a term of report/glossary.yml."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from hulplijnen.config.params import release_ids
from hulplijnen.pipeline.glossary import glossary_terms

pytestmark = pytest.mark.quarto


def glossary_items(html: str) -> tuple[list[str], list[str]]:
    """(the <dt> texts, the bold texts inside <dd>) of the glossary section's definition lists."""
    section = BeautifulSoup(html, "lxml").find(id="sec-glossary")
    assert section is not None, "no glossary section"
    terms = [" ".join(dt.get_text().split()) for dt in section.select("dl > dt")]
    glued = [" ".join(b.get_text().split()) for dd in section.select("dl > dd") for b in dd.find_all("strong")]
    return terms, glued


def test_a_term_glued_to_the_definition_before_it_is_found():
    html = (
        '<section id="sec-glossary"><dl><dt>oproepen</dt><dd><p>… meetelt. <strong>optie 0</strong> De keuze …</p>'
        "</dd></dl></section>"
    )
    assert glossary_items(html) == (["oproepen"], ["optie 0"])


@pytest.mark.parametrize("release", release_ids())
def test_every_glossary_term_is_a_definition_list_item_of_its_own(rendered, release):
    terms, glued = glossary_items((rendered[release] / "report.html").read_text(encoding="utf-8"))
    known = {t["term"].lower() for t in glossary_terms()}
    assert not [g for g in glued if g.lower() in known], f"{release}: terms inside a definition: {glued}"
    assert terms and all(t.lower() in known for t in terms), (release, terms)
    assert len(terms) == len(set(terms)), (release, terms)
