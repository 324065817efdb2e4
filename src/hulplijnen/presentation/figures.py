"""One theme, one palette, one function per chart. Every function returns a matplotlib Figure.

Colours come from the Okabe-Ito palette (colour-blind safe), and only from it; a channel always has
the same colour, in every chart and every year; a chart is checked for contrast as it is shown
(figures_contrast: lines 3:1, bars by fill or outline 3:1, text 4.5:1). Legends stand outside the
plotting area (below it, in the space constrained layout reserves), so they never cover bars or tick
labels. A function whose data hold nothing to draw returns None instead of an empty chart. Notebooks show a figure with
``display.show_figure``, as PNG bytes with fixed metadata: the same figure always gives the same bytes.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.rcParams.update({"svg.hashsalt": "hulplijnen", "text.parse_math": False})  # fixed SVG ids; labels: no math
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.lines  # noqa: E402
import matplotlib.patches  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from . import figures_type, fmt, theme  # noqa: E402
from .theme import OKABE_ITO, SMALL_PT  # noqa: E402


def apply_theme() -> None:
    theme.apply(OKABE_ITO)  # seaborn's whitegrid theme, without importing seaborn (theme.py)
    matplotlib.rcParams.update(
        {
            **theme.TYPE,  # one font, one size system (theme.py)
            "figure.figsize": (theme.WIDTH, 3.6),
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "patch.edgecolor": ".15",  # every bar outlined: 3:1 against the page whatever its fill (WCAG 1.4.11)
            "patch.linewidth": 0.6,
        }
    )


def thousands_ticks(ax, axis: str = "y") -> None:
    """Dutch numbers on a count axis (1.000); across the page at most five of them, so that "4.000" and
    "5.000" never run into each other."""
    formatter = matplotlib.ticker.FuncFormatter(lambda v, _: fmt.number(v))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)
    if axis == "x":
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))


def month_ticks(ax) -> None:
    """Short Dutch month names on the x axis (a time axis)."""
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt.month_short(mdates.num2date(v).strftime("%Y-%m"))))


def legend_below(fig: plt.Figure, ncols: int = 4, fontsize: float | None = None) -> None:
    """One legend for the figure, under the plot, in space the constrained layout reserves for it."""
    handles, labels = fig.axes[0].get_legend_handles_labels()
    if handles:
        fig.legend(
            handles,
            labels,
            frameon=False,
            ncols=min(ncols, len(handles)),
            loc="outside lower center",
            fontsize=fontsize,
        )


DPI = 150  # print quality at the report's 6.5-inch text width
MADE_UP = "_hulplijnen_made_up"  # the attribute a chart of made-up data carries (mark_made_up)
MADE_UP_MARK = "Verzonnen gegevens"  # what such a chart shows above its plot (the captions start with it too)
MADE_UP_PT = SMALL_PT + 3
MADE_UP_INK = "#B00020"  # the banner's red


def mark_made_up(fig: plt.Figure, synthetic: bool) -> None:
    """Say whether a chart's data are made up (export_tables.export_chart: a synthetic release), for png_bytes to
    stamp it: the flag of the release, not words parsed out of its title."""
    setattr(fig, MADE_UP, bool(synthetic))


def _mark_synthetic(fig: plt.Figure) -> None:
    """A chart of made-up data says so in the picture itself (its title, which said it, is not drawn): a copied
    PNG never passes for real figures."""
    if getattr(fig, MADE_UP, False) and not any(t.get_text() == MADE_UP_MARK for t in fig.texts):
        # demo r25 #1: larger, bold and dark red (6:1 on white), in the words of the captions: a screenshot says it
        fig.text(  # above the chart, right: over no tick label or mark (the saved picture grows to hold it)
            0.995, 1.0, MADE_UP_MARK, ha="right", va="bottom", fontsize=MADE_UP_PT, weight="bold", color=MADE_UP_INK
        )


def png_bytes(fig: plt.Figure) -> bytes:
    """The figure as PNG with fixed metadata (no software version, no timestamp): same figure, same bytes."""
    _mark_synthetic(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata=figures_type.metadata(fig), dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


SUPPRESSED_HATCH = "////"
