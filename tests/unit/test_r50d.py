"""Round 50 (r49 demo reader): the sources table credits each help-box description to its own document (#1); the
need in the summary conditional, the hours logged in those of these data (#2); the patience in the chapter's words
(#3); the helpers per opening hour named (#4); 'Over deze cijfers' with its page in the PDF (#5)."""

from __future__ import annotations

from test_back_matter_r17 import BOTH
from test_demo_r12 import fact
from test_demo_r18 import MADE_UP, plain

from hulplijnen.data import load
from hulplijnen.facts import keys
from hulplijnen.pipeline import appendix, summary
from hulplijnen.presentation import text


def test_each_description_in_the_help_box_is_credited_to_its_own_document():
    """#1: the infographic was credited with every helpline's description; 1712's is the minister's answer's."""
    about = load.helplines()
    documents = appendix.used_documents(BOTH, True)
    lines = appendix.sources_markdown(BOTH, True, False).splitlines()
    rows = [line for line in lines if line.startswith("| ")][1:]  # the header's row left out
    assert len(rows) == len(documents) and not any("omschrijving van een hulplijn" in r for r in rows)  # the old credit
    credited = []
    for row in rows:
        described = [n for n in about["name"] if n in row.split("omschrijving van", 1)[-1]]
        assert ("omschrijving van" in row) == bool(described), row
        credited += described
    assert sorted(credited) == sorted(about["name"])  # each description credited once
    answer = next(r for r, d in zip(rows, documents, strict=True) if d["calibrated"])  # the minister's answer
    own = about.loc[about["purpose_document"] != about["purpose_document"].mode()[0], "name"]
    assert list(own) and all(f"de omschrijving van {n} in het kader „Hulp nodig?”" in answer for n in own)


def test_the_demo_need_is_conditional_and_the_hours_logged_in_are_these_datas():
    """#2: 'zijn volgens het rekenmodel … nodig. Aangemeld waren gemiddeld …' read as a fact about the real line."""
    md = plain(summary.markdown({**MADE_UP, keys.phone("1712", "queued"): fact(10290)}, ["1712"], 2020))
    assert (
        "te beantwoorden, zouden in deze verzonnen gegevens volgens het rekenmodel 117 hulpverlenersuren per "
        # r59 (r58 demo #3): what is left out said beside the hours needed
        # r64 (r64 demo #4): shorter sentences, what is left out one of its own
        "week aan de telefoon nodig zijn. Pauzes, overleg en nawerk komen daar nog bij." in (md)
    )
    assert ". In deze gegevens waren gemiddeld " in md and "Aangemeld waren gemiddeld" not in md  # r64 (r64 demo #4)


def test_the_demo_patience_is_said_as_the_chapter_says_it():
    """#3: 'wilde de beller … hoogstens 83 seconden wachten' → the chapter's 'hing … binnen … op'."""
    md = plain(summary.markdown({**MADE_UP, keys.phone("1712", "queued"): fact(10290)}, ["1712"], 2020))
    assert "- In deze verzonnen oproeplogs zou de beller bij de helft van de belpogingen naar schatting binnen " in md
    assert "seconden ophangen als niemand opneemt." in md and "wilde de beller" not in md


def test_the_helpers_per_opening_hour_are_named():
    """#4: Tabel 1's 'gemiddeld 1,4 per openingsuur' said not what."""
    md = plain(summary.key_figures_markdown(MADE_UP, ["1712"], 2020))
    # r63 (r63 demo #3, #11): 'verzonnen; ' in the made-up row; two decimals (1,4 beside 58 / 40 = 1,45)
    assert (
        "| Aangemelde hulpverlenersuren per week | 58 | verzonnen; gemiddeld 1,50 hulpverleners per openingsuur |" in md
    )


def test_the_intro_gives_the_page_of_about_these_figures_in_the_pdf():
    """#5: the help line gives the box's page in the PDF; 'Over deze cijfers' only 'verderop'."""
    said = text.render("summary/intro.md", facts={}, synthetic=True, year="2020", names=["Hulplijn 1712"])
    assert "`op pagina #context counter(page).at(<sec-about>).first()`{=typst}`verderop`{=html}" in said
    assert "[„Over deze cijfers”](#sec-about) verderop zegt" not in said


def test_each_description_names_a_document_of_the_provenance():
    """#1: purpose_document is a document data/provenance.yml describes, so the annex can name it."""
    from hulplijnen.config import yamlfile
    from hulplijnen.config.paths import DATA

    documents = yamlfile.load(DATA / "provenance.yml")[0]["documents"]
    assert set(load.helplines()["purpose_document"]) <= set(documents)
