"""Round 15 demo findings (/work/review/r15/demo-findings.md): the staffing limits name the busy tone, the equal
hours say why, the call logs' sentence says who says so, the hour heatmap draws a merged band per hour, the channel
key names chat, the sources table labels the question's date, the annex's statistics terms read as Dutch and do
not pull in a glossary term the chapters do not use."""

import matplotlib
import pandas as pd
from caption_words import words

matplotlib.use("Agg")

from test_demo_capacity_text import MODEL, staffing_text  # noqa: E402

from hulplijnen.chapters.capacity import charts as capacity_charts  # noqa: E402
from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.chapters.shared import export_tables  # noqa: E402
from hulplijnen.config.params import load_params  # noqa: E402
from hulplijnen.facts import FactSheet  # noqa: E402
from hulplijnen.pipeline import appendix, front, glossary  # noqa: E402
from hulplijnen.presentation import figures  # noqa: E402
from hulplijnen.presentation.figures_alt import alt_text  # noqa: E402
from hulplijnen.presentation.text import TEXT_FOLDERS, environment  # noqa: E402


def test_the_limits_say_the_source_describes_a_busy_tone_not_a_queue():
    """#11: the model queues callers; the minister's answer speaks of a busy tone and an answering machine."""
    # demo r20 #6: a demo's limits of the model are the annex's (tests/unit/test_demo_r20.py); the chapter says none
    # demo r22 #4: the busy tone beside the made-up waiting, once, not in the limits
    assert staffing_text(MODEL, synthetic=True).count("bezettoon") == 1
    assert "bezettoon" not in staffing_text(MODEL, synthetic=False)


def test_equal_hours_logged_in_and_talk_time_say_why_only_when_equal():
    """#16: 'aangemeld 58' beside 'gesprekstijd 58' read as a copy error."""
    equal = staffing_text({**MODEL, "logged_in": 58}, synthetic=True)
    # demo r16 #8: no 'toeval' and no generator in the chapter: one line pointing to 'Over deze cijfers'; demo r20 #3:
    # no ratio to made-up logged-in hours
    # demo r22 #11: the equality is by how the data were made: not compared at all
    assert "Aangemeld waren" not in equal and "evenveel als de gesprekstijd" not in equal
    assert "toeval van" not in equal and "computerprogramma" not in equal and "keer zoveel nodig" not in equal
    assert "evenveel als de gesprekstijd" not in staffing_text(MODEL, synthetic=True)  # 59 against 58
    assert "evenveel als de gesprekstijd" not in staffing_text({**MODEL, "logged_in": 58}, synthetic=False)


def test_the_call_logs_sentence_says_who_says_the_time_is_not_kept(capacity_text):
    """#17: 'Die oproeplogs houdt de hulplijn vandaag niet bij' overreached the 2022 answer."""
    said = capacity_text()
    assert "vandaag" not in said and "heeft ze nodig" not in said
    # demo r20 #7: said once, in the summary's lead (test_demo_r20.py); the demo's chapter names the logs it needs
    assert "registreert de hulplijn het tijdstip" not in said
    # demo r24 #5: the chapter opens with its finding, not with the logs it needs
    assert "ook de oproeplogs van de telefooncentrale nodig" not in said


def test_the_question_month_comes_from_the_data():
    facts = FactSheet("capacity", 2020)
    month = export_tables.call_time_question({"synthetic": {"seed": 1}}, "1712", facts)
    assert month == "2022-01" and facts.get("1712.export.call_time_question_month") == "2022-01"
    assert export_tables.call_time_question({"synthetic": None}, "1712", FactSheet("capacity", 2020)) is None


