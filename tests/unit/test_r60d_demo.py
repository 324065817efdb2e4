"""r60 (r59 demo findings): #1 why this demo gives no count of callers, #3 the contactnemer rows named as such, #7 the
caption of Tabel 1 names its one published row, #8 the glossary's 'belpogingen', #9 one wording for the hours left
out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP
from test_demo_r21 import CALIBRATED

from hulplijnen.facts import keys
from hulplijnen.pipeline import summary

ROOT = Path(__file__).resolve().parents[2]


def test_the_caption_of_tabel_1_names_its_one_published_row():
    """#7: '(verzonnen, behalve wat „gepubliceerd” heet)' was awkward; only one row is published."""
    table = summary.key_figures_markdown(CALIBRATED, ["1712"], 2020)
    # r63 (r62 demo #6): the caption names the row as the table does ('gepubliceerd aantal' is no row's name)
    assert "Geregistreerde contacten (gepubliceerd aantal)" in table and table.count("gepubliceerd aantal") == 1
    # r61 (r59 2021-tele-onthaal #8): the caption says whose figures of which year, not 'Kerncijfers'
    assert (
        "Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens "
        "(verzonnen, behalve de rij „Geregistreerde contacten”)" in table
    )
    assert "behalve wat „gepubliceerd” heet" not in table


def test_the_glossary_says_the_call_gets_no_answer():
    """#8: 'Wie niet wordt opgenomen': it is the call that is answered, not the person."""
    terms = {t["term"]: t for t in yaml.safe_load((ROOT / "report" / "glossary.yml").read_text())["terms"]}
    said = terms["belpogingen"]["definition"]
    assert "Wie geen antwoord krijgt en opnieuw belt, doet een nieuwe belpoging" in said
    assert "niet wordt opgenomen" not in said


def test_the_hours_needed_say_what_they_leave_out_in_one_wording():
    """#9: '(pauzes en nawerk niet meegerekend)' in the summary, '(zonder pauzes of nawerk)' in Tabel 1."""
    both = {**MADE_UP, keys.staffing("1712", "need_80_overall_hours"): fact(96)}
    md = plain(summary.markdown(both, ["1712"], 2020))
    # r64 (r64 demo #4): shorter sentences; what is left out right after the hours needed, the same three words
    assert "96 hulpverlenersuren per week aan de telefoon nodig zijn, over de week als geheel. Om dat in elk uur" in md
    # r66 (r66 demo #2): two targets, not a range of uncertainty, before what is left out
    assert "gaat het om 117 uur. Dat zijn twee doelen, geen onder- en bovengrens. Pauzes, overleg en nawerk komen" in md
    assert "Hulpverlenersuren per week aan de telefoon (zonder pauzes, overleg of nawerk) nodig om 80 %" in md
    assert "pauzes en nawerk niet meegerekend" not in md and "zonder pauzes of nawerk" not in md


def test_the_contactnemer_rows_say_what_is_missing():
    """#3: Tabel 5's 'niet ingevuld' and Tabel 4's 'onbekend of niet ingevuld' read as the contacts without a channel
    that Tabel 3's 'Niet ingevuld' counts; they are the contacts without a contact person recorded."""
    from test_demo_r32h import _Tables

    from hulplijnen.chapters.registration import codes, mix
    from hulplijnen.export.aggregate import mix_groups

    shown = list(codes.code_table(_Tables(set()))["Contactnemer"])
    assert "contactnemer niet ingevuld" in shown and "niet ingevuld" not in shown
    assert "onbekend" in shown  # the source's own group, as it names it
    labels = mix_groups().set_index("group")["label_nl"]
    assert mix.label("unknown_or_blank") == labels["unknown_or_blank"] == "contactnemer onbekend of niet ingevuld"


def test_the_chapter_says_first_why_this_demo_counts_no_callers(capacity_text):
    """#1: 'Met echte oproeplogs zou een rapport hier ook het aantal bellers kunnen schatten: de belpogingen gedeeld
    door 3 tot 4' recommended a way that the same paragraph then said may not hold; 'Daarom' gave a side reason."""
    callers = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}
    said = capacity_text(callers=callers, answered=5702, offered=13055, worst=None)
    assert "gedeeld door 3 tot 4" not in said and "Daarom geeft dit rapport geen aantal bellers" not in said
    assert said.split("geen telefoonnummer inspreken. ")[1].startswith(
        # r66 (r66 demo #3, #4): the tuned months not said again here; the source's 'oproepen' quoted
        "Deze demo geeft geen aantal bellers: de oproeplogs zijn verzonnen. Ook met echte "
        "oproeplogs kan een rapport de belpogingen niet zomaar delen door de 3 tot 4 pogingen per beller uit de "
        "steekproeven van de hulplijn: die passen niet zonder meer bij de 40 tot 45 % „van de oproepen” uit de bron "
        "(zie de [technische bijlage, Antwoordpercentage](#answer-rate))."
    )
    assert "Volgens die steekproeven deed een beller" not in said  # said once, in the new paragraph


def test_the_made_up_logs_reason_opens_a_paragraph_of_its_own():
    """#1: on a phone the call-backs, the attempts, the tuning and the refusal were one unbroken screen."""
    from conftest import CAPACITY

    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    callers = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/text.md")
    raw = template.render(**{**CAPACITY, "callers": callers, "answered": 5702, "offered": 13055, "worst": None})
    between = raw.split("geen telefoonnummer inspreken.")[1].split("Deze demo geeft geen aantal bellers")[0]
    assert "\n\n" in between and not between.strip()


@pytest.mark.parametrize("kind", ["peak", "family", "anonymous", "perpetrator_side", "offered", "patience"])
def test_every_key_figure_label_is_one_line(kind):
    """r60: a comment between two labels of summary/_labels.md left 'drukste maand' with a newline after it, which
    broke its row of Tabel 1 in two (on a phone, a card line without its column's name)."""
    from hulplijnen.presentation import text

    macro = text.environment().get_template("summary/_labels.md").module.label
    said = str(macro({"kind": kind, "name": "Hulplijn", "violence": "geweld"}, named=False))
    assert said and "\n" not in said and said == said.strip(), repr(said)
