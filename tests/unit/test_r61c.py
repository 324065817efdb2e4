"""Round 61c (the r61 readers of 1712's 2020 and 2021, chapters 2–5): each test fails on the wording or behaviour
before r61c."""

import re

import pytest

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def contexts_built():
    from hulplijnen.chapters import contexts

    return {year: contexts.build(year, "1712", FactSheet("c", year)) for year in (2020, 2021)}


def test_r61_2020_7_the_table_is_not_called_possible_victims(contexts_built):
    """2020 #7: 'dit rapport noemt ze … mogelijke slachtoffers' read as the table being called so."""
    c = contexts_built[2020]
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    chapter = flat(c.section("family") + "\n\n" + c.section("caveats"))
    assert "Wat ze precies telt" not in chapter and "noemt ze" not in chapter
    assert (
        "Wat de tabel precies telt, zegt de bron niet; dit rapport spreekt, zoals de kerncijfers over 2021, van "
        "mogelijke slachtoffers: één contact kan over meer dan één persoon gaan." in chapter
    )
    annex = flat(c.section("reading"))
    assert "noemt wat ze telt" not in annex
    assert (
        "Dit rapport spreekt van mogelijke slachtoffers, omdat een contact over meer dan één persoon kan gaan." in annex
    )


def test_r61_2021_7_the_kinds_of_violence_most_frequent_first(contexts_built):
    """2021 #7: 'vooral' did not fit 8 %."""
    chapter = flat(contexts_built[2021].section("family"))
    assert "Het ging vooral om" not in chapter
    assert (
        "Het vaakst ging het om kindermishandeling (54 % van de mogelijke slachtoffers), daarna om partnergeweld "
        "(19 %) en geweld tegen volwassenen (8 %)." in chapter
    )


def test_r61_2021_8_the_undated_table_in_a_sentence_that_parses(contexts_built):
    """2021 #8: 'Een tabel per context zonder jaartal in de bron, bij de tabellen over 2020, geeft …' was hard to
    parse."""
    chapter = flat(contexts_built[2021].section("family"))
    assert "Een tabel per context zonder jaartal" not in chapter
    assert chapter.endswith(
        "De bronnen bevatten ook een tabel naar context van het geweld, zonder jaartal maar bij de tabellen over 2020; "
        "die geeft gelijkaardige aandelen (zie de [technische bijlage, bij dit hoofdstuk](#sec-appendix-contexts))."
    )


def test_r61_2021_6_the_sectors_count_of_2020_in_one_plain_sentence():
    """2021 #6: '(minstens 367; zie Tabel 7)' was audit detail in the chapter."""
    from hulplijnen.chapters import contact_persons

    chapter = flat(contact_persons.build(2021, "1712", FactSheet("c", 2021)).text)
    assert "minstens 367" not in chapter and "van alle contacten) van iemand" not in chapter
    assert (
        "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of "
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        # r67 (r67 2020 #4): how many of them are estimated
        "justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens”" in chapter
    )


def test_r61_2020_8_the_unclear_age_in_the_present_tense():
    """2020 #8: 'was de leeftijd onduidelijk' beside 'is de leeftijd niet ingevuld'."""
    from hulplijnen.chapters import gender_age

    said = flat(gender_age.build(2020, "1712", FactSheet("g", 2020)).text)
    assert "was de leeftijd onduidelijk" not in said
    assert "Bij 57 contacten is de leeftijd onduidelijk. Bij 16 contacten is de leeftijd niet ingevuld." in said


def test_r61_2020_10_the_chat_remark_after_the_sum_of_the_victims_side():
    """2020 #10: the chat remark sat between the other contact persons and the 91,2 % that sums them up."""
    from hulplijnen.chapters import contact_persons

    groups = contact_persons.build(2020, "1712", FactSheet("c", 2020)).section("groups")
    paragraphs = [flat(p) for p in groups.split("\n\n") if p.strip()]
    total = next(i for i, p in enumerate(paragraphs) if "is de contactnemer het slachtoffer zelf of iemand" in p)
    chat = next(i for i, p in enumerate(paragraphs) if "via chat de contactnemer zelf slachtoffer" in p)
    others = next(i for i, p in enumerate(paragraphs) if p.startswith("Verder kwamen er"))
    assert others < total < chat
    assert paragraphs[total].startswith("Bij 91,2 % van de contacten is de contactnemer het slachtoffer zelf")
    assert paragraphs[chat].startswith("Volgens datzelfde jaarverslag is bij meer dan de helft")


def test_r61_2021_4_figure_5_says_its_open_dots_are_estimates():
    """2021 #4: the 2020 points are computed from estimates but were drawn and named as published values."""
    import importlib

    import matplotlib

    matplotlib.use("Agg")
    from hulplijnen.chapters.helplines import charts
    from hulplijnen.presentation import caption_text

    comparison = importlib.import_module("hulplijnen.chapters.helplines.comparison")
    data = comparison.comparison(2021, ["1712", "tele-onthaal", "stop-it-now"], FactSheet("x", 2021)).data
    words = data | {"counted": "", "years_also": "", "years_of": "", "channels_of": [], "base_year": "2019"}
    caption = caption_text.render("chapters/helplines/captions.md", words).plain["fig_helpline_growth"]
    assert caption.endswith(
        "vol bolletje: 2021 (uit de gepubliceerde wijziging), open bolletje: 2020 (berekend uit schattingen, bij "
        "benadering)"
    )
    fig = charts.intervals(data["growth"], "t", "index (2019 = 100)", reference=100, marked="2019 = 100")
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert {"\u2248\u00a0149", "\u2248\u00a0115", "\u2248\u00a0164"} <= set(labels) and "149" not in labels
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["2021", "2020 (bij benadering)"]
