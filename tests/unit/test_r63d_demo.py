"""r63 (r63 demo findings #1 to #5, #7, #8, #10): which figures of chapter 1 are real, Tabel 1's made-up rows said in
the row, the March total beside January's and February's, the assumption in the summary, Figure 2's legend, the three
kinds of figures, shares of contacts, and Figure 4's hour axis. Each test failed on the text before."""

from __future__ import annotations

from test_demo_r12 import plain
from test_demo_r16 import MADE_UP
from test_demo_r22 import LOCKDOWN

from hulplijnen.chapters.capacity import answer_chart, charts
from hulplijnen.pipeline import summary
from hulplijnen.presentation import text


def _summary() -> str:
    return plain(summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020))


def test_chapter_one_says_which_figures_are_real(registration_text):
    # r63 (r63 demo #4): 'de rest van dit hoofdstuk is verzonnen' read as the text itself made up, beside the real
    # 2.708, 'ruim driekwart' and the +31 % computed from the published counts
    said = registration_text()
    assert said.startswith(
        "**Echt zijn in dit hoofdstuk alleen de gepubliceerde aantallen per kanaal, wat daaruit berekend is en cijfers"
        " met een bron erbij; alle andere cijfers zijn verzonnen, ook die per contactnemer.**"
    )
    assert "de rest van dit hoofdstuk" not in said


def test_each_made_up_key_figure_says_so_in_its_row():
    # r63 (r63 demo #3): at 390 px each row is a card ('Waarde: 13.055') far from the caption that said it
    from test_demo_r21 import CALIBRATED

    table = summary.markdown(CALIBRATED, ["1712"], 2020).split("## Kerncijfers")[1].split("\n: ")[0]
    rows = [r for r in table.split("\n") if r.startswith("| ") and not r.startswith("| Kerncijfer")]
    made_up = [r for r in rows if "gepubliceerd" not in r.split("|")[1].lower()]
    assert made_up and all(r.split("|")[3].strip().startswith("verzonnen") for r in made_up)
    assert "| verzonnen; ook buiten de openingsuren |" in table
    published = [r for r in rows if r not in made_up]
    assert published and not any("verzonnen" in r for r in published)


def test_the_march_total_is_set_beside_january_and_february(registration_sections):
    # r63 (r63 demo #1): 'Was eind maart al drukker' left the reader guessing whether the figures show it
    edges = {
        "first_before_calls": 422,
        "last_before_calls": 423,
        "last_busier": False,
        "last_quieter": False,
        "earlier_calls": [{"month": "2020-01", "calls": 422}, {"month": "2020-02", "calls": 421}],
    }
    from test_r61d_demo import LOCKDOWN as CHAPTER

    said = registration_sections(synthetic=True, demand=CHAPTER | edges, question="282")["daily"]
    said = said.replace("\u00a0", " ")
    assert (
        "Het gepubliceerde aantal telefooncontacten in maart (423) ligt ongeveer even hoog als in januari (422) en"
        " februari (421). Was eind maart toch al drukker, dan is +31 % eerder te laag dan te hoog." in said
    )
    busier = edges | {"last_before_calls": 480, "last_busier": True}
    said = registration_sections(synthetic=True, demand=CHAPTER | busier, question="282")["daily"]
    assert "in maart (480) ligt hoger dan in januari" in said and "Was eind maart al drukker" in said


def test_the_months_before_are_recorded_each():
    import pandas as pd

    from hulplijnen.chapters.capacity import demand

    recorded = {}

    def add(part, value, _unit):
        recorded[part] = value
        return value

    months = pd.PeriodIndex(["2020-01", "2020-02", "2020-03"], freq="M")
    edges = demand._edges(pd.DataFrame({"answered": [422.0, 421.0, 423.0]}), months, add)
    assert edges["earlier_calls"] == [{"month": "2020-01", "calls": 422}, {"month": "2020-02", "calls": 421}]
    assert recorded["before_calls_feb"] == 421 and not edges["last_quieter"]
    assert demand._edges(pd.DataFrame({"answered": [422.0, 421.0, 300.0]}), months, add)["last_quieter"]


