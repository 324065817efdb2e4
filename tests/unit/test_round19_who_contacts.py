# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round-19 reader findings on the 1712 chapters about who contacts and where the violence happens (r19 #1-#6): what
the sources do not say is not said, one base per sentence, the source's age class beside the report's reading, the
monthly gender table in the annex. Each test failed before its fix."""

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from hulplijnen.chapters import contact_persons, contexts, gender_age
from hulplijnen.data import load
from hulplijnen.facts import FactSheet

ROOT = Path(__file__).resolve().parents[2]


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def contexts_built():
    return {y: contexts.build(y, "1712", FactSheet("contexts", y)) for y in (2020, 2021)}


@pytest.fixture(scope="module")
def gender_2020():
    facts = FactSheet("gender_age", 2020)
    return gender_age.build(2020, "1712", facts), facts


def test_no_difference_between_the_key_figures_victims_and_the_earlier_context_table(contexts_built):
    """#1: '11.312 ...: 7 meer dan in 2020 (11.305), terwijl het aantal contacten met 6 % steeg' compared the
    infographic's possible victims with a table the source never calls a count of possible victims."""
    chapter = contexts_built[2021]
    text = plain(chapter.text)
    # r22 (r21 2021 #6, #7): the count opens the story; whether the two count the same is the annex's
    assert "In 2021 gingen de contacten over 11.312 mogelijke slachtoffers" in text
    assert "7 meer" not in text and "terwijl" not in text and "6 %" not in text
    assert "of ze hetzelfde tellen als de tabel per context, zeggen de bronnen niet" in plain(
        chapter.section("reading")
    )
    assert "zegt niet wat ze telt" in plain(contexts_built[2020].text)


def test_the_glossary_does_not_say_the_context_is_registered_per_possible_victim():
    """#1: 'Ze wordt per mogelijk slachtoffer geregistreerd' is in no source."""
    entries = {e["term"]: e for e in yaml.safe_load((ROOT / "report" / "glossary.yml").read_text())["terms"]}
    context = plain(entries["context van het geweld"]["definition"])
    assert "geregistreerd" not in context
    # r38 (r37 2021 #12): what the table counts is said once, under „mogelijk slachtoffer”; here a pointer to it
    # r59 (r58 2021 #9): neither entry says what the table counts (the annex does), no pointer between them
    assert "zegt niet wat die tabel telt" not in context and context.endswith("of een andere omgeving.")
    victim = plain(entries["mogelijk slachtoffer"]["definition"])
    # r66 (r66 2020 #4): the key figures with their year (glossary.py fills {key_figures_year} from provenance.yml)
    assert "zegt zelf niet wat ze telt" not in victim
    assert victim.endswith("Het woord komt uit de kerncijfers van 1712 over {key_figures_year}.")
    assert "telt: zie" not in context


def test_the_title_says_what_the_chapter_is_about_and_the_family_contexts_are_the_annexs(contexts_built):
    """#2: 'Ze tellen alle buiten de familie' read as the source's. r22 2021 #23: 'Waar speelt het geweld zich af:
    context van het geweld' repeated itself, and the 2021 chapter opens with the kind of violence and the age."""
    assert contexts.SPEC.title == "Waar het geweld plaatsvindt: de context"  # r23 2020 #18
    for chapter in contexts_built.values():  # r20 2020 #3: told in the annex, not under the table
        note = plain(chapter.section("reading"))
        assert "een indeling van dit rapport" not in note  # r22 2020 #12: the source's own contexts, no groups
        # r33 (r32 2021 #8): a later year's report names the earlier year's report, where its contexts are said
        assert (
            "Binnen de familie telt het rapport deze contexten van de registratie: gescheiden kerngezin" in note
            # r45 (r44 2021 K): the later year's report gives the family's contexts itself, as a sum, beside the
            # name of the earlier report (no longer 'welke contexten tot de familie horen, staat in het rapport')
            or (
                "staat in het rapport „Hulplijn 1712 in 2020”" in note
                and "Binnen de familie: gescheiden kerngezin 4.251 + niet-gescheiden kerngezin 4.319 + bredere"
                " familiale context 663 = 9.233 van 10.088 vermeldingen met een bekende context"
                in note
            )
        )
        assert "indeling" not in plain(chapter.text)
    assert "Ze tellen alle" not in contexts_built[2021].text


