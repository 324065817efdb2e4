"""A chart's legend names every colour the chart draws (a reader cannot read an orange bar without it)."""

import matplotlib
import pandas as pd
import pytest

matplotlib.use("agg")

from hulplijnen import figures  # noqa: E402


def legend_labels(fig) -> list[str]:
    return [text.get_text() for legend in fig.legends for text in legend.get_texts()]


def drawn_colours(fig) -> set[str]:
    return {matplotlib.colors.to_hex(p.get_facecolor()) for p in fig.axes[0].patches if p.get_width() > 0}


@pytest.mark.parametrize(
    "mix",
    [
        # the first group has its e-mail and chat shares suppressed; another group publishes its e-mail share
        pd.DataFrame({"group": ["a", "b"], "phone": [70.9, 61.8], "email": [None, 38.2], "chat": [None, 0.0]}),
        # every share published
        pd.DataFrame({"group": ["a", "b"], "phone": [60.0, 50.0], "email": [30.0, 25.0], "chat": [10.0, 25.0]}),
    ],
)
def test_channel_mix_legend_names_every_channel_drawn(mix):
    figures.apply_theme()
    fig = figures.channel_mix_bars(mix, {"a": "groep a", "b": "groep b"}, "t")
    colour_of = {figures.channel_label(c): figures.CHANNEL_COLOURS[c].lower() for c in ("phone", "email", "chat")}
    named = {colour_of[label] for label in legend_labels(fig)}
    assert drawn_colours(fig) <= named, f"legend {legend_labels(fig)} lacks a drawn colour"
    assert len(legend_labels(fig)) == len(set(legend_labels(fig))), "a channel named twice"
    matplotlib.pyplot.close(fig)
