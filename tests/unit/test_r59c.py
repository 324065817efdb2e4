"""r59 (r58 TO #1-#10, 2021 #5, #6, 2020 #4): Tele-Onthaal's first key message, Table 1, the website paragraph,
the Methods' rule and the provenance (Herkomst) wording."""

from __future__ import annotations

from test_helplines_r13 import built, flat, summary_of_release

CAVEAT = "als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is"


def test_the_first_key_message_says_naar_schatting_once_and_the_change_after_the_year():
    """TO #2, 2021 #6: three 'naar schatting' in one sentence; the calls in brackets took the −1,1 %."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        # r61 (r61 TO #1): the change beside 'iets minder'; the other conversations a bullet of their own
        "in 2021 waren er 104.681 gesprekken, iets minder (−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel "
        # r66 (r66 TO #4): pin follows the new wording
        "coronagerelateerde gesprekken daalde van 24,1 % naar 13 %. - "
        f"**Meer niet-coronagerelateerde gesprekken:** {CAVEAT}, waren er "
        # r66 (r66 TO #2): pin follows the new wording
        "in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld werden, "
        "tegen naar schatting 80.300 in 2020 "
        "(ongeveer 13 % meer)." in md
    )
    messages = md.split("## Kerncijfers")[0]
    assert "(137.669 oproepen)" not in messages and "naar schatting 13,4 %" not in messages
    assert "(naar schatting 80.300)" not in messages and "Waarover die andere gesprekken" not in messages


def test_the_2021_bullet_gives_the_caveat_once():
    md = flat(summary_of_release(["1712", "tele-onthaal", "stop-it-now"]))
    messages = md.split("## Kerncijfers")[0]
    # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
    # r66 (r66 TO #2): pin follows the new wording
    # r64
    assert messages.count(CAVEAT) == 1
    assert "tegen naar schatting 80.300 in 2020: ongeveer 11.000 of 13 % meer" in messages


def test_the_chapter_gives_the_caveat_once_beside_the_rise():
    """TO #1: the rise of the other conversations rests on one definition of 'coronagerelateerd' in both years."""
    text = flat(built()[0].text)
    assert f"andere gesprekken meer dan in 2020, naar schatting 13,4 % meer, {CAVEAT}." in text
    assert text.count(CAVEAT) == 1


def test_the_website_paragraph_gives_the_count_of_2020():
    """TO #8: '36.460 minder dan in 2020 (−17,3 %; …)' without the 210.523 the percentage comes from."""
    text = flat(built()[0].text)
    # r61 (r61 TO #2): pin follows the new wording
    assert "36.460 minder dan in 2020 (210.523 bezoekers, −17,3 %; de bron vermeldt −17,9 %" in text


def test_the_methods_say_the_summary_rounds_a_computed_change_to_a_whole_percent():
    """TO #2: 'ongeveer 13 %' of a computed range 12,62-14,15 % (middle 13,4 %) follows a stated rule."""
    from hulplijnen.presentation import fmt

    assert fmt.pct(13.4, 0) == "13\u00a0%" and 12.62 <= 13 <= 14.15
    from pathlib import Path

    methods = Path(__file__).resolve().parents[2].joinpath("report", "methods.md").read_text(encoding="utf-8")
    assert "Alleen in de samenvatting\nstaat zo'n berekende wijziging in procent op een heel procent" in methods


def test_the_source_page_is_named_once_with_what_it_does_not_say():
    """TO #5, #6, 2020 #4: the page named twice, '(webadres niet vermeld)' ambiguous, a check the report did not do."""
    from test_tele_onthaal_r16 import _records

    from hulplijnen.pipeline.appendix import sources_markdown

    md = flat(sources_markdown(_records(), False, True)).replace("&amp;", "&")
    assert (
        # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
        "De webpagina „Cijfers hulplijnen: 1712, Stop it Now! & Tele-Onthaal” vermeldt geen uitgever, geen datum en "
        "niet wie de cijfers aanleverde; het webadres van die pagina is niet bekend." in md
    )
    assert md.count("Cijfers hulplijnen") == 2  # the table's title and this sentence
    assert "De pagina heet" not in md and "Wie een cijfer" not in md and "**Bronnen.**" not in md


def test_every_source_line_of_tele_onthaal_has_one_form():
    """TO #10: 'Bron: de infografiek …' under Table 1, 'Bron: infografiek …' under Figure 1 and Table 2."""
    text = flat(built()[0].text)
    assert "Bron: infografiek" not in text
    assert text.count("Bron: de infografiek over Tele-Onthaal op de webpagina „Cijfers hulplijnen”") == 2


def test_the_website_note_is_table_1s_not_a_paragraph_under_the_bullets():
    """r59 (r58 TO #4): '¹ De bron geeft 36.460 bezoekers minder én −17,9 % …' stood at body size under the bullets and
    read as a fifth key message; it is Table 1's note now, once, under the table and above its source line."""
    md = summary_of_release(["tele-onthaal"])
    bullets, table = md.split("## Kerncijfers")
    assert "¹ De bron geeft" not in bullets and "36.460 minder (−17,3 %)¹" in bullets
    under = table.split("{#tbl-key-figures}")[1]
    assert under.count("¹ De bron geeft 36.460 bezoekers minder én −17,9 %.") == 1
    assert under.index("¹ De bron geeft") < under.index("Bron: de infografiek")
    assert "De twee gepubliceerde cijfers passen niet" not in md  # the note is said once, not also in the old form
