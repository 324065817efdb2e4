"""Contrast of what a chart draws (WCAG 2.1 AA: 1.4.11 non-text contrast, 1.4.3 text contrast), read from
the drawn matplotlib figure: a line or marker at least 3:1 against the plot's background; a bar, band or
span at least 3:1 by its fill or by its outline; text at least 4.5:1 against what it stands on (the plot,
the page, the bar under it, or its own opaque box). Shaded areas drawn as collections (an interval band, a heatmap's
cells) are read with the line or the numbers they go with and are not checked here."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import to_hex, to_rgba

GRAPHICS = 3.0
TEXT = 4.5


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour) -> float:
    r, g, b, _ = to_rgba(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def ratio(a, b) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(fill) -> str:
    """White text on ``fill`` when that reads at 4.5:1, else black."""
    return "white" if ratio("white", fill) >= TEXT else "black"


def over(colour, background, alpha: float | None = None) -> tuple[float, float, float]:
    """``colour`` (with its own alpha, times ``alpha``) painted over an opaque ``background``."""
    r, g, b, a = to_rgba(colour)
    a *= 1.0 if alpha is None else alpha
    base = to_rgba(background)
    return tuple(a * c + (1 - a) * d for c, d in zip((r, g, b), base[:3]))


def _background(ax):
    return over(ax.get_facecolor(), ax.figure.get_facecolor())


def _cell_under(ax, text):
    """The colour of a heatmap's cell (a QuadMesh of unit cells, as seaborn draws it) under a text, if any."""
    from matplotlib.collections import QuadMesh

    x, y = text.get_position()
    for mesh in (c for c in ax.collections if isinstance(c, QuadMesh)):
        rows, columns = mesh.get_coordinates().shape[0] - 1, mesh.get_coordinates().shape[1] - 1
        row, column = int(float(y)), int(float(x))
        colours = mesh.get_facecolors()
        if 0 <= row < rows and 0 <= column < columns and len(colours) == rows * columns:
            return colours[row * columns + column]
    return None


def heatmap_text(ax) -> None:
    """Every number written on a heatmap's cells in white or black, whichever has 4.5:1 on that cell."""
    for text in ax.texts:
        cell = _cell_under(ax, text)
        if cell is not None:
            text.set_color(text_on(over(cell, _background(ax))))


def _patch_under(ax, text):
    """The bar a text inside the plot stands on, if any."""
    box = text.get_window_extent()
    point = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    for patch in ax.patches:
        if patch.get_visible() and patch.get_fill() and patch.contains_point(point):
            return patch
    return None


def problems(fig) -> list[str]:
    """Every drawn element below its contrast threshold, described in a few words."""
    fig.canvas.draw()
    page = over(fig.get_facecolor(), "white")
    found = []
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        bg = _background(ax)
        for line in ax.lines:
            drawn = line.get_visible() and np.isfinite(line.get_path().vertices).all(axis=1).any()
            if not drawn or (line.get_linestyle() in ("None", "") and line.get_marker() in (None, "None", "")):
                continue
            colour = over(line.get_color(), bg, line.get_alpha())
            if ratio(colour, bg) < GRAPHICS:
                found.append(f"line '{line.get_label()}' {to_hex(colour)}: {ratio(colour, bg):.1f}:1")
        for patch in ax.patches:
            if not patch.get_visible() or patch.get_window_extent().width * patch.get_window_extent().height == 0:
                continue
            alpha = patch.get_alpha()
            face = over(patch.get_facecolor(), bg, alpha) if patch.get_fill() else bg
            edge = over(patch.get_edgecolor(), bg, alpha)
            outlined = patch.get_linewidth() > 0 or (patch.get_hatch() and not patch.get_fill())
            if ratio(face, bg) < GRAPHICS and not (outlined and ratio(edge, bg) >= GRAPHICS):
                found.append(f"area {to_hex(face)} (outline {to_hex(edge)}): {ratio(face, bg):.1f}:1")
        for text in ax.texts:
            if text.get_visible() and text.get_text().strip():
                under, cell = _patch_under(ax, text), _cell_under(ax, text)
                behind = over(under.get_facecolor(), bg, under.get_alpha()) if under is not None else bg
                behind = over(cell, bg) if cell is not None else behind
                # a text on its own opaque box (theme.VALUE_BOX) stands on that box, whatever is under it (r30 TO #15)
                box = text.get_bbox_patch()
                if box is not None and box.get_facecolor()[3] == 1 and box.get_alpha() in (None, 1):
                    behind = over(box.get_facecolor(), bg)
                found += _text(text, behind)
        labels = [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.get_xticklabels(), *ax.get_yticklabels()]
        for text in labels:
            if text.get_visible() and text.get_text().strip():
                found += _text(text, page)
    for legend in fig.legends:
        for text in legend.get_texts():
            found += _text(text, page)
    return found


def _text(text, behind) -> list[str]:
    colour = over(text.get_color(), behind, text.get_alpha())
    if ratio(colour, behind) < TEXT:
        return [f"text '{text.get_text()}' {to_hex(colour)} on {to_hex(behind)}: {ratio(colour, behind):.1f}:1"]
    return []
