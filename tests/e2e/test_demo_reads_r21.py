"""Round 21 reader findings on the built demo (review/r21/demo-findings.md); each test failed on the build before."""

from test_demo_reads_r15 import _caption, facts, num, pct, summary
from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex, flat


def test_the_lockdown_message_says_what_the_source_counts(built):
    """#1: 'meer beantwoorde oproepen ... Die aantallen volgen de echte cijfers': the source counts 'oproepen (tel,
    mail, chat)', it never says they were answered."""
    key = summary(flat(reader_part(built["demo"])))
    # demo r23 #5: the months fell together with the lockdown: no cause
    # r34 (demo r33 #18): shorter, the question's months in brackets
    # r57 (r57 demo #2): the months as the period the question names the first lockdown
    assert "Meer geregistreerde telefooncontacten in april–juni 2020**, de periode die schriftelijke vraag" in key
    # r34 (demo r33 #18): the shorter bullet names no cause at all instead of saying it names none
    # r56 (r55 demo #1, r56 demo #3): the summary says the figures give no cause, once, the campaigns beside it
    assert "meer beantwoorde oproepen" not in key and "door de lockdown" not in key
    assert key.count("oorzaak") == 1 and "Of de eerste lockdown de oorzaak was, zeggen deze cijfers niet" in key
    # r29/r30: shorter, 'gepubliceerde cijfers' without 'van de hulplijn'
    # r34 (demo r33 #18, #15): shorter still; r36 (demo r35 #2): no month left out, no 'we'
    # r52 (r51 demo #9): the averages are computed from the published monthly figures, said so
    assert "(+45 %). Beide zijn berekend uit de gepubliceerde maandcijfers en" in key  # r61 (r61 demo #7)
    assert "laten we weg" not in key and "niet bekend hoeveel van die maand" not in key
    # demo r22 #13: the reading as answered is said in 'Over deze cijfers' and Tabel 1's row, not again here
    assert "leest ze als beantwoorde oproepen" not in key and "volgen de echte cijfers" not in key
    # r29/r30 (demo r29 #2): the reading as answered is an inference; r31 (demo r30 #5): what it means for the rise
    # is said once, in 'Over deze cijfers', not in the key message
    assert "Het gaat wellicht om beantwoorde contacten" not in key and "sterker dan +31 %" not in key
    about = flat(reader_part(built["demo"])).split("# Over deze cijfers")[1]
    assert "niet hoeveel keer iemand contact zocht, en steeg de vraag in drukke maanden wellicht sterker" in about
    assert "niet alleen hoeveel mensen contact zochten" not in key
    assert "Geregistreerde contacten (gepubliceerd aantal)" in flat(reader_part(built["demo"]))  # demo r26 #1


def test_every_column_of_the_monthly_calls_says_whether_it_is_published_or_made_up(built):
    """#3: only the sentence above Tabel 4 said which column was real; a screenshot lost it."""
    table = (built["demo"] / "tables" / "tbl-export-answer-rate.md").read_text(encoding="utf-8")
    header = next(line for line in table.splitlines() if line.startswith("|"))
    # demo r22 #6: the published count's reading as answered is said as one
    # demo r25 #11: in plain words
    # r29/r30 (demo r29 #5, #12, #18): the mark once, at the end of the caption in one parenthesis, not per column; the
    # interval is computed from made-up counts, not made up
    # r31 (demo r30 #11): the counts' headers in the text's words, each saying made up or published
    # r61 (r61 demo #1): the share is computed from the made-up attempts and says so
    for column in ("| Belpogingen (verzonnen) |", "| Geregistreerd (gepubliceerd) |", "| % beantwoord (verzonnen) |"):
        assert column in header
    assert "| Schommeling door toeval |" in header  # demo r31 #14: short; the caption says made up
    caption = _caption(built["demo"], "tbl-export-answer-rate")
    # demo r31 #1, #2: the published column is 'geregistreerd'; the months matched to the source's range marked
    # r41 (r41 demo #13): the headers say which column is made up; the caption no longer repeats it
    assert caption.startswith("Belpogingen en telefooncontacten per maand (") and caption.count("(") == 1
    assert "verzonnen, behalve" not in caption
    assert ":" not in caption


