"""Round 12 reader findings on the demo (review/r12/demo-findings.md): the logged-in hours are counsellor-hours, not
the line's clock hours (#1); the headline leads with the share answered in opening hours (#2); one word for the
margin of the answer rate, 'schommeling door toeval' (no 'marge' in a chapter), in text, table and chart (#5) and in
the key figures (#6); the annex
describes the checks the report promises (#7); the count of hidden cells per table is in the annex (#8); the demo's
missing estimate per caller is one sentence (#9); one account of the two made-up sources (#10); two measures no
longer share the number 119 (patience as its median); the 'made up' disclaimer once per chapter."""

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from hulplijnen.chapters import registration  # noqa: E402
from hulplijnen.chapters.capacity import charts  # noqa: E402
from hulplijnen.chapters.capacity.analysis import staffing  # noqa: E402
from hulplijnen.facts import keys  # noqa: E402
from hulplijnen.pipeline import summary  # noqa: E402
from hulplijnen.presentation import figures  # noqa: E402
from hulplijnen.presentation.parts import Table, Text  # noqa: E402
from hulplijnen.presentation.text import TEXT_FOLDERS, environment  # noqa: E402


def fact(value):
    return {"value": value, "unit": "count", "source": {"file": None, "table": "t", "selection": "s"}}


DEMO = {
    keys.export("1712", "contacts"): fact(8053),
    keys.phone("1712", "offered"): fact(12876),
    keys.phone("1712", "answer_rate_pct"): fact(44.3),
    keys.phone("1712", "answer_rate_low_pct"): fact(43.4),
    keys.phone("1712", "answer_rate_high_pct"): fact(45.1),
    keys.phone("1712", "outside_hours"): fact(2712),
    keys.staffing("1712", "measured_pct"): fact(56.1),
    keys.staffing("1712", "unanswered_pct"): fact(43.9),
    keys.staffing("1712", "target_80_pct"): fact(80),
    keys.staffing("1712", "target_90_pct"): fact(90),
    keys.staffing("1712", "need_80_hours"): fact(117),
    keys.staffing("1712", "need_90_hours"): fact(146),
    keys.staffing("1712", "need_80_per_logged_in"): fact(2.0),
    keys.staffing("1712", "logged_in_hours"): fact(58),
    keys.staffing("1712", "logged_in_per_open_hour"): fact(1.5),
    keys.phone("1712", "patience", "mean_s"): fact(119),
    keys.phone("1712", "patience", "median_s"): fact(83),
}


def plain(md: str) -> str:
    return " ".join(md.replace("\u00a0", " ").split())


def key_figures_table(md: str) -> str:
    return md.split("| Kerncijfer |")[1].split("\n\n")[0]


def test_logged_in_hours_are_counsellor_hours_not_hours_the_line_was_open():
    """#1: '58 uur per week waarin hulpverleners aangemeld waren' read as 58 opening hours (the line: 40)."""
    md = plain(summary.markdown(DEMO, ["1712"], 2020))
    assert "uur per week waarin hulpverleners" not in md
    # r15 #15: the bullet holds the main comparison only; the hours per open hour are the chapter's
    assert "de 58 hulpverlenersuren per week die aangemeld waren." in md and "per openingsuur" not in md
    # r20 2020 #2: the summary's table leaves out what the messages say; the row as it reads when it is shown
    table = plain(key_figures_table(summary.key_figures_markdown(DEMO, ["1712"], 2020)))
    # r15 #15: the row's explanation short: that the need is a model's estimate; demo r32 #8: the hours logged in
    # are said once in the summary, in the key message
    assert "| geschat met een rekenmodel |" in table and "aangemeld: 58" not in table


def test_the_hours_a_week_the_line_is_open_are_those_with_someone_logged_in():
    weeks = staffing.weeks_in_year(2021)  # a slot's hours in the year: here one hour in an average week
    frame = pd.DataFrame({"hours": [weeks] * 3, "logged_in": [1.0, 2.0, 0.0], "load": [1.0, 1.0, 0.0]})
    weekly = staffing.weekly_hours(frame, 2021, [])
    assert round(weekly["open"], 9) == 2.0 and round(weekly["logged_in"], 9) == 3.0


