"""A chart's phone version, for the HTML only (review r14: 2020 #11, 2021 #3, demo #8; r20: 2020 #16, 2021 #8,
Tele-Onthaal #13, demo #15; r29: 2020 #18, 2021 #12, demo #17): at 390 px a chart drawn at the PDF's text width
(theme.WIDTH, 6.5 in) shrinks to about 340 CSS px, so its 8-9 pt type is 4-6 px high. The phone version is the same
figure drawn again at ``WIDTH`` inches, every text at least ``MIN_PT`` (a size and a half above the theme's text
size), the figure at least ``MIN_TALL`` as high as wide: shown at a phone's width its smallest type is about 13.4 CSS
px (figures_type; tests/render/test_chart_type.py). A legend that no longer fits the narrower picture gets fewer
columns (more rows, the picture grows taller for them); tick labels that would run into each other become initials in
one row (month names; other short names on two alternating rows), show every second one (an hour axis), or stand
upright where each names a category.
The PDF's picture is saved before (figures.png_bytes) and never changes; the HTML shows this one below 600 px
(pipeline/phone_figures.py). Same figure, same bytes (fixed PNG metadata, as figures.png_bytes)."""

from __future__ import annotations

import io
import textwrap
import warnings

import matplotlib.pyplot as plt
from matplotlib.collections import QuadMesh
from matplotlib.legend import Legend
from matplotlib.offsetbox import VPacker
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from . import figures_type, fmt, theme
from .figures_apart import _GAP_INCH, _apart, _move  # noqa: F401 (_GAP_INCH, _move: the phone's too)

WIDTH = 3.7  # inches: shown at ~340 CSS px, 92 px per inch, 10.5 pt type at ~13.4 px
# r29 (2020 #18, 2021 #12, demo #17): at the theme's 9 pt (11.5 CSS px, letters about 8-9 px high) readers still
# found ticks, axis titles and legends too small at 390 px; the phone's text is a size and a half larger
MIN_PT = theme.TEXT_PT + 1.5
MARK_PT = MIN_PT + 0.5  # a label in a box on the data (_larger_marks)
DPI = 150  # as the PDF's picture (figures.DPI): sharp on a phone's 2-3x screen
MIN_TALL = 0.8  # the figure's height over the phone's width at least (r29 2020 #18: twelve months were cramped)
TALL = "_phone_tall"  # a figure's own least height over the phone's width, where MIN_TALL leaves its plot cramped
PHONE_FIGURE = "_phone_figure"  # a chart's own phone version, drawn apart: a callable returning the figure
_ROW_INCH = 0.26  # a legend row of 10.5 pt type and its spacing
# r37 demo #9: a heat map's numbers in rows 0,13 in high were about 7 px on a phone: its rows this high, the numbers
# this large, the figure taller for them
CELL_ROW_INCH = 0.3
CELL_PT = MIN_PT + 1.5
_NAME_CHARS = 24  # a category name's line on a phone


def _legends(fig: plt.Figure) -> list[Legend]:
    found = list(fig.legends)
    for ax in fig.axes:
        if ax.get_legend() is not None:
            found.append(ax.get_legend())
    return found


