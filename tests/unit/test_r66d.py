"""Round 66 (r65 demo findings #1, #4, #5, #6, #7; r64 demo #5, #7): the demo's wording and charts. Each test fails on
the text or behaviour before r66."""

from test_demo_capacity_text import MODEL
from test_demo_r12 import plain
from test_demo_r21 import CALIBRATED

from hulplijnen.pipeline import summary
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

MEASURED = {
    "wait": {"mean": 52, "p90": 120},
    "within": {20: 17.6, 60: 38.0},
    "patience": {"median": 83},
    "handle": None,
}


def _staffing(**values) -> str:
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    said = template.render(**{"measured": MEASURED, "model": None, "synthetic": True, "year": "2020", **values})
    return " ".join(said.split()).replace("\u00a0", " ")


def test_what_follows_from_how_the_data_were_made_is_said():
    """r65 demo #1: 'Dat volgt hier uit hoe de gegevens gemaakt zijn' left the reader to guess what follows."""
    said = _staffing(model={**MODEL, "logged_in": MODEL["load"]})
    assert "Dat volgt hier uit" not in said
    assert "Daarom bleef een groot deel onbeantwoord. Hoe groot dat deel is, volgt hier uit hoe de gegevens" in said


def test_the_patience_says_opneemt_in_the_chapter_as_in_the_summary():
    """r65 demo #6: the summary said 'als niemand opneemt', chapter 2 'als niemand opnam' of the same 83 seconds."""
    said = _staffing()
    assert "niemand opnam" not in said and "83 seconden ophangen als niemand opneemt." in said
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    assert "83 seconden ophangen als niemand opneemt." in md
    table = plain(summary.key_figures_markdown(CALIBRATED, ["1712"], 2020, ""))
    assert "niemand opnam" not in table and "wilde de beller" not in table


def test_the_shares_answered_within_a_wait_name_their_base():
    """r65 demo #7: 'Van de belpogingen in de wachtrij werd 17,6 % …' read as shares of the answered attempts."""
    said = _staffing()
    assert "Van alle belpogingen in de wachtrij (beantwoord of niet) werd 17,6 % binnen 20 seconden beantwoord" in said


def test_the_key_figures_give_the_opening_hours_share_first_as_the_summary_does():
    """r65 demo #4: the summary says 55,4 % (opening hours) before 43,7 % (all attempts); Tabel 1 had them the other
    way round."""
    from test_demo_r12 import fact
    from test_demo_r18 import MADE_UP

    from hulplijnen.facts import keys

    md = plain(summary.markdown({**MADE_UP, keys.phone("1712", "queued"): fact(10290)}, ["1712"], 2020))
    table = md.split("## Kerncijfers")[1]
    hours = table.index("| Aandeel beantwoorde belpogingen tijdens de openingsuren |")
    every = table.index("| Aandeel beantwoorde belpogingen (alle belpogingen, ook buiten de openingsuren) |")
    assert hours < every
    messages = md.split("## Kerncijfers")[0]
    assert messages.index("tijdens de openingsuren") < messages.index("over alle belpogingen")


def test_figure_four_has_no_hour_tick_beside_a_band():
    """r65 demo #5: in print '0–7' stood beside a lone '7' (read as a typo) and '21' touched '22–24'."""
    from hulplijnen.chapters.capacity import charts

    columns = ["00-06", *[f"{h:02d}" for h in range(7, 22)], "22-23"]
    ticks = charts.hour_ticks(columns)
    assert ticks[1] == "" and ticks[-2] == ""
    assert [t for t in ticks if t] == ["0–7", "9", "11", "13", "15", "17", "19", "22–24"]


def test_the_demo_methods_state_the_rule_for_its_compared_counts():
    """r64 demo #7: the demo's text says 'ongeveer even hoog', 'afgerond, evenveel' and 'sterk toe' but its Methods
    gave no rule for them; the rule now stands in the shared Methods text, with the other releases' limit."""
    from hulplijnen.data.statements import ABOUT_THE_SAME_POINTS
    from hulplijnen.pipeline.comparison_words import compared_counts
    from hulplijnen.presentation import text

    facts = {
        "1712.export.phone.demand.last_before_calls": {"value": 423},
        "1712.channel.chat.step_month": {"value": "2020-04"},
        "1712.export.phone.staffing.logged_in_hours": {"value": 58},
    }
    counts = compared_counts(facts, 2020)
    assert counts == {"limit": ABOUT_THE_SAME_POINTS, "grew": 2, "rounded": True}
    said = " ".join(text.render("methods.md", derived=False, about_the_same=None, counts=counts).split())
    assert "**Wat „ongeveer even groot” betekent.** Zet dit rapport twee aantallen naast elkaar" in said
    assert "„ongeveer evenveel” of „ongeveer even hoog” als ze hoogstens 2 % van elkaar verschillen" in said
    assert "„afgerond evenveel” als ze op een heel getal afgerond gelijk zijn" in said
    assert "„nam sterk toe” in de maand vanaf wanneer elke maand minstens twee keer zoveel telt" in said
    # a release that compares no counts so says nothing of them; r66 (wave 2): nor of a step in an earlier year (2021
    # tells 2020's chat as 'groeide al in 2020'), but its own year's step ('nam sterk toe', 2020) gets that rule
    assert compared_counts({"1712.channel.chat.step_month": {"value": "2020-04"}}, 2021) is None
    assert compared_counts({"1712.channel.chat.step_month": {"value": "2020-04"}}, 2020) is not None
    assert "Zet dit rapport twee aantallen" not in text.render("methods.md", derived=False, about_the_same=None)


def test_the_demo_calls_a_month_even_by_the_methods_limit():
    """r64 demo #7: 'ongeveer even hoog' held up to 5 % from the other months; the Methods' rule says 2 %."""
    import pandas as pd

    from hulplijnen.chapters.capacity import demand

    months = pd.PeriodIndex(["2020-01", "2020-02", "2020-03"], freq="M")
    add = lambda key, value, unit: value  # noqa: E731
    edges = demand._edges(pd.DataFrame({"answered": [400.0, 400.0, 412.0]}), months, add)  # 3 % above
    assert edges["last_busier"]
    edges = demand._edges(pd.DataFrame({"answered": [422.0, 421.0, 423.0]}), months, add)  # the demo's March
    assert not edges["last_busier"] and not edges["last_quieter"]


def test_a_published_column_stays_on_the_main_line_of_a_keyed_phone_table():
    """r64 demo #5: on a phone Tabel 6 kept the made-up attempts on the main line and put 'Geregistreerd
    (gepubliceerd)', its only real figure, on a line under each row (quarto/scroll-focus.html, keyColumns)."""
    from pathlib import Path

    script = (Path(__file__).resolve().parents[2] / "quarto" / "scroll-focus.html").read_text(encoding="utf-8")
    assert "return /totaal|samen|%|\\(gepubliceerd\\)/i.test(head) || percentages(i);" in script


def test_the_matched_months_mark_may_wrap_under_the_month():
    """r64 demo #5: 'september 2020 *' held together by no-break spaces made the keyed Tabel 6 7 px too wide for its
    published column at 390 px; the mark now follows a plain space, the month and year stay together."""
    import pandas as pd
    from test_demo_r32d import ANCHORS

    from hulplijnen.chapters.capacity import demand

    labels = demand.month_labels(pd.Series(["2020-09"]), ANCHORS)
    assert labels == ["september\u00a02020 *"]
