"""A fresh reader's findings on the demo and the Tele-Onthaal release (issue 21): each test failed before."""

from pathlib import Path

from hulplijnen.chapters import helplines
from hulplijnen.config.params import load_params
from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation import text

ROOT = Path(__file__).resolve().parents[2]
USED = "contacten oproepen gesprekken kanaal oproepen of gesprekken (niet vermeld)"


def test_a_one_helpline_chapter_is_named_by_what_the_helpline_counts_not_like_the_summary():
    """The table of contents listed 'Kerncijfers' twice: the summary's subsection and the chapter."""
    # r66 (r64 TO #4): the chapter holds the website's visitors too, so its title names them
    assert helplines.title(load_params("2021-tele-onthaal")) == "Oproepen, gesprekken en websitebezoekers"
    assert helplines.counted_units("1712") == "Contacten"


def test_the_years_figure_caption_names_what_is_counted():
    from caption_words import words  # r39: the words are the chapter's captions.md, the codebook's from Python

    def caption(sections):
        also = helplines.tables.years_also(2021, sections)
        return words("helplines", helplines.charts.YEARS, counted=helplines.tables.counted(sections), years_also=also)

    assert "hoofdcijfer van de hulplijn" not in caption({"stop-it-now": _Section("contacts")})
    # review r14 (TO #14): the caption says the chart's message where there is one, else what it counts per year
    message = caption({"tele-onthaal": _Section("calls")})
    assert message == "Oproepen en gesprekken per jaar"  # r30 TO #6: the level is the opening's
    assert caption({"stop-it-now": _Section("contacts")}) == "Contacten per jaar"


class _Section:
    def __init__(self, main):
        self.data = {"main": main}


def test_the_glossary_follows_the_release_counting_units():
    tele = glossary_markdown(USED, ["tele-onthaal"])
    assert "**contacten**" not in tele and "niet vermeld" not in tele
    # r30 TO #7: no circular entries for Tele-Onthaal's words; r31 TO #3: the two central words are entries again,
    # each saying what is known and that the source does not define it (not a label restating itself)
    assert "**oproepen**" in tele and "**gesprekken**" in tele
    assert "elke keer dat iemand de hulplijn belde of een chat met de hulplijn begon" in tele
    words = " ".join(tele.split())  # r33f: the entries' lines wrap anywhere
    # r49 (r48 TO #10): each entry says first that the source does not define the word, then the reading, then what
    # else the source does not say ('Ze zegt ook niet')
    assert (
        "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand" in words
        and "**gesprekken** : De bron omschrijft het niet; vermoedelijk een oproep via" in words  # r64 (r64 TO #3)
    )
    assert (
        "Ze zegt ook niet of een oproep die niemand beantwoordde, een stille of een afgebroken" in words
        and "De bron zegt ook niet vanaf welke lengte een contact als gesprek" in words  # r64 (r64 TO #3)
    )
    assert "**contacten**" in glossary_markdown(USED, ["1712"])


def test_no_word_on_empty_cells_when_the_release_has_no_source_tables():
    values = {
        "checked": ["de totalen"],
        "explained": None,
        "inconsistent": 0,
        "changed": 0,
        "missing": 0,
        "bounded": 0,
        "forced": 0,
    }
    values.update(year="2021")
    without = text.sections("chapters/data_quality/text.md", tables=False, **values)
    with_tables = text.sections("chapters/data_quality/text.md", tables=True, **values)
    assert "Geen enkel vak is leeg" not in without["missing"]
    assert "Geen enkel vak is leeg in de brontabellen over 2021." in with_tables["missing"]


def test_the_accessibility_statement_claims_no_conformance_it_did_not_check():
    statement = " ".join((ROOT / "report" / "accessibility.md").read_text(encoding="utf-8").split())
    assert "PDF/UA-1" not in statement and "veraPDF" not in statement  # no standard claimed, no test tool named
    # what was done, and an invitation to report a problem; no unfinished-sounding admission (r16 2021 #15, TO #16)
    assert "hebben het rapport nog niet getest" not in statement


def _capacity_rate(synthetic: bool, first: bool) -> str:
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    env = environment(TEXT_FOLDERS, False)
    template = env.get_template("chapters/capacity/text.md")
    context = {
        "opening": env.get_template("chapters/shared/export.md").module.opening,
        "synthetic": synthetic,
        "largest_hidden": 4,
        "year": "2020",
        "source_total": 8059,
        "left_out": 6,
        "imitated": 8053,
        "first": first,
        "first_title": "Registratie per contact",
        "open_from": 9,
        "open_until": 17,
        "offered": 12000,
        "answered": 5702,
        "rate": {"rate": 47.5, "low": 46.6, "high": 48.4, "attempts": 2.1},
        "callers": {
            "consistent": False,
            "most": 4292,
            "fewest": 3219,
            "reached_low": 1,
            "reached_high": 2,
            "attempts": [3, 4],
        },
        "worst": None,
        "demand": None,
        "call_time_question": None,
        "anchors": {
            "first_month": "2020-09",
            "last_month": "2020-12",
            "rate_min": 40,
            "rate_max": 45,
            "anonymous_min": 75,
        },
    }
    block = template.blocks["rate"](template.new_context(context))
    return " ".join("".join(block).split())


def test_the_synthetic_paragraph_is_said_in_full_once_then_pointed_back_to():
    """Each demo chapter opened with the same seven-line 'Synthetische gegevens' paragraph."""
    from hulplijnen.chapters.shared.export_tables import first_export_chapter

    first, later = _capacity_rate(True, True), _capacity_rate(True, False)
    # r14 #14: the list of what is copied and made up is in 'Over deze cijfers'; both chapters point there
    # demo r20 #10: a demo's 'Over deze cijfers' comes right after the summary; demo r20 #1: one label of what is real
    # r37 (demo r36 #2): 'Over deze cijfers' stands right before chapter 1: a short opener of its own, no pointer
    assert "Een computerprogramma maakte beide na" not in first and "Over deze cijfers" not in first
    assert first.startswith("**De oproeplogs in dit hoofdstuk zijn verzonnen;**")
    # demo r21 #12: the label is the cover's, the running header's and 'Over deze cijfers'; a chapter points there once
    assert "verzonnen, behalve" not in first and "verzonnen, behalve" not in later
    assert "Een computerprogramma maakte" not in later and "Synthetische gegevens" not in later
    assert first_export_chapter() == ("registration", "Registratie per contact")


def test_a_synthetic_release_does_not_mix_a_published_figure_with_invented_counts_into_a_finding():
    """The demo read 'hoogstens 4.292 bellers — minder dan de 5.702 beantwoorde oproepen' from the source's real
    '3 tot 4 pogingen' and invented call counts."""
    synthetic, real = _capacity_rate(True, True), _capacity_rate(False, True)
    # demo r20 #2 (supersedes r16 demo #5): no sum on made-up calls and no question to the helpline built on it
    # r56 (r56 demo #1): 'hoogstens één op de drie pogingen' is the ratio of the source's figures, not a count
    assert "bellers — minder dan" not in synthetic and "4.292" not in synthetic and "open vraag" not in synthetic
    # demo r22 #2, #12: why the demo counts no callers is the annex's, said as a limit of the made-up calls
    assert "bellers doorkwamen" not in synthetic
    assert "hoogstens 4.292 bellers" in real