def _rows(legend: Legend) -> int:
    entries = len(legend.legend_handles)
    return -(-entries // max(1, legend._ncols))


def _fewer_columns(legend: Legend) -> None:
    """The legend's entries in one column less, in the same order (matplotlib lays a legend out once, when it is
    made: ``set_ncols`` alone changes nothing drawn, so its columns are packed again here)."""
    columns = legend._legend_handle_box.get_children()
    entries = [entry for column in columns for entry in column.get_children()]
    legend._ncols -= 1
    per_column = -(-len(entries) // legend._ncols)
    legend._legend_handle_box._children = [
        VPacker(pad=0, sep=columns[0].sep, align=columns[0].align, children=entries[i : i + per_column])
        for i in range(0, len(entries), per_column)
    ]


def _fit_legends(fig: plt.Figure) -> int:
    """Fewer columns for every legend wider than the figure; returns how many rows were added."""
    width = fig.bbox.width
    added = 0
    for legend in _legends(fig):
        while legend._ncols > 1 and legend.get_window_extent(fig.canvas.get_renderer()).width > width * 0.98:
            before = _rows(legend)
            _fewer_columns(legend)
            added += _rows(legend) - before
            fig.canvas.draw()
        wide = legend.get_window_extent(fig.canvas.get_renderer()).width
        if wide > width * 0.98:  # one column and still too wide: its longest labels over two lines
            longest = max(len(t.get_text()) for t in legend.texts)
            chars = max(12, int(longest * width * 0.9 / wide))
            for text in legend.texts:
                if len(text.get_text()) > chars:
                    text.set_text(textwrap.fill(text.get_text(), chars))
                    added += 1
            fig.canvas.draw()
    return added


def _legends_below(fig: plt.Figure) -> int:
    """A legend beside its axes (right of it: on a phone it leaves the plot no width), or on its title's line where
    the phone's larger type makes the two touch (r52), under the axes instead, its entries in one column; returns how
    many rows it adds under the plot."""
    renderer = fig.canvas.get_renderer()
    added = 0
    for ax in fig.axes:
        legend = ax.get_legend()
        box = ax.get_window_extent(renderer)
        # r47 (demo r46 #14): a figure's key anchored inside the plot's top (capacity/answer_chart) covers the lines
        # at the phone's type size: under the plot too
        inside = [k for k in fig.legends if _within(k, box)]
        for key in inside:
            key.set_loc("upper center")
            key.set_bbox_to_anchor(
                (0.5, (ax.xaxis.get_tightbbox(renderer).y0 - box.y0) / box.height - 0.02), ax.transAxes
            )
            key._hulplijnen_under = ax  # _stagger moves it under a second row of month names
            added += len(key.legend_handles)
        if legend is None or not (legend.get_window_extent(renderer).x0 >= box.x1 - 1 or _on_title(ax, legend)):
            continue
        under = (ax.xaxis.get_tightbbox(renderer).y0 - box.y0) / box.height  # below the x axis' labels
        legend.set_loc("upper center")
        legend.set_bbox_to_anchor((0.5, under - 0.02), transform=ax.transAxes)
        added += len(legend.legend_handles)
    return added


def _on_title(ax, legend: Legend) -> bool:
    """Whether an axes' legend on its title's line (channels/charts.py, r52) covers the title at the phone's type."""
    title = ax._left_title
    return bool(title.get_text()) and title.get_window_extent().overlaps(legend.get_window_extent())


def _within(legend: Legend, box) -> bool:
    """Whether a figure's legend is anchored inside the axes' box ``box`` (its point, not its extent: the phone's
    larger type may widen it past the plot)."""
    anchor = legend.get_bbox_to_anchor()
    return box.x0 < anchor.x0 < box.x1 and box.y0 < anchor.y0 < box.y1


def _overlap(labels) -> bool:
    """Whether neighbouring labels touch (less than a space, ``_GAP_INCH``, between them)."""
    boxes = [t.get_window_extent() for t in labels]
    gap = _GAP_INCH * labels[0].figure.dpi
    return any(a.x1 + gap > b.x0 for a, b in zip(boxes, boxes[1:]))


def _stagger(ax, labels) -> bool:
    """Names (a month's 'jan', 'feb') that touch side by side on two alternating rows, 'feb', 'apr' ... a line
    below 'jan', 'mrt' ...: every month named, upright, at the phone's size (r27 2020 #15, 2021 #19: with every
    second month only, readers could not find one). False, nothing changed, for numbers or where even every second
    name would touch."""
    if not all(t.get_text().strip().isalpha() for t in labels) or _overlap(labels[::2]) or _overlap(labels[1::2]):
        return False
    named = ax.xaxis.get_major_formatter()
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: ("\n" if pos and pos % 2 else "") + named(v, pos)))
    renderer = ax.figure.canvas.get_renderer()
    box = ax.get_window_extent(renderer)
    # r47: a figure's key put under this plot (_legends_below) moves under the second row too
    keys = [ax.get_legend(), *(k for k in ax.figure.legends if getattr(k, "_hulplijnen_under", None) is ax)]
    for legend in (k for k in keys if k is not None and k.get_window_extent(renderer).y1 < box.y0):
        ax.figure.canvas.draw()  # under the plot: under the 2nd row
        under = (ax.xaxis.get_tightbbox(renderer).y0 - box.y0) / box.height
        legend.set_loc("upper center")
        legend.set_bbox_to_anchor((0.5, under - 0.02), transform=ax.transAxes)
    return True


