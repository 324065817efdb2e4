"""r54 (r54 readers of 2021-tele-onthaal #1-#4, #8, #9 and 2021 #1, #3): the other conversations' rise in percent by
the Methods' rule for a computed range (its middle 'naar schatting', its range in the annex), the corona lead about
the share ('lager aandeel'), the summary's gap lead about the share, the channels' published changes not read as a
range, the footnote's 'welk,' and the glossary's fragment. Each test fails on the wording before r54."""

from __future__ import annotations

from pathlib import Path

import yaml
from test_helplines_r13 import built, flat, summary_of_release

ROOT = Path(__file__).parents[2]
ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_the_rise_in_percent_is_the_middle_of_its_range_and_the_annex_gives_the_range():
    """TO #1, 2021 #3: 'ongeveer 13 % meer' for the computed range 12,6-14,1 %, not in the annex."""
    for helplines_ in (("tele-onthaal",), ALL):
        chapter, facts = built(helplines_)
        text = flat(chapter.text)
        values = facts.values()
        g = "tele-onthaal.other_conversations.2020.growth_{}_pct"
        low, high, middle = (values[g.format(b)] for b in ("low", "high", "middle"))
        assert round(low, 2) == 12.62 and round(high, 2) == 14.15 and middle == (low + high) / 2
        rise = (
            # r59 (r58 TO #1): pin follows the new wording
            "In 2021 waren er tussen 10.100 en 11.400 andere gesprekken meer dan in 2020, naar schatting 13,4 % "
            "meer, als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is."
        )
        assert rise in text and "ongeveer 13 % meer" not in text
        rows = chapter.tables["years_all"].replace("\u00a0", " ", regex=True)
        row = rows[rows["Cijfer"] == "andere gesprekken: meer dan in 2020, in procent"]
        assert row[["Jaar", "Waarde", "Soort"]].values.tolist() == [
            ["2021", "12,62 % tot 14,15 %", "berekend uit de twee rijen „andere gesprekken” hierboven"]
        ]


def test_the_corona_lead_is_about_the_share():
    """TO #2, 2021 #1: 'Veel minder coronagerelateerde gesprekken.' headed a fall of the share (a count word)."""
    for helplines_ in (("tele-onthaal",), ALL):
        text = flat(built(helplines_)[0].text)
        assert "**Veel lager aandeel coronagerelateerde gesprekken.**" in text
        assert "Veel minder coronagerelateerde gesprekken" not in text


def test_the_summary_gap_lead_says_it_is_the_share():
    """TO #3: 'Verschil tussen oproepen en gesprekken ongeveer even groot als in 2020' read as the count."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        # r56 (r55 TO #5): pin follows the new wording
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** er "
        "waren 32.988 oproepen meer dan gesprekken (24,0 % van de oproepen; 2020: naar schatting 23,9 %)" in md  # r56
    )


def test_the_channels_published_changes_are_no_range():
    """TO #4: '(−0,8 % tot −1,1 %)' looked like an estimated range of four published changes."""
    text = flat(built(("tele-onthaal",))[0].text)
    # r61 (r61 TO #3): pin follows the new wording
    assert (
        "iets minder oproepen en gesprekken (oproepen: −1,1 % via telefoon en −0,8 % via chat; gesprekken: "
        "−1,1 % via telefoon en −0,9 % via chat)." in text
    )
    assert "(−0,8 % tot −1,1 %)" not in text


def test_the_footnote_names_what_cannot_be_told():
    """TO #8: '…klopt dus niet; welk, valt uit de bron niet af te leiden' ('welk,' on its own)."""
    md = flat(summary_of_release(["tele-onthaal"]))
    assert (
        "een van die twee gepubliceerde cijfers klopt dus niet. Welk cijfer fout is, valt uit de bron niet af te leiden"
        in md
    )
    assert "welk, valt" not in md


def test_the_glossary_defines_websitebezoekers_in_a_sentence():
    """TO #9: 'Zoals de bron het woord gebruikt.' was a fragment for a definition."""
    terms = yaml.safe_load((ROOT / "report" / "glossary.yml").read_text(encoding="utf-8"))
    entries = terms["terms"] if isinstance(terms, dict) else terms
    entry = next(t for t in entries if t["term"] == "websitebezoekers")
    assert entry["definition"].startswith("Het aantal dat de bron als „websitebezoekers” vermeldt.")
    assert "Zoals de bron" not in entry["definition"]
