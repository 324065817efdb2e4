"""The demo after the r36 reader (review/r36/demo-findings.md), fixed in r37: the made-up label said once per place
(#2: a banner without 'Synthetische gegevens — verzonnen', two short openers of their own, no second table of the key
figures' origin); the registration could not note the time of a contact, as the answer says (#1); the lockdown's
published averages in the chapter (#4); what the redial simulation does with the measured attempts (#6); what option 0
is (#7); the talk time worked out, an upper bound only as far as attempts are redials (#8); 'openingsuren' not circular
(#10); question 282 by its number everywhere (#11); which source gives what (#12); the hours' noun (#13); the groups
of the table per contact person in bold (#14). Each test fails on the r36 text."""

from test_back_matter_r17 import BOTH
from test_demo_capacity_text import MODEL
from test_demo_r31d import VALUES
from test_demo_r32h import _Tables

from hulplijnen.chapters.registration import codes
from hulplijnen.pipeline import appendix
from hulplijnen.pipeline.assemble import SYNTHETIC_BANNER
from hulplijnen.presentation import display
from hulplijnen.presentation.text import TEXT_FOLDERS, environment


def test_the_banner_says_made_up_once(registration_text, capacity_text):
    """#2: 'Synthetische gegevens — verzonnen, behalve ...' on every page, two words for one thing."""
    assert "Synthetische" not in SYNTHETIC_BANNER and SYNTHETIC_BANNER.lower().count("verzonnen") == 1
    first, second = registration_text(), capacity_text()
    # two short openers, not the same sentence at both chapters
    one, two = (said.split("**")[1] for said in (first, second))
    # r38 (demo r37 #1): chapter 1's opener must say that the source publishes more (per contact person) than the
    # counts per channel it takes over; that takes more than 15 words, so its limit is 30 (the clause is needed)
    assert one != two and len(one.split()) <= 30 and len(two.split()) <= 10
    assert "Verzonnen gegevens, behalve de gepubliceerde aantallen" not in first + second


def test_the_registration_could_not_note_the_time_of_a_contact(capacity_text):
    """#1: 'kon het tijdstip van een belpoging niet noteren'; the answer says 'het tijdstip van de oproep', and an
    'oproep' in 1712's sources is a registered contact."""
    said = capacity_text()
    # r38 (demo r37 #11): the minister's answer, not the question
    assert "kon niet noteren op welk uur een contact binnenkwam (antwoord op schriftelijke vraag nummer 282)." in said
    assert "belpoging niet noteren" not in said and "hoe laat er gebeld werd" not in said


def test_the_lockdown_sentence_gives_its_published_averages(registration_sections, lockdown_told):
    """#4: 'gemiddeld meer telefooncontacten ... dan in de eerste drie maanden' with no number in the chapter."""
    told = {**lockdown_told, "first_before": "2020-01", "last_before": "2020-03", "answered_change": 31}
    ran = [{"date": "2020-05-07", "precision": "day", "name": "x"}]
    said = registration_sections(synthetic=True, demand={**told, "campaigns": ran})["daily"]  # r61 (r59 demo #2)
    assert (
        "werden er per maand gemiddeld 552 telefooncontacten geregistreerd, tegenover 422 in de eerste drie maanden"
        # r52 (demo r51 #8): computed from the published monthly totals, said so
        # r61 (r59 demo #2): right after the published months (Tabel 3): no '(berekend uit ...)'
        " van 2020 (+31 %)." in said.replace("\u00a0", " ")
    )


def test_the_annex_says_what_the_redial_simulation_does_with_the_attempts(registration_methods):
    """#6: 90,6 % with redials above 88,3 % without, unexplained. The simulation (analysis/simulate.fresh_rate) splits
    the measured attempts into first attempts and redials at the measured share; with more staff fewer hang up, so
    fewer attempts come in than were measured (not 'the total stays the same')."""
    st = "1712.export.phone.staffing."
    values = {**VALUES, "1712.export.phone.queued": 10290, st + "redial_share_pct": 50, st + "redial_delay_min": 10}
    values |= {st + "redials_per_attempt_pct": 90.6, st + "redials_per_caller_pct": 95.3}
    said = registration_methods("demo", values)
    assert "Die simulatie splitst de 10.290 belpogingen tijdens de openingsuren eerst in eerste pogingen en" in said
    assert "er komen dus minder belpogingen binnen dan gemeten" in said and "gelijk blijft" not in said


