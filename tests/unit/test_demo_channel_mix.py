"""The demo's channel mix per group (issue 21, a fresh reader's findings): the chart leaves out a group with
nothing published, marks what hidden shares leave with a grey hatched bar named in the key, and its alt text never
reads a hidden share as 0 or as the highest; the text says which shares are hidden from the actual hidden cells;
the synthetic opening says which source totals it matches and which contacts it leaves out."""

import re

import matplotlib
import pandas as pd

matplotlib.use("Agg")

from flat_text import flat  # noqa: E402  (tests/unit/ is on the path as pytest runs its tests)

from hulplijnen.chapters.registration import charts  # noqa: E402
from hulplijnen.presentation import figures  # noqa: E402
from hulplijnen.presentation.figures_alt import alt_text  # noqa: E402

MIX = pd.DataFrame(
    {
        "group": ["victim_environment", "culture", "sport", "justice", "welfare"],
        "phone": [70.9, 61.8, None, None, 71.6],
        "email": [None, 38.2, None, None, None],
        "chat": [None, 0.0, None, 0.0, None],
        "contacts": pd.array([7377, 34, None, 7, 201], dtype="Int64"),
    }
)
LABELS = {
    "victim_environment": "omgeving slachtoffer",
    "culture": "cultuur",
    "sport": "sport",
    "justice": "justitie",
    "welfare": "welzijn",
}


def test_a_group_with_nothing_published_is_left_out_and_hidden_shares_are_marked():
    figures.apply_theme()
    fig = charts.channel_mix_bars(MIX, LABELS, "t")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["omgeving slachtoffer", "cultuur", "justitie", "welzijn"]
    keys = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert keys[-1] == charts.HIDDEN and keys.count(charts.HIDDEN) == 1
    hatched = [p for p in ax.patches if p.get_hatch()]
    # one hatched bar per group with a hidden share, up to 100 %: what the published shares leave, never one cell
    assert sorted(round(p.get_width(), 1) for p in hatched) == [28.4, 29.1, 100.0]
    assert all(round(p.get_x() + p.get_width(), 6) == 100 for p in hatched)
    matplotlib.pyplot.close(fig)


def test_the_alt_text_reads_hidden_shares_as_hidden():
    figures.apply_theme()
    alt = alt_text(charts.channel_mix_bars(MIX, LABELS, "t"))
    assert "sport" not in alt
    assert "Chat: omgeving slachtoffer niet gepubliceerd; cultuur 0 %; justitie 0 %; welzijn niet gepubliceerd." in alt
    assert "hoogste" not in alt


def test_the_hidden_shares_are_named_from_the_hidden_cells(registration_text):
    hidden = [{"label": "e-mail", "groups": 6}, {"label": "chat", "groups": 5}, {"label": "telefoon", "groups": 1}]
    said = registration_text(mix={"shown": 7, "hidden": hidden, "dropped": ["sport", "niet ingevuld"]})
    opening = "van de zeven groepen met een gepubliceerd aantal contacten ontbreekt het aandeel e-mail bij zes groepen"
    assert opening in said
    assert "chat bij vijf en telefoon bij één." in said
    assert "Van de groepen „sport” en „niet ingevuld” is ook het aantal contacten niet gepubliceerd" in said
    only_chat = registration_text(mix={"shown": 9, "hidden": [{"label": "chat", "groups": 1}], "dropped": []})
    assert "ontbreekt het aandeel chat bij één groep." in only_chat and "e-mail bij" not in only_chat
    nothing = registration_text()  # nothing hidden: no sentence about hidden shares or groups
    assert "Niet elk aandeel" not in nothing and "is ook het aantal contacten" not in nothing


