"""Round 16, readers of 2020 and 2021 (r15 2020 #1, #5, #10, #12, #17; 2021 #7, #15): the peak named by its months
with the source's name for them apart; the campaigns chart with its points in the middle of their months, an opaque
band and every colour named; the campaign effects table in plain words; the capacity timeline with one style per
kind of knowledge; an exact 'one in n' as a percentage. Each test failed before its fix."""

import chart_gallery  # tests/unit/ is on the path as pytest runs its tests
import matplotlib.pyplot as plt
import pandas as pd

from hulplijnen.chapters import campaigns
from hulplijnen.chapters.campaigns import charts as campaign_charts
from hulplijnen.chapters.contact_persons.years import one_in_exact
from hulplijnen.chapters.shared.checked import Checked
from hulplijnen.presentation.labels import peak_period

ts = pd.Timestamp


def test_a_peak_is_named_by_its_months_and_the_source_name_apart():
    """2020 #1: 'Eerste lockdown (april–juni 2020)' read as the dates of the lockdown, which began in March."""
    p = peak_period("eerste lockdown (april–juni 2020)", ts("2020-04-01"), ts("2020-06-30"))
    assert p == {"months": "april–juni 2020", "short": "april–juni", "named": "eerste lockdown", "asked": False}
    dates = {"start_earliest": ts("2030-05-01"), "end_latest": ts("2030-06-30")}
    event = pd.Series({"kind": "demand", "name_nl": "x (mei 2030)", **dates})
    assert campaigns.called(event) == "de piek van mei–juni 2030"  # round 19 (r18 2020 #1): the months the peak's
    assert campaigns.source_named(event) == "x"  # the source's name, said as its words
    assert campaigns.called(pd.Series({"kind": "capacity", "name_nl": "chat"})) == "de chat"


def effects(flags: str) -> pd.DataFrame:
    row = {"campaign_id": "c", "start": ts("2020-05-07"), "observed": 742.0, "flags": flags}
    row |= {k: 1.0 for k in ("counterfactual", "counterfactual_low", "counterfactual_high")}
    row |= {k: 1.0 for k in ("effect_pct", "effect_low_pct", "effect_high_pct")}
    return pd.DataFrame([row])


def test_the_effects_table_says_the_margin_and_the_peak_in_plain_words():
    """2020 #12: 'Verwacht zonder campagne (95 %)' and 'overlapt met gebeurtenis „eerste lockdown (april–juni
    2020)”' (model jargon)."""
    table = campaigns.effects_table(effects("overlapt met gebeurtenis first_lockdown_peak"), pd.Series(["b"]))
    assert "Verwacht zonder campagne (marge van het gemiddelde)" in table.columns
    assert table["Opmerkingen"].iloc[0] == "niet te schatten: valt in de piek van april–juni 2020"  # r18 2020 #1


def test_the_campaigns_chart_puts_a_month_mid_month_and_its_band_is_opaque():
    """2020 #10: points at the start of their month put a campaign of 17 December right of the last point, after
    the series; the translucent band over the yellow period made a green the legend did not name. Round 21 (r20 2020
    #6): no band at all, so no colour mixed over the period."""
    x = campaign_charts.mid_month(pd.period_range("2020-12", periods=1, freq="M"))[0]
    assert ts("2020-12-15") <= x <= ts("2020-12-17")
    fig = chart_gallery.campaign()
    assert not [c for c in fig.axes[0].collections if c.get_label().startswith("marge")]
    texts = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    # round 19 (r18 2020 #1): the months are the peak's; round 21 (r20 2020 #2): the lockdown is the text's, once
    assert "piek in contacten (april–juni 2020)" in texts  # r26 2020 #5
    plt.close(fig)


def test_an_exact_one_in_n_is_a_percentage():
    """2020 #17: '1 op 3,0' and '1 op 4,9' in the annex."""
    assert one_in_exact(Checked(3.0, 3.0, 2.5, 3.5, True, 2708, 8059)) == "33,6\u00a0% (ongeveer één op de drie)"
    assert one_in_exact(Checked(4.9, 5.0, 4.5, 5.5, True, 1650, 8059)) == "20,5\u00a0% (ongeveer één op de vijf)"
