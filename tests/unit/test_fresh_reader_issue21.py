"""A fresh reader's findings on the demo and the Tele-Onthaal release (issue 21): each test failed before."""

from pathlib import Path

from hulplijnen.chapters import helplines
from hulplijnen.config.params import load_params
from hulplijnen.pipeline.appendix import glossary_markdown
from hulplijnen.presentation import text

ROOT = Path(__file__).resolve().parents[2]
USED = "contacten oproepen gesprekken kanaal oproepen of gesprekken (niet vermeld)"


def test_a_one_helpline_chapter_is_named_by_what_the_helpline_counts_not_like_the_summary():
    """The table of contents listed 'Kerncijfers' twice: the summary's subsection and the chapter."""
    assert helplines.title(load_params("2021-tele-onthaal")) == "Oproepen en gesprekken"
    assert helplines.counted_units("1712") == "Contacten"


def test_the_years_figure_caption_names_what_is_counted():
    caption = helplines.charts.YEARS.caption
    assert "hoofdcijfer van de hulplijn" not in caption
    assert caption.format(helplines.counted({"tele-onthaal": _Section("calls")})).startswith("Oproepen per jaar")
    assert caption.format(helplines.counted({"x": _Section("contacts")})).startswith("Contacten per jaar")


class _Section:
    def __init__(self, main):
        self.data = {"main": main}


def test_the_glossary_follows_the_release_counting_units():
    tele = glossary_markdown(USED, ["tele-onthaal"])
    assert "**contacten**" not in tele and "niet vermeld" not in tele
    assert "**oproepen**" in tele and "**gesprekken**" in tele
    assert "**contacten**" in glossary_markdown(USED, ["1712"])


def test_no_word_on_empty_cells_when_the_release_has_no_source_tables():
    values = {"holds": 3, "inconsistent": 0, "corrections": 0, "missing": 0, "bounded": 0, "forced": 0}
    values.update(forced_years=[], year="2021")
    without = text.sections("chapters/data_quality/text.md", tables=False, **values)
    with_tables = text.sections("chapters/data_quality/text.md", tables=True, **values)
    assert "Geen enkele cel is leeg" not in without["missing"]
    assert "Geen enkele cel is leeg in de brontabellen over 2021." in with_tables["missing"]


def test_the_accessibility_statement_claims_no_conformance_it_did_not_validate():
    statement = " ".join((ROOT / "report" / "accessibility.md").read_text(encoding="utf-8").split())
    assert "getagde pdf volgens PDF/UA-1" not in statement
    assert "opgezet volgens PDF/UA-1, maar niet gevalideerd met veraPDF" in statement
