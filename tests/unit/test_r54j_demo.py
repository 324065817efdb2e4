"""r54 demo findings (#3 made-up results marked, #4 the rise over all channels, #5 the attempts per caller, #6 option
0, #7 the figure taken from the key figures, #8 the samples, #11 the other hours)."""

from __future__ import annotations

from test_back_matter_r17 import BOTH
from test_demo_capacity_text import MODEL, staffing_text

from hulplijnen.pipeline import appendix
from hulplijnen.presentation.text import TEXT_FOLDERS, environment


def test_made_up_results_say_they_are_made_up(registration_text, capacity_text):
    """#3: the chat share, the calls while closed, the call length and the busiest hours read as 1712's."""
    said = registration_text(chat_victim_environment=11.7, chat_professional=3.9)
    assert "In deze verzonnen gegevens verliep 11,7 % van de contacten van de groep" in said
    assert "Van de contacten van de groep" not in said
    band = {"start": 9, "end": 12, "day_start": 9, "day_end": 17, "share": 41.8, "even": 37.5, "slight": True}
    busiest = capacity_text(band=band)
    assert "In deze verzonnen oproeplogs kwamen op werkdagen (maandag tot vrijdag) de meeste" in busiest
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    measured = {"within": {20: 17.6, 60: 38.0}, "wait": None, "patience": None}
    measured["handle"] = {"mean": 17.8, "low": 17.5, "high": 18.1, "p50": 14.9, "p90": 31.6}
    model = {**MODEL, "closed": 2765, "closed_pct": 21}
    shown = template.render(measured=measured, model=model, synthetic=True, year="2020")
    flat = " ".join(shown.split())
    assert "In deze verzonnen oproeplogs kwamen buiten de openingsuren 2.765 belpogingen" in flat
    assert "Buiten de openingsuren kwamen" not in flat
    # the call length a paragraph of its own, marked once
    assert "\n\nIn deze verzonnen oproeplogs duurde een beantwoord gesprek gemiddeld 17,8 minuten" in shown
    assert "In deze verzonnen oproeplogs waren er gemiddeld" in " ".join(staffing_text(MODEL, synthetic=True).split())


def test_the_key_message_gives_the_rise_over_all_channels():
    """#4: only the phone's +31 % in the summary; the published totals of all channels rose 45 %."""
    template = environment(TEXT_FOLDERS, False).get_template("summary/_message_reach.md")
    template.globals.update(helplines=[], year="2020")
    d = {"name": "eerste lockdown (april–juni 2020)", "synthetic": True, "began": False, "before_months": 3}
    d |= {"first_before": "2020-01", "last_before": "2020-03", "answered_calls": 552, "answered_before_calls": 422}
    d |= {"answered_change_pct": 31, "contacts": 807, "contacts_before": 556, "contacts_change_pct": 45}
    h = {"reach": None, "export": None, "calls": None, "measures": None}
    said = " ".join(template.render(h=h | {"demand": d}, done=None).split()).replace("\u00a0", " ")
    # r61 (r61 demo #7): a bullet of its own
    assert (
        "- **Meer contacten over alle kanalen samen** in dezelfde maanden: gemiddeld 807 per maand tegenover 556"
        in said
    )
    without = {k: v for k, v in d.items() if not k.startswith("contacts")}
    assert "Over alle kanalen" not in template.render(h=h | {"demand": without}, done=None)


def test_only_the_anchored_months_are_tuned_and_the_mismatch_is_the_sources(capacity_text):
    """#5: 'Deze verzonnen oproeplogs zijn afgestemd op 40 tot 45 %' said of the whole year, the misfit the logs'."""
    callers = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}
    said = capacity_text(callers=callers, answered=5702, offered=13055, worst=None)
    # r60 (r59 demo #1): 'de oproeplogs zijn verzonnen' the sentence before; r66 (r66 demo #3): the tuned months are
    # the figure's caption's and the paragraph's under it, not said here a third time
    assert "Van september tot december zijn ze afgestemd op 40 tot 45 %" not in said
    # r59 (r58 demo #1): the two source figures as given, no 'kloppen samen alleen als' (the annex's arithmetic);
    # r60 (r59 demo #1): only that they do not simply fit
    assert "die passen niet zonder meer bij de 40 tot 45 % „van de oproepen” uit de bron" in said  # r66 (r66 demo #4)
    assert "De verzonnen oproeplogs passen dus niet" not in said


def test_the_annex_on_option_0_and_the_samples(registration_methods):
    """#6: 'Een tabel per provincie zou hier dus niets tonen' did not follow; #8: the samples are the helpline's."""
    values = {"1712.export.phone.route.option_0.share_pct": 0, "1712.export.phone.route.other.share_pct": 0}
    values |= {"1712.export.phone.attempts_per_caller_low": 3, "1712.export.phone.attempts_per_caller_high": 4}
    said = registration_methods("demo", values)
    assert "Een tabel per provincie" not in said
    assert "Een tabel over optie 0 en doorschakelingen zou hier alleen nullen tonen; daarom ontbreekt ze." in said
    assert "steekproeven van de hulplijn in samenwerking met Proximus, die het antwoord van de minister" in said
    assert "steekproeven van Proximus" not in said


def test_the_source_table_names_the_figure_taken_from_the_key_figures():
    """#7: the row of the key figures left out the one figure used from them (75 % anonymous in 2021)."""
    key = "1712.export.calibration_anonymous_later_pct"
    fact = {"key": key, "value": 75, "unit": "percent"}
    fact["source"] = {"file": "data/1712/2021/key_figures.csv", "table": "key_figures", "selection": "anonymous"}
    demo = " ".join(appendix.sources_markdown({**BOTH, key: fact}, True, False).split()).replace("\u00a0", " ")
    # r66 (r66 demo #5): as the source says it, with no base („kiest voor anonimiteit”)
    assert "het woord „mogelijk slachtoffer”, het aandeel dat in 2021 voor anonimiteit koos (75 %) en de" in demo
    assert "voor anonimiteit koos" not in appendix.sources_markdown(BOTH, True, False)
    assert "voor anonimiteit koos" not in appendix.sources_markdown({**BOTH, key: fact}, False, False)


def test_the_other_hours_end_on_a_verb():
    """#11: '… in de andere twee (woensdag en vrijdag, 16–17 uur) 2.' made the reader stumble."""
    hours = [{"weekday": day, "hour": 16, "until": 17, "need": 2} for day in ("3", "5")]
    first = {**MODEL["targets"][0], "peak_slots": 38, "fewer": {"count": 2, "hours": hours}}
    said = staffing_text({**MODEL, "targets": [first]}, synthetic=True)
    assert "3 hulpverleners nodig zijn; in de andere twee (woensdag en vrijdag van 16 tot 17 uur) volstaan er 2." in (
        said
    )
