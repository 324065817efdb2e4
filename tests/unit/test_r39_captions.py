"""r39: caption templates (chapters/<name>/captions.md) with tiny contexts: the words the Python strings said before,
plain for the alt text and escaped once more for the cell option Quarto parses twice (escape.cell_caption)."""

import pandas as pd
import pytest

from hulplijnen.chapters.capacity import demand
from hulplijnen.chapters.channels import charts as channel_charts
from hulplijnen.chapters.contact_persons import charts as person_charts
from hulplijnen.presentation import caption_text

MONTHLY = "chapters/channels/captions.md"
# r40 (r39 2020 #6): 'een kleinere schaal' read both ways; which panel is enlarged, said one way
# r41 (r41 2020 #14): the lower panel's other scale said plainly, its channels named; this pin follows it
SMALLER = ". Let op: het onderste paneel (e-mail en chat) heeft een andere schaal dan het bovenste: de as loopt er"
SMALLER += " minder hoog."  # r42 (2020 #13): a caption of more than one sentence ends with a full stop


def monthly(without: int, two: bool) -> str:
    data = {"without_channel": without, "two_panels": two, "lower": ["e-mail", "chat"] if two else [], "tabled": False}
    return caption_text.render(MONTHLY, data).plain["fig_channels_monthly"]


@pytest.mark.parametrize(
    ("without", "note"),
    [
        (0, ""),
        # r66 (r66 2020 #8): the tables' label, „kanaal niet ingevuld”
        (1, " (zonder het contact waarbij het kanaal niet ingevuld is)"),
        (5, " (zonder de 5 contacten waarbij het kanaal niet ingevuld is)"),
        (1234, " (zonder de 1.234 contacten waarbij het kanaal niet ingevuld is)"),
    ],
)
@pytest.mark.parametrize("two", [False, True])
def test_the_monthly_charts_note_on_contacts_without_channel_and_its_panels(without, note, two):
    assert monthly(without, two) == "Contacten per maand en kanaal" + note + (SMALLER if two else "")


def test_the_monthly_chart_gives_the_template_numbers_and_flags_not_words():
    wide = pd.DataFrame({"phone": [500, 600], "chat": [20, 30], "not_recorded": [2, 3]}, index=[1, 2])
    assert channel_charts.without_channel(wide) == 5
    assert channel_charts.without_channel(wide.drop(columns="not_recorded")) == 0
    assert channel_charts.without_channel(None) == 0 and not channel_charts.two_panels(None)


def test_roles_without_a_share_are_listed_plain_in_the_alt_text_and_escaped_in_the_option():
    years = pd.DataFrame({"year": [2030, 2031, 2030, 2030], "role": ["a", "a", "b", "c"]})
    gaps = person_charts.unpublished(years, {"a": "A", "b": "B_x", "c": "C"})
    assert gaps == [{"roles": ["B_x", "C"], "years": ["2031"]}]
    captions = caption_text.render("chapters/contact_persons/captions.md", {"unpublished": gaps})
    words = "Aandeel van de contacten per contactnemer, per jaar; B_x en C: 2031 niet gepubliceerd"
    assert captions.plain["fig_contact_person_years"] == words
    assert captions.option["fig_contact_person_years"] == words.replace("B_x", "B\\\\\\_x")
    assert caption_text.render("chapters/contact_persons/captions.md", {"unpublished": []}).plain[
        "fig_contact_person_years"
    ] == ("Aandeel van de contacten per contactnemer, per jaar")


def test_three_roles_are_listed_with_commas_and_en():
    gaps = [{"roles": ["A", "B", "C"], "years": ["2030", "2031"]}]
    caption = caption_text.plain(
        "chapters/contact_persons/captions.md", "fig_contact_person_years", {"unpublished": gaps}
    )
    assert caption.endswith("; A, B en C: 2030 en 2031 niet gepubliceerd")


