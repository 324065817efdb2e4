"""r60 (r59 demo findings): #1 why this demo gives no count of callers, #3 the contactnemer rows named as such, #7 the
caption of Tabel 1 names its one published row, #8 the glossary's 'belpogingen', #9 one wording for the hours left
out."""

from __future__ import annotations

from pathlib import Path

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
    assert "(gepubliceerd aantal)" in table and table.count("gepubliceerd aantal") == 2
    assert "Kerncijfers uit de demonstratiegegevens (verzonnen, behalve de rij „gepubliceerd aantal”)" in table
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
    assert "96 hulpverlenersuren per week aan de telefoon nodig zijn (zonder pauzes, overleg of nawerk) als" in md
    assert "Hulpverlenersuren per week aan de telefoon (zonder pauzes, overleg of nawerk) nodig om 80 %" in md
    assert "pauzes en nawerk niet meegerekend" not in md and "zonder pauzes of nawerk" not in md