def test_one_base_per_sentence_and_the_sources_words_for_the_nuclear_family(contexts_built):
    """#2: 90 % of known, 'ongeveer 75 % van alle', 75,8 % of all and 85,0 % of known in one paragraph."""
    text = plain(contexts_built[2021].section("family"))
    # r24 2020 #4: 1712's 75 % counts all possible victims (its 90 % names the known context, this share does not):
    # 2020 on that base beside it, not the 85,0 % of the known contexts
    assert (
        # r49 (r48 2021 #9a, c): the base the report's reading, said so; 2020 beside it in the comparison table
        # r50 (r49 2021 #3): no double negative ('Anders dan … geen'); this pin follows it
        # r52 (reader r51 2021 #11): the two bases said plainly ('Let op: …'); this pin follows the new wording
        # r54 (r54 2021 #4): each base in its share's own sentence, one short warning closing the paragraph; the
        # 75 %'s base (all possible victims) the report's reading, said in the annex; this pin follows it
        "Bij ongeveer 75 % van de mogelijke slachtoffers speelt het geweld zich af binnen het gezin. De drie aandelen "
        "(90 %, 10 % en ongeveer 75 %) hebben elk een ander totaal; tel ze niet op en trek ze niet van elkaar af."
    ) in text
    assert "75 % van alle" not in text and "85,0 %" not in text
    # r54 (r54 2021 #4): one base per sentence: the warning names the three shares, no base; the bases each in the
    # sentence of its share (the 75 %'s as the report's reading in the annex)
    assert "Bij 90 % van de mogelijke slachtoffers met een bekende context speelt" in text
    assert "Bij 10 % van de contacten gaat" in text
    reading = plain(contexts_built[2021].section("reading"))
    # r56 (r55 2021 #6): the three bases said once, one clause each; the 75 %'s reading in a sentence of its own
    assert "Dit rapport leest die 75 % dus als aandeel van alle mogelijke slachtoffers" in reading


def test_the_age_class_the_source_writes_plus_12_is_read_visibly(gender_2020):
    """#3: '+12 jaar' became '12 tot 18 jaar' silently; '44 kinderen ... 337 jongeren' counted contacts as people."""
    chapter, _ = gender_2020
    text = plain(chapter.text)
    # r24 2020 #7: the reading is the annex's; the row '12 tot 17 jaar' with a note giving the source's label
    # r27 2020 #16: 'minderjarig' rests on reading '+12 jaar': a short hedge where it is said
    # r29 (r28 2020 #4): the finding plainly, the reading the annex's
    # r38 (2020 r37 #9): the minors' share names its base, and gives the share of all contacts too
    assert (
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #4): deliberately changed wording
        "Van minderjarigen kwamen 381 contacten (4,8 % van diezelfde 7.986 contacten): 44"
        # r64 (r64 2020 #8): the two halves parallel, 'jaar' said
        " van jonger dan 12 jaar en 337 van 12 jaar of ouder maar minderjarig."
    ) in text
    assert "als „+12 jaar”" not in text
    assert "dit rapport als minderjarig leest" not in text
    assert "44 kinderen" not in text and "337 jongeren" not in text and "12 tot 18" not in text
    classes = load.codebook("age_classes").set_index("age_class")
    assert classes.loc["minor_12_plus", "label_nl"] == "12 jaar of ouder maar minderjarig"
    note = plain(chapter.section("age_note"))
    # r20 2020 #3: in the annex (the section is an annex part's lead)
    assert "heeft de klasse „+12 jaar”; dit rapport leest dat als „12 jaar of ouder maar minderjarig”" in note
    # r29 (r28 2020 #4): the row says '12 tot 17 jaar' only; the source's label is the annex's, no marker or note
    assert "12 jaar of ouder maar minderjarig" in list(chapter.tables["ages"]["Leeftijd"])
    assert plain(chapter.section("age_mark")).strip() == ""


