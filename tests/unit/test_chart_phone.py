"""A chart of a few bars fits a phone (issue 21, §4; Tele-Onthaal review r11 #9: its three-bar chart of calls per year
needed sideways scrolling at 390 px, the only published year out of sight). On a phone a chart is shown at the scale
that keeps its 9 pt type at about 10 px (quarto/report.css, scroll-focus.html: 540 px for the PDF's text width);
a count over a few years is drawn narrower, so at that scale it fits the 339 px a figure has at 390 px."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from PIL import Image  # noqa: E402

from hulplijnen.presentation import figures, figures_sources, theme  # noqa: E402

PHONE_TEXT_PX = 339  # a figure's room at 390 px (measured in chromium: the page's and the figure's margins)
READABLE_PX_PER_INCH = 540 / theme.WIDTH  # the scale report.css and scroll-focus.html show a chart at


def shown_width(fig) -> float:
    """The chart's width on a phone, in CSS pixels."""
    return Image.open(io.BytesIO(figures.png_bytes(fig))).size[0] / figures.DPI * READABLE_PX_PER_INCH


def counts(years: list[int]) -> pd.DataFrame:
    exact = [False] * (len(years) - 1) + [True]
    low = [120816.2 + 9000 * i for i in range(len(years))]
    return pd.DataFrame(
        {"year": years, "low": low, "high": [v + 1400 * (not e) for v, e in zip(low, exact)], "exact": exact}
    )


def test_a_count_over_three_years_fits_a_phone_at_a_readable_scale():
    figures.apply_theme()
    fig = figures_sources.series_counts(counts([2019, 2020, 2021]), "Hoofdcijfer per jaar", "oproepen")
    assert fig.get_figwidth() < theme.WIDTH
    assert shown_width(fig) <= PHONE_TEXT_PX, shown_width(fig)


def test_a_count_over_many_years_keeps_the_text_width():
    figures.apply_theme()
    fig = figures_sources.series_counts(counts([2012, 2019, 2020, 2021]), "Contacten per jaar", "contacten")
    assert fig.get_figwidth() == theme.WIDTH
