"""Round 18 demo findings: the summary quotes the minister's answer as it is written, marks every demo figure as
made up, and says the opening hours' two shares so that they read as complements (each test failed before)."""

from test_demo_r12 import DEMO, key_figures_table, plain
from test_demo_r16 import MADE_UP

from hulplijnen.pipeline import summary
from hulplijnen.pipeline.assemble import SYNTHETIC_BANNER
from hulplijnen.presentation import text


def test_the_answer_is_paraphrased_as_written_not_as_no_figures_of_answered_calls():
    """#1: the answer says it is hard to give conclusive figures of answered against incoming calls (seed 000), not
    that there are no figures of how many calls were answered."""
    md = plain(summary.markdown(MADE_UP, ["1712"], 2020))
    assert "geen sluitende cijfers over hoeveel oproepen beantwoord werden" not in md
    # demo r24 #7: 'inkomende oproepen' is not a demo's word; r36 (demo r35 #7): the answer's 'sluitende cijfers'
    # said as the answer's (demo r24 #5 had dropped it, and '1712 kon niet precies zeggen' credited the helpline)
    # r38 (demo r37 #12): the comma gone, the answer's own word 'telefonische oproepen'
    # r66 (r66 demo #4): the answer's word marked as quoted (the glossary: the report itself does not use it)
    assert "is het moeilijk om sluitende cijfers te geven over hoeveel „telefonische oproepen” beantwoord werden" in md
    assert "inkomende oproepen" not in md and "kon 1712 niet precies zeggen" not in md


