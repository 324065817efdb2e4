"""The demo after the r15 reader (review/r15/demo-findings.md): the staffing part names its base, the calls in
opening hours, in its text, table and chart, and counts calls, not callers (#3, #4); a sentence that states a
made-up figure of a named helpline says it is made up, so it cannot be quoted alone as a fact (#5); the option-0
paragraph of a demo with no option-0 call says so instead of a share of 100 % (#12); 'bezetting' and 'poging' are
in the glossary (#14)."""

from test_demo_capacity_text import MODEL, staffing_text
from test_demo_r12 import DEMO, fact, plain

from hulplijnen.chapters.capacity import staffing
from hulplijnen.facts import keys
from hulplijnen.pipeline import summary

# the estimate per caller of a real export (attempts as the key figures state them), for the capacity text
REAL_CALLERS = {
    "consistent": True,
    "fewest": 3000,
    "most": 4000,
    "reached_low": 40.0,
    "reached_high": 50.0,
    "attempts": [3, 4],
}


def test_the_staffing_part_names_the_calls_in_opening_hours_as_its_base():
    """#3: 'alle oproepen samen' and '80 % van alle oproepen' read as 80 % of every call, also after hours."""
    said = staffing_text(MODEL)
    assert "alle oproepen samen" not in said and "van alle oproepen" not in said
    assert "het doel telt alleen de belpogingen tijdens de openingsuren" in said  # demo r26 #3
    table = staffing.need_table(MODEL)
    assert "openingsuren" in staffing.NEED_TARGET and list(table.columns)[1] == "Over de hele week"
    labels = list(staffing._weekly_bars(MODEL)["label"])
    assert not [label for label in labels if "alle oproepen" in label]
    assert "nodig voor 80\u00a0% over de hele week" in labels or "nodig voor 80 % over de hele week" in labels


def test_the_staffing_model_targets_calls_not_callers():
    """#4: 'een gekozen deel van de bellers' while the model and its table count calls (a caller tries 3 to 4 times)."""
    said = staffing_text(MODEL)
    assert "deel van de bellers" not in said
    assert "een gekozen deel van de belpogingen tijdens de openingsuren te beantwoorden" in said  # demo r26 #3
    # demo r24 #3: a demo says the gap first; the model then 'rekent dat per uur uit'
    made = staffing_text(MODEL, synthetic=True)
    # demo r31 #12: a demo leads with the result; the model's inputs are the annex's
    assert "deel van de bellers" not in made and "drie gegevens uit de oproeplogs" not in made
    assert "gemeten" not in made  # demo r27 #13: nothing was measured


def test_a_made_up_total_of_a_named_helpline_says_it_is_made_up(registration_text, capacity_text):
    """#5: 'In 2020 beantwoordde 1712 in totaal 8.053 contacten' stated a made-up figure as a fact of the helpline."""
    said = registration_text()
    # demo r22 #6: the registration counts them; that they were answered is the report's reading ('Over deze cijfers')
    # demo r23 #1, #3: the totals are the published ones: said so, the published total first
    assert "Volgens de gepubliceerde cijfers registreerde de hulplijn in 2020 in totaal **8.059 contacten**" in said
    assert "8.053 daarvan verliepen via telefoon, e-mail of chat, bij 6 is geen kanaal geregistreerd" in said
    real = registration_text(synthetic=False, left_out=None)
    assert "In 2020 beantwoordde 1712 in totaal **8.053 contacten**" in real and "verzonnen" not in real
    # demo r24 #4, #7: no bold on a made-up figure; 'aangeboden' with its adjective
    # demo r29 #5; demo r31 #2: the registered contacts read as answered attempts, said as a reading
    assert "In deze verzonnen oproeplogs kwamen 12.876 belpogingen binnen. De 5.702 geregistreerde" in capacity_text()
    callers = REAL_CALLERS
    real = capacity_text(synthetic=False, callers=callers)
    assert "In 2020 werden **5.702 van de 12.876 aangeboden telefonische oproepen beantwoord" in real


