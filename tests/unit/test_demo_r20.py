# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 20 demo findings: one label of what is real, the demo's lesson first in the summary, the model's checks in
the annex, holidays as gaps in the daily figure, a demo 'made' not 'published' (each test failed before)."""

import pandas as pd
from caption_words import words
from test_demo_r12 import plain
from test_demo_r15_base import REAL_CALLERS
from test_demo_r16 import MADE_UP

from hulplijnen.chapters.capacity import demand
from hulplijnen.chapters.capacity.staffing import _weekly_bars
from hulplijnen.chapters.registration import charts as registration_charts
from hulplijnen.chapters.registration import working_days
from hulplijnen.config.params import load_params
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import summary
from hulplijnen.pipeline.assemble import SYNTHETIC_BANNER
from hulplijnen.presentation import text
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

STAFFING = {
    "1712.export.phone.staffing.predicted_pct": 56.4,
    "1712.export.phone.staffing.measured_pct": 55.4,
    "1712.export.phone.staffing.erlang_at_need_pct": 88.3,
    "1712.export.phone.staffing.simulated_at_need_pct": 86.9,
    "1712.export.phone.staffing.redial_share_pct": 50,
    "1712.export.phone.staffing.redial_delay_min": 10,
    "1712.export.phone.staffing.redials_per_attempt_pct": 90.6,
    "1712.export.phone.staffing.redials_per_caller_pct": 95.3,
}


def test_one_label_says_what_is_real_on_every_page_and_on_the_title_page():
    """#1: 'alle cijfers zijn verzonnen' in the banner beside 'die aantallen volgen de echte cijfers'."""
    # r37 (demo r36 #2): 'Synthetische gegevens — verzonnen' said it twice on every page
    assert SYNTHETIC_BANNER == "Verzonnen gegevens, behalve de maandtotalen per kanaal"
    params = load_params("demo")
    # demo r31 #19: the banner and the 'Gegevens' line say it; the subtitle says what the demo is for
    assert "verzonnen" not in params.subtitle
    # r41 (r41 demo #3): which report, and both made-up files
    assert params.subtitle == (
        "Zo zou een jaarrapport van Hulplijn 1712 eruitzien met een registratie per contact en oproeplogs van de "
        "telefooncentrale"
    )


def test_the_summary_leads_with_what_the_demo_shows_and_marks_made_up_results():
    """#3: the made-up results led the key messages; the ratio to made-up logged-in hours carries no information."""
    md = plain(summary.markdown(MADE_UP, ["1712"], 2020))
    # demo r22 #14: the made-up results under their own heading, which says why
    lead = md.index(  # r29 #10; r36 (demo r35 #7): the answer says it, not 1712
        "**Rekenvoorbeeld met verzonnen cijfers.** Volgens het antwoord op schriftelijke vraag nummer 282 (begin 2022)"
    )
    assert lead < md.index(
        # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
        "- In deze verzonnen oproeplogs werd tijdens de openingsuren"
    )  # r38 (demo r37 #4): conditional; r47 (demo r46 #2): the made-up logs named instead  # demo r27 #3: no tag each
    # demo r23 #2: a made-up share says 'in de verzonnen gegevens' in its own sentence, never '1712 beantwoordde'
    assert "keer zoveel als de" not in md and "beantwoordde 1712" not in md.split("## Kerncijfers")[0]


def test_the_annex_holds_a_demos_model_check_simulation_and_limits():
    """#6: model checks, the simulation, redialling and the limitations weighed down the chapter; the annex has them."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/registration/methods.md")
    params = load_params("demo")
    said = " ".join(template.render(params=params, timings=True, values=STAFFING).split())
    assert (
        # r47 (demo r46 #3): an anchor chapter 2 links to
        "[**Het rekenmodel nagerekend.**]{#model-checked} Met het aantal aangemelde hulpverleners voorspelt het model"
        " dat 56,4 %" in said
    )
    # demo r22 #12: plain Dutch for 'per constructie'
    # demo r24 #9: not 'altijd' beside a one-point difference
    # demo r25 #14, r26 #4: why it fits is said once, in the annex (patience, call length); up front one plain line
    assert "omdat de gegevens zo gemaakt zijn" in said and "lognormale verdeling" in said
    assert "staat in „Over deze cijfers”" not in said
    assert "klopt het model altijd" not in said and "86,9 %" in said
    assert "90,6 % van de pogingen beantwoord, en bereikt 95,3 % van de bellers uiteindelijk iemand" in said
    # demo r24 #6: the busy tone is the chapter's, once: the annex points there
    assert "**Waar het model tekortschiet.**" in said and "bezettoon" not in said
    real = type("P", (), {"min_cell_count": 5, "is_synthetic": False, "year": 2020, "helplines": ["1712"]})()
    assert "rekenmodel nagerekend" not in " ".join(template.render(params=real, timings=True, values=STAFFING).split())


def test_talk_time_equal_to_made_up_logged_in_hours_is_marked_in_the_chart():
    """#11: 'aangemeld 58' beside 'gesprekstijd 58' read as staff exactly fully loaded. Demo r22 #11, #13: a demo draws
    no weekly bars at all (they repeated the hours table; staffing.build declares it); a real export's say no
    'per constructie'."""
    model = {"logged_in": 58, "load": 58.2, "targets": []}
    assert _weekly_bars(model)["label"].tolist()[1] == "gesprekstijd, elke belpoging beantwoord"
    assert not any("constructie" in label for label in _weekly_bars(model)["label"])


def test_a_day_not_published_is_a_gap_marked_on_the_axis_and_a_published_zero_is_drawn():
    """#13: 1 June and 21 July (holidays, 0 contacts) looked like outages: they were drawn as gaps. r37 (demo r36 #5,
    #15): so the figure showed nine gaps where the annex counts seven days not published, and single-day gaps were
    barely visible: a published count is drawn at its level (a holiday's 0 at 0; the chapter says why the line drops
    there), a day not published is a gap with a triangle on the axis under it, named in the legend."""
    daily = pd.DataFrame(
        {"date": ["2020-05-29", "2020-06-01", "2020-06-02", "2020-06-03"], "contacts": [30, 0, 25, None]}
    )
    days = working_days(daily)
    assert days["holiday"].tolist() == [False, True, False, False]
    fig = registration_charts.daily_contacts(days, "t")
    line, marks = fig.axes[0].lines
    drawn = line.get_ydata()
    assert drawn[0] == 30 and drawn[1] == 0 and pd.isna(drawn[3])
    assert len(marks.get_xdata()) == 1 and list(marks.get_ydata()) == [0] and marks.get_linestyle() == "None"
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [registration_charts.HIDDEN_DAY]
    assert words("registration", registration_charts.DAILY).startswith(
        "Contacten per werkdag"
    )  # demo r28 #8: the stamp marks it
    assert "met een driehoekje op de as, is een dag waarvan het aantal niet gepubliceerd" in words(
        "registration", registration_charts.DAILY
    )
    assert "feestdag" not in words("registration", registration_charts.DAILY)


def test_the_lockdown_baseline_names_its_months():
    """#17: 'in de drie maanden ervoor' hid that March is in the baseline."""
    months = [f"2020-{m:02d}" for m in range(1, 8)]
    monthly = pd.DataFrame({"month": months, "offered": [800] * 7, "answered": [400] * 7})
    found = demand.peak("1712", 2020, monthly, FactSheet("capacity", 2020))
    # r36 (demo r35 #2): March counts, said to have fallen partly in the lockdown (demo r22 #15 had left it out)
    assert (found["first_before"], found["last_before"], found["began"]) == ("2020-01", "2020-03", True)
    assert "skipped" not in found