def test_the_simulation_does_have_fewer_attempts_with_more_staff():
    """What #6's sentence says of the code: the first attempts are fewer than the measured ones."""
    from hulplijnen.chapters.capacity.analysis.simulate import fresh_rate

    fresh = fresh_rate([100.0], [0.554], 0.5)
    assert 100 * (1 - 0.5 * (1 - 0.554)) == fresh[0] < 100


def test_option_0_is_explained_and_the_missing_table_follows(registration_methods):
    """#7: 'Geen enkele verzonnen belpoging gebruikte optie 0 ...; een tabel per provincie zou daarom niets tonen'."""
    values = {"1712.export.phone.route.option_0.share_pct": 0.0, "1712.export.phone.route.other.share_pct": 0.0}
    said = registration_methods("demo", values)
    assert "optie 0 is voor wie de eigen provincie niet kent of niet wil noemen" in said
    assert "zou daarom niets tonen" not in said


def test_the_talk_time_is_worked_out_and_an_upper_bound_only_as_far_as_attempts_are_redials():
    """#8: '58 uur gesprekstijd' with no calculation, and no word on redials."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    model = {**MODEL, "logged_in": 58, "load": 58, "queued": 10290, "queued_week": 197}
    measured = {"wait": None, "within": {20: None, 60: None}, "patience": None, "handle": {"mean": 17.8}}
    measured["handle"] |= {"low": 17.5, "high": 18.1, "p50": 14.9, "p90": 31.6}
    said = " ".join(template.render(measured=measured, model=model, synthetic=True, year="2020").split())
    said = said.replace("\u00a0", " ")
    assert (
        "zou ongeveer 58 uur gesprekstijd per week vragen: gemiddeld 197 belpogingen per week, elk met een gesprek"
        " van gemiddeld 17,8 minuten." in said
    )
    # r47 (demo r46 #3): shorter, so Figuur 5 stays on its page beside the sentence on how the data were made
    assert "Voor zover belpogingen herhaalde pogingen waren, is die gesprekstijd een bovengrens" in said
    # #13: the hours' noun with their first number
    assert "zouden er per week 96 hulpverlenersuren nodig zijn als de week als geheel 80 % haalt" in said


def test_the_about_text_names_question_282_by_its_number(provenance_text):
    """#11: 'aangehaald in een parlementaire vraag' read as a third document."""
    said = provenance_text()
    # r41 (r41 demo #9): the figure first, in a point of its own
    assert "aangehaald in schriftelijke vraag nummer 282;" in said and "parlementaire vraag" not in said


def test_the_annex_says_which_source_gives_what(registration_methods):
    """#12: 'De bronnen noemen ze „oproepen (tel, mail, chat)”' (one gives them); the infographic's table row left out
    'mogelijk slachtoffer'."""
    said = registration_methods("demo", {"1712.export.calibration_chat_one_in_n": 3})
    assert "De bron (schriftelijke vraag nummer 282) noemt ze „oproepen (tel, mail, chat)”" in said
    demo = " ".join(appendix.sources_markdown(BOTH, True, False).split())
    # r41 (r41 demo #14): all it takes from the infographic, the help box's description too
    assert "noemt („ontving … oproepen”, „gesprekken”), het woord „mogelijk slachtoffer” en de omschrijving" in demo


def test_the_groups_of_the_table_per_contact_person_are_bold():
    """#14: in Table 4 the groups' rows were not set off from their codes."""
    table = codes.code_table(_Tables(set()))
    bold = table.attrs[display.BOLD_ROWS]
    assert bold and all(table.iloc[i]["Contactnemer"].endswith(", samen") for i in bold)
    assert len(bold) == int(table["Contactnemer"].str.endswith(", samen").sum())
