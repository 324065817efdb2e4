"""Every chart function drawn from a tiny frame, for the tests of the charts' design and honesty
(test_chart_design.py, test_chart_honesty.py): ``CHARTS`` maps a name to a function that draws it, each with the
title ``TITLE`` (which no chart draws)."""

from __future__ import annotations

import matplotlib
import pandas as pd

matplotlib.use("agg")

from hulplijnen.chapters.campaigns import charts as campaigns_charts  # noqa: E402
from hulplijnen.chapters.capacity import charts as capacity_charts  # noqa: E402
from hulplijnen.chapters.channels import charts as channels_charts  # noqa: E402
from hulplijnen.chapters.contact_persons import charts as contact_persons_charts  # noqa: E402
from hulplijnen.chapters.gender_age import charts as gender_age_charts  # noqa: E402
from hulplijnen.chapters.helplines import charts as helplines_charts  # noqa: E402
from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_sources  # noqa: E402

TITLE = "Titel van de grafiek"


def month_index(n: int = 12) -> pd.PeriodIndex:
    return pd.period_range("2020-01", periods=n, freq="M")


def campaign(starts=("2020-03-01",)):
    observed = pd.Series([445.0 + i for i in range(12)], index=month_index())
    campaigns = pd.DataFrame(
        {"name_nl": [f"campagne {i}" for i in range(len(starts))], "start_earliest": [pd.Timestamp(s) for s in starts]}
    )
    events = pd.DataFrame(
        {
            "name_nl": ["eerste lockdown (april–juni 2020)"],
            "kind": ["demand"],
            "start_earliest": [pd.Timestamp("2020-04-01")],
            "end_latest": ["2020-06-30"],
        }
    )
    return campaigns_charts.campaign_series(observed, campaigns, events, TITLE, 2020)


def groups() -> pd.DataFrame:
    return pd.DataFrame({"label_nl": ["a", "b", "c", "d"], "low": [7352, 232, 24, 0], "high": [7352, 240, 37, 6]})


def series() -> pd.DataFrame:
    return pd.DataFrame(
        {"year": [2012, 2019, 2020], "low": [2433, 5407, 8059], "high": [3406, 5440, 8059], "exact": [0, 0, 1]}
    ).astype({"exact": bool})


CHARTS = {
    "monthly_channels": lambda: channels_charts.monthly_channels(
        pd.DataFrame({"phone": range(400, 412)}, index=month_index()), TITLE
    ),
    "channel_shares": lambda: helplines_charts.channel_shares(
        pd.DataFrame({"label": ["1712"] * 3, "channel": ["phone", "email", "chat"], "share_pct": [68.0, 14.0, 18.0]}),
        TITLE,
    ),
    "group_bars": lambda: contact_persons_charts.group_bars(groups(), TITLE),
    "campaign_series": campaign,
    "intervals": lambda: helplines_charts.intervals(
        pd.DataFrame({"label": ["a", "b"], "value": [157.0, 113.9], "low": [156.0, 113.0], "high": [158.0, 114.5]}),
        TITLE,
        "index",
        100,
    ),
    "daily_contacts": lambda: registration_charts.daily_contacts(
        pd.DataFrame({"date": pd.date_range("2020-01-01", periods=60), "contacts": [20.0 + i % 7 for i in range(60)]}),
        TITLE,
    ),
    "answer_rates": lambda: capacity_charts.answer_rates(
        pd.DataFrame(
            {"month": [str(m) for m in month_index()], "rate": [0.5] * 12, "low": [0.4] * 12, "high": [0.6] * 12}
        ),
        TITLE,
    ),
    "channel_mix_bars": lambda: registration_charts.channel_mix_bars(
        pd.DataFrame({"group": ["a", "b"], "phone": [60.0, 50.0], "email": [30.0, 25.0], "chat": [10.0, 25.0]}),
        {"a": "groep a", "b": "groep b"},
        TITLE,
    ),
    "labelled_bars": lambda: gender_age_charts.labelled_bars(
        pd.DataFrame({"label": ["kerngezin", "school", "sport"], "value": [85.0, 18.0, 0.4]}), TITLE, "procent", True
    ),
    "exact_and_rounded": lambda: gender_age_charts.exact_and_rounded(
        pd.DataFrame({"label": ["2020", "2021"], "value": [73.8, 73.0], "low": [73.8, 72.5], "high": [73.8, 73.5]}),
        TITLE,
        "procent",
    ),
    "series_counts": lambda: figures_sources.series_counts(series(), TITLE, "contacten"),
    "share_series": lambda: figures_sources.share_series(
        pd.DataFrame(
            {
                "year": [2020, 2020, 2021, 2021],
                "channel": ["phone", "chat", "phone", "chat"],
                "low": [70.0, 11.0, 67.5, 17.5],
                "high": [70.0, 11.0, 68.5, 18.5],
                "exact": [True, True, False, False],
            }
        ),
        TITLE,
    ),
    "weekly_hours": lambda: capacity_charts.weekly_hours(
        pd.DataFrame({"label": ["aangemeld", "nodig voor 80 %"], "hours": [59.0, 117.0]}), TITLE
    ),
    "model_fit": lambda: capacity_charts.model_fit(
        pd.DataFrame(
            {
                "weekday": [1, 1, 2],
                "hour": [9, 10, 9],
                "measured_rate": [0.5, 0.55, 0.6],
                "predicted_rate": [0.52, 0.56, 0.58],
            }
        ),
        TITLE,
    ),
    "still_waiting": lambda: capacity_charts.still_waiting(
        pd.DataFrame({"seconds": [30, 60, 120], "still_waiting_pct": [80.0, 60.0, 35.0]}), TITLE
    ),
    "need_heatmap": lambda: capacity_charts.need_heatmap(
        {"nodig": pd.DataFrame({"9": [3.0, 4.0], "10": [2.0, 3.0]}, index=["1", "2"])}, TITLE
    ),
    "weekday_hour_heatmap": lambda: capacity_charts.weekday_hour_heatmap(
        pd.DataFrame({"9": [30.0, 40.0], "10": [20.0, None]}, index=["1", "2"]),
        pd.DataFrame({"9": [20.0, 30.0], "10": [10.0, None]}, index=["1", "2"]),
        TITLE,
    ),
    "published_shares": lambda: contact_persons_charts.published_shares(
        pd.DataFrame(
            {
                "label_nl": ["kindermishandeling", "minderjarig", "binnen de familie"],
                "value": [54.0, 58.0, 90.0],
                "low": [53.5, 58.0, 89.5],
                "high": [54.5, 100.0, 90.5],
                "base": ["mogelijke slachtoffers", "mogelijke slachtoffers", "contacten"],
                "open_above": [False, True, False],
            }
        ),
        TITLE,
    ),
}


def draw_all() -> dict:
    """Every chart of ``CHARTS``, drawn (laid out) in the theme, all open at once."""
    figures.apply_theme()
    saved = matplotlib.rcParams["figure.max_open_warning"]
    matplotlib.rcParams["figure.max_open_warning"] = len(CHARTS) + 1  # every chart open at once, on purpose
    built = {name: make() for name, make in CHARTS.items()}
    matplotlib.rcParams["figure.max_open_warning"] = saved
    for fig in built.values():
        fig.canvas.draw()
    return built