def test_the_lockdown_sentence_says_the_baseline_months(capacity_text, lockdown_told):
    said = capacity_text(demand={**lockdown_told, "first_before": "2020-01", "last_before": "2020-03"})
    # demo r24 #4: '(verzonnen)' right after each made-up number
    # demo r25 #2: the published answered calls name their months; the made-up ones carry no tag
    # demo r31 #5: the published rise once, in the summary, not again in a demo's chapter
    assert "tegenover 422" not in said
    two = {**lockdown_told, "months_before": 2, "first_before": "2020-01", "last_before": "2020-02"}
    said = capacity_text(demand=two)
    assert "overgangsmaand" not in said  # demo r31 #5
    # r36 (demo r35 #2): no month left out; March counts and is said once, in the chapter, as the 2020 release does
    three = {**lockdown_told, "first_before": "2020-01", "last_before": "2020-03", "began": True}
    callers = REAL_CALLERS
    real = capacity_text(synthetic=False, callers=callers, demand=three)
    assert (
        "in de eerste drie maanden van 2020. Maart, toen de lockdown al begonnen was, telt mee" in real
    )  # r39 (demo r38) #2
    assert "telt niet mee" not in real


def test_only_hidden_days_are_said_in_one_sentence_not_a_one_row_table(registration_sections):
    """#9: a one-row table 'Contacten per dag 85' under a text about x cells no table shows."""
    closed = {"weekend": 78, "holiday": 6, "other": 1}
    said = registration_sections(closed_days=closed, suppressed_cells=85, logged_cells=85, only_days=True)
    assert "Samen zijn dat 85 werkdagen zonder gepubliceerd aantal" in said["hidden_cells"]
    assert "cellen met x" not in said["hidden_cells"]
    other = registration_sections(closed_days=closed, suppressed_cells=90, logged_cells=90, only_days=False)
    assert "cellen met x" in other["hidden_cells"]


def test_a_demos_title_page_says_when_it_was_made_not_published():
    """#16: 'Publicatiedatum' on a document that says 'geen uitgave'."""
    params = load_params("demo")
    front = text.render(
        "front_matter.md", prose=False, every_value_used=False, params=params, synthetic=True, year=None, logo=None
    )
    # demo r22 #19: the params' date of this version, not the day of the (byte-deterministic) build
    label = "Versie van"  # r49 (demo r49 #15): short, so it does not wrap on a phone
    assert f'date-label: "{label}"' in front and f'title-block-published: "{label}"' in front  # PDF and HTML
    assert "Datum van deze versie" not in front  # r49: the old label wrapped on a phone
    real = text.render(
        "front_matter.md",
        prose=False,
        every_value_used=False,
        params=load_params("2020"),
        synthetic=False,
        year=None,
        logo=None,
    )
    assert "date-label" not in real


def test_every_figure_of_a_synthetic_release_says_first_that_its_data_are_made_up(tmp_path):
    """#14: no alt text said the data are invented."""
    import nbformat
    from test_figure_alt import bars, staged

    from hulplijnen.pipeline.assemble import SYNTHETIC_ALT, SYNTHETIC_MARK
    from hulplijnen.presentation import figures_alt

    meta = figures_alt.metadata(bars([85.0, 6.6, 1.0]))
    staged(tmp_path, "#| label: fig-context-settings\nshow_figure(...)", meta)
    assert figures_alt.apply(tmp_path, ["contexts"], SYNTHETIC_MARK, SYNTHETIC_ALT) == 1
    cell = nbformat.read(tmp_path / "notebooks" / "contexts.ipynb", as_version=4).cells[0]
    assert cell.metadata["fig-alt"] == "Verzonnen gegevens: " + meta["fig-alt"]
