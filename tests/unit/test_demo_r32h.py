"""Demo findings of round 32 (helper r33h): #4 a table in which small cells occur, shown with x and one line on why;
#6 no made-up count per group beside the published ones; #18 the made-up anonymous share out of the paragraph of
published figures, marked and a whole percent."""

import pandas as pd

from hulplijnen.chapters.registration import codes
from hulplijnen.chapters.shared.export_tables import SHOWN_CELL_BY_CELL
from hulplijnen.data import load
from hulplijnen.pipeline import log_labels


class _Tables:
    """A stand-in for PublishedTables: the protected table per code, some cells hidden."""

    def __init__(self, hidden: set[str]):
        book = load.codebook("contact_person_codes")
        leaves = pd.DataFrame({"code": book["code"], "code_level": "leaf", "count": 10, "group": book["group"]})
        leaves["count"] = leaves["count"].astype("Int64").mask(leaves["code"].isin(hidden))
        groups = book.groupby("group", sort=False).size().mul(10).reset_index(name="count")
        groups = groups.rename(columns={"group": "code"}).assign(code_level="group")
        total = pd.DataFrame({"code": ["__total__"], "code_level": ["total"], "count": [10 * len(book)]})
        frame = pd.concat([leaves.drop(columns="group"), groups, total], ignore_index=True)
        frame["count"] = frame["count"].astype("Int64")
        self.frame = frame.assign(suppressed=frame["count"].isna())

    def cells(self, name: str) -> pd.DataFrame:
        assert name == codes.NAME
        return self.frame


def test_the_table_per_contact_person_shows_each_hidden_cell_as_x():
    table = codes.code_table(_Tables({"4100", "4200"}))
    assert codes.shown_as_x(table) == 2
    culture = table.index[table["Contactnemer"] == "cultuur, samen"][0]
    assert list(table.loc[culture : culture + 3, "Contacten"]) == ["30", "x", "x", "10"]
    assert table.iloc[-1].tolist() == ["totaal", "340"]
    assert "justitiële instanties" in set(table["Contactnemer"])  # a group of one code is one row
    assert "contacts_by_contact_person" in SHOWN_CELL_BY_CELL  # its hidden cells are listed and counted


def test_the_chapter_says_what_an_x_is_beside_the_table(registration_sections):
    said = registration_sections(codes_hidden=7, synthetic=True)["suppressed"]
    assert "komen kleine aantallen voor: zeven cellen staan als x." in said
    assert "een klein aantal (1 tot 4 contacten), of een cel die mee verborgen is" in said
    # r37 (demo r36 #2): the caption says '(verzonnen)'; the lead-in says what the counts do not show
    # r41 (r41 demo #6): contacts, not people; what the table shows, plainly
    # r45 (r44 demo #7): the chapter's opening and Table 4's caption say the counts are made up: not a third time
    assert "De tabel toont hoe het verbergen van kleine aantallen eruitziet" not in said
    assert "niet hoeveel mensen" not in said
    assert "verzonnen" not in said
    # r37 (demo r36 #14): the source's word for the groups' 'pleger', right before the table, x or not
    # r39 (demo r38 #11): in a demo, first which contacts the table counts (its total is below the published one)
    assert registration_sections(codes_hidden=0)["suppressed"] == (
        "De tabel telt de 8.053 contacten met een geregistreerd kanaal; de 6 zonder kanaal staan er niet in. "
        "In de codes van de bron heet de pleger „dader”."
    )
    assert registration_sections(codes_hidden=0, synthetic=False)["suppressed"] == (
        "In de codes van de bron heet de pleger „dader”."
    )


def test_the_made_up_anonymous_share_is_out_of_the_published_paragraph(registration_sections):
    sections = registration_sections(synthetic=True, anonymous_phone=80.1)
    assert "anoniem" not in sections["totals"]
    # r38 (demo r37 #3): the label leads the sentence
    # r39 (demo r38 #9): alone, the sentence marks its contacts made up; beside the channels' sentence, no label
    # r47 (demo r46 #7): a paragraph of its own after Tabel 3 (nothing to do with it), the source's share beside it
    assert "anoniem" not in sections["mix"]
    assert (
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        # r52 (demo r51 #9): the source's share a sentence of its own, with its source
        "In deze verzonnen gegevens bleef de beller bij 80 % van de telefonische contacten anoniem. Het antwoord op"
        # r56 (r55 demo #4): the source's words, "ruim driekwart"
        " schriftelijke vraag nummer 282 zegt dat ruim driekwart van de oproepers" in sections["suppressed"]
    )
    both = registration_sections(anonymous_phone=80.1, chat_victim_environment=11.7, chat_professional=3.9)
    both = both["suppressed"]
    assert "In de verzonnen gegevens" not in both
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert "In deze verzonnen gegevens bleef de beller bij 80 % van de telefonische contacten anoniem" in both


def test_a_hidden_code_is_listed_unambiguously():
    labels = log_labels._labels()
    name, read = labels["code"]
    assert name == "contactnemer" and read("4200") == "volwassen (cultuur)" and read("1100") == "slachtoffer zelf"
