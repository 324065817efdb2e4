"""A chart's legend names every colour the chart draws (a reader cannot read an orange bar without it)."""

import matplotlib
import pandas as pd
import pytest

matplotlib.use("agg")

from hulplijnen.chapters.contact_persons import charts as contact_persons_charts  # noqa: E402
from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.presentation import figures, theme  # noqa: E402


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
    fig = registration_charts.channel_mix_bars(mix, {"a": "groep a", "b": "groep b"}, "t")
    colour_of = {theme.channel_label(c): theme.CHANNEL_COLOURS[c].lower() for c in ("phone", "email", "chat")}
    colour_of[registration_charts.HIDDEN] = registration_charts.HIDDEN_FILL  # what hidden shares leave
    # a channel with no bar says so after its name (demo r16 #15): 'chat (geen balk: ...)'
    named = {colour_of[label.split(" (geen balk")[0]] for label in legend_labels(fig)}
    assert drawn_colours(fig) <= named, f"legend {legend_labels(fig)} lacks a drawn colour"
    assert len(legend_labels(fig)) == len(set(legend_labels(fig))), "a channel named twice"
    matplotlib.pyplot.close(fig)


def test_group_bar_numbers_stand_just_after_their_bars():
    """On the logarithmic axis a number stands a fixed few points after its bar's end, for 6 as for 7.352
    (an offset in data units put it far from a short bar and on top of a long one)."""
    figures.apply_theme()
    groups = pd.DataFrame({"label_nl": ["a", "b", "c", "d"], "low": [7352, 232, 24, 6], "high": [7352, 240, 37, 6]})
    fig = contact_persons_charts.group_bars(groups, "t")
    fig.canvas.draw()
    ax = fig.axes[0]
    texts = [t for t in ax.texts if t.get_text()]
    ends = [ax.transData.transform((high, 0))[0] for high in groups["high"]]
    gaps = [t.get_window_extent().x0 - end for t, end in zip(texts, ends)]
    assert len(texts) == len(groups)
    assert all(0 < gap < 12 * fig.dpi / 72 for gap in gaps), gaps
    matplotlib.pyplot.close(fig)