def test_the_headline_leads_with_the_opening_hours_then_the_share_of_all_attempts():
    """r12 #2 led with the share answered in opening hours; r14 #10 put the share of all calls first; demo r16 #1:
    'Meer dan de helft ... bleef onbeantwoord' held only by counting the calls made while the line was closed: the
    opening hours' share unanswered leads, the share of all attempts follows with that reason, as attempts."""
    md = plain(summary.markdown(DEMO, ["1712"], 2020))
    lead = md.index("**Tijdens de openingsuren bleef 43,9 % van de oproepen onbeantwoord.**")  # one decimal: r18 #6
    follow = md.index("Over alle pogingen samen beantwoordde 1712 er 44,3 %: dat aandeel is lager, omdat het ook de")
    assert lead < follow and "2.712 oproepen telt die binnenkwamen terwijl de lijn gesloten was." in md
    assert "Het gaat om pogingen, niet om personen" in md and "Meer dan de helft" not in md
    assert "wachtrij" not in md.split("Kerncijfers")[0]
    # the rule, not the number: more than half unanswered in opening hours says so
    high = {**DEMO, keys.staffing("1712", "unanswered_pct"): fact(52.0)}
    said = plain(summary.markdown(high, ["1712"], 2020))
    assert "**Meer dan de helft van de oproepen tijdens de openingsuren bleef onbeantwoord: 52,0 %.**" in said


def test_the_key_figure_shows_the_margin_the_annex_names_with_the_same_label():
    """#5/#6: the annex spoke of a Wilson interval the table did not show, under another label."""
    full = plain(summary.key_figures_markdown(DEMO, ["1712"], 2020))  # every row, as it reads when shown
    row = next(line for line in key_figures_table(full).split(" | ") if "door toeval" in line)
    # r47 (demo r46 #8): the opening hours' share a row of its own, with its own base
    assert row.strip() == "schommeling door toeval: 43,4 % tot 45,1 %"
    annex = plain(summary.sources_markdown(DEMO, ["1712"], 2020))
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    named = (
        "De schommeling door toeval bij het kerncijfer „aandeel beantwoorde belpogingen (alle belpogingen, ook buiten"
    )
    # r51 (demo r50 #4): the annex's 'Antwoordpercentage' says the interval is a Wilson interval; Herkomst not again
    assert named not in annex and "Wilson" not in annex
    assert "Hulplijn 1712: aandeel" not in annex


def test_patience_is_its_median_so_no_two_measures_share_one_number():
    """r12: 'één op de tien wachtte langer dan 119 seconden' beside a mean patience of 119 seconden."""
    md = plain(summary.markdown(DEMO, ["1712"], 2020))
    assert "hangt de helft van de bellers binnen 83 seconden op" in md and "119" not in md
    # r20 2020 #2: said in the key messages, so not again in the summary's table (the row as it reads when shown)
    assert "| Geduld van een beller (mediaan) | 83 seconden |" not in md
    assert "| Geduld van een beller (mediaan) | 83 seconden |" in plain(
        summary.key_figures_markdown(DEMO, ["1712"], 2020)
    )


# the second chapter of the demo, with its lowest month (tests/unit/conftest.py has the rest of the values)
SECOND = {"first": False, "worst": {"month": "2020-04", "rate": 36.0, "low": 33.8, "high": 38.3}}


