"""r41 (round 41 findings on the 2020 release, #2, #3, #9, #11-#14): one test per fix that fails on the old code, on
the templates with tiny contexts and on the channels chapter's build."""

import pandas as pd
import pytest
from test_helplines_r13 import flat

from hulplijnen import chapters
from hulplijnen.chapters.channels import SHOWN
from hulplijnen.chapters.shared import monthly_table
from hulplijnen.maths.intervals import Interval
from hulplijnen.presentation import caption_text, text

CAPTIONS = "chapters/channels/captions.md"


def _channels(year: int):
    facts = chapters.FactSheet("channels", year)
    return chapters.channels.build(year, "1712", [2019], facts), facts


def test_the_pdf_has_a_table_of_contacts_per_month_and_channel_with_the_corrected_cell_marked():
    """#2: the PDF gave only the charts; question 2 asked for a breakdown per month."""
    labels = [getattr(p, "label", None) for p in SHOWN]
    assert labels.index("tbl-channels-monthly") == labels.index("fig-channels-monthly") + 1
    chapter, facts = _channels(2020)
    table = chapter.tables["monthly"]
    assert list(table.columns) == ["Maand", "Telefoon", "E-mail", "Chat", "Niet ingevuld", "Totaal"]
    # twelve months and, r44 (2020 #3), a totals row under them; r45: it may break over pages with its header repeated
    assert len(table) == 13 and table["Maand"].iloc[0] == "januari" and table["Maand"].iloc[-1] == "Totaal"
    august = table.set_index("Maand").loc["augustus"]
    assert august["E-mail"] == "90 ¹" and august["Totaal"] == "683"
    assert table.set_index("Maand").loc["april", "Totaal"] == "967"
    note = flat(chapter.sections["closing"])
    assert note == (
        "¹ Verbeterd: in de bron staat hier 20; alleen 90 klopt met de totalen van de tabel (zie de technische "
        "bijlage)."
    )
    caption = caption_text.render(CAPTIONS, chapter.data).plain
    assert caption["tbl_channels_monthly"] == "Contacten per maand en kanaal"
    # r44 (2020 #2): the table by cross-reference (Quarto numbers it), not by its caption
    assert caption["fig_channels_monthly"].endswith(". De aantallen staan in @tbl-channels-monthly.")


def test_a_year_without_monthly_channel_data_shows_no_monthly_table():
    chapter, _ = _channels(2021)
    assert chapter.tables["monthly"] is None and not flat(chapter.sections["closing"])


def test_a_made_up_later_year_gets_its_months_unmarked():
    months = pd.period_range("2031-01", "2031-12", freq="M")
    wide = pd.DataFrame({"phone": range(100, 112), "chat": [5] * 11 + [None]}, index=months)
    table, notes = monthly_table.table(wide, "1712", chapters.FactSheet("channels", 2031))
    assert notes == [] and list(table.columns) == ["Maand", "Telefoon", "Chat", "Totaal"]
    # r44 (2020 #3): a totals row under the months
    assert table.iloc[-2].tolist() == ["december", "111", "–", "111"] and "¹" not in table.to_string()
    assert table.iloc[-1].tolist() == ["Totaal", "1.266", "55", "1.321"]
    assert monthly_table.table(None, "1712", chapters.FactSheet("channels", 2031)) == (None, [])


def test_the_monthly_charts_caption_says_the_lower_panels_scale_plainly():
    """#14: 'het onderste deel is vergroot: zijn as loopt minder hoog' was unclear."""
    data = {"without_channel": 6, "two_panels": True, "lower": ["e-mail", "chat"], "tabled": True}
    caption = caption_text.render(CAPTIONS, data).plain["fig_channels_monthly"]
    assert caption == (
        # r66 (r66 2020 #8): the tables' label for the contacts without a channel
        "Contacten per maand en kanaal (zonder de 6 contacten waarbij het kanaal niet ingevuld is). Let op: het "
        "onderste paneel"
        " (e-mail en chat) heeft een andere schaal dan het bovenste: de as loopt er minder hoog. De aantallen staan in"
        " @tbl-channels-monthly."  # r42 (2020 #13): with its full stop; r44 (2020 #2): by cross-reference
    )
    assert "vergroot" not in caption


def test_the_attempts_in_the_summary_say_the_answer_gives_no_period():
    """#3: right after 'september–december 2020', the 3 to 4 attempts read as that period's."""
    template = text.environment(text.TEXT_FOLDERS, False).get_template("summary/_message_macros.md")
    template.globals.update(helplines=[], year="2020")  # the module's top level renders too
    said = flat(str(template.module.cited({"attempts_low": 3, "attempts_high": 4}, "1712"))).strip()
    # r49 (r48 2020 #4): a comma after the period's clause, as the lead now names the samples; this pin follows it
    assert said.startswith("Volgens het antwoord (periode niet vermeld), doet een beller gemiddeld 3 tot 4")


def test_the_rounding_examples_are_the_releases_own():
    """#13: '+13,85 % wordt +13,9 %, −1,5 % wordt −1 %' are Tele-Onthaal figures, in a 1712 report too."""
    shown = {"label": "contacten", "year": "2019", "low": 5407, "high": 5440, "about": 5420}
    whole = {"change": 57, "decimals": 0, "allowed": Interval(56.5, 57.5)} | shown
    said = flat(text.render("methods.md", prose=False, derived=True, example=whole, about_the_same=None))
    # r45 (r44 TO #4): 'naar boven, in de richting van plus', not 'naar het grotere getal' (unclear for a fall)
    assert "halverwege naar boven afrondde, in de richting van plus (+56,5 % wordt +57 %); daarom" in said
    assert "13,85" not in said and "−1,5 %" not in said
    other = {"change": 13.9, "decimals": 1, "allowed": Interval(13.85, 13.95)}
    both = flat(
        text.render("methods.md", prose=False, derived=True, example=whole | {"other": other}, about_the_same=None)
    )
    assert "(+56,5 % wordt +57 %; +13,85 % wordt +13,9 %)" in both  # r45 (r44 TO #4): examples apart by ";"
    none_ = flat(text.render("methods.md", prose=False, derived=True, example=None, about_the_same=None))
    assert "afrondde, in de richting van plus (+5,5 % wordt +6 %)" in none_  # r45 (r44 TO #4)


@pytest.mark.parametrize(("n", "said"), [(1, "is één ander aantal"), (2, "zijn twee andere aantallen")])
def test_about_says_how_many_numbers_were_corrected(n, said):
    """#12: 'Enkele andere aantallen zijn … verbeterd' where one number was."""
    from test_r32e_about import _about

    found = [{"name": "Hulplijn 1712", "label": "contacten", "year": "2019"}]
    about = _about(found, False, corrected=n)
    assert f"Daarnaast {said} verbeterd omdat" in about and "Enkele andere" not in about


def test_a_list_inside_a_list_item_keeps_its_indent_in_prose():
    """r42 (demo #3): the four points under 'afgestemd op gepubliceerde cijfers' came out as items of the outer list:
    the prose shaping took every line's indent away."""
    from hulplijnen.presentation.text import _shape

    shaped = _shape("- **a:** x:\n\n  - b\n    c;\n\n  - d;\n\n- e\n  f", True)
    assert shaped == "- **a:** x:\n\n  - b c;\n\n  - d;\n\n- e f"
    assert _shape("  Een zin\n  die doorloopt.", True) == "Een zin die doorloopt."  # only a list item keeps it
