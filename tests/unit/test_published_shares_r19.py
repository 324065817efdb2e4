"""Round 19 (2021 #17): a share as published (rounded) is no estimate. Figures 2 and 4 drew 68 %/14 %/18 % hatched
as 'bij benadering (alleen afgerond bekend)'; now a light bar without hatching, named 'afgerond gepubliceerd' alike
in the legend, the caption and the alt text. A share the report derives (helplines) stays hatched."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

from matplotlib.patches import Rectangle  # noqa: E402

from hulplijnen.presentation import figures, figures_alt, figures_sources  # noqa: E402


def shares() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2020, 2020, 2021, 2021],
            "channel": ["phone", "chat", "phone", "chat"],
            "low": [70.8, 11.3, 67.5, 17.5],
            "high": [70.8, 11.3, 68.5, 18.5],
            "exact": [True, True, False, False],
        }
    )


def hatches(fig) -> set:
    return {p.get_hatch() for p in fig.axes[0].patches if isinstance(p, Rectangle)}


def test_a_published_rounded_share_is_a_light_bar_named_afgerond_gepubliceerd_not_an_estimate():
    figures.apply_theme()
    fig = figures_sources.share_series(shares(), "Aandeel per kanaal", whiskers=False)
    # r27 (2021 #8): dotted in its own colour, not pale; never the estimate's hatch ("//")
    assert hatches(fig) == {None, figures_sources.ROUNDED_HATCH}
    # opaque: no gridline shows through a bar
    assert all(p.get_facecolor()[3] == 1 for p in fig.axes[0].patches if isinstance(p, Rectangle))
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    # r39 (r38 2021 #14): named "gepubliceerd (afgerond)": the legend word first, as "schatting (≈)"
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert "kerncijfers 2021 (afgerond)" in legend and not any("benadering" in t for t in legend)
    assert all(h is None or h.get_hatch() != "//" for h in fig.axes[0].get_legend().legend_handles)
    alt = figures_alt.alt_text(fig).replace("\u00a0", " ")
    # r39 (r38 2021 #14): the legend's words are read out with the value; no nested brackets (r38 2020 rule)
    assert "Telefoon: 2020 70,8 %; 2021 68 %" in alt and "gepubliceerd" in alt and "))" not in alt, alt
    assert "benadering" not in alt and "tussen" not in alt


def test_a_share_the_report_derives_stays_hatched_under_its_own_words():
    figures.apply_theme()
    fig = figures_sources.share_series(shares(), "Aandeel per kanaal", whiskers=False, rounded="geschat")
    assert "//" in hatches(fig)
    assert "gepubliceerd (afgerond)" not in figures_alt.alt_text(fig)