def test_a_synthetic_exports_months_table_says_what_is_made_up_and_what_its_mark_means():
    def months(made_up, anchors):
        data = {"made_up": made_up, "anchored": demand.months_caption(anchors)}
        return caption_text.render("chapters/capacity/captions.md", data)

    # r51 (demo r50 #2): each caption says in a second sentence that the column counts all attempts
    every = " „%\u00a0beantwoord” telt alle belpogingen, ook buiten de openingsuren."
    made = " Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen."  # r61 (r61 demo #1)
    assert months(False, None).plain["tbl_export_answer_rate"] == "Belpogingen en telefooncontacten per maand." + every
    assert months(True, None).plain["tbl_export_answer_rate"] == (
        "Belpogingen en telefooncontacten per maand (verzonnen, behalve „geregistreerd”)." + every + made
    )
    anchored = months(True, {"rate_min": 60, "rate_max": 75})
    # r41 (r41 demo #13): with the mark, the caption says only what it means; the column headers say what is made up
    said = (
        # r66 (r66 demo #3): the share itself is the figure's caption's and the paragraph's above the table
        " per maand (*\u00a0afgestemd op een cijfer uit de bronnen, de andere maanden vrij gekozen)." + every + made
    )
    assert anchored.plain["tbl_export_answer_rate"].endswith(said)
    # the mark '*' is a value: escaped in the option as the old fill was, so Quarto shows it and no emphasis
    assert "(\\\\\\*\u00a0afgestemd" in anchored.option["tbl_export_answer_rate"]
    # r44 (demo r42 #9): the chart's stamp says its data are made up; the caption no longer repeats it
    assert anchored.plain["fig_export_answer_rate"].startswith(  # r51 (demo r50 #2)
        "Aandeel beantwoorde belpogingen per maand (alle belpogingen, ook buiten de openingsuren). "
    )


@pytest.mark.parametrize(
    ("made_up", "channels", "codes"),
    [
        (False, "Contacten per kanaal (registratie per contact)", "Contacten per contactnemer"),
        (
            True,
            "Contacten per kanaal (overgenomen uit de gepubliceerde cijfers)",
            "Contacten per contactnemer (verzonnen, afgestemd op de echte aantallen)",  # r47 (demo r46 #6): its kind
        ),
    ],
)
def test_the_registration_captions_say_which_numbers_are_made_up(made_up, channels, codes):
    captions = caption_text.render("chapters/registration/captions.md", {"made_up": made_up}).plain
    assert captions["tbl_export_channels"] == channels and captions["tbl_export_codes"] == codes


def test_the_helplines_captions_from_codebook_words_names_and_years():
    data = {
        "counted": "Oproepen",
        "years_also": "gesprekken",
        "channels_of": ["Tele-Onthaal"],
        "units": "oproepen",
        "base_year": "2019",
        "growth_then": 2020,
        "growth_now": "2021",
        "years_of": None,
        "years_shown": [],  # r61 (r61 TO #7): the years of the chart of one helpline
    }
    captions = caption_text.render("chapters/helplines/captions.md", data).plain
    assert captions["fig_helpline_years"] == "Oproepen en gesprekken per jaar"
    assert captions["tbl_helpline_channels"] == "Oproepen en gesprekken van Tele-Onthaal per kanaal en per jaar"
    assert captions["tbl_helpline_years"] == "Aantallen per jaar per hulplijn (≈: schatting)"
    assert captions["fig_helpline_growth"] == (
        # r53 (r53 2021 #4): both dots' years
        "Groei sinds 2019 (index 2019 = 100), elke hulplijn in de eigen telling; "
        # r61 (r61 2021 #4): where each dot comes from, the open one an estimate
        "vol bolletje: 2021 (uit de gepubliceerde wijziging), open bolletje: 2020 (berekend uit schattingen, bij "
        "benadering)"
    )
    one = caption_text.render("chapters/helplines/captions.md", data | {"years_also": "", "years_of": "X"}).plain
    assert one["fig_helpline_years"] == "Oproepen per jaar" and one["tbl_helpline_years"].startswith(
        "Aantallen per jaar van X ("
    )
