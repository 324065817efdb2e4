# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round-15 reader findings on the 1712 summary and the chapters about who contacts (2020 #8, #11, #13, #15; 2021 #5,
#9, #11, #12, #13, #14, #16). Each test failed before its fix."""

import re

import pandas as pd
import pytest

from hulplijnen.chapters import contact_persons
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import fmt


def plain(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def persons_2020():
    return contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))


def test_the_derivation_of_empty_cells_leaves_the_chapter(persons_2020):
    """2020 #8: 'enkele vakken leeg ... groepstotaal toch vast' and 'waarvan 8 afgeleid uit een totaal' in ch. 2."""
    text = plain(persons_2020.section("groups"))
    # r16 2020 #5: the derived counts marked, one plain note under the table; r20 2020 #3: a pointer only
    # r22 (r21 2020 #9, #13): no '* afgeleid' note; the cells say what the empty cells may hold
    # r29 (r28 2020 #13): the table's note says what 37 is ('13 afgeleid uit lege vakken'); nowhere else
    note = plain(persons_2020.section("groups_note"))
    # round 31 (r30 2020 #7): the note says in plain words which culture count is derived, nowhere else
    # r34 (r33 2020 #14); r59 (r58 2020 #7): the note says once that 37 is derived, from an assumption (Tabel 9)
    assert plain(persons_2020.text).count("afgeleid") == note.count("afgeleid") == 1
    # r53 (r53 2020 #8): the chapter says the filled cells' count and that the empty cells may give 380
    # r61 (r59 2020 #3): one plain sentence, 'naar schatting 380' (was 'met de lege vakken in de tabel wellicht 380')
    assert "Er kwamen naar schatting 380 contacten" in text and "groepstotaal" not in text
    table = persons_2020.tables["groups"]
    assert "Opmerking" not in table.columns
    assert not table.apply(lambda c: c.astype(str).str.contains("afgeleid")).any().any()


def test_the_anonymous_share_says_more_than_once_only():
    """2020 #15: 'ruim driekwart (meer dan 75 %)' said the same twice; r25 2020 #11 (round 26): the general share
    stood alone before the table per group: the reachability chapter says it, this chapter not."""
    text = plain(contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020)).text)
    assert "anoniem." not in text and "driekwart" not in text
    assert "meer dan 75" not in text


def test_a_fraction_says_on_which_side_the_interval_lies():
    """2020 #15: 'ongeveer de helft (48 % tot 49 %) meer' in the headline: plainly 'bijna de helft'."""
    assert fmt.fraction_lead(48.1, 49.1) == "bijna"
    assert fmt.fraction_lead(51.0, 52.0) == "ruim"
    assert fmt.fraction_lead(49.0, 51.0) == "ongeveer"
    assert fmt.fraction_lead(40.0, 49.0) == ""


# r15 2021 #16's 'iets lager' / 'iets minder' broke the Methods rule (r16 2021 #1): see test_round17_who_contacts.


def test_the_contexts_table_has_one_row_per_characteristic_and_says_what_does_not_add_up():
    """2021 #5, #2: three sparse base columns; 'binnen de familie 90 %' and 'buiten de familie 10 %' read as
    complementary. 2021 #12: 'meer dan 58 % minderjarig' only in the table."""
    from hulplijnen.chapters import contexts

    chapter = contexts.build(2021, "1712", FactSheet("contexts", 2021))
    # r22 (r21 2021 #6): the text says every published share, 58 % in bold first: no table repeats them
    assert chapter.tables["published"] is None
    figs = pd.DataFrame(
        [{"key": "x", "measure": "victim_age", "category": "adult", "reference_year": None, "value": 40,
          "unit": "percent", "qualifier": "rounded", "decimals": 0, "base": "possible_victims"}]
    )  # fmt: skip
    table = contexts.shares_by_base(figs, skip_said=True)  # a share the text does not give stays in a table
    assert list(table.columns) == ["Kenmerk", "Aandeel"] and (table["Aandeel"] != "").all()
    note = plain(chapter.section("bases"))
    assert "niet optellen" not in note  # r21 2021 #9: 90 % within, 10 % outside, said plainly
    assert plain(chapter.text).count("58 %") == 1  # r20 2021 #6: not twice on a page
    assert "kolom" not in note and "basis" not in note
    own = contexts.build(2020, "1712", FactSheet("contexts", 2020))
    assert own.tables["published"] is None and plain(own.section("bases")).strip() == ""


