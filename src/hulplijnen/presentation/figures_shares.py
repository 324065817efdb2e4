"""Horizontal stacked bars of shares (one bar per row label, one segment per channel), for the PDF and drawn apart for
a phone (figures_phone.PHONE_FIGURE). r49 (2021 #4, #5): a share stands inside its segment where it fits at the
picture's own width and type size; the shares that do not fit stand under their bar, in the legend's order and named
by their channel ('e-mail 14 %  ·  chat 18 %'), from the axis' start: never past the axis' end, never beside a
segment they might be read as belonging to. The bars are lower than before (three bars took 3.15 in and pushed the
next chart to the next page)."""

from __future__ import annotations

import functools

import matplotlib.pyplot as plt
import pandas as pd

from . import fmt
from .figures import legend_below
from .figures_contrast import text_on
from .figures_phone import MIN_PT, PHONE_FIGURE
from .figures_phone import WIDTH as PHONE_WIDTH
from .theme import CHANNEL_COLOURS, TEXT_PT, WIDTH, channel_label

BAR = 0.55  # a bar's height (rows 1 apart): the room under it holds the shares that do not fit inside
ROW_INCH = 0.42  # a row's height in the PDF (was 0.65 in: r44, r49)
PAD_INCH = 0.05  # the least room on either side of a share inside its segment
UNDER = "  ·  "  # between two shares under a bar
# r56 (r55 2021 #8): on a phone the shares under a bar sat bold in the narrow gap between bars, on the gridlines, the
# last one just above the axis' numbers: a lower bar, taller rows, the shares in plain type on a white ground, and
# room under the last bar
PHONE_BAR, PHONE_ROWS, PHONE_FOOT = 0.45, 2.3, 0.35


def _fonts(size: float) -> dict:
    return {k: size for k in ("font.size", "axes.labelsize", "xtick.labelsize", "ytick.labelsize", "legend.fontsize")}


def stacked_shares(shares: pd.DataFrame, phone: bool = False) -> plt.Figure:
    """``shares`` has columns label, channel, share_pct; ``phone``: the phone's version (its width, its type)."""
    size = MIN_PT if phone else TEXT_PT
    labels = list(dict.fromkeys(shares["label"]))
    width = PHONE_WIDTH - 0.2 if phone else WIDTH
    with plt.rc_context(_fonts(size)):
        thick = PHONE_BAR if phone else BAR
        tall = 1.0 + ROW_INCH * len(labels) * (PHONE_ROWS if phone else 1)
        fig, ax = plt.subplots(figsize=(width, tall), layout="constrained")
        rows = {label: i for i, label in enumerate(labels)}
        left = pd.Series(0.0, index=labels)
        present = set(shares.loc[shares["share_pct"].fillna(0) > 0, "channel"])  # an empty segment: no legend entry
        placed = []  # (label, channel, value, text, segment)
        for channel in [c for c in CHANNEL_COLOURS if c in present]:
            part = shares[shares["channel"] == channel].set_index("label")["share_pct"].reindex(labels).fillna(0.0)
            bars = ax.barh(
                labels, part, left=left, color=CHANNEL_COLOURS[channel], label=channel_label(channel), height=thick
            )
            for (label, value), bar in zip(part.items(), bars):
                if value > 0:
                    text = ax.text(
                        left[label] + value / 2,
                        rows[label],
                        fmt.pct(value, 0),
                        ha="center",
                        va="center",
                        color=text_on(CHANNEL_COLOURS[channel]),
                        fontsize=size,
                        fontweight="bold",
                    )
                    placed.append((label, channel, value, text, bar))
            left += part
        ax.set(xlabel="aandeel (%)", xlim=(0, 100), ylim=(len(labels) - 0.5 + (PHONE_FOOT if phone else 0.15), -0.5))
        legend_below(fig, fontsize=size)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        pad = PAD_INCH * fig.dpi
        under = {label: [] for label in labels}
        for label, channel, value, text, bar in placed:
            if text.get_window_extent(renderer).width + 2 * pad > bar.get_window_extent(renderer).width:
                text.remove()
                under[label].append(f"{channel_label(channel)} {fmt.pct(value, 0)}")
        plot = ax.get_window_extent(renderer)
        for label, said in under.items():
            if not said:
                continue
            text = ax.text(
                0,
                rows[label] + thick / 2 + (0.08 if phone else 0.04),
                UNDER.join(said),
                ha="left",
                va="top",
                color="black",
                fontsize=size,
                fontweight="normal" if phone else "bold",
                **({"bbox": {"facecolor": "white", "edgecolor": "none", "pad": 1.0}, "zorder": 3} if phone else {}),
            )
            if text.get_window_extent(renderer).width > plot.width:  # one share a line where the line is too long
                text.set_text("\n".join(said))
    if not phone:
        setattr(fig, PHONE_FIGURE, functools.partial(stacked_shares, shares, phone=True))
    return fig
