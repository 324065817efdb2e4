"""Round 56 (the r55 readers of 2020 and 2021): the 16 contacts missing from the source's table by sex, the context
table named first, the annual report as the minister's quote, a table note as certain as its text, the neighbours'
code in full, the campaign model's one-month parameters, and the three bases of 2021 said once."""

import re

import pytest
from test_summary_key_messages import PROFILE, YEAR, fact, plain

from hulplijnen.chapters import campaigns, contact_persons, contexts, gender_age
from hulplijnen.chapters.gender_age import NOT_RECORDED
from hulplijnen.config.paths import ROOT
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline import summary


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def persons():
    return {y: contact_persons.build(y, "1712", FactSheet("c", y)) for y in (2020, 2021)}


@pytest.fixture(scope="module")
def places():
    return {y: contexts.build(y, "1712", FactSheet("x", y)) for y in (2020, 2021)}


def test_2020_2_8_the_16_contacts_are_missing_from_the_table_by_sex_not_niet_ingevuld():
    chapter = gender_age.build(2020, "1712", FactSheet("g", 2020))
    gender = flat(chapter.section("gender"))
    # r61 (r59 2020 #3): why the source does not say is the annex's (audit detail)
    said = "bij 86 onbekend; 16 contacten ontbreken in de tabel naar geslacht van de bron (zie de technische bijlage)."
    assert said in gender
    assert "niet ingevuld" not in gender
    # the column of the annex's table and the note above it say the same
    assert NOT_RECORDED == "Niet in de brontabel" and NOT_RECORDED in chapter.tables["months"].columns
    assert "De kolom „Niet in de brontabel” hieronder is berekend" in flat(chapter.section("not_recorded"))
    # the age's unnamed row stays 'niet ingevuld' (the annex reads it so), without 'Ook' tying it to the gender's
    age = flat(chapter.section("age"))
    # r61 (r59 2020 #3): the equal count is the annex's (its checks say it)
    assert "Bij 16 contacten is de leeftijd niet ingevuld." in age and "evenveel" not in age
    assert "Ook de leeftijd" not in age
    captions = (ROOT / "src/hulplijnen/chapters/gender_age/captions.md").read_text()
    assert "waarbij het niet ingevuld is" not in captions
    said = "Contacten per maand naar geslacht van de contactnemer, en aandeel contacten van een vrouw onder die met"
    assert said in flat(captions)


def test_2020_3_the_contexts_chapter_names_its_table_first(places):
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    text = flat(places[2020].section("family") + "\n\n" + places[2020].section("caveats"))
    # r66 (r65 2020 #5): the result first; the table named at the head of the caveats that follow it
    # r59 (r58 2020 #1): what the table counts not said as fact
    # r60 (r59 2020 #2): 'komt uit op', not 'telt … personen'
    caveats = "Deze cijfers komen uit de tabel van 1712 over de context van het geweld (bij het antwoord op"
    assert text.startswith("Bij 91,5 %") and caveats in text and "Bij 1.217 van de 11.305 is de context" in text


def test_2020_5_the_summary_says_the_annual_report_is_quoted_in_the_answer():
    check = keys.check_key("1712", "contact_person_perpetrator_environment_count", "computed_n")
    md = flat(plain(summary.markdown({**PROFILE, check: fact(232)}, ["1712"], YEAR)))
    # r59 (r58 2020 #6): no 'slechts' in the report's voice
    assert "Volgens het jaarverslag 2020 van 1712, aangehaald in het antwoord van de minister, kwamen 240" in md


def test_2020_6_the_table_note_is_as_certain_as_the_text(persons):
    note = flat(persons[2020].section("groups_note"))
    # r59 (r58 2020 #7): 37 rests on an assumption, said so; what alone is certain
    # r63 (r63 2020 #1): which row each count belongs to
    assert "komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232." in note
    assert note.endswith("zeker zijn daar alleen de 24 contacten in de ingevulde vakken.") and "aangevuld" not in note
    # r61 (r59 2020 #3): the text says 'naar schatting' (was 'minstens … wellicht'); the filled cells are the annex's
    assert "Er kwamen naar schatting 380 contacten (4,7 %)" in flat(persons[2020].text)


def test_2021_2_the_later_report_says_one_plain_share(persons):
    text = flat(persons[2021].text)
    assert (
        # r59 (r58 2021 #3): the count and its share of all contacts, not 'ongeveer 5 %' beside the empty cells' table
        # r60 (r59 2021 #3): 'naar schatting' 380, the filled cells' 367 beside it
        # r61 (r61 2021 #6): one plain sentence, as in the 2020 release; no 'minstens 367'
        "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, "
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        # r67 (r67 2020 #4): how many of them are estimated
        "welzijn of justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens”"
    ) in text
    assert "ongeveer 5 %" not in text
    assert "wellicht 380" not in text


def test_2020_7_the_neighbours_code_in_full(persons):
    text = flat(persons[2020].text)
    assert "Bij één op de tien is de contactnemer een buur of iemand anders uit de woonomgeving (804)." in text
    assert "een buur (804)" not in text


def test_2020_9_the_model_says_which_parameters_belong_to_one_month():
    model = flat(campaigns.build(2020, "1712", 1, 12, 20, FactSheet("m", 2020)).section("model"))
    # the design has a campaign term in four single months (window of one month): each fits its month exactly
    assert (
        "In totaal schat het model zeven parameters uit twaalf maanden. Vier daarvan horen elk bij één maand (maart, "
        "mei, oktober en december), die het model daardoor exact volgt; de andere drie rusten op de overige acht "
        "maanden. Alleen voor"
    ) in model


def test_2021_4_the_perpetrators_count_with_a_plain_clause():
    effects = flat(campaigns.build(2021, "1712", 1, 12, 20, FactSheet("m", 2021)).section("effects"))
    # r63 (r63 2021 #7): the quoted annual report's own word, as a quotation beside the contacts
    assert (
        "in 2020 kwamen 240 contacten (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers"
        in effects
    )
    assert "spreekt van" not in effects and effects.count("personen") == 1


def test_2021_6_7_the_bases_once_in_the_annex_and_the_warning_once(places):
    reading = flat(places[2021].section("reading"))
    assert reading.count("eigen basis") == 1 and reading.count("De kerncijfers van 2021 geven") == 0
    assert "(75,8 %), niet naast dat over de vermeldingen met een bekende context (85,0 %)" in reading
    family = flat(places[2021].section("family"))
    # r59 (r58 2021 #2): the year's doubt and the warning in the annex's lead (was the chapter's and the note's)
    note = flat(places[2021].section("compare_lead"))
    assert "geen verandering" not in family and "onzeker" not in family and "maar dat is onzeker" in note
    assert note.count("Lees er geen verandering van 2020 naar 2021 uit.") == 1
