"""Round 22 demo findings (/work/review/r22/demo-findings.md) on tiny frames and facts: made-up key messages say
'verzonnen' in their bold lead, under their own heading, after the real ones (#1, #14); the rise over all channels
and the lockdown's baseline without March (#14, #15); the callers estimate dropped with its reason from the counts
(#2); the staffing hours' uncertainty and the busy tone beside them (#3, #4); the infographic in the source table
(#5); a reading labelled as one (#6); the annex on unpublished days (#7); made-up tables say so (#8); a notice under
every chapter heading (#9); no 'per constructie' and no repeated weekly bars (#10-#13); the demo's date (#19)."""

import pandas as pd
from caption_words import words  # r39: the captions are the chapters' captions.md
from test_demo_capacity_text import MODEL
from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP

from hulplijnen.chapters.capacity import SHOWN as CAPACITY_SHOWN
from hulplijnen.chapters.capacity import demand
from hulplijnen.chapters.registration import SHOWN as REGISTRATION_SHOWN
from hulplijnen.chapters.shared import export_tables
from hulplijnen.config.params import load_params
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline import summary
from hulplijnen.pipeline.appendix import used_documents
from hulplijnen.presentation.parts import Table
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

# r36 (demo r35 #2): the months before the period are January to March (March partly in the lockdown, said so),
# the busiest month April, as the demo's chapter records them
LOCKDOWN = {
    keys.phone("1712", "demand", "offered_calls"): fact(1462),
    keys.phone("1712", "demand", "offered_before_calls"): fact(804),
    keys.phone("1712", "demand", "answered_pct"): fact(37.7),
    keys.phone("1712", "demand", "answered_before_pct"): fact(52.5),
    keys.phone("1712", "demand", "before_months"): fact(3),
    keys.phone("1712", "demand", "answered_calls"): fact(552),
    keys.phone("1712", "demand", "answered_before_calls"): fact(422),
    keys.phone("1712", "demand", "answered_change_pct"): fact(31),
    keys.phone("1712", "demand", "contacts"): fact(807),
    keys.phone("1712", "demand", "contacts_before"): fact(556),
    keys.phone("1712", "demand", "contacts_change_pct"): fact(45),
    keys.phone("1712", "demand", "baseline_in_lockdown"): fact(1),
    keys.phone("1712", "demand", "busiest_month"): fact("2020-04"),
    keys.phone("1712", "demand", "busiest_calls"): fact(634),
}


def test_made_up_key_messages_say_so_in_their_bold_lead_after_the_real_ones():
    """#1, #14: '**Tijdens de openingsuren bleef 44,6 % ... onbeantwoord.**' quotable without 'verzonnen'; 'Een echt
    rapport als dit heeft de oproeplogs nodig' was a key message; the rise over all channels was left out."""
    md = summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020)
    key = plain(md.split("## Kerncijfers")[0])
    assert "Een echt rapport als dit" not in key and "Zo zou het eruitzien" not in key
    # demo r33 #18 (r34): the key message keeps to the phone's rise; the other channels are the chapter's table's
    assert "Over telefoon, e-mail en chat samen" not in key
    # r36 (demo r35 #2): no month left out, no 'we' (demo r24 #10, r29 #13, r30 #15 had said why March was left out)
    assert "laten we weg" not in key and "niet bekend hoeveel van die maand" not in key
    real, made = key.split("**Rekenvoorbeeld met verzonnen cijfers.**")
    assert "552 per maand tegenover 422" in real and "(+31 %)" in real
    # demo r26 #12, r27 #3: under the lead-in 'Voorbeeld met verzonnen cijfers.' no bullet carries '(verzonnen)'
    assert "44,3 %." in made and "(verzonnen)" not in made.split("## Kerncijfers")[0]
    # demo r28 #1; r36 #8; r38 (demo r37 #7): the hours logged in with their unit, own sentence for what is left out
    # r47 (demo r46 #9): three sentences; what comes on top said plainly
    # r50 (r49 demo #2): the need conditional again, the hours logged in those of these data
    assert (
        # r59 (r58 demo #3): the caveat moved beside the hours needed
        # r64 (r64 demo #4): a sentence of its own
        ". In deze gegevens waren gemiddeld 58 hulpverlenersuren per week aangemeld." in made
        and "Pauzes en nawerk komen daar" not in made
    )
    assert (
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        "oproeplogs aanlevert.\n\n- In deze verzonnen oproeplogs werd" in md  # demo r29 #10; r47 (demo r46 #2)
    )  # a list of its own after the heading line


