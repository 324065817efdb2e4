"""r56 (r55 2020 #4, #10; 2021 #1, #5, #8, #9): the answered share a row of 2020's key figures (from the data, not
2021's table), no audit parenthesis in Table 1, no 'actief/actieve' beside the source's 'uitgenodigd', statsmodels
named only where a model was estimated, Figure 1 taller with a mark per channel, Figure 4's shares under a bar on a
phone in plain type with room. Each failed before."""

from __future__ import annotations

import re

import matplotlib
import pandas as pd

from hulplijnen.data import load
from hulplijnen.facts import keys
from hulplijnen.pipeline import processing, summary

matplotlib.use("Agg")

ROW_2020 = (
    "| Beantwoorde oproepen, september–december 2020 | tussen 40 en 45 % | volgens interne analyses van 1712, "
    "aangehaald in schriftelijke vraag nummer 282; het antwoord gaat er niet op in |"
)


def _table(md: str) -> str:
    return md.split("## Kerncijfers", 1)[1].split(" in één oogopslag", 1)[0]  # r61 (r59 2021-tele-onthaal #8)


def test_2020s_key_figures_give_the_answered_share_of_september_to_december(reachability_built):
    """2020 #4: Table 1 had only contacts, channels and the busiest month; the 40-45 % is its own row, though the key
    messages say it too (the figure a reader looks for first)."""
    md = reachability_built[2020][1]
    assert ROW_2020 in md  # failed before r56
    assert "tussen 40 en 45 %" in md.split("## Kerncijfers")[0]  # the key message keeps it


def test_2021s_key_figures_show_no_share_of_2020():
    """2021's Table 1 gives 1712's 2021 figures: a 2020 share there would stand unlabelled among them."""
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet

    facts = FactSheet("t", 2021)
    reachability.build(2021, "1712", facts, "2026-11-20")
    records = {r["key"]: r for r in facts.records()}
    assert keys.reach("1712", "per_attempt_low_pct") in records  # the chapter has it
    assert not [r for r in summary.key_figure_rows(records, ["1712"], 2021) if r["kind"] == "stated_rate"]
    assert "Beantwoorde oproepen" not in summary.markdown(records, ["1712"], 2021)


def test_the_answered_share_comes_from_the_recorded_facts():
    """The row prints the recorded facts (from data/1712/2020/key_figures.csv), never a figure in code."""
    figs = load.key_figures(2020, "1712")
    rate = figs[figs["measure"] == "answer_rate"].set_index("key")["value"]
    assert (rate["answer_rate_sep_dec_min"], rate["answer_rate_sep_dec_max"]) == (40, 45)
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet

    facts = FactSheet("t", 2020)
    reachability.build(2020, "1712", facts, "2026-11-20")
    records = {r["key"]: r for r in facts.records()}
    for bound, value in (("low", 37.0), ("high", 41.0)):
        records[keys.reach("1712", f"per_attempt_{bound}_pct")]["value"] = value
    md = " ".join(summary.key_figures_markdown(records, ["1712"], 2020).split())
    assert "| tussen 37 en 41 % |" in md and "tussen 40 en 45" not in md


def test_table_1_says_tele_onthaals_channel_counts_without_the_audit_parenthesis():
    """2021 #1: '(de bron zegt niet of de aandelen over oproepen of gesprekken gaan; met de oproepen kloppen ze)'."""
    from test_helplines_r13 import summary_of_release

    md = summary_of_release(["1712", "tele-onthaal", "stop-it-now"])
    row = md.split("| Tele-Onthaal: oproepen per kanaal |")[1].split("\n")[0]
    # r59 (r58 2021 #5): the counts given directly, no pointer to the annex's table
    assert "118.408 via telefoon en 19.261 via chat |" in row and "basis van de aandelen" not in row
    assert "de bron zegt niet of de aandelen" not in _table(md)