def _initials(ax, labels) -> bool:
    """Month names that touch as their initials in one row, 'J F M A M J J A S O N D' (r66, r65 2020 #11: on two
    alternating rows the eye zigzagged to find a month); False, nothing changed, for other names or if these touch."""
    months = {fmt.month_short(f"2000-{m:02d}") for m in range(1, 13)}
    if not all(t.get_text().strip() in months for t in labels):
        return False
    named = ax.xaxis.get_major_formatter()
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: named(v, pos).strip()[:1].upper()))
    ax.figure.canvas.draw()
    if not _overlap([t for t in ax.get_xticklabels() if t.get_visible() and t.get_text().strip()]):
        return True
    ax.xaxis.set_major_formatter(named)
    ax.figure.canvas.draw()  # the names back, so _stagger measures them
    return False


def _thin_ticks(fig: plt.Figure) -> None:
    """Tick labels along x that run into each other: a number or a short name (a month, an hour) every second one;
    a longer name (a category) stands upright."""
    for ax in fig.axes:
        labels = [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text().strip()]
        if len(labels) < 2 or not _overlap(labels):
            continue
        if max(len(t.get_text()) for t in labels) > 5:
            ax.tick_params(axis="x", labelrotation=90)
            continue
        if _initials(ax, labels) or _stagger(ax, labels):
            continue
        step = 2
        while step < len(labels):
            shown = labels[::step]
            for i, label in enumerate(labels):
                label.set_visible(i % step == 0)
            if not _overlap(shown):
                break
            step += 1


def _fit_width(fig: plt.Figure, height: float) -> None:
    """The picture as saved (bbox_inches="tight": labels that stick out of the figure widen it) at most ``WIDTH``
    wide: the figure narrowed by what sticks out, a few times, as its layout moves with it."""
    for _ in range(4):
        if fig.get_layout_engine() is None:  # laid out once at the text's width (tight_layout): again at this one
            fig.tight_layout()
        fig.canvas.draw()
        saved = fig.get_tightbbox(fig.canvas.get_renderer()).width + 2 * plt.rcParams["savefig.pad_inches"]
        if saved <= WIDTH + 0.01:
            return
        fig.set_size_inches(max(1.5, fig.get_figwidth() - (saved - WIDTH) - 0.02), height)


def _larger_type(fig: plt.Figure) -> None:
    """Every text smaller than ``MIN_PT`` (numbers on the marks, notes in the plot, a small legend) at ``MIN_PT``."""
    for ax in fig.axes:
        for axis in ("x", "y"):
            labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
            if any(t.get_fontsize() < MIN_PT for t in labels):
                ax.tick_params(axis=axis, which="both", labelsize=MIN_PT)
    for text in fig.findobj(Text):
        if text.get_fontsize() < MIN_PT:
            text.set_fontsize(MIN_PT)


def _larger_marks(fig: plt.Figure) -> None:
    """A label hanging in its own white box from the plot's top (a campaign's date on its line, over a shaded
    period) a size above ``MIN_PT``: at a phone's width it was about 9 px on the band it marks (r24 2020 #18). Not a
    value on a bar (set above it): bars side by side leave it no room to grow."""
    for ax in fig.axes:
        for text in ax.texts:
            hanging = text.get_bbox_patch() is not None and text.get_va() == "top"
            if hanging and text.get_fontsize() < MARK_PT:
                text.set_fontsize(MARK_PT)


def _fit_notes(fig: plt.Figure) -> None:
    """A note written in the plot (a timeline's) that runs past the plot's right edge moved left to end there (not
    wrapped: its second line would run into the next row), a number on a bar reaching over the tick labels on the
    left moved right (r20: "ongeveer 5.420" covered "6.000"), and a panel's or an axis' title wider than the picture
    over more lines: the narrower figure keeps its plot wide instead of making room for them."""
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        for text in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label):  # r29: a left title, an axis' too
            box = text.get_window_extent(renderer) if text.get_text() else None
            room = fig.bbox.width * 0.95 - (max(0, box.x0) if text is ax._left_title else 0) if box else 0
            if box and box.width > room:
                chars = int(len(text.get_text()) * max(room, fig.bbox.width / 2) * 0.95 / box.width)
                text.set_text(textwrap.fill(text.get_text(), max(12, chars)))
        plot = ax.get_window_extent(renderer)
        for text in ax.texts:
            box = text.get_window_extent(renderer)
            if text.get_rotation() or "\n" in text.get_text() or box.x0 >= plot.x1:
                continue
            if box.x1 > plot.x1 + 1 and text.get_ha() == "left":  # past the right edge: moved left, at most to its left
                _move(text, max(plot.x1 - box.x1, plot.x0 - box.x0))
            elif box.x0 < plot.x0 - 1:  # a number on a bar that reaches over the tick labels: moved right
                _move(text, plot.x0 - box.x0)