def test_the_lockdown_baseline_counts_every_month_before_and_adds_all_channels():
    """#15: March, when the lockdown had begun, counted as 'before'; #14: 807 vs 556 over all channels missing.
    r36 (demo r35 #2): March counts again, as in the 2020 release, said to have fallen partly in the lockdown."""
    months = [f"2020-{m:02d}" for m in range(1, 8)]
    answered = [422, 421, 423, 700, 500, 456, 400]
    monthly = pd.DataFrame({"month": months, "offered": [a * 2 for a in answered], "answered": answered})
    contacts = pd.Series([533, 569, 565, 967, 742, 713, 665], index=months, dtype="float")
    facts = FactSheet("capacity", 2020)
    found = demand.peak("1712", 2020, monthly, facts, contacts)
    assert (found["first_before"], found["last_before"], found["began"]) == ("2020-01", "2020-03", True)
    assert found["months_before"] == 3 and found["answered_before"] == 422  # (422 + 421 + 423) / 3
    assert (found["contacts"], found["contacts_before"], found["contacts_change"]) == (807, 556, 45)
    assert (found["busiest"], found["busiest_calls"]) == ("2020-04", 700)  # the year's busiest month


def _capacity(**values):
    from conftest import CAPACITY

    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/text.md")
    return plain(template.render(**{**CAPACITY, **values}))


def test_the_chapter_says_march_is_left_out_and_drops_its_method_dead_ends():
    """#15, #12: the chapter's baseline months; 'Met echte gegevens schat dit hoofdstuk ook hoeveel bellers' and
    'In deze verzonnen gegevens werd elke beantwoorde oproep beantwoord in de provincie' said nothing to a reader."""
    told = {
        "name": "eerste lockdown (april–juni 2020)",
        **dict(offered=1462, offered_before=800, months_before=2, answered=552, answered_before=422),
        **dict(rate=37.7, rate_before=52.5, first_before="2020-01", last_before="2020-02"),
    }
    said = _capacity(demand=told, first=False)
    # demo r24 #6: the left-out month once, in the summary
    # demo r25 #2: the published answered calls, with their months, apart from the made-up ones
    # demo r28 #2; r29 #6: the sentence on March once, in the summary
    assert "overgangsmaand" not in said and "422" not in said  # demo r31 #5: the comparison once, in the summary
    assert "Met echte gegevens schat" not in said and "provincie die de beller koos" not in said


