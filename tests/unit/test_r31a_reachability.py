# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 31 (r30 2020 #1, #2, #5, #10, #11, #17, #18; 2021 #1, #2, #3, #4, #10, #11): the lead's decisions on the
reachability chapter, its summary bullets and the glossary. Each test fails on the round-30 text."""

from __future__ import annotations

from flat_text import flat  # tests/unit/ is on the path as pytest runs its tests

from hulplijnen.pipeline.glossary import glossary_markdown


def test_no_aim_is_said_as_a_result_and_no_audit_talk(reachability_built):
    """2020 #2, 2021 #1: 'In 2021: ingesproken berichten sneller behandeld en bellers teruggebeld (zo stond het in het
    antwoord)' gave an aim as done; 2020 #4, 2021 #3: 'Wat er sindsdien gebeurde, staat niet in de bronnen'."""
    for year, (chapter, md) in reachability_built.items():
        for old in ("sneller behandeld", "teruggebeld", "zo stond het in het antwoord", "In het antwoord (2022)"):
            assert old not in chapter + md, old
        assert "Wat er sindsdien gebeurde" not in chapter
        # r35 (2021 #1, the lead's brief): a later report says once in the chapter and once in the summary that this
        # report's sources give no figures of its year (figures may exist); no other talk of the sources
        once = int(year == 2021)
        # r39 (r38 2021 #5): and once that the annual report is not among them, in the sentence after
        # r39 (p39d): said without repeating 'bronnen van dit rapport' ('is niet gebruikt voor dit rapport')
        # r45 (r44 2021 #4, #5): the summary says it as 'over 2021 geven de bronnen geen cijfers' (its words since
        # the two-line bullet), not 'bronnen van dit rapport'; once each, and not at all in a report on its own year
        assert chapter.count("bronnen van dit rapport") == once
        # r63 (r63 2021 #1): beside the measures' preliminary figures, 'geen gecontroleerde cijfers'
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        assert md.count(f"over {year} geven de bronnen geen cijfers (zie de maatregelen hieronder)") == once
        # r64 (r64 2021 #1): 'geen cijfers' again, then what the answer says of the preliminary ones
        assert md.count(f"over {year} geven de bronnen geen cijfers") == once
        assert md.count("bronnen van dit rapport") == 0
        # r44 (2021 #13): why the annual report is not used, said once (was 'Dat jaarverslag is niet gebruikt ...')
        # r45 (r44 2021 D): not the circular 'omdat het zich houdt aan zijn eigen bronnen': that it is not among
        # them, and where its figures are
        # r49 (2021 #3): where the figures may be, not 'niet nagegaan' (read as 'we did not look')
        assert chapter.count("bij de publicatie van het jaarverslag van 1712; dat jaarverslag hoort niet bij") == once
        assert "omdat het zich houdt aan zijn eigen" not in chapter
        assert "niet gebruikt voor dit rapport" not in chapter
        # r36 (r35 2021 #4): the aims are the answer's, said so ('wilde 1712' made them the helpline's own words)
        assert (
            # r52 (reader r51): the measures' source said once at 'Maatregelen'; this pin follows the new wording
            "Die capaciteitssubsidie had deze doelen: - in alle provincies een extra telefoonlijn inzetten" in chapter
        )
        assert "wilde 1712" not in chapter


def test_no_guess_of_what_the_share_counted_outside_the_annex(reachability_built):
    """2020 #1, #5, 2021 #2, #4: 'wellicht gaat het om belpogingen' three times (summary, chapter, glossary)."""
    for chapter, md in reachability_built.values():
        assert "wellicht gaat het om belpogingen" not in chapter + md and "Wat precies geteld" not in chapter + md
    glossary = flat(glossary_markdown("contacten oproepen inkomende oproepen poging", ["1712"]))
    assert "wellicht" not in glossary and "belpogingen" not in glossary and "leest dit rapport" not in glossary


def test_the_summary_bullets_are_short(reachability_built):
    """2020 #5: five sentences; 2021 #2: about 90 words, mostly 2020."""
    # r66 (r65 2021 #3): 2021's attempts per caller a sentence of their own, not an aside: three sentences
    for year, most in ((2020, 3), (2021, 3)):  # r53 (r53 2020 #2): the answer's word on the figure, one sentence
        line = reachability_built[year][1].split("**Bereikbaarheid", 1)[1].split(" - **", 1)[0]
        # r41 (r41 2020 #3): '(periode niet vermeld)' beside the attempts: three words more; this pin follows it
        # r61 (r59 2021 #1): 2021's bullet says what an 'oproep' may be, with the attempts per caller: 17 words more
        # r63 (r63 2020 #6): 2020's says what an 'oproep' is there is not known: 8 words more
        assert line.count(". ") + 1 <= most and len(line.split()) <= 63 + (26 if year == 2020 else 23), (year, line)
    assert (
        "- **Maatregelen in 2021 (volgens het antwoord van begin 2022):**" in reachability_built[2021][1]
        and "Wat 1712 deed" not in reachability_built[2021][1]
    )
