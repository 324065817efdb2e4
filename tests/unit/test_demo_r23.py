"""Round 23 demo findings (/work/review/r23/demo-findings.md) on tiny facts: the published totals per channel are
marked as taken from the published figures, not as made up (#1); a made-up result says so in its sentence and never
has the helpline as its subject (#2); the key figure is the published total, the contacts without a channel its note
(#3); the made-up attempts say they do not fit the minister's 3 to 4 attempts per caller (#4); the lockdown months
fell together with it, no cause (#5); the busiest hours are of working days (#11)."""

from caption_words import words  # r39: the captions are the chapters' captions.md
from test_demo_r12 import DEMO, fact, plain
from test_demo_r16 import MADE_UP

from hulplijnen.chapters.registration import SHOWN as REGISTRATION_SHOWN
from hulplijnen.chapters.shared import export_tables
from hulplijnen.facts import keys
from hulplijnen.pipeline import summary
from hulplijnen.presentation.parts import Table

CALIBRATED = {
    **MADE_UP,
    keys.export("1712", "calibration_left_out"): fact(6),
    keys.phone("1712", "answered"): fact(5702),
}
CALIBRATED |= {keys.phone("1712", f"attempts_per_caller_{b}"): fact(n) for b, n in (("low", 3), ("high", 4))}
CONFLICT = {**CALIBRATED, keys.phone("1712", "callers_3_attempts"): fact(4292)}


def test_the_published_totals_are_marked_as_taken_over_not_made_up(registration_text, registration_sections):
    """#1: Tabel 2 '(verzonnen gegevens)' and 'De verzonnen registratie telt 8.053' over the published totals."""
    said = registration_text()
    assert "De verzonnen registratie" not in said
    # demo r29 #5: the banner says the published counts are real; no 'niet verzonnen' beside it
    assert "De tabel hieronder neemt die aantallen per kanaal over." in said and "niet verzonnen" not in said
    table = {p.label: p for p in REGISTRATION_SHOWN if isinstance(p, Table)}["tbl-export-channels"]
    assert table.lead == "taken_over_note"
    # r39: the words are the chapter's captions.md, the flag its data (was: fill="taken_over", a Python string)
    caption = words("registration", table, made_up=export_tables.made_up({"synthetic": {"seed": 1}}))
    assert caption.endswith("(overgenomen uit de gepubliceerde cijfers)") and "verzonnen" not in caption
    # a real export: the caption's own parenthesis, one (demo r29 #18)
    assert words("registration", table, made_up=export_tables.made_up({"path": "x"})).endswith(
        " (registratie per contact)"
    )
    # demo r24 #6: the caption says it; no second note under it
    assert registration_sections()["taken_over_note"] == ""
    assert registration_sections(synthetic=False)["taken_over_note"] == ""


def test_a_made_up_result_says_so_in_its_own_sentence(registration_text):
    """#2: '80,1 % ... anoniem', '11.368 mogelijke slachtoffers', 'de drukste dag', '11,7 % via chat' read as facts."""
    said = registration_text(
        anonymous_phone=80.1,
        victims=11368,
        busiest=58,
        busiest_day="2020-04-08",
        chat_victim_environment=11.7,
        chat_professional=3.9,
    )
    # demo r32 #18: a whole percent, marked, with the made-up table of the mix, out of the published figures
    # r37 (demo r36 #2): the paragraph's label once, in its first sentence (the channels), not in every sentence
    # r39 (demo r38 #9): the chapter's opener says the data are made up, not its running sentences
    assert "In de verzonnen gegevens" not in said and "in de verzonnen gegevens" not in said
    assert (
        # r47 (demo r46 #7): the source's share beside it
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        # r52 (demo r51 #9): the source's share a sentence of its own after it, with its source and time
        # r59 (r58 demo #2): 'verzonnen' said
        "In deze verzonnen gegevens bleef de beller bij 80 % van de telefonische contacten anoniem; de contacten "
        "gingen over "
        # r56 (r55 demo #4): the source's words, "ruim driekwart"
        "11.368 mogelijke slachtoffers. Het antwoord op schriftelijke vraag nummer 282 zegt dat ruim driekwart" in said
    )
    # without the sentence on the channels, this one carries the label
    alone = registration_text(anonymous_phone=80.1, victims=11368)
    # r38 (demo r37 #3): the label leads the sentence
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert "In deze verzonnen gegevens bleef de beller bij 80 % van de telefonische contacten anoniem" in alone
    assert (
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        # r59 (r58 demo #2): 'verzonnen dagcijfers' leads the sentence
        "In deze verzonnen dagcijfers schommelt het aantal per dag sterk; de drukste dag was 8 april 2020, met 58"
        " contacten" in said  # r43 (r42 demo #1)
    )
    assert (
        # demo r24 #11: the group by Tabel 3's label, victims themselves in it
        # r54 (r54 demo #3): said as the made-up data's
        "In deze verzonnen gegevens verliep 11,7 % van de contacten van de groep „slachtoffer zelf of iemand uit diens"
        " omgeving” via chat" in said
    )
    real = registration_text(synthetic=False, left_out=None, anonymous_phone=80.1, victims=11368)
    assert "Bij 80,1 % van de telefonische contacten bleef de beller anoniem." in real and "verzonnen" not in real