def test_the_synthetic_opening_says_which_totals_match_and_what_is_left_out(provenance_text):
    said = provenance_text()
    # r36 (demo r35 #7): the totals are the answer's to the parliamentary question, not published by the helpline
    told = "**overgenomen:** het aantal contacten per maand en per kanaal, gelijk aan de totalen voor 2020 in het"
    assert told + " antwoord op schriftelijke vraag nummer 282 in het Vlaams Parlement." in said
    # r41 (r40 demo #5): 'Het programma nam een deel over uit gepubliceerde cijfers en verzon de rest'
    assert "die de hulplijn voor" not in said.split("Het programma nam")[1].split("**verzonnen:**")[0]
    assert "Het programma nam een deel over uit gepubliceerde cijfers en verzon de rest:" in said
    assert "gelijk aan de gepubliceerde totalen voor 2020." in provenance_text(source="")  # no document: no name
    # demo r20 #4: the source's word, and how the report reads it, said once
    # demo r24 #2: the sources leave open what they count; the answered reading is the demo's assumption
    # demo r26 #2: both source words; the sources leave it open, said plainly
    # demo r28 #14: the source words are the annex's; here the plain uncertainty and the assumption
    assert "Het is niet zeker of dat beantwoorde of alle contacten zijn; dit rapport neemt aan: beantwoorde" in said
    # demo r25 #14: the contacts without a channel are said once, in the chapter (registration/text.md)
    assert "zonder geregistreerd kanaal" not in said and "8.053" not in said
    assert not re.search("weggelaten", provenance_text(left_out=0))


def test_the_synthetic_opening_lists_what_is_copied_tuned_and_free(provenance_text):
    """r11 #2: 'al het andere is verzonnen' was not true: answer rates, anonymity, victims and the mix of callers are
    tuned to the published figures. The opening says which figures are copied, which tuned, which free."""
    said = provenance_text()
    # r41 (r41 demo #9): one point per figure under the heading, not one sentence of a hundred words
    assert "**afgestemd op gepubliceerde cijfers:** die lijken op de echte cijfers" in said
    assert "- het aandeel beantwoorde belpogingen van september tot december 2020" in said  # r64 (r64 demo #9)
    assert "- de anonieme bellers:" in said  # r57 (r57 demo #7)
    assert "maar zijn niet de echte cijfers" in said
    assert "**vrij gekozen:** al het andere" in said and "verzonnen:**" not in said  # r45 (r44 demo #8): one term
    assert "al het andere (wie contact opnam" not in said


