"""The demo's staffing part says what it means (issue 21, a fresh reader's findings): which calls the
conversation hours are of, why the simulation answers more than the target, one impersonal voice; its charts
show a key for hatched (hidden) cells only when one is hatched, whole counsellors without decimals, and a
plain axis label (the model's name belongs to the methods)."""

import re
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from hulplijnen.chapters.capacity import charts  # noqa: E402
from hulplijnen.presentation import figures  # noqa: E402
from hulplijnen.presentation.figures_alt import alt_text  # noqa: E402
from hulplijnen.presentation.text import TEXT_FOLDERS, environment  # noqa: E402

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def grid(hidden: bool) -> pd.DataFrame:
    frame = pd.DataFrame(np.arange(1.0, 15.0).reshape(7, 2) * 10, index=[str(d) for d in range(1, 8)])
    frame.columns = ["09", "10"]
    if hidden:
        frame.iloc[2, 1] = np.nan
    return frame


def keys(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


@pytest.mark.parametrize("hidden", [True, False])
def test_the_hatch_has_a_key_exactly_when_a_cell_is_hatched(hidden):
    figures.apply_theme()
    fig = charts.weekday_hour_heatmap(grid(hidden), grid(hidden), "t")
    assert (charts.HIDDEN_KEY in keys(fig)) is hidden
    need = charts.need_heatmap({"nodig": grid(hidden)}, "t")
    assert (charts.HIDDEN_KEY in keys(need)) is hidden
    matplotlib.pyplot.close("all")


def test_no_caption_promises_a_hatch_the_chart_may_not_draw():
    source = (NOTEBOOKS / "capacity.py").read_text()
    assert not re.search(r"fig-cap:.*gearceerd", source)


def test_whole_counsellors_are_read_out_without_decimals():
    figures.apply_theme()
    need = pd.DataFrame({"09": [3.0, 12.0]}, index=["1", "2"])
    logged = pd.DataFrame({"09": [1.64, 2.0]}, index=["1", "2"])
    logged.attrs["decimals"] = 1
    alt = alt_text(charts.need_heatmap({"nodig": need, "aangemeld": logged}, "t"))
    assert "ma 09 uur 3;" in alt and "di 09 uur 12." in alt and "3,0" not in alt
    assert "ma 09 uur 1,6" in alt


def test_the_model_fit_axis_names_no_model():
    figures.apply_theme()
    frame = pd.DataFrame({"weekday": ["1"], "hour": ["09"], "measured_rate": [0.5], "predicted_rate": [0.6]})
    ax = charts.model_fit(frame, "t").axes[0]
    assert "Erlang" not in ax.get_ylabel() + ax.get_xlabel()
    assert "Erlang" not in alt_text(ax.figure)


MODEL = {
    "targets": [{"pct": 80, "hours": 117, "peak": 3, "per_logged_in": 2.0}],
    "load": 58,
    "queued": 10258,
    "offered": 12876,
    "all_load": 73,
    "logged_in": 59,
    "per_open_hour": 1.5,
    "predicted": 57.1,
    "measured": 55.6,
    "simulation": {
        "erlang": 88.2,
        "simulated": 87.5,
        "redial_share": 50,
        "delay": 10,
        "per_attempt": 90.2,
        "per_caller": 95.6,
    },
}


def staffing_text(model: dict, synthetic: bool = False) -> str:
    measured = {"wait": None, "within": {20: None, 60: None}, "patience": None, "handle": None}
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    return " ".join(template.render(measured=measured, model=model, synthetic=synthetic).split())


def test_the_target_names_its_base_calls_in_opening_hours():
    """r11 #3: '80 % van de oproepen' sat after the share of all calls; the model covers queued calls only."""
    assert "Om 80 % van de oproepen tijdens de openingsuren te beantwoorden" in staffing_text(MODEL)


def test_the_model_check_on_made_up_data_says_it_agrees_by_construction():
    """r11 #5: the synthetic patience is the model's own exponential: the check cannot fail on it."""
    assert "klopt het model vanzelf" in staffing_text(MODEL, synthetic=True)
    assert "klopt het model vanzelf" not in staffing_text(MODEL)


def test_the_pooled_queue_is_named_as_a_lower_bound():
    """r11 #4: one pooled queue needs the fewest staff; five provincial lines need more."""
    assert "één gezamenlijke wachtrij" in staffing_text(MODEL) and "ondergrens" in staffing_text(MODEL)


def test_redials_that_raise_the_answered_share_say_why():
    """r11 #11: 90,2 % with redials against 87,5 % without read as a bug: the fewer hang-ups, the fewer redials."""
    said = staffing_text(MODEL)
    assert "Dat is meer dan zonder opnieuw bellen" in said and "minder oproepen binnen" in said
    assert "een aanname, niet afgeleid uit de 3 tot 4 pogingen" in said
    lower = {**MODEL, "simulation": {**MODEL["simulation"], "per_attempt": 85.0}}
    assert "Dat is meer dan zonder opnieuw bellen" not in staffing_text(lower)


def test_the_conversation_hours_name_their_calls():
    said = staffing_text(MODEL)
    assert "in de wachtrij kwam (10.258 oproepen)" in said and "58 uur" in said
    assert "alle 12.876 aangeboden oproepen, ook die buiten de openingsuren, zouden samen ongeveer 73 uur" in said
    assert "Als elke oproep beantwoord werd" not in said


def test_a_simulation_above_its_target_says_why():
    said = staffing_text(MODEL)
    assert "Beide liggen boven 80 %" in said and "naar boven afgerond" in said
    below = {**MODEL, "simulation": {**MODEL["simulation"], "simulated": 79.0}}
    assert "naar boven afgerond" not in staffing_text(below)


def test_the_staffing_text_speaks_in_one_impersonal_voice():
    said = staffing_text(MODEL)
    assert not re.search(r"\b(we|wij|ons|Laten)\b", said), said
    assert "In de simulatie belt 50 % van wie ophangt" in said
