"""r56 (r55 TO #2-#9, 2021 #3): Tele-Onthaal's plainer summary, notes and annex; each test fails on the old text."""

from pathlib import Path

import yaml

from hulplijnen.chapters.helplines import tables
from hulplijnen.maths.intervals import width_count

ROOT = Path(__file__).resolve().parents[2]


def read(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


def test_a_count_from_a_rounded_share_is_as_precise_as_its_range():
    """TO #2: 91.100 claimed ±50 of a range 90.550 to 91.595; to the thousand, from the range's width."""
    assert width_count(90_550, 91_595) == 91_000
    assert width_count(13_086, 14_131) == 14_000
    assert width_count(80_244, 80_403) == 80_300  # a narrow range keeps its hundreds
    assert 11_845 <= width_count(11_845, 11_853) <= 11_853  # never outside the range


def test_the_summary_drops_zo_and_the_oldest_year():
    """2021 #3, TO #4: no 'Zo' (a cause), no 'dat zijn ongeveer evenveel als alle gesprekken in 2019'."""
    text = read("report/summary/_message_counts.md")
    assert "Zo werden ongeveer" not in text
    assert "evenveel als alle gesprekken in" not in text
    assert "gesprekken werden niet als coronagerelateerd geteld" in text
    # r59 (r58 TO #2): the share's words ('Het aandeel coronagerelateerde gesprekken daalde')
    assert "Het aandeel coronagerelateerde gesprekken daalde" in text  # TO #1: the share's words


def test_the_gap_heading_says_the_fraction():
    """TO #5: 'Het verschil … bleef bijna een kwart van de oproepen, zoals in 2020', from the fraction rule."""
    text = read("report/summary/_message_rest.md")
    # r57 (r57 TO #6): 'was, net als in 2020,' not 'bleef … zoals in'
    assert "Het verschil tussen oproepen en gesprekken was, net als in {{ gp.year }}, {{ words }} van de" in text
    assert "fraction_words(g.share)" in text


def test_about_these_figures_does_not_say_the_decimals_tell_them_apart():
    """TO #6."""
    text = " ".join(read("report/about.md").split())
    assert 'berekent, staan op één decimaal" if own' not in text
    assert 'De bron geeft haar percentages afgerond{% for d in rounding.get("share_decimals"' in text
    assert '"0": "op een heel procent", "1": "op één decimaal"' in text


def test_table_2_note_says_the_other_conversations_before_corona():
    """TO #7."""
    text = " ".join(read("src/hulplijnen/chapters/helplines/text.md").split())
    assert "vóór corona); de andere gesprekken van {{ before_corona" in text
    assert "andere gesprekken = alle gesprekken" not in text  # a sentence began with the year
    assert "Schattingen (≈) zijn afgerond; opgeteld kunnen ze daardoor iets van het totaal afwijken." in text


def test_the_annex_table_gives_its_labels_room():
    """TO #8: 'Cijfer' wrapped over three or four lines beside a half-empty 'Soort'."""
    w = tables.YEARS_ALL_WIDTHS
    assert w["Cijfer"] >= 30 and w["Cijfer"] > w["Waarde"]


def test_plainer_verbs():
    """TO #9."""
    chapter = read("src/hulplijnen/chapters/helplines/paragraphs.md")
    # r60 (r59 2021-tele-onthaal #2): the Methods' 'veel lager' (meaning.corona.far), no 'gehalveerd'
    # r61 (r61 TO #4): the sentence no longer repeats its lead's 'veel lager' (the lead keeps it)
    assert '"Veel lager aandeel c" if meaning.corona.far' in chapter and '"werd bijna gehalveerd" if' not in chapter
    assert '" bijna" if meaning.corona.halved' not in chapter
    methods = " ".join(read("report/methods.md").split())
    assert "volledige berekende bereik erin valt" in methods
    assert "het hele berekende bereik bevat" not in methods


def test_the_source_page_is_named_without_an_account_of_a_search():
    """TO #3: no 'Dit rapport kon het webadres … niet achterhalen'; its address where known, else a neutral line."""
    text = read("data/provenance.yml")
    assert "achterhalen" not in text
    page = yaml.safe_load(text)["documents"]["cijfers2021"]
    # r59 (r58 TO #5, 2020 #4): the page named once, in the sentence on how to find it
    assert page["url"] or (
        not page.get("unknown_url_nl")
        # r61 (r59 2020 #6): the page's one name, its address 'niet bekend'
        and "het webadres van die pagina is niet bekend." in page["where_nl"] + page["where_one_nl"]
    )
    assert "{% if d.url %} Webadres:" in read("report/sources.md")