def test_the_annex_says_why_the_made_up_calls_give_no_callers():
    """#2: 13.055 attempts / 3 to 4 attempts gives fewer callers than the 5.702 answered calls, unsaid."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/registration/methods.md")
    ph = "1712.export.phone."
    values = {ph + "offered": 13055, ph + "answered": 5702, ph + "callers_3_attempts": 4352}
    values |= {ph + "callers_4_attempts": 3264, ph + "attempts_per_caller_low": 3, ph + "attempts_per_caller_high": 4}
    said = plain(template.render(params=load_params("demo"), timings=False, values=values))
    # r41 (r41 demo #12): step by step, no 'Daarom' without a referent
    # r45 (r44 demo #4): 'passen slecht' and the reasoning in one sentence, after a colon
    assert (
        "passen daardoor slecht bij die 3 tot 4 pogingen per beller: daarmee komen de 13.055 belpogingen van hoogstens"
        " 4.352 bellers, terwijl er 5.702 belpogingen beantwoord werden, meer dan er bellers zouden zijn." in said
    )


def _staffing(synthetic: bool) -> str:
    measured = {"wait": None, "within": {20: None, 60: None}, "patience": None, "handle": None}
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    model = {**MODEL, "logged_in": 58, "load": 58}
    return plain(template.render(measured=measured, model=model, synthetic=synthetic, year="2020"))


def test_the_staffing_hours_say_their_uncertainty_and_the_waiting_the_busy_tone():
    """#3, #4, #11: the caveats only in the annex; '58 ... evenveel als de gesprekstijd: zo zijn de gegevens
    gemaakt'."""
    said = _staffing(True)
    assert "Die uren zijn onzeker in beide richtingen: wie ophangt en opnieuw belt, telt als nieuwe belpoging" in said
    # demo r30 #8: the one queue beside the real service's lines per province (no 'vijf': not in the sources)
    assert "het model rekent met één wachtrij voor heel Vlaanderen, terwijl de echte hulplijn" in said  # demo r31 #12
    # demo r31 #12: the two caveats in one sentence
    # r36 (demo r35 #3): the attempts are 'belpogingen', never 'oproepen'
    assert "terwijl de echte hulplijn de belpogingen per provincie beantwoordde (dan zijn er meer nodig)." in said
    # demo r24 #6: the busy tone once, here; the time of a call is the summary's
    assert "op een bezettoon botsten, een bericht inspreken op het antwoordapparaat; echte gegevens" in said
    assert "tijdstip" not in said
    # demo r24 #3: the gap said, the hours logged in first
    # demo r25 #9, #13: the year, not 'nu'; no tag per number (the section's lead-in says made up)
    # demo r30 #1: never 'In 2020 waren er' for a made-up number
    # demo r31 #12: with the staff per open hour beside it
    # r54 (r54 demo #3): as the made-up logs'
    assert "In deze verzonnen oproeplogs waren er gemiddeld 58 hulpverlenersuren per week aangemeld (gemiddeld" in said
    assert "In 2020 waren er" not in said
    assert "Aangemeld waren" not in said and "zo zijn de gegevens gemaakt" not in said and "constructie" not in said
    assert "Die uren zijn onzeker" not in _staffing(False) and "Aangemeld waren" in _staffing(False)


def test_made_up_tables_say_so_in_caption_and_first_line():
    """#8, #6: the staffing-need and channel-mix tables copied out of the release looked like real figures."""
    tables = {p.label: p for p in (*CAPACITY_SHOWN, *REGISTRATION_SHOWN) if isinstance(p, Table)}
    # demo r23 #1: the channels table holds the published totals: tests/unit/test_demo_r23.py
    for label in ("tbl-export-staffing-need", "tbl-export-channel-mix"):
        assert tables[label].lead == "made_up_note"  # an empty block now
        # r39: the words are the chapter's captions.md, the flag its data (was: fill="made_up", a Python string)
        chapter = "capacity" if label == "tbl-export-staffing-need" else "registration"
        made_up = words(chapter, tables[label], made_up=export_tables.made_up({"synthetic": {"seed": 1}}))
        # demo r25 #1; r29 #18: one parenthesis at the end, no colon; r47 (demo r46 #6): Tabel 3 says its kind
        # r61 (r61 demo #6): the channel mix's group counts are tuned, its split over the channels chosen
        assert made_up.endswith(" (verzonnen)" if chapter == "capacity" else " kanalen vrij gekozen)")
        assert "verzonnen" not in words(chapter, tables[label], made_up=export_tables.made_up(None))
    assert not words("registration", tables["tbl-export-channels"]).startswith("Beantwoorde")
    for path in ("chapters/capacity/staffing.md", "chapters/registration/text.md"):
        template = environment(TEXT_FOLDERS, False).get_template(path)
        note = template.blocks["made_up_note"]
        # demo r24 #6: the caption says '(verzonnen gegevens)': no second note under it
        assert not "".join(note(template.new_context({"synthetic": True}))).strip()
        assert not "".join(note(template.new_context({"synthetic": False}))).strip()


def test_every_later_chapter_opens_with_a_notice():
    """#9: chapter 2 had no notice under its heading in the HTML."""
    from conftest import OPENING

    source = '{% from "chapters/shared/export.md" import opening %}{{ opening(synthetic, largest_hidden, year, '
    source += "first=false, open_from=9, open_until=17) }}"
    said = plain(environment(TEXT_FOLDERS, False).from_string(source).render(**OPENING))
    # demo r29 #5: the one banner says which numbers are real; r37 (demo r36 #2): short, and each chapter its own
    # r38 (demo r37 #1): the source publishes more (per contact person too); only the counts per channel taken over
    # r63 (r63 demo #4): which figures are real said, not 'de rest van dit hoofdstuk is verzonnen'
    assert said.startswith(
        "**Echt zijn in dit hoofdstuk alleen de gepubliceerde aantallen per kanaal, wat daaruit berekend is en cijfers"
        " met een bron erbij; alle andere cijfers zijn verzonnen, ook die per contactnemer.**"
    )


