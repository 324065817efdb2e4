"""r49 (demo r49): the reader's findings on the demo, each on a tiny context: call-backs among the registered phone
contacts (#1), the lockdown bullet's registered contacts (#2), 'verzonnen' out of the made-up bullets (#3), Figure 2's
freely chosen months (#5), 'rekenmodel' in the glossary (#6), Tabel 1's answer-rate label (#7), holidays counted
outside the opening hours (#8), a link to 'Over deze cijfers' rather than 'hieronder' (#10)."""

import matplotlib

matplotlib.use("agg")

from test_demo_r12 import plain  # noqa: E402
from test_demo_r16 import MADE_UP  # noqa: E402
from test_demo_r22 import LOCKDOWN  # noqa: E402

from hulplijnen.chapters.capacity import demand  # noqa: E402
from hulplijnen.pipeline import summary  # noqa: E402
from hulplijnen.pipeline.glossary import glossary_markdown  # noqa: E402
from hulplijnen.presentation import caption_text, text  # noqa: E402

ANCHORS = {"rate_min": 40, "rate_max": 45, "first_month": "2020-09", "last_month": "2020-12"}


def _summary() -> str:
    return plain(summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020))


def test_the_chapter_says_some_registered_contacts_may_be_call_backs(capacity_text):
    said = capacity_text(answered=5702, offered=13055, worst=None, call_time_question=None)
    assert (
        "Een deel van die contacten kan een terugbelgesprek zijn na een ingesproken bericht; dat is geen beantwoorde "
        # r52 (demo r51 #7): 'dat dat' stumbled
        # r53 (r53 demo #6): with the reason the answer gives
        "belpoging. Dit rapport neemt aan dat het om weinig gesprekken gaat, omdat volgens het antwoord op "
        "schriftelijke vraag nummer 282 veel bellers anoniem willen blijven en geen telefoonnummer inspreken." in said
    )


def test_the_annex_answer_rate_says_so_too(registration_methods):
    said = registration_methods("demo")
    answer_rate = said.split("**Antwoordpercentage.**", 1)[1]
    # r52 (demo r51 #7): the annex refers back to the chapter instead of repeating its two sentences
    assert "(terugbelgesprekken: zie @sec-chapter-capacity)" in answer_rate
    assert "kan een terugbelgesprek zijn na een ingesproken bericht" not in answer_rate
    assert "terugbelgesprek" not in registration_methods("2020")  # the demo's reading, not 2020's


def test_the_lockdown_bullet_counts_registered_contacts_and_says_demand_may_have_risen_more():
    said = _summary()
    assert "**Meer geregistreerde telefooncontacten in april–juni 2020**" in said  # r57 (r57 demo #2)
    # r61 (r61 demo #7): one closing sentence for the phone and all channels
    assert "en tellen geregistreerde contacten; de vraag zelf kan sterker gestegen zijn." in said
    assert "**Meer telefooncontacten tijdens" not in said  # the old wording


def test_the_made_up_bullets_each_say_verzonnen():
    said = _summary().split("## Kerncijfers")[0]
    example = said.split("**Rekenvoorbeeld met verzonnen cijfers.**", 1)[1]
    # r51 (demo r50 #3): the lead sentence says 'verzonnen oproeplogs' (the report's word); the bullets still do not
    example = example.split("echte oproeplogs aanlevert.", 1)[1]
    # r56 (r56 demo #2): a bullet copied alone read as 1712's: each bullet with a made-up figure says so itself (r49
    # had taken 'verzonnen' out of them)
    assert example.count("verzonnen") == 3 and "zouden in deze verzonnen gegevens volgens het rekenmodel" in example
    assert "- In deze verzonnen oproeplogs werd tijdens de openingsuren" in example
    assert "van de belpogingen te beantwoorden" in example


def test_figure_two_names_the_freely_chosen_and_the_matched_months():
    data = {"made_up": True, "anchored": demand.months_caption(ANCHORS)}
    said = caption_text.plain("chapters/capacity/captions.md", "fig_export_answer_rate", data).replace("\u00a0", " ")
    assert said.startswith(
        # r51 (demo r50 #2): the caption says the share counts all attempts, also outside the opening hours
        "Aandeel beantwoorde belpogingen per maand (alle belpogingen, ook buiten de openingsuren): januari–augustus"
        " vrij gekozen (geen bron), september–december "
        "afgestemd op 40 tot 45 % beantwoord."
    )


def test_the_glossary_defines_rekenmodel_only_where_the_staffing_is_estimated():
    said = glossary_markdown("het rekenmodel", ["1712"], ["capacity"])
    assert "wachtrijformule" in said and "„Wachten, geduld en bezetting”" in said
    assert "wachtrijformule" not in glossary_markdown("het rekenmodel", ["1712"], ["channels"])


def test_the_answer_rates_label_says_which_attempts_count():
    template = text.environment(text.TEXT_FOLDERS, False).get_template("summary/_labels.md")
    label = template.module.label({"kind": "answer_rate", "name": "x"}, named=False)
    assert str(label) == "aandeel beantwoorde belpogingen (alle belpogingen, ook buiten de openingsuren)"


def test_the_opening_hours_say_holidays_count_outside_them(capacity_text):
    said = capacity_text(calls=True)
    assert "Belpogingen op een feestdag tellen als belpogingen buiten de openingsuren." in said


def test_the_intro_links_to_about_these_figures_not_hieronder():
    said = text.render("summary/intro.md", facts={}, synthetic=True, year="2020", names=["Hulplijn 1712"])
    # r50 (r49 demo #5): 'verderop' only in HTML; the PDF gives the page (test_r50d)
    assert "[„Over deze cijfers”](#sec-about) `op pagina" in said and "`verderop`{=html}" in said
    assert "hieronder zegt" not in said


def test_the_checks_say_their_result(registration_methods):
    said = registration_methods("demo")
    checks = said.split("**Controles van de gegevens.**", 1)[1]
    assert "Voor dit rapport doorstond de export al die controles: geen rij brak een regel" in checks  # #9
