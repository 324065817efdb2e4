"""r59 (r58 demo findings): #1 the attempts per caller beside the answered share, #2 made-up figures marked, #3 the
summary's caveat beside the hours it is about, #4 'de rest van de oproeplogs', #5 Tabel 4's counts, #9 copy-edits."""

from __future__ import annotations

CALLERS = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}


def test_the_chapter_does_not_say_the_source_figures_fit_only_if(capacity_text):
    """#1: 'Beide cijfers uit de bron kloppen dus samen alleen als ...' claimed more than the sources allow."""
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "kloppen dus samen alleen als" not in said
    assert "Wie gemiddeld 3 tot 4 keer belt" not in said
    assert (
        "De bron geeft die 3 tot 4 pogingen per beller uit steekproeven (periode niet vermeld), en de 40 tot 45 % "
        "voor september tot december 2020; ze zegt niet of die cijfers over dezelfde periode en dezelfde eenheid gaan."
        in said
    )


def test_the_annex_says_the_figures_may_cover_another_period(registration_methods):
    """#1: the annex's 'alleen als' with the readings the sources leave open."""
    from test_demo_r31d import VALUES

    said = registration_methods("demo", VALUES)
    assert "of als ze over een andere periode of iets anders tellen (de steekproeven noemen geen periode)." in said
