"""Round 14 readers (findings files 2020 #13, #16, #17, #18; 2021 #5, #6, #12, #19, #20): the chapters on who contacts
and about what as the built releases show them. Each test failed on the text before this round."""

import re

from test_story_round11 import flat, messages, notebook_text  # tests/e2e/ is on the path
from test_story_round12 import key_figures


def test_the_anonymous_share_is_said_once_in_the_chapters_and_is_no_key_figure_of_2020(built):
    """2020 #13: 'ruim driekwart (meer dan 75 %)' in the summary, ch. 2 and ch. 6, and a key figure of 2020 with
    'geen cijfer over 2020'; 2021 #5: '75 %' in the summary against 'ruim driekwart (meer dan 75 %)' in ch. 6."""
    for release in ("2020", "2021"):
        out = built[release]
        body = notebook_text(out, "contact_persons") + notebook_text(out, "reachability")
        # r41 (r41 2021 #1): in 2021 the key figure's chapter sets the answer's 'ruim driekwart' beside its 75 %, and
        # chapter 5 gives the answer's words with the answering machine
        assert body.count("driekwart") <= (1 if release == "2020" else 2), release
        # r22 2020 #9; r25 2020 #1; r27 2020 #13: the answer's number
        assert "ruim driekwart van de oproepers blijft anoniem" in " ".join(body.split()), release
    assert "blijft anoniem" not in key_figures(built["2020"])
    # r39 (r38 2021 #11): the share names no base, said so
    # r41 (r41 2021 #1): the key figure's own words, which claim no base
    assert "75 % koos voor anonimiteit" in " ".join(messages(built["2021"]).split())


def test_the_group_table_has_a_total_row_and_the_age_table_the_known_share(built):
    """2020 #16-#18: Tabel 3 without a total; the derived empty codes unexplained; 94,4 % in the table against the
    text's 95,2 %."""
    out = built["2020"]
    persons = notebook_text(out, "contact_persons")
    assert "| **Totaal** | **8.059** | **100 %** |" in persons  # r61 (r59 demo #6): every grand total bold 'Totaal'
    # r22 (r21 2020 #13): the cell says it; r31 (r30 2020 #4 ff.): the cell's marker and one note under the table
    # that says which count is derived, nowhere else in the chapter
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    # r66 (r65 2020 #13): the mark on the row's label, not after its count
    assert "| cultuur ¹ | ≈ 37 |" in persons.replace("\u00a0", " ")  # r63 (r63 2020 #1): an estimate, marked '≈'
    # r34 (r33 2020 #14): the derivation the annex's; r59 (r58 2020 #7): only the note's word that 37 is derived
    assert flat(persons).count("afgeleid") == 1
    # r32: the note under the table shorter; r34: plainer still
    note = (
        # r56 (r55 2020 #6): as certain as the text: where each count comes from, what the filled cells give
        # r59 (r58 2020 #7): 37 rests on an assumption, said so; what alone is certain
        # r63 (r63 2020 #1): each count's row; the derived 37 an estimate (≈), as the Methods say
        "¹ De tabel van 1712 laat bij deze groepen vakken leeg. In de rij „pleger zelf of iemand uit diens "
        "omgeving” komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232. In de "
        "rij „cultuur” is het aantal 37 een schatting (≈), afgeleid met een aanname (zie @tbl-constraints); "
        "zeker zijn daar alleen de 24 contacten in de ingevulde vakken."
    )
    assert note in flat(persons).replace("\u00a0", " ")
    ages = notebook_text(out, "gender_age")
    assert "| meerderjarig | 7.605 | 94,4 % | 95,2 % |" in ages


def test_the_later_report_says_each_figure_once_and_each_base_in_its_own_column(built):
    """2021 #6, #12, #20: Tabel 7 mixing bases; 11.312 victims in ch. 2 and ch. 4; the channel shares as bullets
    beside Tabel 4 and Figuur 2; 2021 #19: the caption's 'zie de tabel per kanaal' for a year without one."""
    out = built["2021"]
    assert "11.312" not in notebook_text(out, "contact_persons")
    assert "11.312" in notebook_text(out, "contexts")
    contexts = notebook_text(out, "contexts")
    # round 16 (r15 2021 #5) one base per cell; r22 (r21 2021 #6): the text says each share with its base, no table
    assert not re.search(r"\| Kenmerk +\| Aandeel +\|", contexts)
    assert "kindermishandeling (54 % van de mogelijke slachtoffers)" in flat(contexts)
    channels = notebook_text(out, "channels")
    assert "Het aandeel van elk kanaal in alle contacten" not in channels
    assert "zie de tabel per kanaal" not in flat((out / "report.qmd").read_text(encoding="utf-8")) + channels
