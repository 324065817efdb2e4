"""Round 29 (r28 findings) on the 1712 reachability chapter and summary: the heading of a chapter on the year's
measures, and the registered phone contacts the answered share does not count."""

from __future__ import annotations

import pandas as pd

from hulplijnen.chapters.reachability import analysis as rc
from hulplijnen.pipeline import data_years


def _fact(notebook: str, file: str, value="1", unit: str = "count") -> dict:
    return {"notebook": notebook, "source": {"file": file}, "value": value, "unit": unit}


def test_a_chapter_on_measures_dated_in_the_year_does_not_name_the_earlier_years_figures():
    """2021 #5: 'Bereikbaarheid en capaciteit (cijfers 2020)' over a chapter mostly on 2021's measures: a measure
    dated in the year makes the chapter partly the year's own, so its heading names no year."""
    earlier = {
        "a": _fact("reachability", "data/1712/2020/key_figures.csv"),
        "b": _fact("reachability", "data/1712/2020/contacts_by_month_channel.csv"),
    }
    assert data_years.data_year(earlier, "reachability", 2021) == {"year": "2020", "partly": False}
    dated = {**earlier, "c": _fact("reachability", "data/events.csv", "2021-09-01", "date")}
    assert data_years.data_year(dated, "reachability", 2021) == {"year": "2020", "partly": True}
    reading = [{"name": "reachability", "title": "B", "sections": []}]
    assert data_years.with_data_years(reading, dated, 2021)[0]["data_year"] is None
    # a date of a later year (the question's) makes no chapter the year's own
    later = {**earlier, "q": _fact("reachability", "data/events.csv", "2022-01-24", "date")}
    assert data_years.data_year(later, "reachability", 2021)["partly"] is False


def test_the_years_phone_contacts_are_summed_and_missing_is_not_zero():
    """2020 #1: the share is one of call attempts, not of the phone contacts registered that year (recorded)."""
    months = pd.DataFrame(
        {"month": [f"2001-{m:02d}" for m in range(1, 13)] * 2, "channel": ["phone"] * 12 + ["chat"] * 12}
    )
    months["contacts"] = [10] * 12 + [1] * 12
    assert rc.year_total(months, 2001, "phone") == 120
    assert rc.year_total(None, 2001, "phone") is None
    months.loc[3, "contacts"] = None
    assert rc.year_total(months, 2001, "phone") is None


def test_the_summary_points_on_in_one_short_sentence():
    """2020 #14, 2021 #13: 'De boodschappen en kerncijfers hierboven vatten het rapport samen; …' was signposting."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline import assemble

    reading = ["channels", "contact_persons", "gender_age", "contexts", "reachability", "helplines"]
    said = " ".join(assemble.intro(load_params("2021"), reading).split())
    assert "vatten het rapport samen" not in said and "natrekken" not in said
    assert said.endswith("Waar de cijfers vandaan komen, staat in „Over deze cijfers” en in de technische bijlage.")
