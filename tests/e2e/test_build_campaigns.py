"""End to end: the campaign model's figures in figures.json agree with the data and the chapter (moved out of
test_build.py, which had grown past the module-size rule)."""

import pytest
from test_build import chapter_text, facts  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.presentation import fmt


def test_campaign_estimates_are_in_figures_json_and_agree_with_the_data(built):
    from hulplijnen.data import load

    f = facts(built, "2020")
    campaigns = load.campaigns()
    ids = campaigns[campaigns["start_earliest"].dt.year == 2020]["campaign_id"]
    # round 13 (2020 #3): an estimate only for a campaign whose own effect the table gives; the others their count
    estimated = [cid for cid in ids if f"1712.campaign.{cid}.effect_pct" in f]
    assert len(estimated) == f["1712.campaigns.estimable"]["value"] < len(ids)
    assert all(f"1712.campaign.{cid}.observed" in f for cid in ids)
    for cid in estimated:
        e = {
            part: f[f"1712.campaign.{cid}.{part}"]["value"]
            for part in ("effect_pct", "effect_low_pct", "effect_high_pct", "observed", "counterfactual")
        }
        assert e["effect_low_pct"] <= e["effect_pct"] <= e["effect_high_pct"]
        assert e["effect_pct"] == pytest.approx((e["observed"] / e["counterfactual"] - 1) * 100, abs=0.2)
    assert (
        f["1712.event.first_lockdown_peak.effect_low_pct"]["value"]
        < f["1712.event.first_lockdown_peak.effect_pct"]["value"]
    )
    monthly = load.contacts_by_month_channel(2020, "1712").groupby("month")["contacts"].sum()
    assert f["1712.contacts.april_vs_march_pct"]["value"] == pytest.approx(
        (monthly["2020-04"] / monthly["2020-03"] - 1) * 100, abs=0.05
    )
    assert fmt.signed_pct(f["1712.contacts.april_vs_march_pct"]["value"], 0) not in chapter_text(
        built["2020"], "campaigns"
    )
    assert f["1712.campaigns.placebo_tried"]["value"] >= f["1712.campaigns.placebo_found"]["value"]


def test_campaign_effect_is_not_estimated_from_annual_figures(built):
    text = chapter_text(built["2021"], "campaigns")
    # r15 2021 #1: 'gepubliceerd' claimed more than the sources allow; the chapter says what the sources give
    # r22 2021 #11: the reason, not the report's rule stated as fact
    assert "Er zijn geen maandcijfers over 2021, dus het effect van deze campagnes is niet te zien." in text
    # r23 (r22 2021 #10): who launched a campaign is recorded, and (r25) the published count of the group a campaign
    # addresses; no effect is
    # r29 (r28 2021 #11): and how many of that group were the perpetrators themselves (published)
    recorded = (".same_launcher", ".group_contacts", ".group_share_pct", ".audience_itself")
    assert not any(k.startswith("1712.campaign.") and not k.endswith(recorded) for k in facts(built, "2021"))