def test_the_days_not_published_are_named_by_kind_from_the_data(registration_sections):
    """r11 #14: all 79 hidden days were Saturdays or Sundays; the text said 'meestal weekenddagen'. r13 #11: the
    figure shows working days only, and the holidays are counted plainly (six hidden of eight read as an error).
    demo r16 #9: that bookkeeping is the annex's; the chapter says in one sentence that the line is closed then."""
    weekend = registration_sections(closed_days={"weekend": 79, "holiday": 0, "other": 0})
    # demo r21 #7: the sources give no opening hours for the year: the closed days are the made-up data's
    # demo r30 #14: first what the figure shows and leaves out, then why, in a sentence of its own
    # r37 (demo r36 #2): the paragraph's label once, on its first sentence: 'In deze gegevens' here
    weekdays = "In deze gegevens zijn de telefoon en de chat op zaterdag"
    assert "De figuur toont alleen werkdagen; zaterdagen en zondagen ontbreken." in weekend["daily"]
    assert weekdays + " en zondag gesloten" in weekend["daily"]
    assert "79" not in weekend["daily"] and "niet gepubliceerd" not in weekend["daily"]
    # demo r22 #7: the weekend days are not shown at all: said so, not described
    # demo r25 #15: one sentence
    # demo r31 #11: no weekend day is published anywhere; the hidden ones are the log's
    # r33 (demo r32 #5): no weekend day is published by design: nothing is said of them, not even a count
    assert "79" not in weekend["hidden_cells"] and "zaterdag" not in weekend["hidden_cells"]
    closed = registration_sections(
        closed_days={"weekend": 79, "holiday": 6, "other": 0},
        holidays=8,
        holidays_published=2,
        holidays_published_contacts=12,
    )
    closed_sentence = "zijn de telefoon en de chat op zaterdag en zondag en op feestdagen gesloten."
    assert closed_sentence in closed["daily"]
    # demo r20 #13: a gap, not a drop to 0; demo r30 #14: one sentence on what the figure shows. r37 (demo r36 #5,
    # #15): a gap is a day not published, and only that, marked on the axis; no longer 'feestdagen zijn gaten'
    gap = (
        "De figuur toont alleen werkdagen; een dag zonder gepubliceerd aantal is een gat in de lijn, met een driehoekje"
    )
    assert gap + " op de as." in closed["daily"] and "feestdagen zijn gaten" not in closed["daily"]
    assert "acht" not in closed["daily"] and "zes" not in closed["daily"]
    assert "In 2020 vielen acht feestdagen op een werkdag" in closed["hidden_cells"]
    assert "Van zes daarvan is het aantal niet gepubliceerd" in closed["hidden_cells"]
    # r14 demo #1: the published holidays of the demo held no contact at all ('genoeg e-mails' was untrue)
    zero = registration_sections(
        closed_days={"weekend": 79, "holiday": 6, "other": 0},
        holidays=8,
        holidays_published=2,
        holidays_published_contacts=0,
    )
    # demo r22 #7: the 0 is in the figure's data file. r37 (demo r36 #5): the figure draws it at 0 (it drew a holiday
    # as a gap): the annex and the chapter say so
    none_came = "op de andere twee kwam er geen enkel contact binnen: de figuur toont die dagen als 0."
    assert none_came in zero["hidden_cells"]
    assert gap + " op de as; op twee feestdagen zonder contacten zakt de lijn tot 0." in zero["daily"]
    assert "op de andere twee kwamen er samen 12 contacten binnen." in closed["hidden_cells"]
    mixed = registration_sections(
        closed_days={"weekend": 79, "holiday": 0, "other": 2}, holidays=8, holidays_published=8
    )
    # demo r16 #9: why an ordinary working day can be hidden, said in the annex
    # r63 (r62 demo #9): either … or, and who does not say which
    other = "Van twee andere werkdagen is het aantal niet gepubliceerd. Voor elk van die dagen geldt: ofwel had die "
    other += "dag 1 tot"
    assert other in flat(mixed["hidden_cells"]) and "Van nul" not in mixed["hidden_cells"]
    assert "ofwel is het aantal mee verborgen" in flat(mixed["hidden_cells"])
    assert "welke van de twee, zegt dit rapport niet." in flat(mixed["hidden_cells"])
    assert "werkdagen is het aantal" not in mixed["daily"]


def test_the_count_of_hidden_cells_is_explained_where_log_and_table_differ(registration_text):
    """r11 #21: figures.json said 98 cells, the table summed 99; the text names both and why."""
    said = registration_text(suppressed_cells=99, logged_cells=98)
    # demo r16 #13: one plain sentence
    assert "samen 99" in said and "noemt alleen aantallen, geen aandelen, en telt er daarom 98." in said
    assert "telt er" not in registration_text(suppressed_cells=99, logged_cells=99)


def test_a_long_series_with_hidden_values_names_its_highest_published_value_as_such():
    figures.apply_theme()
    groups = [f"g{i}" for i in range(10)]
    mix = pd.DataFrame(
        {
            "group": groups,
            "phone": [90.0] * 10,
            "email": [10.0] * 9 + [None],
            "chat": [0.0] * 9 + [None],
            "contacts": pd.array([100] * 10, dtype="Int64"),
        }
    )
    alt = alt_text(charts.channel_mix_bars(mix, {}, "t"))
    assert "Chat: alle gepubliceerde waarden 0 %; 1 niet gepubliceerd." in alt
