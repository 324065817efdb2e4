"""Round 26 demo findings (/work/review/r26/demo-findings.md), fixed in round 27 on tiny inputs: the published count
is 'geregistreerd', its answered reading the demo's (#1, #2); 'Over deze cijfers' keeps one plain sentence on the model
(#4); no pointer to a publisher the demo's colophon does not name (#5); the lockdown's months as the question names
them (#7); the weekend's closed phone (#8); the months compared with by name (#15); the attempts against the 3 to 4
per caller (#19); one word per meaning (#3)."""

from test_back_matter_r17 import PAGE
from test_demo_r12 import plain

from hulplijnen.pipeline.appendix import sources_markdown
from hulplijnen.presentation.text import TEXT_FOLDERS, environment


def test_a_demo_sends_no_reader_to_a_publisher_its_colophon_does_not_name():
    """#5: 'of terecht bij de uitgever van dit rapport (zie het colofon)' while the demo's colophon names none."""
    assert "uitgever van dit rapport" not in sources_markdown(PAGE, True, False)
    # r61 (r61 TO #9): what the reader can go there for
    said = "Met vragen over deze cijfers kunt u ook terecht bij de uitgever van dit rapport (zie het colofon)."
    assert said in sources_markdown(PAGE, False, True)


def test_the_demo_chapter_says_attempts_and_names_the_months_compared_with(capacity_text, lockdown_told):
    """#3, #7, #15, #19: 'aangeboden oproepen' beside 'oproepen' as contacts; 'de eerste lockdown (april–juni 2020)'
    as the period's name; '763 ervoor'; 13.055 attempts taken at face value beside the 3 to 4 per caller."""
    told = {**lockdown_told, "first_before": "2020-01", "last_before": "2020-02", "months_before": 2}
    callers = {"consistent": False, "most": 4352, "fewest": 3264}
    said = capacity_text(demand=told, callers=callers, worst=None)
    # demo r31 #2: the published count is of registered contacts, read here as answered attempts
    assert (
        "In deze verzonnen oproeplogs kwamen 12.876 belpogingen binnen. De 5.702 geregistreerde "
        "telefooncontacten, hier "
        "gelezen als beantwoorde belpogingen, zijn daar 44,3 % van" in said  # r33: the lead box is the label
    )
    assert "aangeboden telefonische oproepen" not in said
    # no sum on made-up calls in the chapter (demo r20 #2): the annex has the numbers; demo r28 #4: and the remark
    assert "te laag voor de 3 tot 4 pogingen per beller" not in said
    assert "hoogstens" not in said
    # demo r31 #1, #5: the published rise is the summary's; the chosen attempts of the lockdown are not compared
    assert "werden gemiddeld 552" not in said and "1.462 belpogingen per maand binnen" not in said
    assert "804 ervoor" not in said and "los staat" not in said


def test_the_weekend_sentence_says_the_phone_is_not_answered(registration_sections):
    """#8: 'in deze verzonnen gegevens komen alleen e-mails binnen' beside Figure 3's calls on Saturday and Sunday."""
    said = registration_sections(closed_days={"holiday": 0, "other": 0})["daily"]
    assert "komen alleen e-mails binnen" not in said
    # demo r27 #14: said of the made-up data, not as a fact about 1712; r33 (demo r32 #5): in the chapter only
    # r37 (demo r36 #2): the paragraph's label once, on its first sentence
    assert "In deze gegevens zijn de telefoon en de chat op zaterdag en zondag gesloten" in said


def test_about_these_figures_quotes_both_source_words():
    """#2: only 'gesprekken', the word that fits the reading, was quoted; the same page says 'ontving ... oproepen'."""
    source = '{% from "chapters/shared/export.md" import provenance %}{{ provenance(year, source_total, left_out, '
    source += "imitated, anchors) }}"
    anchors = {"rate_min": 40, "rate_max": 45, "anonymous_min": 75, "first_month": "2020-09", "last_month": "2020-12"}
    said = plain(
        environment(TEXT_FOLDERS, False)
        .from_string(source)
        .render(year=2020, source_total=8059, left_out=6, imitated=8053, anchors={**anchors, "conversations": 10})
    )
    # demo r28 #14: both words are the annex's now (test_demo_r29e)
    assert "„ontving … oproepen”" not in said and "dit rapport neemt aan: beantwoorde" in said
    assert "exponenti" not in said and "Het model klopt" not in said


def test_the_calls_outside_hours_and_queued_cite_the_call_logs():
    """#20: figures.json gave 'Erlang A per weekday x hour band' as the source of two counts of the call logs."""
    import pandas as pd

    from hulplijnen.chapters.capacity import staffing
    from hulplijnen.facts import FactSheet, keys

    facts = FactSheet("t", 2020)
    frame = pd.DataFrame({"queued": [10, 20]})
    staffing._all_calls("1712", frame, 2020, 40, 600.0, facts, staffing.Source(None, "t", "Erlang A per weekday"))
    sources = {r["key"]: str(r["source"]) for r in facts.records()}
    for key in (keys.phone("1712", "queued"), keys.phone("1712", "outside_hours")):
        assert "Erlang" not in sources[key] and "calls queued in opening hours" in sources[key], key
