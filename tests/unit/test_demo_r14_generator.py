"""The synthetic export against what its opening says it imitates (r13 demo findings): a month's share of calls
answered is never a round number and lies within the source's range in the months the source gives (#6); the
anonymous share is above the source's 'ruim driekwart' (#7); before option 0 every call is answered in the caller's
own province, as the sources date no transfer before it (#4)."""

import pandas as pd
import pytest
import yaml

from hulplijnen.config.paths import params_file
from hulplijnen.data import load
from hulplijnen.export import synthetic


def _seed() -> int:
    return yaml.safe_load(params_file("demo").read_text())["export"]["synthetic"]["seed"]


@pytest.fixture(scope="module")
def contacts() -> pd.DataFrame:
    return pd.concat(frame for frame, _ in synthetic.months(_seed()))


def _figure(key: str) -> float:
    figures = load.key_figures(synthetic.CALIBRATION_YEAR, synthetic.CALIBRATION_HELPLINE).set_index("key")
    return float(figures.loc[key, "value"])


def test_no_month_answers_a_round_share_of_its_calls(contacts):
    phone = contacts[contacts["channel"] == "phone"]
    rates = phone.groupby(phone["start"].dt.month)["answered"].mean() * 100
    assert len(rates) == 12
    # a share drawn from counts prints as a whole percentage by chance about one month in ten; a share set by rule
    # (answered / rate) does every month
    whole = sum(float(round(r, 1)).is_integer() for r in rates)
    assert whole <= 2, rates.round(1).tolist()


def test_the_months_the_source_gives_lie_in_its_range(contacts):
    phone = contacts[contacts["channel"] == "phone"]
    rates = phone.groupby(phone["start"].dt.month)["answered"].mean() * 100
    first, last = synthetic.ANCHORED_MONTHS
    anchored = rates.loc[first:last]
    assert len(anchored) == last - first + 1
    assert anchored.min() >= _figure("answer_rate_sep_dec_min") and anchored.max() <= _figure("answer_rate_sep_dec_max")


def test_more_than_three_quarters_stay_anonymous_as_the_source_says(contacts):
    answered = contacts[contacts["answered"]]
    assert answered["anonymous"].astype(float).mean() * 100 > _figure("anonymous")


def test_before_option_0_every_call_is_answered_in_the_callers_own_province(contacts):
    assert "option_0" not in synthetic.region_weights(synthetic.CALIBRATION_YEAR)
    phone = contacts[(contacts["channel"] == "phone") & contacts["answered"]]
    assert len(phone) and (phone["caller_region"] == phone["answering_region"]).all()
