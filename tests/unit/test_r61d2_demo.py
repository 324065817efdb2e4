"""r61 second pass (r61 demo findings): made-up shares labelled, the annex's arithmetic, captions and labels."""

from __future__ import annotations

from hulplijnen.chapters import capacity
from hulplijnen.presentation import caption_text


def test_table_six_marks_the_share_made_up_in_header_and_caption():
    # r61 (r61 demo #1): only 'Belpogingen (verzonnen)' said so; '% beantwoord' 36,1 % in April read as a real rate
    assert capacity.SYNTHETIC_COLUMNS["% beantwoord"] == "% beantwoord (verzonnen)"
    said = caption_text.plain(
        "chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": True, "anchored": None}
    )
    assert said.endswith("Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen.")
    real = caption_text.plain(
        "chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": False, "anchored": None}
    )
    assert "verzonnen" not in real


def test_the_annex_says_how_often_a_caller_was_answered_computed(registration_methods):
    # r61 (r61 demo #2): 'een deel van de bellers' understated 0,40 × 3 to 0,45 × 4; computed, not written in
    from test_demo_r31d import VALUES

    said = registration_methods("demo", VALUES).replace("\u00a0", " ")
    assert "alleen als een beller gemiddeld 1,2 tot 1,8 keer beantwoord werd (0,40 × 3 tot 0,45 × 4), dus vaak" in said
    assert "een deel van de bellers" not in said
    other = VALUES | {"1712.export.calibration_answer_min_pct": 50, "1712.export.calibration_answer_max_pct": 60}
    assert "gemiddeld 1,5 tot 2,4 keer beantwoord werd (0,50 × 3 tot 0,60 × 4)" in registration_methods("demo", other)


def test_the_lockdown_comparison_says_what_a_busier_end_of_march_would_mean(registration_sections):
    # r61 (r61 demo #3): 'omvat ook eind maart' left the reader to work out what it means for the +31 %
    from test_r61d_demo import LOCKDOWN

    edges = {"first_before_calls": 422, "last_before_calls": 423, "last_busier": False}
    said = registration_sections(synthetic=True, demand=LOCKDOWN | edges, question="282")["daily"]
    said = said.replace("\u00a0", " ")
    assert (
        "tegen de achtergrond van de lockdown. Was eind maart al drukker, dan is +31 % eerder te laag dan te hoog; in"
        " de maandcijfers is dat niet te zien (maart: 423 telefooncontacten, januari: 422). Of de eerste" in said
    )
    busier = registration_sections(synthetic=True, demand=LOCKDOWN | edges | {"last_busier": True}, question="282")
    assert "in de maandcijfers is dat te zien (maart: 423" in busier["daily"].replace("\u00a0", " ")


def test_the_first_and_last_month_before_the_lockdown_are_recorded():
    import pandas as pd

    from hulplijnen.chapters.capacity import demand

    recorded = {}

    def add(part, value, _unit):
        recorded[part] = value
        return value

    before = pd.DataFrame({"answered": [422.0, 421.0, 423.0]})
    months = pd.PeriodIndex(["2020-01", "2020-02", "2020-03"], freq="M")
    assert demand._edges(before, months, add) == {
        "first_before_calls": 422,
        "last_before_calls": 423,
        "last_busier": False,
    }
    assert demand._edges(pd.DataFrame({"answered": [422.0, 421.0, 480.0]}), months, add)["last_busier"]


def test_table_four_says_its_group_counts_are_tuned_and_only_the_channel_split_chosen():
    # r61 (r61 demo #6): '(verzonnen, vrij gekozen)' although 7.387, 226, 356 and 84 are Tabel 5's tuned counts
    said = caption_text.plain("chapters/registration/captions.md", "tbl_export_channel_mix", {"made_up": True})
    assert said.endswith(
        " (verzonnen; aantallen per groep afgestemd op de echte aantallen, verdeling over de kanalen vrij gekozen)"
    )


