"""Round r63t: the fresh reader's findings on the Tele-Onthaal 2021 release (/work/review/r63, #1-#5; r62 #7), each
pinned on its new text; each test failed on the text before."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release
from test_tele_onthaal_r16 import _records

from hulplijnen.config.params import load_params
from hulplijnen.pipeline.about import about_markdown, estimate_words


def test_r63_1_the_gap_is_not_simply_the_unanswered_calls():
    """#1: 'geen maat voor onbeantwoorde oproepen' read as 'nothing to do with unanswered calls'."""
    chapter = flat(built()[0].text)
    assert "het verschil is dus niet zonder meer het aantal onbeantwoorde oproepen." in chapter
    assert "geen maat" not in chapter and chapter.count("onbeantwoord") == 1


def test_r63_2_about_these_figures_points_to_the_methods_for_what_ongeveer_means():
    """#2: the clauses on 'ongeveer' before a number and 'ongeveer evenveel/even groot' are the annex's detail."""
    chapter = built()[0]
    words = estimate_words(chapter.text + "\n" + summary_of_release(["tele-onthaal"]))
    about = flat(about_markdown(load_params("2021-tele-onthaal"), _records(), True, marked=True, words=words))
    assert (
        "Cijfers met ≈ of „naar schatting” zijn schattingen, net als een bereik („tussen … en …”); hoe ze berekend "
        "zijn en wat „ongeveer” en vergelijkingen als „ongeveer even groot” precies betekenen, staat in de Methoden."
    ) in about
    assert "vóór een getal" not in about and "vergelijken twee cijfers" not in about
    # only the words the text uses
    alone = flat(about_markdown(load_params("2021-tele-onthaal"), _records(), True, words=words | {"about": False}))
    assert "wat vergelijkingen als „ongeveer even groot” precies betekenen, staat in de Methoden." in alone
