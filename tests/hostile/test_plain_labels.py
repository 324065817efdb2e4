"""Labels from codebooks and params reach matplotlib as plain text (issue 25, item 5): a '$' pair is
not mathtext, and a label that is broken mathtext does not fail the chart."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from hulplijnen.chapters.contact_persons import charts as contact_persons_charts
from hulplijnen.presentation import figures, figures_alt

LABELS = ["kosten $5 en $10", r"$\frac{$ kapot", r"$x^2$ wiskunde", "gewoon"]


@pytest.mark.parametrize("after_theme", [False, True])
def test_a_label_with_dollars_is_drawn_as_plain_text(after_theme):
    if after_theme:
        figures.apply_theme()
    groups = pd.DataFrame({"label_nl": LABELS, "low": [3, 5, 8, 13], "high": [3, 9, 8, 20]})
    fig = contact_persons_charts.group_bars(groups, "Titel met $dollar$")
    try:
        png = figures.png_bytes(fig)  # draws every text: broken mathtext would raise here
        assert png.startswith(b"\x89PNG")
        texts = [t for ax in fig.axes for t in [*ax.get_yticklabels(), *ax.texts]]
        drawn = {t.get_text() for t in texts}
        assert set(LABELS) <= drawn
        # the title is not drawn (the caption names the chart) but names it in the alt text, as written
        assert "Titel met $dollar$" in figures_alt.alt_text(fig)
        for t in texts:
            if "$" in t.get_text():
                assert t._preprocess_math(t.get_text()) == (t.get_text(), False)  # not math
    finally:
        plt.close(fig)