def test_the_answer_rate_has_one_name_for_its_margin(capacity_text):
    """#5: 'geen schatting' in the text, 'onzekerheid van de schatting' in the legend, 'Vermoedelijk tussen' in the
    table: one phrase, 'schommeling door toeval', everywhere."""
    said = capacity_text(**SECOND)
    assert "toevalsmarge" not in said and "marge" not in said  # no audit word in a chapter (test_report_story)
    # demo r28 #5: a made-up share has no interval in the text (Tabel 4 gives it)
    assert "schommeling door toeval: 43,4 % tot 45,1 %)" not in said and "33,8 % tot 38,3 %" not in said
    assert "vermoedelijk" not in said.lower() and "interval" not in said
    figures.apply_theme()
    monthly = pd.DataFrame(
        {"month": ["2020-01", "2020-02"], "rate": [0.5, 0.6], "low": [0.45, 0.55], "high": [0.55, 0.65]}
    )
    fig = charts.answer_rates(monthly, "t")
    labels = [t.get_text() for ax in fig.axes for t in (ax.get_legend().get_texts() if ax.get_legend() else [])]
    labels += [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert any("schommeling door toeval" in label for label in labels)
    assert not any("schatting" in label for label in labels)
    assert "schatting" not in charts.ANSWER_RATE.caption
    matplotlib.pyplot.close("all")


def test_the_missing_estimate_per_caller_is_one_plain_sentence(capacity_text):
    """#9: a long arithmetic aside on 3 to 4 attempts opened the chapter; it belongs in the annex."""
    said = capacity_text(**SECOND)
    assert "3 tot 4" not in said and "gedeeld door" not in said
    # demo r22 #2, #12: why the demo counts no callers is the annex's alone (test_demo_r22)
    assert "Met echte gegevens schat dit hoofdstuk ook hoeveel bellers doorkwamen" not in said


def test_the_second_chapter_says_plainly_it_needs_the_call_logs(capacity_text, provenance_text):
    """#10: 'Dit hoofdstuk vraagt meer dan...'; the first chapter named the call logs' data as the registration's."""
    said = capacity_text(**SECOND)
    assert "vraagt meer dan" not in said
    # demo r24 #5: the chapter opens with its finding; what the call logs hold is said in 'Over deze cijfers'
    assert "ook de oproeplogs van de telefooncentrale nodig" not in said
    first = capacity_text()
    listed = provenance_text()  # r14 #14: the list is in 'Over deze cijfers'; the chapter points there
    assert "een **registratie per contact**" in listed and "**oproeplogs** van de telefooncentrale" in listed
    intro = listed.split("Geen enkel cijfer hier")[0]
    registration_part = intro.split("**oproeplogs**")[0]
    assert "gewacht" not in registration_part and "aangemeld" not in registration_part
    # the disclaimer once: no second sentence saying where the chapter comes from
    assert "Dit hoofdstuk komt uit de registratie per contact." not in first


def test_the_table_of_hidden_cells_is_in_the_annex_with_its_bookkeeping():
    """#8: 'De tabel hieronder telt per tabel hoeveel cellen als x staan... 101 ... 100' interrupted chapter 1."""
    shown = registration.SHOWN
    assert Text("hidden_cells") not in shown
    tables = [p for p in shown if isinstance(p, Table) and p.key == "suppression"]
    assert len(tables) == 1 and tables[0].annex and tables[0].lead == "hidden_cells"
    assert all(p.annex for p in shown if isinstance(p, Table) and p.lead == "hidden_cells")


def test_the_annex_describes_the_checks_of_the_data():
    """#7: the report promised 'de controles van de gegevens'; the annex had none."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/registration/methods.md")
    params = type("P", (), {"min_cell_count": 5, "is_synthetic": True})()
    said = " ".join(template.render(params=params, timings=True).split())
    assert "**Controles van de gegevens.**" in said and "wordt niet verwerkt" in said
    assert "schommeling door toeval erbij (een Wilson-interval van 95 %)" in said


def test_month_and_province_have_the_widest_column():
    """r12 #21: 'december / 2020' and 'Vlaams- / Brabant en / Brussel' broke over lines beside half-empty columns."""
    from hulplijnen.chapters import capacity

    widths = {p.key: p.widths for p in capacity.SHOWN if isinstance(p, Table)}
    for key in ("months", "routes"):
        assert widths[key] and widths[key][0] == max(widths[key]), key


def test_the_redial_paragraph_says_now_without_vandaag():
    """r12 #18: 'herhaalde pogingen van wie vandaag ophangt' (today? as things are?) in one 60-word sentence."""
    from test_demo_capacity_text import MODEL, staffing_text

    said = staffing_text(MODEL)
    assert "vandaag" not in said and "van wie bij de huidige bezetting ophangt" in said
