"""Round 54 (layout): the colophon opens a page of its own in the PDF (2020 #7: it stood on the annex's last page
under the running header 'Technische bijlage'); in 6.3 the table of counts per year comes before the two figures
(2021 #2: Figuur 5 went overleaf and left p.10 40 % empty)."""

from __future__ import annotations

from test_helplines_r13 import built, flat

from hulplijnen.chapters import helplines
from hulplijnen.chapters.helplines import charts
from hulplijnen.config.paths import ROOT
from hulplijnen.presentation.parts import Text


def test_the_colophon_opens_a_page_of_its_own_in_the_pdf():
    """r54 (2020 #7): a page break (weak: none where the annex ends a page), not the part-break that let it follow
    under a rule on the annex's last page."""
    source = (ROOT / "report" / "colophon.md").read_text(encoding="utf-8")
    typst = source[source.index("```{=typst}") : source.index("# Colofon")]
    assert "#pagebreak(weak: true)" in typst and "#part-break()" not in typst


def test_the_comparison_shows_its_table_of_years_before_its_figures():
    """r54 (2021 #2): lead-in, the counts per year with their note, then the channel mix and the growth."""
    order = [p.section if isinstance(p, Text) else p.label for p in helplines.SHOWN]
    years = order.index("tbl-helpline-years")
    assert order.index("comparison") < years < order.index("years_note") < order.index(charts.MIX.label)
    assert order.index(charts.MIX.label) < order.index(charts.GROWTH.label)
    chapter, _ = built(("1712", "tele-onthaal", "stop-it-now"))
    lead = flat(" ".join(chapter.section("comparison")))
    assert (
        "De hulplijnen tellen dus niet hetzelfde: de tabel hieronder geeft de aantallen per jaar, elk in de eigen "
        "telling van de hulplijn; de figuren daarna zetten aandelen en groei naast elkaar." in lead
    )
    assert "de figuren hieronder" not in lead
    assert "naast elkaar. De groei van 2019 tot 2021 volgt" in lead  # after a space; r63 (r63 2021 #3)
