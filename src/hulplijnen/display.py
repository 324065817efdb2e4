"""What notebooks show: Markdown text, tables as clean Markdown, figures as PNG."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, Markdown, display

from . import escape, figures


def show_text(text: str) -> None:
    display(Markdown(text))


def show_table(frame: pd.DataFrame) -> None:
    """A clean markdown table in HTML and typst; cells are pre-formatted strings (no numparse).
    An empty table is shown as one row saying so, never as a bare header."""
    if frame.empty:
        frame = pd.DataFrame([["geen"] + [""] * (len(frame.columns) - 1)], columns=frame.columns)
    safe = frame.map(escape.md_cell).rename(columns=escape.md_cell)  # labels from data and params: text, not markup
    display(Markdown(safe.to_markdown(index=False, disable_numparse=True)))


def show_figure(fig: plt.Figure | None) -> None:
    """Display a figure as a PNG output (what Quarto embeds) and close it. None (a figure function
    had nothing to draw, e.g. no monthly series) shows nothing: no empty chart; the text says why."""
    if fig is None:
        return
    display(Image(data=figures.png_bytes(fig), format="png"))
    plt.close(fig)
