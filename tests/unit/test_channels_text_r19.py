"""Round 19 (2021 #5, #6): the channels chapter tells its numbers, not its method. That 2021 has key figures only is
said once, in the summary's introduction; no paragraph on how an approximate year is known (the table's caption and
the annex say it)."""

import re

from hulplijnen.chapters import channels
from hulplijnen.facts import FactSheet


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_the_channels_chapter_of_a_key_figures_year_tells_no_method():
    text = plain(channels.build(2021, "1712", [2020], FactSheet("channels", 2021)).text)
    assert "alleen kerncijfers beschikbaar" not in text
    assert "de bijlage geeft het bereik" not in text and "kennen we het aantal bij benadering" not in text
    assert "is alleen die verhouding bekend" not in text
    assert (
        "volgens de afgeronde aandelen per kanaal waren dat ongeveer 5.800 via telefoon (68 %; in 2020: 5.702)" in text
    )
    assert "De tabel en de figuur hieronder tonen het aantal contacten van 2019 tot en met 2021." in text
    assert "**Ter vergelijking: 2020, het laatste jaar met maandcijfers.**" in text
