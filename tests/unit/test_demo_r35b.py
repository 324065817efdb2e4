"""Round 35 demo findings: the callers' patience is said as the estimate it is, not as an observed count of who hung
up (#1); the PDF's running header under the banner no longer repeats '(synthetische gegevens)' (#2). Each test fails
on the wording or behaviour before r35."""

import pytest
from test_demo_r12 import plain
from test_demo_r21 import CALIBRATED

from hulplijnen.config.errors import ParamsError
from hulplijnen.config.params import load_params
from hulplijnen.pipeline import front, summary
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

OLD = "hing naar schatting"  # r33's wording: read as what happened to the unanswered attempts
# r66 (r65 demo #6): 'opneemt', as the summary says it
ESTIMATE = "zou de beller bij de helft van de belpogingen binnen 83 seconden ophangen als niemand opneemt"


def _staffing() -> str:
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    measured = {
        "wait": None,
        "within": {20: None, 60: None},
        "patience": {"median": 83},
        "handle": None,
    }
    return plain(template.render(measured=measured, model=None, synthetic=True, year="2020"))


def test_the_chapter_says_the_patience_is_an_estimate_of_how_long_callers_would_wait():
    """#1: 'Wie niemand aan de lijn kreeg, hing naar schatting bij de helft van de belpogingen binnen 83 seconden op'
    read as an observed fact; it is the estimated patience, from all attempts (answered ones count as censored)."""
    said = _staffing()
    assert OLD not in said and "Wie niemand aan de lijn kreeg" not in said
    assert "Hoe lang bellers willen wachten (hun **geduld**), is geschat uit alle belpogingen samen" in said
    assert f"gewacht. Volgens die schatting {ESTIMATE}." in said  # right after how it was estimated


def test_the_summary_bullet_and_the_key_figure_note_say_estimate():
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    # r38 (demo r37 #12): the point first, then the estimate
    # r41 (r41 demo #8): 'ophangen', not 'snel inhaken'
    # r47 (demo r46 #2): no 'weinig geduld' (a judgement), no conditional; still how long callers would wait
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r57 (r57 demo #5): conditional, the model's estimate ('zou … ophangen')
    new = "- In deze verzonnen oproeplogs zou de beller bij de helft van de belpogingen naar schatting binnen"
    assert OLD not in md and new + " 83 seconden ophangen als niemand opneemt." in md
    # the key figures' note, where the table shows the patience (the key messages do not say it)
    table = plain(summary.key_figures_markdown(CALIBRATED, ["1712"], 2020, ""))
    assert "| geduld van een beller (mediaan) | 83 seconden |" in table.lower()
    assert (
        OLD not in table
        # r44 (demo r42 #9): no 'verzonnen; ' before the note, the caption says it
        # r47 (demo r46 #2): as the key message, no conditional
        # r63 (r63 demo #3): 'verzonnen; ' before the note again, in the row itself
        # r66 (r65 demo #6): 'opneemt' and conditional, as the key message
        and "| verzonnen; geschat: bij de helft van de belpogingen zou de beller binnen die tijd ophangen als niemand"
        " opneemt |"
        in table
    )


def test_the_running_header_of_a_synthetic_report_gets_the_title_without_the_banners_words():
    """#2: 'Hulplijn 1712 — demonstratierapport over 2020 (synthetische gegevens)' under the banner 'Synthetische
    gegevens — verzonnen, ...' on every page. The shorter name comes from params (header_title), never from the
    title; the title page and the HTML keep the whole title."""
    demo = load_params("demo")
    assert demo.header_title and demo.title.startswith(demo.header_title) and "synthetische" not in demo.header_title
    assert f'header-title: "{demo.header_title}"' in front.front_matter(demo)
    assert "header-title" not in front.front_matter(load_params("2020"))  # no banner: the header keeps the title


@pytest.mark.parametrize(
    "line, release",
    [('header_title: "Hulplijn 1712"', "2020"), ('header_title: "Hulplijn 1712 in 2020"', "demo")],
)
def test_header_title_is_a_synthetic_reports_and_the_titles_beginning(tmp_path, line, release):
    """A real report has no banner to say the rest; a header title that is not the title's beginning names another
    report (a year changed in one of the two)."""
    from hulplijnen.config.paths import PARAMS

    text = (PARAMS / f"{release}.yml").read_text(encoding="utf-8")
    text = "\n".join(x for x in text.splitlines() if not x.startswith("header_title:")) + f"\n{line}\n"
    (tmp_path / f"{release}.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ParamsError, match="header_title"):
        load_params(release, tmp_path / f"{release}.yml")


def test_the_pdf_layout_uses_the_header_title_only_under_the_banner():
    from hulplijnen.config.paths import ROOT

    template = (ROOT / "quarto" / "typst-template.typ").read_text(encoding="utf-8")
    assert "if notice != none and header-title != none { header-title } else { title }" in template
    assert "header-title: [$header-title$]" in (ROOT / "quarto" / "typst-show.typ").read_text(encoding="utf-8")


def test_the_header_title_reaches_the_front_matter_as_text_like_the_title():
    """Free text from params: escaped as the title is (escape.meta_text), so no markup or raw typst reaches the PDF."""
    from hulplijnen.presentation import escape

    hostile = 'Rapport <img src=x> `#read("build.json")`{=typst} *nadruk*'
    demo = load_params("demo").model_copy(update={"title": hostile + " (x)", "header_title": hostile})
    assert f"header-title: {escape.meta_text(hostile)}" in front.front_matter(demo).splitlines()
