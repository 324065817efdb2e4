"""Round-13 reader findings on the chapters about who contacts and about what (each test failed before its fix)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.container import ErrorbarContainer  # noqa: E402


def test_an_about_count_lies_inside_the_range_it_stands_for():
    """2020 #14: 'ongeveer 5.400' for a 2019 of 5.407 to 5.440 lay outside that range."""
    from hulplijnen.chapters.channels.over_years import about

    assert about(5406.3, 5440.9) == 5420
    for low, high in ((5406.3, 5440.9), (1149.5, 1234.7), (5747.6, 5832.8), (120827, 120921)):
        assert low <= about(low, high) <= high


def test_the_monthly_chart_names_every_month_and_leaves_out_the_flat_unregistered_line():
    """2020 #18: the x axis named every other month; 'niet geregistreerd' was a flat line at 0."""
    from hulplijnen.chapters.channels.charts import monthly_channels

    months = pd.period_range("2020-01", "2020-12", freq="M")
    wide = pd.DataFrame(
        {"phone": range(400, 412), "email": range(100, 112), "chat": range(20, 32), "not_recorded": [1] * 6 + [0] * 6},
        index=months,
    )
    fig = monthly_channels(wide, "t")
    ax = fig.axes[0]
    assert len(ax.get_xticks()) == 12
    assert "niet geregistreerd" not in [line.get_label() for line in ax.get_lines()]
    plt.close(fig)


def test_a_chapter_chart_draws_no_whisker_of_the_rounding():
    """2021 #13: the ±0,5 whiskers of a rounded value were invisible at a chapter chart's scale."""
    from hulplijnen.presentation.figures_sources import series_counts, share_series

    series = pd.DataFrame({"year": [2019, 2020, 2021], "low": [5406.3, 8059, 8515], "high": [5440.9, 8059, 8515]})
    series["exact"] = series["low"] == series["high"]
    shares = pd.DataFrame(
        {"year": [2020, 2021], "channel": ["chat", "chat"], "low": [11.3, 17.5], "high": [11.3, 18.5]}
    ).assign(exact=lambda d: d["low"] == d["high"])
    for fig in (
        series_counts(series, "t", "contacten", whiskers=False),
        share_series(shares, "t", whiskers=False),
    ):
        assert not [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
        plt.close(fig)
    fig = series_counts(series, "t", "contacten")  # the annex's kind of chart keeps them
    assert [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
    plt.close(fig)


def test_a_share_without_a_stated_base_gets_none_made_up():
    """2021 #3: '75 % kiest voor anonimiteit' was shown as '75 % van de contacten'."""
    from hulplijnen.chapters.shared.published import key_figures_table, shares_as_published

    figs = pd.DataFrame(
        [
            {"key": "anonymous", "measure": "anonymity_share", "category": "anonymous", "reference_year": None,
             "value": 75, "unit": "percent", "qualifier": "rounded", "decimals": 0, "base": None},
            {"key": "v", "measure": "contact_person_share", "category": "1100", "reference_year": None,
             "value": 37, "unit": "percent", "qualifier": "rounded", "decimals": 0, "base": "contacts"},
        ]
    )  # fmt: skip
    shown = dict(zip(*shares_as_published(figs, ["anonymity_share", "contact_person_share"]).T.values))
    # round 16 (r15 2021 #9): the chapter says who it is about; the missing base is the annex's
    assert shown["anoniem"] == "75 % van wie contact opneemt".replace(" %", "\u00a0%")
    assert list(key_figures_table(figs)["Basis"]) == ["niet vermeld", "contacten"]


def test_a_group_says_how_much_of_its_count_is_derived():
    """2020 #6: 'cultuur 37' (24 in the table, 13 derived from the total) was shown as if published."""
    from hulplijnen.chapters.contact_persons.analysis import by_group

    people = pd.DataFrame({"code": ["1", "2", "3"], "contacts": [10.0, 5.0, None]})
    codes = pd.DataFrame({"code": ["1", "2", "3"], "group": ["a", "b", "b"], "label_nl": ["x", "y", "z"]})
    groups = pd.DataFrame({"group": ["a", "b"], "label_nl": ["A", "B"], "order": [1, 2]})
    bounds = pd.DataFrame({"missing_cells": ["3"], "derived_total": [4.0]})
    out = by_group(people, codes, groups, bounds, 19).set_index("group")
    assert out.loc["b", "low"] == 9 and out.loc["b", "derived"] == 4 and out.loc["a", "derived"] == 0
