"""Round 27 (r26 2021 #8): 2021's shares, published rounded, were pale bars (#A6CEE3, #E4CBA6, #A6DDCE: 1.5-1.7:1
against the page, below WCAG 1.4.11's 3:1) though the colophon says colours have enough contrast. Now every bar
has its category's full colour (3:1 by its fill, or a dark outline of 3:1), a rounded share is marked by dots and a
dark outline, the legend shows that mark, and a year's empty slot says "n.g." with the legend saying what it means."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from hulplijnen.presentation import figures, figures_alt, figures_contrast, figures_sources  # noqa: E402

WHITE = "white"


def shares() -> pd.DataFrame:
    return pd.DataFrame(
        [
            (2020, "phone", 70.8, 70.8, True),
            (2020, "email", 17.9, 17.9, True),
            (2020, "chat", 11.3, 11.3, True),
            (2021, "phone", 67.5, 68.5, False),
            (2021, "chat", 17.5, 18.5, False),
        ],
        columns=["year", "channel", "low", "high", "exact"],
    )


def bars(fig) -> list:
    return [p for p in fig.axes[0].patches if isinstance(p, Rectangle)]


def test_every_bar_has_3_to_1_by_its_fill_or_its_outline_and_a_rounded_share_is_not_pale():
    figures.apply_theme()
    fig = figures_sources.share_series(
        shares(), "t", whiskers=False, values=True, missing=figures_sources.NOT_PUBLISHED
    )
    for bar in bars(fig):
        fill = figures_contrast.ratio(bar.get_facecolor()[:3], WHITE)
        outline = figures_contrast.ratio(bar.get_edgecolor()[:3], WHITE) if bar.get_linewidth() > 0 else 0
        assert max(fill, outline) >= 3, (bar.get_facecolor(), bar.get_edgecolor())
    rounded = [b for b in bars(fig) if b.get_x() > 0.5]
    # the rounded share keeps its category's own colour: its fill alone has 3:1 (the pale tint had 1.5-1.7:1)
    assert rounded and all(figures_contrast.ratio(b.get_facecolor()[:3], WHITE) >= 3 for b in rounded)
    assert {b.get_hatch() for b in rounded} == {figures_sources.ROUNDED_HATCH}
    assert figures_contrast.problems(fig) == []
    plt.close("all")


def test_the_legend_shows_the_rounded_mark_and_the_empty_slot_says_ng():
    figures.apply_theme()
    fig = figures_sources.share_series(shares(), "t", whiskers=False, missing=figures_sources.NOT_PUBLISHED)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["n.g."]  # 2021 e-mail
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # r39 (r38 2021 #14): named "gepubliceerd (afgerond)": the legend word first, as "schatting (≈)"
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert "kerncijfers 2021 (afgerond)" in legend and "n.g.: niet gepubliceerd" in legend
    marks = [h for h in ax.get_legend().legend_handles if h is not None and h.get_hatch()]
    assert marks and all(h.get_hatch() == figures_sources.ROUNDED_HATCH for h in marks)
    print(figures_alt.alt_text(fig))
    plt.close("all")
