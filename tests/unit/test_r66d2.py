"""Round 66, wave 2 (r66 demo findings #2, #3, #4, #6, #7; the Methods' 'sterk toe' where a chapter says it). Each
test fails on the text or behaviour before it."""

from __future__ import annotations

import pandas as pd
from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP
from test_demo_r32d import ANCHORS

from hulplijnen.chapters.capacity import demand
from hulplijnen.facts import FactSheet, Source, keys
from hulplijnen.pipeline import summary
from hulplijnen.presentation import caption_text

CALLERS = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}


def test_the_two_hours_needed_are_two_targets_in_the_summary_and_tabel_1():
    """#2: '96 … over de week als geheel … 118 uur' and '96 (80 % over de week) of 118 (80 % in elk uur)' read as a
    range of uncertainty; the chapter said 'twee doelen, geen onzekerheidsmarge', the summary and Tabel 1 did not."""
    both = {**MADE_UP, keys.staffing("1712", "need_80_overall_hours"): fact(96)}
    md = plain(summary.markdown(both, ["1712"], 2020))
    assert "gaat het om 117 uur. Dat zijn twee doelen, geen onder- en bovengrens. Pauzes" in md and "marge" not in md
    table = plain(summary.key_figures_markdown(both, ["1712"], 2020))
    row = "| 96 (80 % over de week) of 117 (80 % in elk uur) | verzonnen; geschat met een rekenmodel; twee doelen,"
    assert row in table
    assert "twee doelen, geen onder- en bovengrens |" in table
    # one target only: no 'twee doelen'
    one = plain(summary.key_figures_markdown(MADE_UP, ["1712"], 2020))
    assert "twee doelen" not in one


def test_the_tuned_months_are_said_in_the_figure_and_the_paragraph_only(capacity_text):
    """#3: the 40–45 % caveat four times in two pages; the paragraph before the figure and Tabel 6's caption no
    longer repeat which months are tuned to which share."""
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "Deze demo geeft geen aantal bellers: de oproeplogs zijn verzonnen. Ook met echte oproeplogs" in said
    assert "zijn ze afgestemd op 40 tot 45 %" not in said and "zo leest deze demo" not in said
    data = {"made_up": True, "anchored": demand.months_caption(ANCHORS)}
    caption = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", data)
    assert "(*\u00a0afgestemd op een cijfer uit de bronnen, de andere maanden vrij gekozen)" in caption
    assert "40 tot 45" not in caption
    figure = caption_text.plain("chapters/capacity/captions.md", "fig_export_answer_rate", data)
    assert "afgestemd op 40 tot 45\u00a0% beantwoord" in figure  # kept in the figure's caption


def test_the_sources_word_oproepen_is_quoted_in_the_demo(capacity_text):
    """#4: the glossary says the report itself does not say 'oproepen'; where the demo uses the source's word, it is
    marked as quoted."""
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "die passen niet zonder meer bij de 40 tot 45 % „van de oproepen” uit de bron (zie de" in said
    assert "beantwoorde oproepen" not in said
    md = plain(summary.markdown(MADE_UP, ["1712"], 2020))
    assert "sluitende cijfers te geven over hoeveel „telefonische oproepen” beantwoord werden" in md


def test_what_is_fixed_in_the_call_logs_is_a_sentence_of_its_own(provenance_text):
    """#6: a long parenthesis inside the 'vrij gekozen' bullet was hard to follow."""
    said = provenance_text()
    assert "(hun beantwoorde belpogingen" not in said
    assert "en de rest van de oproeplogs. Twee dingen liggen in de oproeplogs wel vast: het aantal beantwoorde" in said
    assert said.count("(zie hierboven). De oproeplogs zijn zo gemaakt dat het rekenmodel") == 1


def test_the_share_outside_opening_hours_has_one_decimal():
    """#7: '2.765 belpogingen (21 % van alle belpogingen)' beside 43,7 %, 55,4 % and 17,6 %."""
    from hulplijnen.chapters.capacity import staffing

    frame = pd.DataFrame({"queued": [10290]})
    calls = staffing._all_calls("1712", frame, 2020, 13055, 1068.0, FactSheet("t", 2020), Source(None, "t", "t"))
    assert calls["closed"] == 2765 and calls["closed_pct"] == 21.2


def test_the_methods_say_what_sterk_toe_means_where_a_chapter_says_it():
    """Wave 1 (r64 demo #7) stated the rule for 'nam sterk toe' in the demo only; the 2020 channels chapter says 'Chat
    nam in april 2020 sterk toe' by the same rule (within_year.GREW_TIMES), so its Methods state it too, from the
    recorded step month of the report's year, under a lead of its own (2020 states no 'ongeveer even groot' rule)."""
    from hulplijnen.pipeline.comparison_words import compared_counts
    from hulplijnen.presentation import text

    step = {"1712.channel.chat.step_month": {"value": "2020-04"}}
    counts = compared_counts(step, 2020)
    assert counts == {"limit": None, "grew": 2, "rounded": False}
    said = " ".join(text.render("methods.md", derived=False, about_the_same=None, counts=counts).split())
    assert (
        "**Wat „nam sterk toe” betekent.** Het aantal per maand „nam sterk toe” in de maand vanaf wanneer elke maand"
        " minstens twee keer zoveel telt als elke maand ervoor." in said
    )
    assert "Zet dit rapport twee aantallen" not in said and "ongeveer even groot" not in said
    assert compared_counts(step, 2021) is None  # 2021 says 'Chat groeide al in 2020', not 'sterk toe'


def test_the_sterk_toe_rule_is_a_paragraph_of_its_own_after_the_derived_values():
    """In the 2020 build the lead 'Wat „nam sterk toe” betekent.' ran on in the last item of 'Afgeleide waarden'."""
    from hulplijnen.presentation import text

    counts = {"limit": None, "grew": 2, "rounded": False}
    example = {"label": "contacten", "year": 2019, "low": 5407, "high": 5440, "about": 5420, "said": False}
    said = text.render("methods.md", derived=True, about_the_same=None, counts=counts, example=example)
    assert "\n\n**Wat „nam sterk toe” betekent.**" in said
