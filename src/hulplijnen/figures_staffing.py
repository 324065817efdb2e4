"""Figures of the capacity chapter's staffing part: counsellors needed per weekday x hour, counsellor-hours
per week against those logged in, the model's fit, and the abandonment curve. Each takes what
chapters/capacity_staffing.py prepared and returns None when there is nothing to draw."""

from __future__ import annotations

import functools

import matplotlib.patches
import matplotlib.pyplot as plt
import pandas as pd

from . import figures_describe as describe
from . import fmt
from .figures import SUPPRESSED_HATCH
from .figures_alt import described_by
from .figures_contrast import heatmap_text
from .theme import OKABE_ITO, WIDTH, value_label

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def _number(value: float, decimals: int) -> str:
    return "" if pd.isna(value) else fmt.number(value, decimals)


@described_by(describe.need_heatmap)
def need_heatmap(grids: dict[str, pd.DataFrame] | None, title: str) -> plt.Figure | None:
    """Counsellors per weekday x hour band, one panel per grid (panel title -> grid): needed per target,
    and logged in on average (a grid whose ``attrs['decimals']`` is 1); an hour without queued calls is
    left out, a suppressed one hatched."""
    if not grids:
        return None
    import seaborn as sns

    fig, axes = plt.subplots(len(grids), 1, figsize=(WIDTH, 1.6 + 1.8 * len(grids)), squeeze=False)
    vmax = max(float(g.astype(float).max().max()) for g in grids.values())
    open_rows = {label: [i for i in g.index if i in g.attrs.get("open_days", g.index)] for label, g in grids.items()}
    open_columns = {
        label: [c for c in g.columns if c in g.attrs.get("open_hours", g.columns)] for label, g in grids.items()
    }
    for ax, (label, grid) in zip(axes[:, 0], grids.items()):
        values = grid.astype(float)
        # an hour or a day without a queue (the line closed) is left out; a suppressed hour stays, hatched
        shown = values.loc[open_rows[label], open_columns[label]]
        decimals = grid.attrs.get("decimals", 0)
        sns.heatmap(
            shown,
            ax=ax,
            cmap="Blues",
            vmin=0,
            vmax=vmax,
            annot=shown.map(functools.partial(_number, decimals=decimals)),
            fmt="",  # Dutch numbers (1,6), as in the text
            linewidths=0.3,
            linecolor="white",
            mask=shown.isna(),
            cbar_kws={"label": "hulpverleners"},
        )
        ax.set_facecolor("#dddddd")
        ax.grid(False)  # cells, not a grid: no line under the numbers
        for i, j in zip(*shown.isna().to_numpy().nonzero()):
            ax.add_patch(
                matplotlib.patches.Rectangle(
                    (j, i), 1, 1, fill=False, hatch=SUPPRESSED_HATCH, edgecolor="#555555", lw=0
                )
            )
        days = [DAYS[int(d) - 1] for d in shown.index]
        ax.set_yticks([i + 0.5 for i in range(len(shown.index))], days, rotation=0)
        ax.set(xlabel="uur", ylabel="", title=label)
        heatmap_text(ax)  # each number in black or white, whichever reads at 4.5:1 on its cell
    fig.tight_layout()
    return fig


@described_by(describe.weekly_hours)
def weekly_hours(bars: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """Counsellor-hours per week: logged in, the conversation time asked for, and needed per target."""
    if bars is None or bars.empty:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 2.8))
    ax.barh(bars["label"], bars["hours"], color=OKABE_ITO[0])  # one colour: each bar is named on the axis
    for y, hours in enumerate(bars["hours"]):
        value_label(ax, fmt.number(round(hours)), (hours, y), xytext=(4, 0), va="center")
    ax.invert_yaxis()
    ax.set(xlabel="hulpverlenersuren per week", ylabel="")
    ax.set_xlim(0, float(bars["hours"].max()) * 1.15)
    fig.tight_layout()
    return fig


@described_by(describe.model_fit)
def model_fit(frame: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """Per weekday x hour: the answer rate Erlang A predicts for the counsellors logged in against the
    one measured; the diagonal is a perfect fit."""
    if frame is None or frame.empty:
        return None
    fig, ax = plt.subplots(figsize=(4.6, 4.2))
    measured, predicted = frame["measured_rate"] * 100, frame["predicted_rate"] * 100
    ax.scatter(measured, predicted, s=18, color=OKABE_ITO[0], alpha=0.8, label="een uur van een weekdag")
    low = max(0.0, float(min(measured.min(), predicted.min())) - 10)
    high = min(100.0, float(max(measured.max(), predicted.max())) + 10)
    ax.plot([low, high], [low, high], color="#555555", linewidth=1, linestyle="--", label="perfecte voorspelling")
    ax.set(
        xlabel="gemeten % beantwoord", ylabel="voorspeld % beantwoord (Erlang A)", xlim=(low, high), ylim=(low, high)
    )
    ax.set_aspect("equal")
    ax.legend(loc="lower right", frameon=False)
    fig.tight_layout()
    return fig


@described_by(describe.still_waiting)
def still_waiting(curve: pd.DataFrame | None, title: str) -> plt.Figure | None:
    """The abandonment curve: share of callers still waiting after t seconds (Kaplan-Meier)."""
    if curve is None or curve.empty:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH, 3.0))
    x = [0, *curve["seconds"]]
    y = [100, *curve["still_waiting_pct"]]
    ax.plot(x, y, "-o", color=OKABE_ITO[0], markersize=4)  # the curve at the published points only
    ax.set(xlabel="seconden in de wachtrij", ylabel="% nog aan de lijn", ylim=(0, 102))
    fig.tight_layout()
    return fig
