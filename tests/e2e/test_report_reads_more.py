"""What a reader reads, continued (tests/e2e/test_report_reads.py grew past the module limit): the demo's answer-rate
message, the annex's empty cells and the notation of ranges."""

import re

from test_report_reads import facts, reader_part, shown

from hulplijnen.presentation import fmt


def test_the_demos_answer_rate_message_says_it_counts_calls_outside_the_opening_hours(built):
    """'1712 beantwoordde 44,3 %' counted every offered call, also outside the opening hours: the message says so
    and gives the share answered of the calls queued within them."""
    from hulplijnen.presentation import fmt

    out = built["demo"]
    text = re.sub(r"\s+", " ", (out / "report.qmd").read_text(encoding="utf-8"))
    missed = facts(out)["1712.export.phone.staffing.unanswered_pct"]["value"]
    answered = fmt.pct(100 - missed).replace("\u00a0", " ")
    # r12 #2: the share of the calls in opening hours is in the message, the calls made while the line was closed
    # follow; demo r16 #1: the opening hours' share unanswered leads, the share of all attempts follows with the calls
    # made while the line was closed as its reason
    said = text.replace("\u00a0", " ")
    # marked in front (r20 #3); r22 demo #1: a made-up result says so inside its bold lead
    # demo r24 #1: both shares answered, one direction, the calls made while the line was closed in 'ook buiten'
    # demo r27 #3: the lead-in 'Voorbeeld met verzonnen cijfers.' marks it, no '(verzonnen)' per number
    # r33 (demo r32 #7): one made-up label per section ('Rekenvoorbeeld met verzonnen cijfers.'), so the message
    # opens its own sentence
    # r38 (demo r37 #4): the made-up results in the conditional
    # r47 (demo r46 #2): the made-up logs named instead
    assert (
        # r49 (demo r49 #3): 'verzonnen' no longer in the bullets and running sentences
        f"- In deze verzonnen oproeplogs werd tijdens de openingsuren {answered} van de belpogingen beantwoord;" in said
    )
    assert "over alle belpogingen, ook buiten de openingsuren," in said and "onbeantwoord (verzonnen)" not in said


def test_the_annex_counts_empty_cells_and_points_to_the_right_tables(built):
    """2020 said '4 cellen leeg … Dat is zo bij 9 lege cellen: ze staan als correctie in de eerste tabel hieronder'
    (the 9 are in the corrections table above); 2021 said 'Geen enkele cel is leeg' beside tables of 2020 with empty
    cells. The counts now name the year's source tables, and each table where it stands."""
    text = re.sub(r"\s+", " ", shown(built["2020"]).replace("\u00a0", " "))
    f = facts(built["2020"])
    missing, forced = f["quality.missing_cells"]["value"], f["quality.blanks_forced_by_totals"]["value"]
    assert f"2020 zijn {fmt.words(missing)} vakken leeg: de aantallen erin zijn onbekend (niet als 0 geteld)" in text
    # r30 (r29 2020 #12, #16): the blanks the totals force to 0 said once, in the checks, with their table
    # r31 2020 #9: each sentence names its table
    # r45 (r44: tables referred to by number): the corrections table as a cross-reference, not by its title
    # r49 (r48 2020 #5): the corrections and the blanks are the list's and the table's; one sentence introduces it
    assert forced and "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in text
    assert "toelaten (tabel „Correcties" not in text
    assert "eerste tabel hieronder, met de totalen" not in text
    assert "Geen enkele cel is leeg in de bronnen van dit rapport" not in shown(built["2021"])


def test_ranges_read_low_tot_high_never_a(built):
    """One notation for a range in what a reader reads: '40 % tot 45 %', never '40 à 45 %'."""
    for release, out in built.items():
        assert not re.search(r"\d( ?%)? à [\d−-]", reader_part(out).replace("\u00a0", " ")), release
