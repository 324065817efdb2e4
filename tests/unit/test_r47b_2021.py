# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""r47 (reader findings r46 on 2021, and 2020 #7): each test fails on the wording before r47."""

from __future__ import annotations

import re

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_the_annual_report_only_as_the_answer_says_it(reachability_built):
    """#3: the answer says only that the 2021 analyses would be made known with the annual report."""
    c2021 = flat(reachability_built[2021][0])
    assert (
        "analyses over 2021 bekendgemaakt bij de publicatie van het jaarverslag van 1712; dat jaarverslag hoort niet "
        "bij die bronnen." in c2021
    )  # r51
    # r49 (2021 #3): not 'niet nagegaan' (read as 'we did not look'): where the figures may be
    assert "niet nagegaan" not in c2021 and "in het jaarverslag 2021 van 1712;" not in c2021  # r51; r53 (r53 2021 #6)
    assert "raadplegen" not in c2021 and "www.1712.be" not in c2021 and "zijn jaarverslag" not in c2021


def test_the_subsidy_continues_as_fact_once_and_the_chat_has_a_run_in_head(reachability_built):
    """#6, #13 (2020 #7): no 'zou', said once, one 'zeggen de bronnen niet'; 'Chat.' like the chapter's other heads."""
    for year in (2020, 2021):
        c = flat(reachability_built[year][0])
        assert c.count("1 december 2021 tot 30 november 2024") == 1, year
        assert "zou de subsidie" not in c and "De voortzetting zou" not in c
        assert c.count("wanneer het eerste jaar liep, zeggen de bronnen niet") == 1
        # r48: the chat's run-in head is followed by a full sentence, attributed to the answer
        assert (
            # r52 (reader r51): the answer's date said once at 'Maatregelen'; this pin follows the new wording
            "**Chat.** Vanaf september 2021 bood 1712 een ruimere chat" in c and "Uitbreiding van de chat" not in c
        )
    # r48: the 2021 summary gives the continued subsidy once, as a fact, in a bullet of its own
    s2021 = flat(reachability_built[2021][1])
    assert s2021.count("1 december 2021 tot 30 november 2024") == 1 and "zou" not in s2021
    assert (
        # r66 (r66 2021 #7): pin follows the new wording
        "- **Verlengde capaciteitssubsidie:** toegekend van 1 december 2021 tot 30 november 2024." in s2021
    )


def test_each_context_share_says_its_base():
    """#1: the 90 % of known contexts and the ~75 % of all stand side by side; the second says it counts the unknown."""
    from hulplijnen.chapters import contexts

    chapter = contexts.build(2021, "1712", FactSheet("c", 2021))
    said = flat(chapter.section("family"))
    # r49 (r48 2021 #9a): the base is the report's reading, said as such, and the conclusion on it a reading too
    # r52 (reader r51): the base still the report's reading; this pin follows the new wording
    # r54 (r54 2021 #4): each share names its base in its own sentence; the 75 %'s base (all possible victims, the
    # report's reading) is said in the annex, beside the key figures' own words
    assert "Bij 90 % van de mogelijke slachtoffers met een bekende context speelt" in said
    assert "Bij ongeveer 75 % van de mogelijke slachtoffers speelt" in said
    assert (
        # r56 (r55 2021 #6): the three bases said once, one clause each; the 75 %'s reading in a sentence of its own
        "De kerncijfers over 2021 geven elk aandeel op een eigen basis: de 90 % binnen de familie „bij wie de context "
        "van geweld bekend is”, de 10 % buiten de familie als aandeel van de oproepen („bij 10 % van de oproepen”) en "
        "de ongeveer 75 % in het gezin „van de (mogelijke) slachtoffers”, zonder beperking tot een bekende context. "
        "Dit rapport leest die 75 % dus als aandeel van alle mogelijke slachtoffers"
    ) in flat(chapter.section("reading"))
    # r52 (reader r51): what not to do with the two bases, plainly; this pin follows the new wording
    # r54 (r54 2021 #4): one short warning for the three shares, closing the paragraph
    assert (
        "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander totaal; tel ze niet op en trek ze niet "
        "van elkaar af." in said
    )


def test_the_channel_counts_each_naar_schatting():
    """#10: all three estimates 'naar schatting', no 'ongeveer' beside it."""
    from hulplijnen.chapters import channels

    said = flat(channels.build(2021, "1712", [2020], FactSheet("channels", 2021)).text)
    assert "naar schatting ongeveer" not in said
    assert (
        said.count("naar schatting 5.800") + said.count("naar schatting 1.500") + said.count("naar schatting 1.200")
        == 3
    )


def test_the_source_column_leeg_is_named():
    """#11: the row names the column the source calls 'Leeg'; eight months in a row as one span."""
    from hulplijnen.chapters.data_quality import tables

    keys = [f"month=2020-{m:02d}|channel=not_recorded" for m in (1, 2, 3, 4, 5, 6, 7, 8, 11)]
    assert tables.cells(keys) == "januari–augustus en november 2020, kolom „Leeg” (kanaal niet ingevuld)"


def test_the_gap_rows_are_labels_not_fragments():
    """#15: 'meer oproepen dan gesprekken' read as a sentence fragment."""
    from hulplijnen.chapters.helplines import annex_rows

    # r49 (r48 TO #9): the chapter table's label, channel first; what the share is of in the label
    assert annex_rows.GAP.format("chat") == "chat – verschil oproepen en gesprekken (% van de oproepen)"
    assert "hierboven" in annex_rows.FROM_COUNTS