def test_no_reason_for_the_contacts_missing_from_the_gender_table(gender_2020):
    """#4: 'verklaard ... omdat bij 16 contacten niets ingevuld is'; the annex's 'aandelen naar geslacht gebruiken de
    8.043 contacten' while 73,8 % is of the 7.957 with a known gender."""
    chapter, facts = gender_2020
    values = facts.values()
    female = values["1712.gender.2020.female.contacts"]
    known = values["1712.gender.2020.known"]
    assert round(female / known * 100, 1) == values["1712.gender.2020.female.share_known_pct"] == 73.8
    annex = plain(chapter.section("not_recorded"))
    # r39 (r38 2020 #15): 'waarom, zegt de bron niet' is said once, under 'Controles'; here a pointer to it
    assert "(zie „Controles van de gegevens”)" in annex and "daarom" not in annex
    reasons = pd.read_csv(ROOT / "data" / "inconsistencies.csv")["reason_nl"]
    first = plain(reasons[reasons.str.contains("geslachtskolom")].iloc[0])
    assert "8.043 contacten in de tabel" not in first
    assert f"berekend over de {known:,}".replace(",", ".") + " contacten met een bekend geslacht" in first


def test_the_months_of_a_stable_share_are_one_sentence_and_an_annex_table(gender_2020):
    """#5: twelve monthly rows and a chart for a share that stays 71-75 % every month."""
    chapter, facts = gender_2020
    text = plain(chapter.section("gender"))
    low, high = (facts.values()[f"1712.gender.2020.female_month_{e}.share_known_pct"] for e in ("lowest", "highest"))
    assert (low, high) == (71.3, 75.0)
    assert "elke maand tussen 71,3 % en 75,0 %" in text
    tables = [p for p in chapter.parts if getattr(p, "key", None) == "months"]
    assert len(tables) == 1 and tables[0].annex and tables[0].lead == "not_recorded"
    # r44 (2020 #5): the derived column named as the chapter says it (was „Ontbreekt in de brontabel”)
    cols = chapter.tables["months"].columns
    # r56 (r55 2020 #2): the derived column named as what it is: missing from the source's table, not 'niet ingevuld'
    assert "Niet in de brontabel" in cols and "Ontbreekt in de brontabel" not in cols


def test_the_chat_share_of_victims_is_said_once():
    """#6: 'meer dan de helft' in 'Kanalen' and again in 'Contactnemers' (zie „Kanalen”)."""
    chapter = contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))
    text = plain(chapter.text)
    # r22 2020 #4: the point said here, without a pointer back to „Kanalen”; r29 (r28 2020 #6): with its share, once
    # r34 (r33 2020 #18): attributed in the sentence, without a count
    # r38 (2020 r37 #4): the annual report as the minister quotes it
    assert (
        "Volgens datzelfde jaarverslag is bij meer dan de"  # r41: the annual report named in full once
        " helft van de contacten via chat de contactnemer zelf slachtoffer, wellicht door het meer anonieme karakter"
        " van de chat."
    ) in text
    assert text.count("helft") == 1
    assert "„Kanalen”" not in text


def test_the_summary_bullet_says_who_in_plain_words():
    """#6: 'Vooral de kant van het slachtoffer:'; r33 (r32 2020 #8): one bullet on who makes contact, story first."""
    # r37: the key messages are split over report/summary/messages.md and the _message_*.md it includes
    messages = "".join(p.read_text() for p in sorted((ROOT / "report" / "summary").glob("*message*.md")))
    # r47 (r46 2020 #4): 'vooral het slachtoffer' kept only where the victim is the contact person in most contacts
    assert "Vooral de kant van" not in messages and "meestal gaat het contact over iemand anders" in messages
    assert "**Vooral slachtoffers en hun omgeving:**" not in messages


def test_a_channel_without_a_share_in_a_year_says_so_not_a_blank():
    """#5: 2021's 'Niet geregistreerd' cell in the table of shares per year was blank, which reads as zero."""
    from hulplijnen.chapters import channels

    table = channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021)).tables["shares"].set_index("Jaar")
    # r39 (r38 2020 #1, #6, #7, #13): the wording changed deliberately; this pin follows it
    assert table.loc["2021", "Niet ingevuld"] == "niet in de bronnen"
    assert table.loc["2020", "Niet ingevuld"] == "0,1\u00a0%"