def test_the_invitation_to_leave_a_message_is_the_sources_not_active(reachability_built):
    """2021 #5: 'een actieve uitnodiging', 'nodigde de hulplijn hen daar actief toe uit': the source says only that
    a caller 'wordt uitgenodigd om een boodschap in te spreken indien hij dit wenst'."""
    row = load.events().set_index("event_id").loc["answering_machine"]
    assert "actie" not in row["name_nl"] and "actie" not in row["short_nl"]
    for chapter, md in reachability_built.values():
        assert "actief toe uit" not in chapter and "actieve uitnodiging" not in md
        # r56 (r56 2020 #7): the aim the bullet opens with is not said again
        # r59 (r58 2021 #1): what was put in practice in 2021, the source's passive 'wordt uitgenodigd'
        # r60 (r59 2021 #1): leaving a message was possible before, then what is new
        # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
        # r62 (r62 2020 #4, 2021 #3)
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        assert "optimaliseren”). Inspreken kon al eerder: wie op een bezette lijn botst, wordt uitgenodigd" in chapter
    said = reachability_built[2021][1]
    assert (
        # r59 (r58 2021 #1): the better use of the answering machine, leaving a message possible before
        # r61 (r59 2020 #1): the aim said as an aim, not a result; no evaluation in figures
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
        "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
        "behandelen en de bellers "
        "terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in said
    )


class _Params:
    is_synthetic, export = False, None

    def __init__(self, helplines):
        self.helplines = helplines


def _record(notebooks):
    packages = {name: "1.0" for name in processing.PACKAGES}
    inputs = {"data/a.csv": "1" * 64}
    return {"packages": packages, "python": "3.11", "inputs": inputs, "notebooks": {n: {} for n in notebooks}}


def test_statsmodels_is_named_only_where_the_campaign_model_was_estimated():
    """2021 #9: 'pandas …, duckdb … en statsmodels …' in a release that estimates no model (its campaigns chapter ran
    without monthly figures)."""
    record, params = _record(["campaigns", "channels"]), _Params(["1712"])
    none = " ".join(processing.markdown(record, params, {}).split())
    assert "statsmodels" not in none and "berekend met pandas 1.0 en duckdb 1.0." in none
    model = {keys.campaigns("1712", "parameters"): {"value": 7}}
    assert "duckdb 1.0 en statsmodels 1.0." in " ".join(processing.markdown(record, params, model).split())


def test_figure_1_is_taller_with_a_mark_per_channel():
    """2020 #10: flat in the PDF (2.3 in), e-mail and chat with the same round mark on top of each other."""
    import matplotlib.pyplot as plt

    from hulplijnen.chapters.channels import charts

    months = pd.period_range("2020-01", periods=12, freq="M")
    wide = pd.DataFrame({"phone": [500] * 12, "email": [100] * 12, "chat": [90] * 12}, index=months)
    fig = charts.monthly_channels(wide, "t")
    try:
        assert fig.get_figheight() >= 1.45 * 2.3
        marks = {line.get_label(): line.get_marker() for ax in fig.axes for line in ax.get_lines()}
        assert marks["e-mail"] != marks["chat"], marks
    finally:
        plt.close(fig)


def test_figure_4s_shares_under_a_bar_on_a_phone_are_plain_with_room():
    """2021 #8: on a phone the shares moved under a bar were bold, in the narrow gap on the gridlines."""
    import matplotlib.pyplot as plt

    from hulplijnen.presentation import figures_shares

    rows = [("1712", "phone", 68), ("1712", "email", 14), ("1712", "chat", 18), ("T", "phone", 86), ("T", "chat", 14)]
    shares = pd.DataFrame(rows, columns=["label", "channel", "share_pct"])
    fig = figures_shares.stacked_shares(shares, phone=True)
    try:
        under = [t for t in fig.axes[0].texts if re.search(r"chat \d", t.get_text())]
        assert under and all(t.get_fontweight() == "normal" for t in under)
        assert all(t.get_bbox_patch() is not None for t in under)  # a white ground over the gridlines
        bottom = fig.axes[0].get_ylim()[0]
        assert bottom - (len(shares["label"].unique()) - 0.5) >= 0.3  # room above the axis' numbers
    finally:
        plt.close(fig)