def test_the_summary_never_makes_the_helpline_the_subject_of_a_made_up_share():
    """#2: 'Over alle pogingen samen beantwoordde 1712 er 43,7 %'."""
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    assert "beantwoordde 1712" not in md
    assert "over alle belpogingen, ook buiten de openingsuren, 44,3 %." in md  # demo r24 #1, r28 #3


def test_the_key_figure_is_the_published_total():
    """#3: the key figure 8.053 beside the published 8.059."""
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    # demo r25 #14: the 6 without a channel are the chapter's, said once
    # demo r29 #8: the contacts with a channel in the note
    # r59 (r58 demo #9): 'gepubliceerd' once in the row
    assert "| 8.059 | waarvan 8.053 met een geregistreerd kanaal (zie @sec-chapter-registration) |" in md
    assert "| 8.053 |" not in md


def test_the_made_up_attempts_say_they_do_not_fit_the_ministers_attempts_per_caller():
    """#4: 13.055 attempts and 43,7 % in the summary without the conflict the annex states."""
    md = plain(summary.markdown(CONFLICT, ["1712"], 2020))
    clause = "passen niet bij de 3 tot 4 pogingen per beller die de minister vermeldt"
    # demo r24 #6, #8: said once, in 'Over deze cijfers' and the annex; not in the bullet, nor in the table
    assert clause not in md and "3 tot 4 pogingen" not in md
    # demo r30 #3: the made-up rows in Tabel 1 again (r44: the caption marks them); r63 (r63 demo #3): each made-up
    # row says 'verzonnen; ' in its note
    assert "| 12.876 | verzonnen; ook buiten" in md
    fits = plain(summary.markdown({**CALIBRATED, keys.phone("1712", "callers_3_attempts"): fact(6000)}, ["1712"], 2020))
    assert "3 tot 4 pogingen" not in fits


def test_the_lockdown_months_fell_together_with_it_and_campaigns():
    """#5: 'Eerste lockdown: meer telefonische contacten' implied a cause; campaigns of 23 March and 7 May 2020."""
    parts = {
        "offered_calls": 1462,
        "offered_before_calls": 804,
        "answered_pct": 37.7,
        "answered_before_pct": 52.5,
        "before_months": 2,
        "answered_calls": 552,
        "answered_before_calls": 422,
        "answered_change_pct": 31,
    }
    facts = {**DEMO, **{keys.phone("1712", "demand", p): fact(v) for p, v in parts.items()}}
    facts[keys.export("1712", "calibration_contacts")] = fact(8059)
    md = plain(summary.markdown(facts, ["1712"], 2020))
    # demo r26 #7: the months as the question names them
    # r57 (r57 demo #2): the months, then the question's name for them
    assert "in april–juni 2020**, de periode die schriftelijke vraag" in md and "samenvielen" not in md
    assert "Eerste lockdown (april" not in md
    # demo r31 #17, r33 #18 (r34): the campaigns are the chapter's, not the key message's; r56 (r55 demo #1): by
    # their dates in the key message, as the reason no cause is said (their names stay the chapter's)
    assert "poster en animatie" not in md.split("## Kerncijfers")[0]
    # demo r30 #5: the key message keeps to the published facts; the reading is 'Over deze cijfers''s
    assert "Het gaat wellicht" not in md and "dan tonen ze hoeveel de hulplijn kon opnemen" not in md


def test_the_busiest_hours_are_of_working_days(capacity_text):
    """#11: 'Op weekdagen' for Monday to Friday, beside a chart 'per weekdag' with Saturday and Sunday."""
    band = {"start": 9, "end": 12, "day_start": 9, "day_end": 17, "share": 41.8, "even": 37.5, "slight": True}
    said = capacity_text(band=band)
    # demo r26 #3: the made-up attempts are 'belpogingen'; demo r27 #10: the working day first, the peak against it
    # demo r30 #1: marked as the example's, in one sentence with the busier hours
    # r54 (r54 demo #3): said as the made-up logs'
    lead = "In deze verzonnen oproeplogs kwamen op werkdagen (maandag tot vrijdag) de meeste belpogingen tussen 9 en 17"
    assert lead in said
    assert "41,8 % van de belpogingen tussen 9 en 17 uur" in said and "weekdagen" not in said