def test_every_made_up_figure_of_the_summary_says_so():
    """#2: the patience, the share of all attempts and the key figures table read as real 1712 figures."""
    md = plain(summary.markdown(MADE_UP, ["1712"], 2020))
    # demo r20 #3: each made-up bullet is marked in front, once; demo r20 #1: no 'verzonnen' over a column that
    # holds the published totals: the caption gives the one label
    # demo r21 #17: marked once, as the lead-in of the bullet on the call logs, the made-up results its items; #3:
    # each row of the table says what in it is published and what made up
    # demo r22 #1, #14: under the heading 'Voorbeeld met verzonnen cijfers', each bold lead saying 'verzonnen'
    made = "**Rekenvoorbeeld met verzonnen cijfers.**"
    # demo r24 #1: one direction, answered; demo r27 #3: no '(verzonnen)' per number under the lead-in
    # r38 (demo r37 #4): in the conditional
    # r47 (demo r46 #2): the conditional read as a hedged claim on the real line: the made-up logs named instead
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert "- In deze verzonnen oproeplogs werd tijdens de openingsuren 56,1 % van de belpogingen beantwoord;" in md
    # demo r23 #2: a made-up share never has the helpline as its subject
    assert "ook buiten de openingsuren, 44,3 %." in md and "beantwoordde 1712 er" not in md
    assert "(verzonnen)" not in md.split("## Kerncijfers")[0]
    # demo r26 #12: under the lead-in 'Voorbeeld met verzonnen cijfers.' no '(verzonnen)' inside the sentence
    # r35 (demo #1): the estimate said as one, not as who hung up (the old 'hing naar schatting' read as observed)
    # r33 #7; r38 (demo r37 #12): the point first, then the estimate
    # r41 (r41 demo #8): 'ophangen', not 'snel inhaken'
    # r47 (demo r46 #2): no 'weinig geduld' (a judgement), how long callers would wait, still as an estimate
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r57 (r57 demo #5): conditional, the model's estimate ('zou … ophangen')
    assert "- In deze verzonnen oproeplogs zou de beller bij de helft van de belpogingen naar schatting binnen" in md
    # r50 (r49 demo #2): the need conditional again, the hours logged in those of these data
    assert "weinig geduld" not in md and md.split("## Kerncijfers")[0].count("zouden") == 1
    assert "zouden in deze verzonnen gegevens volgens het rekenmodel" in md
    assert "| Kerncijfer | Waarde | Toelichting |" in md and md.count(made) == 1
    # r44 (demo r42 #9): made up said once, in the caption, not in each row's note
    assert (
        # r61 (r59 2021-tele-onthaal #8): the caption says whose figures of which year, not 'Kerncijfers'
        ": Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens "
        "(verzonnen, behalve wat „gepubliceerd” heet) {#tbl-key-figures}" in md
    )
    real = plain(summary.markdown(DEMO, ["1712"], 2020))  # no calibration recorded: no such words
    assert "verzonnen" not in real and ": Hulplijn 1712 in 2020 in één oogopslag {#tbl-key-figures}" in real


def test_the_summary_opens_with_one_line_that_no_figure_is_real():
    said = plain(text.render("summary/intro.md", facts={}, synthetic=True, year="2020", names=["Hulplijn 1712"]))
    # demo r20 #1: the banner is the one label of what is real; no 'every figure is made up' beside it
    # demo r21 #12: the banner's label is the running header's, right above: not again in the summary's first line
    # demo r28 #10: what is real, said at once
    assert said.startswith("De meeste cijfers in dit rapport over 2020 zijn verzonnen") and SYNTHETIC_BANNER not in said
    assert "Elk cijfer" not in said and "behalve de maandtotalen per kanaal" not in said
    # demo r28 #10; r38 (demo r37 #1): the source publishes more; only these are taken over
    assert "alleen de maandtotalen per kanaal zijn uit gepubliceerde cijfers overgenomen" in said


def test_the_opening_hours_shares_unanswered_and_answered_read_as_complements():
    """#6: '45 %' unanswered (rounded) in the headline beside '55,4 %' answered in the key figures."""
    md = plain(summary.markdown(MADE_UP, ["1712"], 2020))
    # demo r24 #1: the opening hours' share answered, as the key figures give it
    # demo r28 #3; r38 (demo r37 #4): in the conditional
    assert "tijdens de openingsuren 56,1 % van de belpogingen beantwoord" in md  # r47 (demo r46 #2)
    assert "onbeantwoord" not in md
    # demo r23 #15: the complement said once, in the key figures, not again in the bullet
    assert "De andere 56,1 % van die oproepen werd beantwoord." not in md
    full = plain(summary.key_figures_markdown(MADE_UP, ["1712"], 2020))  # every row, as it reads when shown
    # demo r30 #3: the key figures list the made-up rows again, marked, as the annex's table of origins does
    # r44 (demo r42 #9): the rows' notes without 'verzonnen; ', the caption says it once
    # r63 (r63 demo #3): 'verzonnen; ' in each made-up row again: at 390 px a row is a card far from the caption
    assert "| verzonnen; schommeling door toeval" in key_figures_table(full)


def test_a_hidden_saturday_is_a_small_count_not_a_closed_line(registration_sections):
    """#3: 'niet gepubliceerd; dan is de lijn gesloten' - a closed line answers no call or chat, so it gives 0, which
    is published; a hidden Saturday or Sunday had a few contacts (e-mails) or protects one."""
    said = registration_sections(closed_days={"weekend": 78, "holiday": 0, "other": 0}, largest_hidden=4)[
        "hidden_cells"
    ]
    assert "dan is de lijn gesloten" not in said
    # demo r21 #7: the sources give no opening hours for the year: closed days are the made-up data's
    # demo r25 #15: one sentence: e-mails come in (so not a closed line), the count not published
    # demo r26 #8: calls do arrive at weekends (Figure 3); nobody answers them, only e-mails are registered
    opening = (
        # demo r31 #11: no weekend day is in the figure's data file either: none is published
        "Zaterdagen en zondagen staan niet in de figuur en niet in het gegevensbestand erbij (in deze verzonnen "
        "gegevens wordt de telefoon dan niet "  # demo r30 #14: the weekend days with a count are not drawn either
        "opgenomen en is de chat dicht; alleen e-mails worden geregistreerd);"  # demo r27 #14
    )
    # r33 (demo r32 #5): a Saturday or Sunday is not published by design: the text says nothing of them
    assert opening not in said and "78" not in said
    assert "ook niet als hun aantal gepubliceerd is" not in said
    # demo r22 #7: the weekend counts the release does not publish are not described
    assert "een nul wordt wel gepubliceerd" not in said and "keer" not in said


def test_the_weekend_days_published_are_counted_from_the_daily_table():
    import pandas as pd

    from hulplijnen.chapters import registration
    from hulplijnen.facts import FactSheet, keys

    daily = pd.DataFrame(
        {
            "date": ["2020-01-04", "2020-01-05", "2020-01-11", "2020-01-12", "2020-01-13"],  # Sat Sun Sat Sun Mon
            "contacts": pd.array([None, 0, 6, 0, 30], dtype="Int64"),
            "suppressed": [True, False, False, False, False],
        }
    )
    # r33 (demo r32 #5): no fact counts or names a Saturday or Sunday (figures.json is published too)
    facts = FactSheet("registration", 2020)
    assert not hasattr(registration, "_weekends")
    assert registration.working_days(daily)["date"].tolist() == ["2020-01-13"]
    assert keys.export("1712", "weekend_days_zero") not in facts


def test_the_2020_chapter_does_not_misquote_the_answer_on_conclusive_figures():
    """#1, also in the 2020 chapter: it attributes the 40-45 % to 1712's internal analyses (r19e) and no longer
    paraphrases the minister's remark (conclusive figures of answered AGAINST incoming calls, seed 000) as one about
    answered calls."""
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet

    said = plain(reachability.build(2020, "1712", FactSheet("t", 2020)).text)
    assert "sluitende cijfers zijn volgens de minister moeilijk te geven" not in said
    # r26 2020 #1: the written question's figure, citing 1712's internal analyses; r32 2020 #1: the fact first
    # r34a (2020 #1): who says it first, briefly, the question by its month, in its words ('de oproepen')
    assert (
        "Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari 2022, kon 1712 in "
        "september–december 2020 tussen 40 en 45 % van de oproepen" in said
    )


def test_the_channel_mix_counts_small_groups_merged_and_the_protection_knows_their_sum():
    """#4: the table was mostly x. Its groups are the codebook's mix groups, merged before disclosure control; a
    linking table tells the protection that a mix group's total is the sum of its groups' (which a reader can add
    up from the code table), so a hidden group total stays unrecoverable (tests/export/test_disclosure.py attacks
    the tables with the microdata's own structure)."""
    from hulplijnen.export import aggregate

    mixed = aggregate.mix_groups()
    assert list(mixed["group"]) == ["victim_environment", "perpetrator_environment", "professional", "unknown_or_blank"]
    assert mixed.set_index("group").loc["professional", "members"] == (
        "education",
        "culture",
        "sport",
        "welfare",
        "justice",
    )
    defs = {d.name: d for d in aggregate.table_defs(2020)}
    assert [d.name for d in defs["contacts_by_group_channel"].dims] == ["mix_group", "channel"]
    (link,) = defs["contacts_by_group_mix"].dims
    assert (link.name, link.parent, link.parent_of["justice"], link.parent_of["blank"]) == (
        "group",
        "mix_group",
        "professional",
        "unknown_or_blank",
    )


def test_the_x_note_stands_only_under_a_table_with_an_x(registration_sections):
    """#4: with the small groups merged the mix may show no x; a note on x under it is noise."""
    none_hidden = registration_sections(mix={"shown": 4, "hidden": [], "dropped": []})["suppressed"]
    assert "x: niet gepubliceerd" not in none_hidden
    hidden = registration_sections(mix={"shown": 4, "hidden": [], "dropped": ["sport"]})["suppressed"]
    assert hidden.startswith("x: niet gepubliceerd")