def test_the_infographic_is_a_source_and_names_the_contacts_conversations():
    """#5, #6: the glossary used the 1712 infographic, the source table did not list it."""
    facts = FactSheet("registration", 2020)
    assert export_tables._conversations("1712", facts) == 10
    recorded = {k: {"source": {"file": v.source.file}} for k, v in facts._facts.items()}
    documents = used_documents(recorded, True)
    infographic = [d for d in documents if "infografieken" in d["title"]]
    assert len(infographic) == 1 and not infographic[0]["calibrated"]  # it gives words, not the totals
    assert [d["calibrated"] for d in documents if d not in infographic] == [True]
    from hulplijnen.presentation import text

    said = plain(text.render("sources.md", prose=False, every_value_used=False, synthetic=True, documents=documents))
    # r41 (r41 demo #14): all the report takes from the infographic
    assert "de volgende documenten" in said and "noemt („ontving … oproepen”, „gesprekken”)" in said
    from conftest import ANCHORS, OPENING

    source = '{% from "chapters/shared/export.md" import provenance %}{{ provenance(year, source_total, left_out, '
    source += "imitated, anchors) }}"
    said = plain(
        environment(TEXT_FOLDERS, False)
        .from_string(source)
        .render(**{**OPENING, "anchors": {**ANCHORS, "conversations": 10}})
    )
    # demo r24 #2: the sources leave open what 'oproepen' count; the answered reading is the demo's assumption
    # demo r26 #2: both source words, not only the one that fits the reading
    # demo r28 #14: the source words are the annex's (test_demo_r29e); here the plain uncertainty
    assert "„ontving … oproepen”" not in said and "dit rapport neemt aan: beantwoorde" in said
    assert "per constructie" not in said


def test_the_key_figure_row_says_the_count_is_read_as_answered():
    """#6: 'Beantwoorde contacten 8.053' stated a reading as fact."""
    md = plain(summary.markdown({**MADE_UP, keys.export("1712", "calibration_left_out"): fact(6)}, ["1712"], 2020))
    # demo r23 #3: the published one; r25 #11: in plain words
    # demo r26 #1: registered, as published; the answered reading the demo's, in the Toelichting
    assert "| Geregistreerde contacten (gepubliceerd aantal) | 8.059 |" in md and "Beantwoorde contacten" not in md


def test_the_annex_on_unpublished_days_describes_only_what_is_shown():
    """#7: weekend zeros the release does not publish; 'een nul wordt wel gepubliceerd' beside a gap; 'geen enkele cel
    verborgen' beside an 85-row list."""
    from conftest import REGISTRATION

    from hulplijnen.presentation.text import sections

    values = {
        **REGISTRATION,
        "closed_days": {"holiday": 6, "other": 1},
        **dict(holidays=8, holidays_published=2, holidays_published_contacts=0, only_days=True, suppressed_cells=85),
    }
    said = plain(sections("chapters/registration/text.md", **values)["hidden_cells"])
    # r33 (demo r32 #5): the weekend days, unpublished by design, are not described
    # r44 (demo r42 #6): a demo says why the weekend is not shown (only e-mail then), not 'worden niet gepubliceerd'
    assert "toont zaterdagen en zondagen niet" in said and "vijftien" not in said and "78" not in said
    # r37 (demo r36 #5): the figure draws the holidays' published 0 at 0, no longer as a gap
    assert "een nul wordt wel gepubliceerd" not in said and "als een gat in de lijn toont" not in said
    assert "geen enkel contact binnen: de figuur toont die dagen als 0." in said
    assert "geen enkele cel verborgen" not in said and "de lijst van verborgen cellen bij het rapport noemt ze" in said


def test_the_demos_date_is_the_date_of_its_version():
    """#19: 'Gemaakt op 20 november 2026' under a PDF built on 4 December."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "report"
    assert "Gemaakt op" not in (root / "front_matter.md").read_text(encoding="utf-8")
    assert "**Datum van deze versie:** {{ params.publication_date | date }}." in (root / "colophon.md").read_text(
        encoding="utf-8"
    )
