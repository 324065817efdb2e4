"""The charts' theme as matplotlib settings: what ``seaborn.set_theme(context="notebook", style="whitegrid",
palette=OKABE_ITO)`` sets, written out so that a notebook does not import seaborn (and scipy.stats with it,
about a second of every kernel's start) just to style its charts. tests/unit/test_theme.py checks that
these settings are exactly seaborn's, so a seaborn upgrade that changes its theme fails there.
``image.cmap`` is left out: seaborn's "rocket" exists only once seaborn is imported, and every chart
that draws an image names its colour map itself."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib import cycler
from matplotlib.colors import to_rgb

# Okabe-Ito, its orange darkened (#E69F00): a line in the first four colours has 3:1 against the page (WCAG 1.4.11)
OKABE_ITO = ["#0072B2", "#B36B00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GREY = "#767676"  # "not recorded": no colour of its own
CHANNEL_COLOURS = {"phone": OKABE_ITO[0], "email": OKABE_ITO[1], "chat": OKABE_ITO[2], "not_recorded": GREY}
HELPLINE_COLOURS = {"1712": OKABE_ITO[0], "tele-onthaal": OKABE_ITO[5], "stop-it-now": OKABE_ITO[3]}


def channel_label(channel: str) -> str:
    """A channel's Dutch name, from data/codebooks/channels.csv."""
    from ..data import load

    return load.codebook("channels").set_index("channel").loc[channel, "label_nl"]


SEABORN_THEME = {
    "axes.axisbelow": True,
    "axes.edgecolor": ".8",
    "axes.facecolor": "white",
    "axes.grid": True,
    "axes.labelcolor": ".15",
    "axes.labelsize": 12.0,
    "axes.linewidth": 1.25,
    "axes.spines.bottom": True,
    "axes.spines.left": True,
    "axes.spines.right": True,
    "axes.spines.top": True,
    "axes.titlesize": 12.0,
    "figure.facecolor": "white",
    "font.family": ["sans-serif"],
    "font.sans-serif": ["Arial", "DejaVu Sans", "Liberation Sans", "Bitstream Vera Sans", "sans-serif"],
    "font.size": 12.0,
    "grid.color": ".8",
    "grid.linestyle": "-",
    "grid.linewidth": 1,
    "legend.fontsize": 11.0,
    "legend.title_fontsize": 12.0,
    "lines.linewidth": 1.5,
    "lines.markersize": 6,
    "lines.solid_capstyle": "round",
    "patch.edgecolor": "w",
    "patch.force_edgecolor": True,
    "patch.linewidth": 1,
    "text.color": ".15",
    "xtick.bottom": False,
    "xtick.color": ".15",
    "xtick.direction": "out",
    "xtick.labelsize": 11.0,
    "xtick.major.size": 6,
    "xtick.major.width": 1.25,
    "xtick.minor.size": 4,
    "xtick.minor.width": 1,
    "xtick.top": False,
    "ytick.color": ".15",
    "ytick.direction": "out",
    "ytick.labelsize": 11.0,
    "ytick.left": False,
    "ytick.major.size": 6,
    "ytick.major.width": 1.25,
    "ytick.minor.size": 4,
    "ytick.minor.width": 1,
    "ytick.right": False,
}


def apply(palette: list[str]) -> None:
    """seaborn's whitegrid/notebook theme with ``palette`` as the colour cycle."""
    bundled_font_only()
    matplotlib.rcParams.update(SEABORN_THEME)
    matplotlib.rcParams["axes.prop_cycle"] = cycler("color", [to_rgb(c) for c in palette])


# One size system for every chart, in points at print size: a chart is drawn at the PDF's text width
# (``WIDTH``, _quarto.yml's fig-width) and printed 1:1, so its type sits just under the body text (9.5 pt):
# axis labels, ticks, legends and panel titles at ``TEXT_PT``, the numbers written on the marks and long
# category names at ``SMALL_PT``. No chart names another size. In the HTML a wide screen shows every chart at the
# same scale, the text column's width for ``WIDTH`` inches (pipeline/phone_figures.py): about 630 CSS px at 1280 px,
# so ``SMALL_PT`` is 11.5 px there and ``TEXT_PT`` 12 px (8 pt was 10.8 px: review r20 2021 #8); a phone shows the
# chart's phone version (figures_phone), every text at ``TEXT_PT``.
WIDTH = 6.5
TEXT_PT = 9.0
SMALL_PT = 8.5
# One font family: DejaVu Sans, the sans-serif that matplotlib itself ships (mpl-data/fonts), so every machine
# that builds the report draws the same letters and the same bytes (a system font first in the list, such as
# seaborn's Arial, would make a chart depend on the machine). The report's text uses the same family: the HTML
# (report.css: DejaVu Sans, else its screen twin Verdana) and the PDF, which typst sets in these very font
# files (hulplijnen.fonts stages them; _quarto.yml's mainfont names this family).
FONT = "DejaVu Sans"
TYPE = {
    "font.family": ["sans-serif"],
    "font.sans-serif": [FONT],
    "font.size": TEXT_PT,
    "axes.labelsize": TEXT_PT,
    "axes.titlesize": TEXT_PT,
    "axes.titleweight": "bold",
    "figure.titlesize": TEXT_PT,
    "figure.titleweight": "bold",
    "xtick.labelsize": TEXT_PT,
    "ytick.labelsize": TEXT_PT,
    "legend.fontsize": TEXT_PT,
    "legend.title_fontsize": TEXT_PT,
}


def bundled_font_only() -> None:
    """matplotlib's own DejaVu Sans, never a system copy of another version (Debian's fonts-dejavu, which a
    browser's packages pull in): found first, it would make a chart's letters and bytes depend on the machine."""
    from matplotlib import font_manager

    data = matplotlib.get_data_path()
    manager = font_manager.fontManager
    if all(f.fname.startswith(data) for f in manager.ttflist if f.name == FONT):
        return
    manager.ttflist = [f for f in manager.ttflist if f.name != FONT]
    for path in sorted(Path(data, "fonts", "ttf").glob("DejaVuSans*.ttf")):
        manager.addfont(str(path))
    font_manager.FontManager._findfont_cached.cache_clear()


VALUE_BOX = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"}


def value_label(ax, text: str, xy, xytext=(0, 0), **kwargs):
    """A number written beside its mark, ``xytext`` points away from it, in the small size, on a white box:
    no gridline runs through it."""
    kwargs = {"fontsize": SMALL_PT, "bbox": VALUE_BOX, **kwargs}
    return ax.annotate(text, xy, xytext=xytext, textcoords="offset points", **kwargs)