def test_a_merged_hour_band_is_drawn_as_its_average_per_hour():
    """#10: '00-06' (seven hours) was drawn as one hour with their sum, darker than 07 and 08."""
    frame = pd.DataFrame({"00-06": [14.0], "07": [3.0], "22-23": [4.0]}, index=["1"])
    assert capacity_charts.per_hour(frame).iloc[0].tolist() == [2.0, 3.0, 2.0]
    figures.apply_theme()
    fig = capacity_charts.weekday_hour_heatmap(frame, frame, "t")
    # demo r26 #9: the bands as the hours they span, end excluded ('00-06' left hour 6 open)
    # demo r28 #18: the two averages said so on their own ticks, not only in the axis title
    # demo r29 #14: upright ticks, the merged bands by their span ('0-7 gem./uur' turned 90 degrees took a third of
    # the phone chart); an odd hour blank; that they are averages is the caption's, once
    assert fig.axes[1].get_xlabel() == "uur"
    # r61 (r59 demo #10): the odd hour right after a merged band has its tick, so '0–7' is not read as holding it
    # r66 (r65 demo #5): but no hour right beside a band ('7' next to '0–7' read as a typo in print)
    assert [t.get_text() for t in fig.axes[1].get_xticklabels()] == ["0–7", "", "22–24"]
    assert all(t.get_rotation() == 0 for t in fig.axes[1].get_xticklabels())
    # r45 (r44 demo #12): which boxes are the averages, by the chart's own merged bands ('het vakje' said none)
    assert "; de twee samengenomen vakjes (0–7 en 22–24 uur) tonen het gemiddelde per uur" in words(
        "capacity", capacity_charts.WEEKDAY_HOUR, merged=["0-7", "22-24"]
    )
    assert "het vakje toont" not in words("capacity", capacity_charts.WEEKDAY_HOUR, merged=["0-7", "22-24"])
    assert "kleurschaal" not in words("capacity", capacity_charts.WEEKDAY_HOUR)
    assert "gemiddelde per uur" in words("capacity", capacity_charts.WEEKDAY_HOUR, merged=["0-7"])
    assert capacity_charts.CLOSED_KEY == "gesloten: geen belpoging beantwoord"  # r45 (r44 demo #12): not 'oproep'
    # demo r16 #6: each cell is the year's calls in that hour, not the calls of one hour
    assert "per jaar op dat uur" in alt_text(fig) and "oproepen per uur" not in alt_text(fig)
    matplotlib.pyplot.close("all")


def test_the_channel_key_names_chat_when_no_bar_shows_it():
    """#21: chat only ever 0 % or hidden, so the key had no chat and the reader looked for it in vain."""
    figures.apply_theme()
    mix = pd.DataFrame(
        {"group": ["a", "b"], "contacts": [10, 20], "phone": [80.0, None], "email": [20.0, 50.0], "chat": [0.0, None]}
    )
    fig = registration_charts.channel_mix_bars(mix, {}, "t")
    named = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    # demo r16 #15: the key says why chat has no bar
    assert "chat (geen balk: 0 % of niet gepubliceerd)" in named and "telefoon" in named
    matplotlib.pyplot.close("all")


def test_the_demo_sources_table_lists_what_it_uses_and_labels_the_question_date():
    """#18: campaigns and measures the demo never uses, and 'Datum' that was the question's."""
    said = appendix.sources_markdown({}, True, False)
    assert "24 januari 2022 (datum van de vraag)" in said
    assert "campagnes" not in said and "maatregelen" not in said
    assert "| Wat dit rapport eruit gebruikt |" in said  # r37 (demo r36 #2, #12)


def test_one_statistics_term_is_one_term_and_its_definition_a_sentence():
    """#20: 'enkele begrippen' before a single one; 'Wilson-interval: Een manier' after a colon."""
    template = environment(TEXT_FOLDERS, False).get_template("methods.md")
    terms = [t for t in glossary.glossary_terms() if t["term"] == "Wilson-interval"]
    said = " ".join(template.render(terms=terms, derived=False, about_the_same=None).split())
    assert "Deze bijlage gebruikt een begrip dat de hoofdstukken niet nodig hebben." in said
    assert "*Wilson-interval.* Een manier" in said


def test_the_annex_wilson_term_does_not_bring_the_glossary_95_interval():
    """#9: the glossary's '95 %-interval' (an estimate's range) came in through the annex's Wilson definition, while
    the chapters call the range 'schommeling door toeval'."""
    wilson = next(t for t in glossary.glossary_terms() if t["term"] == "Wilson-interval")
    shown = f"de schommeling door toeval. {wilson['definition']}".lower()
    assert "95 %-interval" not in glossary.glossary_markdown(shown, ["1712"], ["registration", "capacity"])


def test_the_methods_say_how_the_range_of_the_mean_handle_time_is_computed():
    """#9: '17,5 tot 18,1' minutes had no method; the code takes the mean plus and minus a t-quantile standard
    error (export/timings.handle)."""
    template = environment(TEXT_FOLDERS, False).get_template("chapters/registration/methods.md")
    params = load_params("demo")
    said = " ".join(template.render(params=params, timings=True).split())
    assert "**Gespreksduur.** De schommeling door toeval bij de gemiddelde gespreksduur" in said
    assert "standaardfout" in said and "t-verdeling" in said and "95 %-interval" not in said


def test_the_demo_title_says_its_year_as_the_pdf_cover_did():
    """#19: the HTML title block had no year (the PDF cover drew it above the title); the subtitle reads as Dutch."""
    params = load_params("demo")
    assert str(params.year) in params.title and front.cover_year(params) is None
    assert "Wat het rapport toont" not in params.subtitle