def test_the_key_figures_give_the_published_total_beside_the_imitated_one(built):
    """#3: 8.053 was explained as 'de gepubliceerde totalen'; the published total is 8.059."""
    f, text = facts(built["demo"]), flat(reader_part(built["demo"]))
    published, left_out = f["1712.export.calibration_contacts"], f["1712.export.calibration_left_out"]
    # demo r23 #3: the published total is the key figure, the contacts without a channel its note
    # demo r25 #14: the contacts without a channel said once, in the chapter
    imitated = f["1712.export.contacts"]
    # r59 (r58 demo #9): 'gepubliceerd' once in the row
    # r29/r30 (demo r29 #8): the published total with its part with a channel, 'waarvan 8.053 met een geregistreerd
    # kanaal'; r31 (demo r30 #3, #6): the made-up rows back, each marked, and the assumption pointed to
    # r61 (r61 demo #4): the box "Hulp nodig?" now stands before the key figures; "Over deze cijfers" follows them
    figures = text.split("## Kerncijfers")[1].split("# Over deze cijfers {#sec-about")[0]
    # r59 (r58 demo #9): 'gepubliceerd' once in the row
    row = f"| {num(published)} | waarvan {num(imitated)} met een geregistreerd kanaal"
    assert f"{row} (zie @sec-chapter-registration) |" in figures  # r56 (r56 demo #7)
    # r32 (demo r31 #5): a made-up row the key messages already state is left out; the rest stay marked
    # r39 (demo r38 #12): the share answered a row too, though a key message says it
    # r44 (demo r42 #9): made up said once, in the caption, not 'verzonnen; ' in each row's note
    # r63 (r63 demo #3): each made-up row says it again, in its note
    assert f"| {num(f['1712.export.phone.offered'])} | verzonnen; ook buiten" in figures
    # r61 (r59 TO #8): Tabel 1's caption says whose figures of which year, in the demo too
    # r63 (r62 demo #6): the row by its name
    made_up = "in één oogopslag, uit de demonstratiegegevens (verzonnen, behalve de rij „Geregistreerde contacten”)"
    assert made_up in figures
    assert "| Aandeel beantwoorde belpogingen (alle belpogingen, ook buiten de openingsuren) |" in figures
    assert f"{num(imitated)} daarvan verliepen via telefoon, e-mail of chat, bij {num(left_out)} is geen" in text
    assert "de gepubliceerde totalen" not in text


def test_the_annex_names_the_call_logs_and_only_the_key_figures_the_table_has(built):
    """#6: 'Alle kerncijfers ... komen uit de registratie per contact' (13.055 comes from the call logs), and a
    Wilson interval for a key figure Tabel 1 does not have."""
    said = flat(annex(built["demo"]))
    # demo r25 #3, r26 #3 traced each key figure here; r37 (demo r36 #2): Tabel 1's 'Toelichting' says each row's
    # origin, the annex has no second table of it
    assert "Herkomst van @tbl-key-figures" not in said and "| De gepubliceerde cijfers:" not in said  # r66
    assert "Alle kerncijfers van de samenvatting komen uit de registratie per contact" not in said
    # demo r25 #3 gave way to r33 (demo r32 #3): Tabel 1 has no answer-rate row, so the annex says no interval for
    # such a key figure; the methods' paragraph 'Antwoordpercentage' still names the Wilson interval
    # r39 (demo r38 #12): Tabel 1 has the answer-rate row again, so the annex names its interval
    # r51 (demo r50 #4): 'Antwoordpercentage' says the method; Herkomst no longer repeats it
    assert "ook buiten de openingsuren)” is een Wilson-interval" not in said
    assert "de schommeling door toeval erbij (een Wilson-interval van 95 %)" in said


def test_opening_hours_are_the_made_up_datas_and_anonymity_is_of_callers(built):
    """#7: 'op zaterdag en zondag ... zijn de telefoon en de chat gesloten' as a fact about 1712; #19: a share of
    all contacts set beside the source's share of callers."""
    text, whole = flat(reader_part(built["demo"])), flat((built["demo"] / "report.qmd").read_text(encoding="utf-8"))
    # demo r30 #14; r37 (demo r36 #2): the paragraph's label once, on its first sentence ('in de verzonnen gegevens')
    assert "In deze gegevens zijn de telefoon en de chat op zaterdag en zondag" in text
    # r33 (demo r32 #5): the annex's holidays paragraph, weekends no longer in it
    assert "dan waren in deze gegevens de telefoon en de chat gesloten" in whole
    share = pct(facts(built["demo"])["1712.export.anonymous.phone_share_pct"], 0)
    # demo r23 #2: a made-up share says so in its own sentence; r32 #18: a whole percent, beside the made-up table
    # r37 (demo r36 #2): the sentence on the channels before it carries the paragraph's label
    # r38 (demo r37 #3): the made-up share labelled in its own sentence
    # r39 (demo r38 #9): the chapter's opener says the data are made up; its running sentences no longer do
    # r49 (demo r49 #3): 'verzonnen' no longer in the bullets and running sentences
    assert f"In deze verzonnen gegevens bleef de beller bij {share} van de telefonische contacten anoniem" in text
    assert "In deze verzonnen gegevens verliep 11,7 % van de contacten van de groep „slachtoffer zelf" in text
    assert "In de verzonnen gegevens" not in text and "in de verzonnen gegevens" not in text
    assert "van de contacten bleef de contactnemer anoniem" not in text


def test_made_up_results_are_marked_once_under_one_lead_in(built):
    """#17, #12: 'Zo zou het eruitzien (verzonnen cijfers):' three times; 'vraagt de oproeplogs'."""
    key = summary(flat(reader_part(built["demo"])))
    # demo r22 #1, #14: under a heading of their own, each bold lead saying 'verzonnen'; the real results first
    assert key.count("Rekenvoorbeeld met verzonnen cijfers") == 1 and "Een echt rapport als dit" not in key
    assert "vraagt de oproeplogs" not in key
    assert key.index("eerste lockdown") < key.index(
        "Rekenvoorbeeld met verzonnen cijfers"
    )  # the published result leads
    assert (
        "verzonnen, behalve de maandtotalen per kanaal"
        not in flat(reader_part(built["demo"])).split("## Kerncijfers")[1].split("# Over deze cijfers")[0]
    )
