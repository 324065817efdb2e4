# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 25 demo findings (/work/review/r25/demo-findings.md), fixed in round 26 on tiny inputs: every made-up chart
and table says 'Verzonnen gegevens' first in its caption (#1); the rate's interval says its assumption (#4); the
calls outside opening hours are counted (#7); Tabel 7 names the published origin of the total (#3); 'Herkomst' says
the August e-mail correction (#16); the generator's call lengths are named (#10); the help box follows the summary
(#19); Figure 6 names its target (#12)."""

from pathlib import Path

from test_demo_capacity_text import MODEL
from test_demo_r12 import plain
from test_demo_r16 import MADE_UP
from test_demo_r21 import CALIBRATED

from hulplijnen.chapters.capacity import SHOWN as CAPACITY_SHOWN
from hulplijnen.chapters.registration import SHOWN as REGISTRATION_SHOWN
from hulplijnen.chapters.shared import export_tables
from hulplijnen.export import misread
from hulplijnen.facts import keys
from hulplijnen.pipeline import appendix, messages, summary
from hulplijnen.presentation import caption_text
from hulplijnen.presentation.parts import Figure, Table
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

SYNTHETIC = {"synthetic": {"seed": 1}}
# the published totals per channel: taken over, not made up; r53 (r53 demo #1): the published months per channel too
PUBLISHED = {"tbl-export-channels", "tbl-export-monthly"}


def test_every_made_up_caption_starts_with_verzonnen_gegevens():
    """#1: 'Figuur 3: Aandeel beantwoorde telefonische oproepen per maand ...' passed as real 1712 data."""
    parts = [
        p
        for p in (*CAPACITY_SHOWN, *REGISTRATION_SHOWN)
        if isinstance(p, (Figure, Table)) and not (isinstance(p, Table) and p.annex) and p.label not in PUBLISHED
    ]
    assert len(parts) >= 9

    # r39: the words are the chapters' captions.md, the made-up flag their data (export_tables.made_up)
    def captions(export):
        data = {"made_up": export_tables.made_up(export), "anchored": None}
        return {
            **caption_text.render("chapters/capacity/captions.md", data).plain,
            **caption_text.render("chapters/registration/captions.md", data).plain,
        }

    made_up, real = captions(SYNTHETIC), captions(None)
    for part in parts:
        if isinstance(part, Figure) and "verzonnen" not in made_up[part.caption]:  # demo r28 #8, #15: a chart's stamp
            continue
        # demo r33 #12 (r34): Figure 2's caption marks it at the end of its first sentence, as a table's does
        # demo r29 #18: the mark at the caption's end, one parenthesis, no colon before the title
        # the mark ends the caption, or its first sentence (Figure 2)
        assert made_up[part.caption].split(". ")[0].endswith(")"), part.label
        assert "(verzonnen" in made_up[part.caption], part.label
        assert "verzonnen" not in real[part.caption], part.label


def test_figure_3_and_the_chapter_say_the_interval_assumes_independent_calls(capacity_text):
    """#4: the ranges assume independent calls; only the annex said repeat calls make the real variation larger."""
    rate = next(p for p in CAPACITY_SHOWN if getattr(p, "label", "") == "fig-export-answer-rate")
    # demo r28 #4, #5: the assumption is the annex's; demo r33 #12 (r34): the caption says only that the real swing
    # is larger, in a short sentence of its own
    # r36 (demo r35 #10): what the band shows and why the real swing is larger, not 'de echte' pointing nowhere
    caption = caption_text.plain("chapters/capacity/captions.md", rate.caption, {"made_up": False, "anchored": None})
    assert "omdat dezelfde beller vaak opnieuw belt, is die schommeling in werkelijkheid groter." in caption
    assert "de echte is groter" not in caption and "los staat" not in caption
    said = capacity_text()
    assert "los staat" not in said and "echte schommeling" not in said


def test_the_calls_outside_opening_hours_are_counted():
    """#7: 13.055 - 10.290 = 2.765 calls (21 %) made while the line was closed were never counted."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    measured = {"wait": None, "within": {20: None, 60: None}, "handle": None, "patience": None}
    model = {**MODEL, "load": 58, "queued": 10290, "offered": 13055, "all_load": 74, "closed": 2765}
    model |= {"closed_pct": 21.2, "logged_in": 58}  # r66 (r66 demo #7): on one decimal, as the chapter's shares
    said = " ".join(template.render(measured=measured, model=model, synthetic=True, year="2020").split())
    # demo r30 #1: marked as the example's in its sentence
    # r54 (r54 demo #3): as the made-up logs'
    # r66 (r66 demo #7): '21,2 %', as the chapter's other shares ('21 %' beside 43,7 % and 17,6 %)
    assert "In deze verzonnen oproeplogs kwamen buiten de openingsuren 2.765 belpogingen (21,2 % van alle" in said
    assert said.startswith("**Wachten, ophangen en gespreksduur.**")  # demo r29 #5: the chapter's banner says it
    # #9: the talk time in words of its own, apart from the hours logged in
    # demo r26 #6: why the two are equal, once: the made-up hours logged in were chosen to fit
    # demo r32 #8: the same 58 not said a second time
    # r36 (demo r35 #9): plainly, with the numbers: the talk time all attempts would ask equals the hours logged in
    assert "Alle 10.290 belpogingen tijdens de openingsuren beantwoorden zou ongeveer 58 uur gesprekstijd" in said
    # r37 (demo r36 #8): the sum before it; r56 (r55 demo #8): 'ongeveer evenveel', the methods' words for two rounded
    # figures alike
    # r59 (r58 demo #9): 'afgerond, evenveel' for two identical printed numbers
    assert "Dat is, afgerond, evenveel als de 58 aangemelde hulpverlenersuren:" in said
    # demo r28 #4: why they are equal is the annex's ('Het rekenmodel nagerekend')
    # demo r30 #7: the comparison of the equal made-up hours is dropped in a demo
    assert "Aangemeld is de tijd dat hulpverleners klaarzaten" not in said and "zo gekozen" not in said


def test_the_summary_says_the_time_of_a_call_was_not_kept_as_of_the_answer():
    """#5: 'laat vandaag niet toe' in a report dated November 2026."""
    md = plain(summary.markdown({**MADE_UP}, ["1712"], 2020))
    # r36 #7; r38 (demo r37 #12): no comma before 'moeilijk'
    assert (
        "Volgens het antwoord op schriftelijke vraag nummer 282 (begin 2022) is het moeilijk om sluitende cijfers" in md
    )
    assert "vandaag" not in md  # demo r29 #10


def test_the_key_figure_of_the_hours_needed_names_two_targets_not_a_range():
    """#6: '96 (80 % over de week) tot 118 (80 % in elk uur)' read as a range."""
    template = environment(TEXT_FOLDERS, False).from_string(
        '{% from "summary/_labels.md" import value %}{{ value(r) }}'
    )
    said = template.render(r={"kind": "need", "value": 96, "every": 118, "target": 80})
    assert said.replace("\u00a0", " ") == "96 (80 % over de week) of 118 (80 % in elk uur)"


def test_tabel_7_gives_the_published_origin_of_the_total_and_every_key_figure():
    """#3: 8.059 'from the registration per contact'; the answer rate and the patience were missing."""
    said = messages.key_messages(CALIBRATED, ["1712"], 2020)
    annex = plain(summary.sources_markdown(CALIBRATED, ["1712"], 2020, said))
    # r37 (demo r36 #2): Tabel 1's 'Toelichting' gives each row's origin; no table here repeating it
    assert "| De gepubliceerde cijfers | geregistreerde contacten (gepubliceerd aantal) |" not in annex
    # r33 (demo r32 #3): only Tabel 1's rows; the share the key messages say is not one of them
    # r51 (demo r50 #4): the share answered was named here only in the Wilson sentence, now gone (the annex's
    # 'Antwoordpercentage' says the method)
    assert "Wilson-interval" not in annex and "registratie per contact" not in annex


def test_the_demo_total_cites_the_published_table():
    """#3: the total's fact names the published file, so the annex can name its document."""
    from hulplijnen.facts import FactSheet

    facts = FactSheet("registration", 2020)
    export_tables._calibration(SYNTHETIC, "1712", facts)
    source = facts._facts[keys.export("1712", "calibration_contacts")].source
    assert source.file == "data/1712/2020/contacts_by_month_channel.csv"


def test_herkomst_says_the_august_e_mail_correction():
    """#16: the scan reads 20 e-mails in August 2020; the totals hold only with 90, which the demo uses."""
    assert {"month": "2020-08", "channel": "e-mail", "published": 20, "used": 90} in [
        {k: (int(v) if k in ("published", "used") else v) for k, v in m.items()} for m in misread.misread_totals()
    ]
    md = plain(appendix.sources_markdown({}, True, False))
    # no scan words in the annex (r14): 'in de bron'
    assert (
        "het aantal contacten via e-mail in augustus 2020 staat op de gescande bladzijde 20" in md
    )  # r39 (demo r38) #6
    assert "kloppen alleen met 90" in md
    assert "staat in de bron als" not in plain(appendix.sources_markdown({}, False, False))


def test_about_these_figures_names_the_generators_call_lengths(provenance_text):
    """#10: 'dezelfde aannames als het rekenmodel' while the call lengths are not exponential."""
    said = provenance_text()
    # demo r26 #4: the call lengths are the annex's (registration/methods.md); up front one plain sentence
    assert "dezelfde aannames" not in said and "lognormale verdeling" not in said and "exponenti" not in said
    # r38 (demo r37 #6): folded into the bullet on what is made up freely
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r66 (r66 demo #6): a sentence of its own after what is fixed in them
    assert "De oproeplogs zijn zo gemaakt dat het rekenmodel voor de bezetting erbij past" in said
    assert "zonder geregistreerd kanaal" not in said  # #14: said once, in the chapter


def test_the_help_box_follows_the_summary_in_every_release():
    """#19: in the demo the box stood inside 'Over deze cijfers'."""
    qmd = Path("report/report.qmd").read_text(encoding="utf-8")
    assert qmd.index("{{ help }}") < qmd.index("{% if about_first %}\n\n{{ about }}")


def test_figure_6_names_the_target_it_adds_up_to():
    """#12: 'nodig om 80 % van de oproepen te beantwoorden' adds up to 118, the every-hour target."""
    from hulplijnen.chapters.capacity import staffing

    source = Path(staffing.__file__).read_text(encoding="utf-8")
    assert 'f"nodig om in elk uur {fmt.pct(t * 100, 0)} van de belpogingen te beantwoorden"' in source