def test_a_demos_build_json_is_meegeleverd_not_published():
    # r61 (r61 demo #8): 'gepubliceerd' against 'Demonstratie: geen uitgave' on the cover and in the colophon
    from test_processing_r47e import Params, record

    from hulplijnen.pipeline import processing

    demo = " ".join(processing.markdown(record(), Params(seed=1712)).split())
    assert "wordt samen met dit rapport meegeleverd, op dezelfde plaats als de pdf- en de html-versie." in demo
    assert "gepubliceerd" not in demo
    real = " ".join(processing.markdown(record(), Params()).split())
    assert "wordt samen met dit rapport gepubliceerd, op dezelfde plaats" in real


def test_the_first_key_message_is_two_bullets_with_one_closing_sentence():
    # r61 (r61 demo #7): one 9-line bullet held the phone, all channels and the caveats, and a fragment
    from test_demo_r36 import LOCKDOWN, MADE_UP

    from hulplijnen.pipeline import summary

    key = summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020).split("## Kerncijfers")[0]
    key = " ".join(key.split()).replace("\u00a0", " ")
    assert (
        "met 634 telefooncontacten. - **Meer contacten over alle kanalen samen** in dezelfde maanden: gemiddeld 807"
        in key
    )
    assert (
        "tegenover 556 (+45 %). Beide zijn berekend uit de gepubliceerde maandcijfers en tellen geregistreerde"
        " contacten; de vraag zelf kan sterker gestegen zijn. Of de eerste lockdown" in key
    )
    assert "Berekend uit" not in key and "Over alle kanalen samen:" not in key


def test_figure_four_says_every_other_box_is_one_hour_between_the_bands():
    # r61 (r61 demo #9): a reader could not tell the column after '0–7' is 7 to 8 (ticks every 2 or 4 hours)
    data = {"merged": ["0-7", "22-24"], "made_up": True, "anchored": None}
    said = caption_text.plain("chapters/capacity/captions.md", "fig_export_weekday_hour", data)
    assert said.endswith(
        "de twee samengenomen vakjes (0–7 en 22–24 uur) tonen het gemiddelde per uur; elk ander vakje is één uur,"
        " van 7 tot 22 uur"
    )
    one = caption_text.plain("chapters/capacity/captions.md", "fig_export_weekday_hour", data | {"merged": ["0-7"]})
    assert "elk ander vakje" not in one


def test_a_demos_help_box_stands_between_its_key_messages_and_key_figures():
    # r61 (r61 demo #4): the long key messages sent 'Kerncijfers' and Tabel 1 whole to p. 4, a third of p. 3 empty
    from hulplijnen.pipeline import assemble

    said = "## Belangrijkste boodschappen\n\n- a\n\n## Kerncijfers {#sec-key-figures .unnumbered}\n\nTabel"
    demo = assemble._summary_parts(said, True)
    assert str(demo["summary"]).endswith("- a\n") and str(demo["key_figures"]).startswith("## Kerncijfers {#sec")
    real = assemble._summary_parts(said, False)
    assert str(real["summary"]) == said and not real["key_figures"]
    from hulplijnen.config.paths import REPORT_TEXT

    qmd = (REPORT_TEXT / "report.qmd").read_text(encoding="utf-8")
    assert qmd.index("{{ summary }}") < qmd.index("{% if key_figures %}") < qmd.index("{{ key_figures }}")


def test_table_six_ends_with_heel_2020_in_bold(monkeypatch):
    # r61 (r61 demo #11): 'heel 2020' plain under the months, where every other table's total reads bold 'Totaal'
    import pandas as pd
    from test_r61d_demo import _shown

    from hulplijnen.chapters.capacity import demand

    months = pd.DataFrame({"Maand": ["januari 2020"], "Aangeboden": ["1.010"]})
    table = demand.with_year_row(months, 2020, {"Aangeboden": "13.055"}).rename(columns={"Aangeboden": "Belpogingen"})
    shown = _shown(monkeypatch, table)
    assert "**Heel\u00a02020**" in shown and "**13.055**" in shown and "heel" not in shown
