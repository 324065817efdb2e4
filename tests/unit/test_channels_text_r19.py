# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
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
    # r22 2021 #2, #12: the finding first, the total once, no rounding remark; r32 2021 #7: no sentence calling the
    # contacts „oproepen” (the word had three uses; the glossary says the sources' word once)
    assert text.startswith(
        "In 2021 registreerde 1712 volgens de kerncijfers meer contacten dan "
        "ooit: **8.515**; wie de hulplijn niet bereikte,"
        # r61 (r59 2021 #4): the key figures do not say who is counted: 'vermoedelijk'
        " telt daarin vermoedelijk niet mee. Van die contacten liep 68 % via telefoon, naar schatting 5.800 "
        "(2020: 5.702)"
    )  # r37 (r36 2021 #2): the published share first, the count derived from it after it
    assert "oproepen" not in text and "heten bij" not in text
    chapter = channels.build(2021, "1712", [2020], FactSheet("channels", 2021))
    told = plain(" ".join(v for k, v in chapter.sections.items() if k != "checks"))  # the annex's check names it
    assert told.count("8.515") == 1 and "afgeronde aandelen" not in told and "De 8.515 contacten" not in told
    assert (
        "De figuren hieronder tonen het aantal contacten van 2019 tot en met 2021 en het aandeel van elk kanaal in "
        "2020 en 2021." in text
    )  # r24 2021 #11
    # r23 2021 #1; r31 2021 #7 (round 32): no 'Ter vergelijking' promising a comparison not drawn
    assert "Ter vergelijking" not in text and "het laatste jaar met maandcijfers" not in text


def test_a_year_not_the_highest_opens_with_its_total_and_a_helpline_without_a_word_names_none(monkeypatch):
    """r22 2021 #2: 'meer dan ooit' only where the source ranks the year first; 'oproepen' only where helplines.csv
    records the helpline's own word (1712's infographic)."""
    from hulplijnen.chapters.channels import over_years
    from hulplijnen.data import load

    monkeypatch.setattr(over_years, "rank_since_launch", lambda *a: None)
    rows = load.helplines().assign(contacts_word_nl=None)
    monkeypatch.setattr(load, "helplines", lambda: rows)
    text = plain(channels.build(2021, "1712", [2020], FactSheet("channels", 2021)).text)
    # r37 (r36 2021 #2): the published share first
    assert text.startswith("In 2021 ontving 1712 in totaal **8.515 contacten**. Van die contacten liep 68 % via")
    assert "meer dan ooit" not in text and "oproepen" not in text


def test_the_channel_share_bars_carry_their_values_and_a_swatch_for_the_rounded_year():
    """r22 2021 #17: every bar labelled with its share as published. r24 2021 #12: the legend's 'afgerond
    gepubliceerd' had no swatch and the 2021 bars looked like 2020's: the rounded year is marked (r26 2021 #8: dotted,
    no longer pale), and the legend shows that mark beside the words."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from hulplijnen.chapters.channels import charts

    chapter = channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021))
    fig = charts.MIX.draw(chapter.data)
    ax = fig.axes[0]
    labels = [t.get_text().replace("\u00a0", " ") for t in ax.texts]
    assert {"70,8 %", "17,9 %", "11,3 %", "68 %", "14 %", "18 %"} <= set(labels), labels
    legend = ax.get_legend()
    words = [t.get_text() for t in legend.get_texts()]
    # r39 (r38 2021 #14): the legend says "gepubliceerd (afgerond)", not the auditor's "afgerond gepubliceerd"
    # r41 (r41 2021 #6): the solid bars' entry may follow it ('volle kleur: berekend uit de tabellen …')
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert "kerncijfers 2021 (afgerond)" in words, words
    assert "tabellen 2020 (exacte aantallen)" in [" ".join(w.split()) for w in words], words
    assert "afgerond gepubliceerd" not in words and "2021: gepubliceerd (afgerond)" not in words
    assert all(h.get_visible() for h in legend.legend_handles), "every legend entry has a swatch"
    bars = [p for p in ax.patches if p.get_height() > 0]
    faces = {matplotlib.colors.to_hex(p.get_facecolor()) for p in bars}
    # r26 2021 #8: the pale 2021 tints had 1.5-1.7:1 contrast; each channel keeps its full colour in both years and
    # the rounded year is marked by a dotted hatch instead
    assert len(faces) == 3, faces
    assert {bool(p.get_hatch()) for p in bars} == {True, False}
    plt.close(fig)
