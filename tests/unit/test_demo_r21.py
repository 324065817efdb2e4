"""Round 21 demo findings (/work/review/r21/demo-findings.md) on tiny facts: the key figures' 8.053 says the published
total beside it (#3); the annex names the call logs and only the key figures the table has (#6); the lockdown message
says what the source counts (#1); the made-up results are marked once, under the bullet on the call logs (#17)."""

from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP

from hulplijnen.facts import keys
from hulplijnen.pipeline import messages, summary

CALIBRATED = {
    **MADE_UP,
    keys.export("1712", "calibration_left_out"): fact(6),
    keys.phone("1712", "answered"): fact(5702),
}


def test_the_imitated_total_names_the_published_one_and_what_was_left_out():
    """#3: '8.053 ... de gepubliceerde totalen', while the source publishes 8.059."""
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    # demo r23 #3: the published total is the key figure, the 6 without a channel its note
    # demo r25 #11, #14: in plain words; the 6 without a channel said once, in the chapter
    # demo r26 #1: registered, as published; the answered reading named as the demo's
    # demo r29 #8: the contacts with a channel in the note, so the two totals are not read as a contradiction
    # r59 (r58 demo #9): 'gepubliceerd' once in the row
    row = "| Geregistreerde contacten (gepubliceerd aantal) | 8.059 | waarvan 8.053 met een geregistreerd"
    row += " kanaal (zie @sec-chapter-registration) |"  # r56 (r56 demo #7); demo r30 #6: the assumption once, there
    assert row in md and "de gepubliceerde totalen" not in md and "zonder geregistreerd kanaal" not in md
    assert "| Belpogingen |" in md  # demo r30 #3: the made-up rows again, marked, as the annex lists them
    # r44 (demo r42 #9): the caption says the rows are made up except the published ones, not each row
    assert (
        # r61 (r59 2021-tele-onthaal #8): the caption says whose figures of which year, not 'Kerncijfers'
        ": Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens "
        "(verzonnen, behalve de rij „Geregistreerde contacten”) {#tbl-key-figures}" in md
    )


def test_the_annex_names_each_key_figures_own_source_and_only_the_rows_of_the_table():
    """#6: 'Alle kerncijfers ... komen uit de registratie per contact' (the calls come from the call logs), and a
    Wilson interval for 'aandeel beantwoorde telefonische oproepen' that Tabel 1 does not show."""
    said = messages.key_messages(CALIBRATED, ["1712"], 2020)
    annex = plain(summary.sources_markdown(CALIBRATED, ["1712"], 2020, said))
    # demo r25 #3, r26 #3 traced each key figure of Tabel 1 here; r37 (demo r36 #2): Tabel 1's column 'Toelichting'
    # says of each row whether it is published or made up, so a demo's annex has no second table saying it again
    assert "Herkomst van @tbl-key-figures" not in annex and "| De gepubliceerde cijfers |" not in annex  # r66
    assert "registratie per contact" not in annex
    # r33 (demo r32 #3): exactly Tabel 1's rows: the share the key messages say is in neither, nor its Wilson sentence
    # r39 (demo r38 #12): a demo's Tabel 1 has the share answered again, so the annex names its interval
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r51 (demo r50 #4): no Wilson sentence under Herkomst ('Antwoordpercentage' says the method)
    assert "Wilson-interval" not in annex
    every = plain(summary.sources_markdown(CALIBRATED, ["1712"], 2020))  # nothing said: every key figure
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert "Wilson-interval" not in every  # r51 (demo r50 #4)


def test_the_made_up_results_follow_one_lead_in_as_its_items():
    """#17, #12: 'Zo zou het eruitzien (verzonnen cijfers):' in front of three bullets; 'vraagt de oproeplogs'."""
    md = summary.markdown(CALIBRATED, ["1712"], 2020)
    flat = plain(md)
    # demo r22 #1, #14: under a heading of their own, not as items of a 'message' on the call logs
    assert flat.count("Rekenvoorbeeld met verzonnen cijfers") == 1 and "Zo zou het eruitzien" not in flat
    assert "Een echt rapport als dit" not in flat
    assert (
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        "echte oproeplogs aanlevert. - In deze verzonnen oproeplogs werd tijdens de openingsuren" in flat  # r47
    )  # r39 (demo r38) #1;  # demo r24 #5: no minister's quote before it
    # a bullet of its own, under the lead-in (demo r26 #12, r33 #7); r35 (demo #1): worded as the estimate it is
    # r38 (demo r37 #12): the point first (callers hang up quickly), then the estimate
    # r41 (r41 demo #8): 'ophangen', not 'snel inhaken'
    # r47 (demo r46 #2): no judgement, no conditional: how long callers would wait in the made-up logs
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r50 (r49 demo #3): the chapter's words ('hing … binnen … op'), the estimate said
    assert "\n- In deze verzonnen oproeplogs zou de beller bij" in md  # r57 (r57 demo #5): conditional
