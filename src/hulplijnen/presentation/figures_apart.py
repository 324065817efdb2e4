"""Numbers above bars on a chart's phone version (figures_phone): each directly above its own bar, off the taller
bars beside it, apart from each other (r28 2021 #12, r29 2021 #19)."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.text import Annotation, Text

_GAP_INCH = 0.05  # between two tick labels: about a space of the phone's type


def _move(text: Text, dx: float, dy: float = 0) -> None:
    """A text ``dx``, ``dy`` pixels along x and y (an annotation: its offset from the point it labels)."""
    if isinstance(text, Annotation) and text.anncoords == "offset points":
        text.xyann = (text.xyann[0] + dx * 72 / text.figure.dpi, text.xyann[1] + dy * 72 / text.figure.dpi)
        return
    position = text.convert_xunits(text.get_position()[0]), text.convert_yunits(text.get_position()[1])  # dates
    x, y = text.get_transform().transform(position)
    text.set_position(text.get_transform().inverted().transform((x + dx, y + dy)))


def _apart(fig: plt.Figure) -> None:
    """Numbers above neighbouring marks at the phone's type size (one size for all), each directly above its own mark
    (r29 2021 #19): a number whose white box reaches over a taller neighbouring bar moves sideways off it as far as it
    stays above its own bar (between two, in the middle); a number that touches one placed before (r28 2021 #12:
    "17,9 %" ran into "11,3 %") moves sideways where it can, else the higher is raised just above the lower, so no
    number floats far above its bar. Where a number is wider than the room between two taller bars, every number of
    the chart stands upright on its bar (four bars a year, r29 2021 #12). Only numbers move: a mark's words ('n.g.'
    where a share is not published, r29 2021 #12) keep their slot (the same words side by side that touch: each
    upright in its own slot, r30 2021 #18), and a heatmap's numbers centred in their cells stay (r29 demo #1)."""
    renderer = fig.canvas.get_renderer()
    gap = _GAP_INCH * fig.dpi
    for ax in fig.axes:
        texts = [
            t
            for t in ax.texts  # a number standing above its mark; not a heatmap's number centred in its cell (r29)
            if t.get_visible()
            and any(c.isdigit() for c in t.get_text())
            and not t.get_rotation()
            and t.get_va() in ("bottom", "baseline")
        ]
        # numbers on columns standing on the axis (not stacked, not lying): each kept on its own; else (a line's dates,
        # stacked segments) as before r30: the later one raised above the earlier
        columns = bool(ax.patches) and all(
            getattr(p, "get_y", lambda: None)() == 0 and p.get_data_transform() is ax.transData for p in ax.patches
        )  # a shaded period (axvspan) is no column
        bars = [p.get_window_extent(renderer) for p in ax.patches if p.get_visible()] if columns else []
        _upright_marks(ax, gap)
        if any(_squeezed(t, bars, gap / 2) for t in texts):  # bars too narrow for their numbers: all upright on them
            for text in texts:
                _upright(text)
            continue
        placed = []
        order = (
            (lambda t: t.get_window_extent(renderer).y0) if columns else (lambda t: t.get_window_extent(renderer).x0)
        )
        for text in sorted(texts, key=order):
            own = _off_bars(text, bars, gap / 2)
            box = text.get_window_extent(renderer)
            for other in sorted(placed, key=lambda b: b.y0) if columns else placed:
                near = box.y0 < other.y1 + gap and other.y0 < box.y1 + gap  # their white boxes (theme.VALUE_BOX) meet
                if not (box.x0 < other.x1 + gap and other.x0 < box.x1 + gap and near):
                    continue
                left = other.x0 + other.x1 < box.x0 + box.x1
                shift = other.x1 + gap - box.x0 if left else other.x0 - gap - box.x1
                if own is not None and _free(box.translated(shift, 0), own, bars, placed, gap, ax.get_window_extent()):
                    _move(text, shift)
                else:
                    _move(text, 0, other.y1 + gap - box.y0)
                box = text.get_window_extent(renderer)
            placed.append(box)


def _free(box, own, bars: list, placed: list, gap: float, plot) -> bool:
    """Whether a number at ``box`` stands over its own bar (its middle), off every taller bar beside it and apart
    from the numbers placed, inside the plot (``plot``)."""
    middle = (box.x0 + box.x1) / 2
    over = _beside(box, own, bars, gap / 2)
    touch = any(
        box.x0 < o.x1 + gap and o.x0 < box.x1 + gap and box.y0 < o.y1 + gap and o.y0 < box.y1 + gap for o in placed
    )
    inside = box.x0 >= plot.x0 and box.x1 <= plot.x1
    return own.x0 <= middle <= own.x1 and inside and not over and not touch


def _beside(box, own, bars: list, reach: float) -> list:
    """The bars other than ``own`` that stand higher than the number's foot and that its white box reaches over."""
    return [
        b for b in bars if b is not own and b.y1 > box.y0 - reach and box.x0 - reach < b.x1 and b.x0 < box.x1 + reach
    ]


def _off_bars(text: Text, bars: list, reach: float):
    """A number whose white box (``reach`` around it) runs over a bar beside its own that stands higher than the
    number's foot, moved sideways off that bar while its middle stays above its own bar (the bar under it); between
    two such bars in the middle. Its own bar, or None."""
    box = text.get_window_extent()
    middle = (box.x0 + box.x1) / 2
    own = next((b for b in bars if b.x0 <= middle <= b.x1 and b.y1 <= box.y0 + reach), None)
    if own is None:
        return None
    over = _beside(box, own, bars, reach)
    left = max((b.x1 + reach for b in over if b.x0 < own.x0), default=None)
    right = min((b.x0 - reach for b in over if b.x0 >= own.x0), default=None)
    if left is not None and right is not None:  # taller bars on both sides: in the middle between them
        shift = (left + right) / 2 - middle
    else:
        shift = left - box.x0 if left is not None else right - box.x1 if right is not None else 0.0
    shift = min(max(shift, own.x0 - middle), own.x1 - middle)  # the middle stays over its own bar
    plot = text.axes.get_window_extent()  # and the number inside the plot, off the tick labels (r20 2021 #8)
    shift = min(max(shift, plot.x0 - box.x0), plot.x1 - box.x1) if box.width <= plot.width else 0.0
    if shift:
        _move(text, shift)
    return own


def _own(box, bars: list, reach: float):
    middle = (box.x0 + box.x1) / 2
    return next((b for b in bars if b.x0 <= middle <= b.x1 and b.y1 <= box.y0 + reach), None)


def _squeezed(text: Text, bars: list, reach: float) -> bool:
    """Whether a number stands between two taller bars whose room (between their edges) is narrower than the number
    (at the phone's one size for all numbers: none is made smaller)."""
    box = text.get_window_extent()
    own = _own(box, bars, reach)
    if own is None:
        return False
    over = _beside(box, own, bars, reach)
    left = max((b.x1 + reach for b in over if b.x0 < own.x0), default=None)
    right = min((b.x0 - reach for b in over if b.x0 >= own.x0), default=None)
    # the number itself between the bars' edges (its white box may touch them)
    return left is not None and right is not None and right - left + 2 * reach < box.width


def _upright(text: Text) -> None:
    """A number turned upright, standing on its mark (its offset sideways undone)."""
    if isinstance(text, Annotation) and text.anncoords == "offset points":
        text.xyann = (0, text.xyann[1])
    text.set_rotation(90)
    text.set_ha("center")
    text.set_va("bottom")


def _upright_marks(ax, gap: float) -> None:
    """The same words ('n.g.') side by side in one row that touch: each turned upright in its own slot, so every
    missing bar keeps its own mark, as in print (r30 2021 #18: written once between two slots, one lost its mark)."""
    words = [
        t for t in ax.texts if t.get_visible() and t.get_text().strip() and not any(c.isdigit() for c in t.get_text())
    ]
    words = sorted((t for t in words if not t.get_rotation()), key=lambda t: t.get_window_extent().x0)
    touching = set()
    for one, two in zip(words, words[1:]):
        if _beside_in_row(one, two, gap):
            touching |= {one, two}
    for text in touching:
        text.set_rotation(90)
        text.set_ha("center")
        text.set_va("bottom")


def _beside_in_row(a: Text, b: Text, gap: float) -> bool:
    one, two = a.get_window_extent(), b.get_window_extent()
    return a.get_text() == b.get_text() and abs(one.y0 - two.y0) < 1 and two.x0 < one.x1 + gap
