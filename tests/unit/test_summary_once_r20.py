# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round 20 (2020 #2, 2021 #6, TO #17): the summary said every number twice, in the key messages and again in the
key-figures table. The table now holds only the key figures whose value the messages do not already say; the
opening context (TO #7, #8; 2020 #19) stands after the story, in one sentence."""

from __future__ import annotations

from test_helplines_r13 import summary_of_release

from hulplijnen.config.params import load_params
from hulplijnen.pipeline import assemble
from hulplijnen.presentation import fmt


def test_a_value_is_said_only_as_a_whole_number_whatever_the_spaces():
    assert fmt.said_in("8.059", "Hulplijn 1712 kreeg **8.059 contacten** in 2020")
    assert not fmt.said_in("8.059", "18.059 contacten") and not fmt.said_in("8.059", "8.0591")
    assert fmt.said_in("33,6\u00a0%", "zelf slachtoffer\n  (33,6 %)")  # a no-break space is a space
    assert not fmt.said_in("3,0 %", "3,05 %") and not fmt.said_in("april 2020", "april–juni 2020")
    assert not fmt.said_in("", "anything")


def test_the_key_figures_table_repeats_no_value_of_the_key_messages_but_each_total():
    """r20 2020 #2: a value the key messages give is not repeated in the table; r21 TO #3: except each helpline's
    total, the headline a table of key figures is looked up for."""
    md = summary_of_release(["tele-onthaal"])
    messages, figures = md[: md.index("## Kerncijfers")], md[md.index("## Kerncijfers") :]
    # r26 TO #5: the total and the website are the table's rows, not again in a bullet
    # r30 TO #5; r33f (r32 TO #1, #10): the counts are the table's, the website's change a finding of the messages
    # r41 (r40/r41 TO #1): the website's bullet leads with its published count, as the reader asked
    # r45 (r44 TO #7a): the headline counts lead the first bullet ('104.681 gesprekken (137.669 oproepen)'), once
    # r59 (r58 TO #2): the calls are the table's alone again
    assert messages.count("137.669") == 0 and "104.681 gesprekken, iets minder" in messages
    # r52 (lead's decision D): the website headline's new wording
    assert "174.063 bezoekers in 2021, 36.460 minder" in messages  # r49 (r48 TO #5) and "13 %" in messages
    assert "| Oproepen | 137.669 |" in figures and "| Gesprekken | 104.681 |" in figures  # the totals stay
    assert "| Websitebezoekers | 174.063 |" in figures  # a total too
    # r31 TO #14 (a lead's decision): the corona share is a row of Tabel 1 too, so the table and the messages cover
    # the same things; once there, with the year it is compared with, and no other value of the messages
    assert figures.count("13 %") == 1 and "| Aandeel coronagerelateerde gesprekken | 13 % | 24,1 % in 2020 |" in figures
    assert "ruim 10.000" not in figures and "één op de vier" not in figures
    # what the messages do not say stays; r33f (r32 TO #12): the shares say what they are of
    assert "| Oproepen per kanaal | telefoon 86 %, chat 14 % van de oproepen |" in figures
    several = summary_of_release(["1712", "tele-onthaal", "stop-it-now"])
    figures = several[several.index("## Kerncijfers") :]
    for total in (
        "| Tele-Onthaal: oproepen | 137.669",
        "| Stop it Now!: contacten | 410",
    ):
        assert total in figures, total


def test_the_summary_opens_with_the_story_and_says_its_late_date_once_after_it():
    params = load_params("2021-tele-onthaal")
    opening = assemble.intro(params, ["helplines"])
    # r26 TO #4: no production note after the key figures; 'Over deze cijfers' says when it was compiled
    assert opening.strip() == ""
    late = " ".join(assemble.intro(load_params("2020"), ["channels", "capacity"]).split())
    assert late.startswith(
        "Dit rapport beschrijft de contacten met Hulplijn 1712 in 2020; het werd in 2026 samengesteld uit de cijfers "
        "die daarover eerder gepubliceerd werden."
    )
    assert late.count("Dit rapport") == 1