def test_the_summary_says_the_assumption_beside_the_claim():
    # r63 (r63 demo #2): 'de vraag zelf kan sterker gestegen zijn' rests on reading the totals as answered contacts
    said = _summary()
    assert (
        "tellen geregistreerde contacten. Als dat beantwoorde contacten zijn, zoals dit rapport aanneemt, kan de vraag"
        " zelf sterker gestegen zijn." in said
    )


def test_figure_two_legend_says_its_points_are_made_up():
    # r63 (r63 demo #5): 'afgestemd op interne analyses' read as points taken from those analyses
    assert answer_chart.MATCHED == "verzonnen, afgestemd op interne analyses"
    assert answer_chart.FREE == "verzonnen, vrij gekozen"


def test_the_intro_names_all_three_kinds_of_figures():
    # r63 (r63 demo #8): 'vrij gekozen', the largest kind, was left out
    said = plain(text.render("summary/intro.md", facts={}, synthetic=True, year="2020", names=["Hulplijn 1712"]))
    assert "zegt welke cijfers overgenomen, welke afgestemd en welke vrij gekozen zijn." in said


def test_the_chat_share_is_of_contacts_not_persons(registration_text):
    # r63 (r63 demo #10): house style, 'van de contacten van iemand uit ...'
    said = registration_text(chat_victim_environment=11.7, chat_professional=3.9).replace("\u00a0", " ")
    assert "tegenover 3,9 % van de contacten van iemand uit onderwijs, cultuur, sport, welzijn of justitie." in said


def test_figure_four_labels_the_odd_hours():
    # r63 (r63 demo #7): '0–7, 7, 8, 10, 12' was uneven and left the line's first hour, 9, unlabelled
    columns = ["00-06", *[f"{h:02d}" for h in range(7, 22)], "22-23"]
    ticks = charts.hour_ticks(columns)
    # r66 (r65 demo #5): no hour right beside a band ('7' beside '0–7', '21' touching '22–24')
    assert ticks[:5] == ["0–7", "", "", "9", ""]
    assert [t for t in ticks if t] == ["0–7", "9", "11", "13", "15", "17", "19", "22–24"]


def test_the_helpers_per_opening_hour_have_two_decimals():
    # r63 (r63 demo #11): '58 uur ... (gemiddeld 1,4 hulpverleners per openingsuur)': 58 / 40 gives 1,45
    from test_demo_capacity_text import MODEL, staffing_text

    said = staffing_text({**MODEL, "logged_in": 58, "per_open_hour": 1.44}, synthetic=True).replace("\u00a0", " ")
    assert "58 hulpverlenersuren per week aangemeld (gemiddeld 1,44 hulpverleners per openingsuur)" in said


def test_the_note_under_table_5_keeps_one_sentence_and_the_annex_the_reasoning(registration_sections):
    # r63 (r63 demo #9): the reasoning on x-cells larger than a small count is audit detail: the annex's
    hidden = [{"label": "cultuur", "total": 23, "rows": 3}]
    part = [{"label": "sport", "inside": 12, "cells": 2}]
    said = registration_sections(
        codes_hidden=7, synthetic=True, short_groups=[226, 23, 29], all_hidden=hidden, partly_hidden=part
    )
    assert said["codes_sum"].strip() == (
        "Wie de rijen van een groep optelt, komt niet uit op 226, 23 of 29: wat in de x-cellen zit, ontbreekt in de"
        " som."
    )
    assert "**Verborgen rijen per groep.** In @tbl-export-codes staan bij cultuur" in said["hidden_cells"]
    assert "Hetzelfde geldt bij sport (12 contacten in twee x-cellen)." in said["hidden_cells"]
