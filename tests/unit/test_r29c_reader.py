# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 29 (the r28 readers of 2020 and 2021) on who contacts the helpline: minors said plainly (2020 #4, 2021 #3),
no repeated opening total in the gender chapter (2020 #5), the chat's victims said once, in the contact-persons
chapter (2020 #6), the table's note saying what is special about its marked counts (2020 #13), the professionals
the heading promises (2021 #10), Figure 2 of 2020 as the women's share per month (2020 #16), and the channel mix's
numbers apart on a phone (2021 #12). Each fails on the code before."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from hulplijnen.chapters import channels, contact_persons, gender_age
from hulplijnen.facts import FactSheet, keys
from hulplijnen.presentation import figures_phone, figures_sources


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def gender_2020():
    return gender_age.build(2020, "1712", FactSheet("gender_age", 2020))


def test_minors_are_one_plain_sentence(gender_2020):
    age = flat(gender_2020.section("age"))
    # r38 (2020 r37 #9): the minors' share names its base, and gives the share of all contacts too
    assert (
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #4): deliberately changed wording
        "Van minderjarigen kwamen 381 contacten (4,8 % van diezelfde 7.986 contacten): 44"
        # r64 (r64 2020 #8): the two halves parallel, 'jaar' said
        " van jonger dan 12 jaar en 337 van 12 jaar of ouder maar minderjarig."
    ) in age
    assert "als „+12 jaar”" not in age
    assert list(gender_2020.tables["ages"]["Leeftijd"])[1] == "12 jaar of ouder maar minderjarig"


def test_the_gender_section_repeats_no_total_and_leaves_the_missing_contacts_to_the_annex(gender_2020):
    gender = flat(gender_2020.section("gender"))
    assert "registreerde de hulplijn" not in gender and "8.059" not in gender
    assert "niet in de tabel naar geslacht" not in gender
    assert gender.startswith("Bij 7.957 contacten is het geslacht van de contactnemer bekend")
    # the annex keeps them, above its table per month
    # r39 (r38 2020 #15): the 16 contacts told once, with a pointer to the checks where the derivation stands
    assert "De 16 contacten die de brontabel naar geslacht niet telt (zie „Controles van de gegevens”)" in flat(
        gender_2020.section("not_recorded")
    )


def test_the_chat_s_victims_are_said_once_in_the_contact_persons_chapter(persons_2020):
    # r38 (2020 r37 #4): the annual report as the minister quotes it, said once
    said = "Volgens datzelfde jaarverslag is bij meer dan de"  # r41: the annual report named in full once
    text = flat(persons_2020.text)
    assert text.count(said) == 1 and "wellicht door het meer anonieme karakter van de chat" in text
    assert text.count("Volgens het jaarverslag 2020 van 1712, zoals geciteerd in het antwoord van de minister,") == 1
    assert text.count("Volgens datzelfde jaarverslag") == 2  # r41: the chat's and the perpetrators' findings
    assert "In de chat is de contactnemer vaker zelf slachtoffer" not in text
    assert "zelf slachtoffer" not in flat(channels.build(2020, "1712", [2019], FactSheet("channels", 2020)).text)


def test_the_table_note_says_what_is_special_about_its_marked_counts(persons_2020):
    note = flat(persons_2020.section("groups_note"))
    # r29 2020 #7 (round 30): in plain words; the 232 is the annex's; r30 2020 #7 (round 31): the derived 13 said
    # r34 (r33 2020 #14): plainer still, the derivation the annex's
    # r38 (2020 r37 #5): the totals come from the minister's quote of the annual report, not 'de begeleidende tekst'
    # r56 (r55 2020 #6): as certain as the text ('minstens … wellicht'): where each count comes from, and what the
    # filled cells alone give
    assert note == (
        # r59 (r58 2020 #7): 37 rests on an assumption, said so; what alone is certain
        "¹ De tabel van 1712 laat bij deze groepen vakken leeg. In de rij „pleger zelf of iemand uit diens omgeving” "
        "komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232. In de rij „cultuur” is "
        "het aantal 37 een schatting (≈), afgeleid met een aanname (zie @tbl-constraints); zeker zijn daar alleen de "
        "24 contacten in de ingevulde vakken."  # r63 (r63 2020 #1): each count's row; the derived 37 marked '≈'
    )


def test_the_professionals_the_heading_promises_are_counted(persons_2020, persons_2021):
    # r29 2020 #6, 2021 #14 (round 30): the codes' sectors, no 'professional'; 13 of them in cells left empty
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    # r61 (r59 2020 #3): one plain sentence, the filled cells' 367 in the annex
    said = "Er kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, "
    # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
    # r67 (r67 2020 #4): how many of them are estimated
    said += "welzijn of justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
    said += "een paar vakken leeg liet (zie „Controles van de"
    assert said in flat(persons_2020.text)
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    # r56 (r55 2021 #2): a later year's report says one plain share by the Methods' rule; the cells are the annex's
    # r59 (r58 2021 #3): the count and its share of all contacts, not 'ongeveer 5 %' beside the empty cells' table
    # r60 (r59 2021 #3): 'naar schatting' 380, the filled cells' 367 beside it
    # r61 (r61 2021 #6): one plain sentence, as in the 2020 release
    assert "In 2020 kwamen naar schatting 380 contacten (4,7 %)" in flat(persons_2021.text)
    # 84 + 37 + 26 + 220 + 13: the groups the codebook merges, a recorded fact of their year
    facts = FactSheet("contact_persons", 2021)
    contact_persons.build(2021, "1712", facts)
    assert facts.get(keys.contact_person_group("1712", "professional", "2020", "low")) == 380


def test_no_figure_repeats_the_flat_women_s_share_per_month(gender_2020):
    # r28 2020 #16 drew the share per month on an axis from 0 to 100 %; r31 2020 #19 (round 32): flat at 71-75 %, it
    # only repeated the sentence that says it, so the sentence stays and the figure goes
    assert "fig-gender-months" not in [getattr(part, "label", None) for part in gender_age.SHOWN]
    assert "elke maand tussen 71,3 % en 75,0 %" in " ".join(gender_2020.text.replace("\u00a0", " ").split())


def test_the_channel_mix_numbers_stand_apart_on_a_phone():
    shares = pd.DataFrame(
        {
            "year": [2020] * 3 + [2021] * 3,
            "channel": ["phone", "email", "chat"] * 2,
            "low": [70.8, 17.9, 11.3, 67.5, 13.5, 17.5],
            "high": [70.8, 17.9, 11.3, 68.5, 14.5, 18.5],
            "exact": [True] * 3 + [False] * 3,
        }
    )
    fig = figures_sources.share_series(shares, "t", whiskers=False, values=True, missing=figures_sources.NOT_PUBLISHED)
    fig.set_size_inches(fig.get_figwidth(), 2.5)  # as the chapter draws it (channels.charts.MIX_HEIGHT)
    fig.tight_layout()
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_text().strip()]
    gap = figures_phone._GAP_INCH * fig.dpi  # their white boxes (theme.VALUE_BOX) reach this far
    assert len(boxes) >= 6  # 17,9 % and 11,3 % among them
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:  # no two numbers' boxes meet, sideways or lifted above each other
            apart_x = a.x1 + gap <= b.x0 or b.x1 + gap <= a.x0
            apart_y = a.y1 + gap <= b.y0 or b.y1 + gap <= a.y0
            assert apart_x or apart_y
    plt.close(fig)


def test_the_perpetrators_campaign_says_how_many_were_perpetrators_themselves():
    """2021 #11: of the 240 contacts of 2020 from perpetrators or their environment, 64 came from perpetrators."""
    from hulplijnen.chapters import campaigns

    calendar = flat(
        campaigns.build(2021, "1712", 1, 12, 20, FactSheet("campaigns", 2021)).section("effects")
    )  # r32: after the table
    assert (
        # r33 (r32 #3): contacts, the report's unit (the glossary), as the 2020 report says it
        # r63 (r63 2021 #7): the quoted annual report's own word beside the report's 'contacten'
        "in 2020 kwamen 240 contacten (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers of van "
        "iemand "
        "uit de directe omgeving van een pleger;"
        " 64 contacten kwamen van plegers zelf." in (calendar)
    )