def test_the_gender_table_adds_up_to_the_contacts_per_month():
    """2020 #13: Tabel 4 had no total, and January's 132 + 395 + 5 = 532 against 533 in the chart per month (the
    contacts with no gender recorded)."""
    from hulplijnen.chapters import gender_age
    from hulplijnen.data import load

    table = gender_age.build(2020, "1712", FactSheet("gender_age", 2020)).tables["months"]
    # r44 (2020 #5): the derived column named as the chapter says it (was „Ontbreekt in de brontabel”)
    assert "Ontbreekt in de brontabel" not in table.columns
    # r56 (r55 2020 #2): the derived column named as what it is: missing from the source's table, not 'niet ingevuld'
    assert "Niet in de brontabel" in table.columns and table["Maand"].iloc[-1] == "totaal"

    def n(v: str) -> int:
        return int(v.replace(".", ""))

    per_month = load.contacts_by_month_channel(2020, "1712").groupby("month")["contacts"].sum()
    months = table.iloc[:-1]
    # r56 (r55 2020 #2): the derived column named as what it is: missing from the source's table, not 'niet ingevuld'
    columns = ("Man", "Vrouw", "Onbekend", "Niet in de brontabel")
    sums = [sum(n(r[c]) for c in columns) for _, r in months.iterrows()]
    assert sums == [int(v) for v in per_month]
    last = table.iloc[-1]
    # r56 (r55 2020 #2): the derived column named as what it is: missing from the source's table, not 'niet ingevuld'
    assert sum(n(last[c]) for c in ("Man", "Vrouw", "Onbekend", "Niet in de brontabel")) == int(per_month.sum())


def test_the_parent_share_is_the_sources_stepparent_and_says_2020_counted_them_too(persons_2021):
    """2021 #11: the source says '(stief)ouder'; the report wrote 'een ouder' and compared it with 2020's category
    without saying whether that held stepparents (its code: '(stief)ouder(s) van het slachtoffer')."""
    text = plain(persons_2021.text)
    assert "Bij 20 % van de contacten in 2021 was de contactnemer (stief)ouder van het slachtoffer" in text
    assert "hoorden stiefouders" not in text  # r23 2021 #7: the table's row says it
    # r20 2021 #6: the shares of the roles in one table per year, not also in a table of published shares
    assert persons_2021.tables["shares"] is None
    assert "een (stief)ouder" in set(persons_2021.tables["years"]["Contactnemer"])  # r22: a row per contact person


def test_the_table_per_year_says_why_these_roles_and_shows_the_others(persons_2021):
    """2021 #13: only the victim, a parent and a neighbour (10,0 % in 2020), the other 36 % unsaid."""
    table = persons_2021.tables["years"].set_index("Contactnemer")
    assert table.loc["andere contactnemers", "2020"].replace("\u00a0", " ") == "35,9 %"
    assert table.loc["andere contactnemers", "2021"] == "niet gepubliceerd"
    text = plain(persons_2021.section("earlier"))
    # r16 2021 #14: the lead-in says what the table and the figure show; r20 2021 #6: in one sentence, the cells say
    # themselves what is not published
    assert "De tabel en de figuur hieronder zetten de aandelen per jaar naast elkaar." in text


def test_the_legend_and_the_caption_name_the_approximate_bars_alike():
    """2021 #14: caption 'alleen afgerond: lichte staaf' against the legend's hatched 'afgerond gepubliceerd';
    Figure 1's legend 'afgeleid uit een afgeronde wijziging' was jargon."""
    from hulplijnen.chapters.channels import charts as channel_charts
    from hulplijnen.chapters.contact_persons import charts
    from hulplijnen.presentation import figures_sources

    # r19 2021 #17: a published share is no estimate: a light bar (no hatching), 'afgerond gepubliceerd' in both
    # r39 (r38 2021 #14): reader's wording "gepubliceerd (afgerond)" instead of "afgerond gepubliceerd"
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert figures_sources.ROUNDED == "kerncijfers {years} (afgerond)"
    # r22 2021 #2: a plain caption; the chart's legend alone names the light bar, so the two cannot disagree
    from caption_words import words  # r39: the captions are the chapters' captions.md

    assert "staaf" not in words("contact_persons", charts.YEARS) and "afgerond" not in words(
        "contact_persons", charts.YEARS
    )
    # r39 (r38 2021 #14): the estimate's legend says "schatting", as the tables' "≈: schatting"; no jargon
    assert "wijziging" not in figures_sources.IMPLIED and figures_sources.IMPLIED == "schatting"
    # r22 2021 #2, #17: the channels chapter's captions are plain; the bars' labels and the legend's note say the rest
    assert words("channels", channel_charts.MIX) == "Aandeel van elk kanaal per jaar"
    assert words("channels", channel_charts.YEARS) == "Contacten per jaar"