def test_the_summary_says_the_answer_rate_of_a_synthetic_export_is_made_up():
    """#5: the bold '1712 beantwoordde er 43,7 %' could be quoted alone as a fact about the real helpline."""
    made_up = {**DEMO, keys.export("1712", "calibration_contacts"): fact(8059)}
    md = plain(summary.markdown(made_up, ["1712"], 2020))
    # demo r16 #1: the bold headline is the opening hours' share; demo r20 #3: marked once, in front, as what a real
    # report would show
    made = "**In het rekenvoorbeeld:** "  # demo r28 #1
    # demo r22 #1: and the bold lead says it itself, so it is never quoted without it
    # demo r24 #1: both shares answered, one direction
    # demo r27 #3: the bullet's lead marks it; no second '(verzonnen)' per number in the same bullet
    # r38 (demo r37 #4): the example's result in the conditional, so a bullet copied alone is not read as a fact
    # r47 (demo r46 #2): the made-up logs named, no conditional
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert (
        made + "in deze verzonnen oproeplogs werd tijdens de openingsuren 56,1 % van de belpogingen beantwoord;" in md
    )
    # demo r24 #3: the gap, the hours logged in first
    # demo r26 #3: 'belpogingen'
    # r36 (demo r35 #8): the target first, the unit said, the hours logged in beside the two targets
    # r47 (demo r46 #2, #9): the made-up attempts, the model's need
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r50 (r49 demo #2): the need conditional again, the hours logged in those of these data
    assert (
        "belpogingen te beantwoorden, zouden in deze verzonnen gegevens volgens het rekenmodel 117 hulpverlenersuren"
        in md
    )
    assert "(verzonnen)" not in md.split("## Kerncijfers")[0]
    assert "verzonnen" not in plain(summary.markdown(DEMO, ["1712"], 2020)).split("Kerncijfers")[0]


def test_a_demo_with_no_option_0_call_says_so_instead_of_100_percent(capacity_text):
    """#12: 'Van de beantwoorde oproepen werd 100,0 % in de eigen provincie beantwoord' carried no information."""
    said = capacity_text(routes=[{"share": 100.0, "label": "in de eigen provincie"}])
    assert "100,0 %" not in said
    # demo r16 #10: the chapter says it in one sentence; that no call used option 0 is the annex's limitation
    # demo r22 #12: the sentence was a dead end: the annex says it
    assert "werd elke beantwoorde oproep beantwoord in de provincie die de beller koos" not in said
    assert "optie 0" not in said
    callers = REAL_CALLERS
    real = capacity_text(synthetic=False, callers=callers, routes=[{"share": 100.0, "label": "in de eigen provincie"}])
    assert "100,0 % in de eigen provincie" in real


def test_the_glossary_explains_bezetting_and_poging():
    """#14: 'de bezetting voor 80 %' and '(elke poging telt)' were not explained."""
    from hulplijnen.pipeline.glossary import glossary_markdown

    # demo r28 #3: the demo says 'belpogingen' (Tabel 1: 'elke belpoging telt'); 'poging' is the reachability's
    said = glossary_markdown("de bezetting voor 80 %; elke belpoging telt", ["1712"], ["capacity"])
    assert "bezetting" in said and "**belpogingen**" in said and "**poging**" not in said
    assert "nieuwe belpoging" in said and "hulpverleners per uur" in said
    # the staffing model's words: a release without it keeps its glossary as it was
    other = glossary_markdown("de bezetting voor 80 %; elke poging telt", ["1712"], ["channels"])
    assert "nieuwe poging" not in other and "hulpverleners per uur" not in other
    # r19 #5: the reachability chapter's attempts per caller are explained there too (calls, not callers, once)
    reach = glossary_markdown("de bezetting voor 80 %; elke poging telt", ["1712"], ["reachability"])
    assert "nieuwe poging" in reach and "hulpverleners per uur" not in reach
