"""r59 (r58 demo findings): #1 the attempts per caller beside the answered share, #2 made-up figures marked, #3 the
summary's caveat beside the hours it is about, #4 'de rest van de oproeplogs', #5 Tabel 4's counts, #9 copy-edits."""

from __future__ import annotations

from pathlib import Path

from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP

from hulplijnen.facts import keys
from hulplijnen.pipeline import summary

CALLERS = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}


def test_the_chapter_does_not_say_the_source_figures_fit_only_if(capacity_text):
    """#1: 'Beide cijfers uit de bron kloppen dus samen alleen als ...' claimed more than the sources allow."""
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "kloppen dus samen alleen als" not in said
    assert "Wie gemiddeld 3 tot 4 keer belt" not in said
    # r60 (r59 demo #1): the chapter says only that they do not simply fit; the annex says why
    # r66 (r66 demo #4): the source's 'oproepen' quoted
    assert "die passen niet zonder meer bij de 40 tot 45 % „van de oproepen” uit de bron" in said


def test_the_annex_says_the_figures_may_cover_another_period(registration_methods):
    """#1: the annex's 'alleen als' with the readings the sources leave open."""
    from test_demo_r31d import VALUES

    said = registration_methods("demo", VALUES)
    assert "of als ze over een andere periode of iets anders tellen (de steekproeven noemen geen periode)." in said


def test_made_up_figures_beside_real_ones_say_so(registration_text):
    """#2: '80 % ... anoniem' and '8 april 2020 ... 58 contacten' sat beside real figures without 'verzonnen'."""
    said = registration_text(anonymous_phone=80.1, victims=11368)
    assert "In deze verzonnen gegevens bleef de beller bij 80 % van de telefonische contacten anoniem" in said
    assert "In deze gegevens bleef" not in said
    busy = registration_text(busiest=58, busiest_day="2020-04-08")
    assert (
        "In deze verzonnen dagcijfers schommelt het aantal per dag sterk; de drukste dag was 8 april 2020, met 58"
        in (busy)
    )
    assert "in deze dagcijfers was" not in busy


def test_the_summary_says_what_is_left_out_beside_the_hours_needed():
    """#3: 'Pauzes en nawerk komen daar nog bij' after the 58 hours logged in read as about those."""
    both = {**MADE_UP, keys.staffing("1712", "need_80_overall_hours"): fact(96)}
    md = plain(summary.markdown(both, ["1712"], 2020))
    # r64 (r64 demo #4): shorter sentences; what is left out right after the hours needed, the same three words
    assert "96 hulpverlenersuren per week aan de telefoon nodig zijn, over de week als geheel. Om dat in elk uur" in md
    # r66 (r66 demo #2): two targets, not a range of uncertainty, before what is left out
    assert "gaat het om 117 uur. Dat zijn twee doelen, geen onder- en bovengrens. Pauzes, overleg en nawerk komen" in md
    assert "Pauzes en nawerk komen daar nog bij" not in md


def test_what_is_chosen_freely_is_the_rest_of_the_call_logs(provenance_text):
    """#4: 'vrij gekozen: ... alles uit de oproeplogs' against the tuned share and the published answered counts."""
    said = provenance_text()
    assert "alles uit de oproeplogs" not in said
    # r66 (r66 demo #6): what is fixed in them a sentence of its own, not a parenthesis in a long sentence
    assert (
        "en de rest van de oproeplogs. Twee dingen liggen in de oproeplogs wel vast: het aantal beantwoorde "
        "belpogingen per maand is het gepubliceerde aantal telefooncontacten, en van september tot december 2020 is "
        "het aandeel beantwoord afgestemd (zie hierboven). De oproeplogs" in said
    )
    assert "(hun beantwoorde belpogingen" not in said


def test_copy_edits_identical_hours_key_figure_total_and_minutes():
    """#9: 'ongeveer evenveel' between two printed 58s, 'gepubliceerd' twice in Tabel 1's row."""
    from test_demo_r23 import CALIBRATED
    from test_r56d_demo import _talk

    assert "Dat is, afgerond, evenveel als de 58 aangemelde hulpverlenersuren:" in _talk(197, 17.8, 58)
    assert "ongeveer evenveel als de 58" not in _talk(197, 17.8, 58)
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    assert "| 8.059 | waarvan 8.053 met een geregistreerd kanaal" in md and "gepubliceerd, waarvan" not in md


def test_the_channel_tables_total_has_a_decimal_like_its_rows():
    """#9: Tabel 2's total '100 %' where the rows say '70,8 %'."""
    source = (Path(__file__).parents[2] / "src/hulplijnen/chapters/registration/__init__.py").read_text()
    assert '"Aandeel": pct_text(100.0) if total' in source and "fmt.pct(100.0, 0)" not in source


def test_table_4_gives_the_number_of_contacts_per_group():
    """#5: Tabel 4 gave only percentages: 14,3 % chat in a group of 84 contacts read as much as 11,7 % of 7.387."""
    import pandas as pd

    from hulplijnen.chapters.registration import mix

    shares = {"phone": [70.7, 69.0], "email": [17.5, 16.7], "chat": [11.7, 14.3]}
    frame = pd.DataFrame({"group": ["a", "b"], **shares, "contacts": pd.array([7387, pd.NA], dtype="Int64")})
    labels = pd.Series({"phone": "telefoon", "email": "e-mail", "chat": "chat"})
    table = mix.table(frame, {"a": "slachtoffer", "b": "onbekend"}, labels)
    assert list(table.columns) == ["Contactnemer (groep)", "Contacten", "% telefoon", "% e-mail", "% chat"]
    assert list(table["Contacten"]) == ["7.387", "x"]


def test_table_7_stands_before_figure_5():
    """#7: Figure 5 (tall) went overleaf under the staffing text and left p.11 a quarter empty; Tabel 7 (short, named
    by the text) fills that page now, Figure 5 follows it."""
    from hulplijnen.chapters import capacity
    from hulplijnen.chapters.capacity import charts
    from hulplijnen.presentation.parts import Table

    shown = list(capacity.SHOWN)
    table = next(i for i, p in enumerate(shown) if isinstance(p, Table) and p.label == "tbl-export-staffing-need")
    assert shown[table + 1] is charts.NEED