def _fit_on_bars(fig: plt.Figure) -> None:
    """A number centred on a bar that is narrower than the number at the phone's width stands above that bar, in
    black, not over its edges (r26 2021 #9: "14 %" ran over 1712's e-mail segment); two such side by side apart."""
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        moved = []
        for text in ax.texts:
            if text.get_va() != "center" or text.get_rotation() or not text.get_text().strip():
                continue
            box = text.get_window_extent(renderer)
            centre = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
            bar = next((p for p in ax.patches if p.get_visible() and p.contains_point(centre)), None)
            if bar is None or box.width <= bar.get_window_extent(renderer).width - 2:
                continue
            edge = bar.get_window_extent(renderer)
            x, _ = ax.transData.inverted().transform(centre)
            _, y = ax.transData.inverted().transform((centre[0], edge.y1 + 2))
            text.set_position((x, y))
            text.set_va("bottom")
            text.set_color("black")
            if moved and abs(moved[-1].get_position()[1] - y) < 1e-9:
                moved[-1].set_ha("right")
                text.set_ha("left")
            moved.append(text)


def _no_colour_key_for_numbered_cells(fig: plt.Figure) -> None:
    """A colour bar beside a heatmap whose cells carry their numbers goes: the numbers say the values, and on a
    phone its room is the cells' (with it, "1,5" ran into its neighbour). One lying under the panels stays: it
    takes no width from the cells (demo r30 #18: the colours had no key)."""
    for cax in list(fig.axes):
        colorbar = getattr(cax, "_colorbar", None)
        heatmap = getattr(getattr(colorbar, "mappable", None), "axes", None)
        if heatmap is not None and len(heatmap.texts) >= 4 and colorbar.orientation == "vertical":
            colorbar.remove()


def _taller_cells(fig: plt.Figure, height: float) -> float:
    """The phone's height for a figure whose heat maps carry a number in each cell (4 or more): each row of cells
    ``CELL_ROW_INCH`` high, the numbers at ``CELL_PT``; ``height`` for any other figure."""
    maps = [ax for ax in fig.axes if any(isinstance(c, QuadMesh) for c in ax.collections) and len(ax.texts) >= 4]
    if not maps:
        return height
    for text in (t for ax in maps for t in ax.texts):
        text.set_fontsize(max(text.get_fontsize(), CELL_PT))
    cells = sum(ax.get_position().height for ax in maps) * fig.get_figheight()  # as laid out for the PDF
    rows = sum(len(ax.get_yticks()) for ax in maps)
    return max(height, fig.get_figheight() - cells + rows * CELL_ROW_INCH)


def _wrap_names(fig: plt.Figure) -> None:
    """Category names along y longer than ``_NAME_CHARS`` over more lines: the bars keep room on a phone."""
    for ax in fig.axes:
        names = [t.get_text() for t in ax.get_yticklabels()]
        if any(len(n) > _NAME_CHARS and not any(c.isdigit() for c in n) for n in names):
            ax.set_yticks(ax.get_yticks(), labels=[textwrap.fill(n, _NAME_CHARS) for n in names])


def png_bytes(fig: plt.Figure) -> bytes:
    """The figure drawn again at the phone's width (changes ``fig``: call after the PDF's picture is saved)."""
    own = getattr(fig, PHONE_FIGURE, None)
    if own is not None:  # the chart draws its phone version itself (another layout of the same data): that one
        phone = own()
        try:
            return png_bytes(phone)
        finally:
            plt.close(phone)
    width, height = fig.get_size_inches()
    height = max(height, getattr(fig, TALL, MIN_TALL) * (WIDTH - 0.2))
    height = _taller_cells(fig, height)
    _larger_type(fig)
    _larger_marks(fig)
    fig.set_size_inches(min(width, WIDTH - 0.2), height)
    with warnings.catch_warnings():
        # long category names do not fit the phone's width before they are wrapped (next line): the first layout may
        # collapse the axes, which matplotlib warns about with this module's path (into the notebook: r19 demo)
        warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
        fig.canvas.draw()
    _no_colour_key_for_numbered_cells(fig)
    _wrap_names(fig)
    _fit_notes(fig)
    _fit_on_bars(fig)
    height += (_legends_below(fig) + _fit_legends(fig)) * _ROW_INCH
    _fit_width(fig, height)
    _apart(fig)
    _thin_ticks(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata=figures_type.metadata(fig), dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()
