"""Round 27 (r26 2021 #20): Figure 1's label "ongeveer 5.420" was wider than its bar and ran into the axis: an
implied count is labelled "≈ 5.420" on its hatched bar, which the legend calls 'bij benadering'. Figure 6's alt text
said "Punten met hun bereik" while no range is drawn (too narrow at its scale): it is a "Puntgrafiek"."""

import matplotlib
import pandas as pd

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402

from hulplijnen.chapters.helplines import charts as helpline_charts  # noqa: E402
from hulplijnen.presentation import figures, figures_alt, figures_contrast, figures_sources  # noqa: E402


def test_an_implied_count_is_labelled_with_the_approximately_sign_and_the_legend_explains_it():
    figures.apply_theme()
    series = pd.DataFrame({"year": [2020, 2021], "low": [5415.0, 8515.0], "high": [5425.0, 8515.0]}).assign(
        exact=[False, True]
    )
    fig = figures_sources.series_counts(series, "Contacten per jaar", "contacten", whiskers=False)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert "\u2248 5.420" in [label.replace("\u00a0", " ") for label in labels], labels
    assert not any("ongeveer" in label for label in labels)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    # the hatched bar's words; r39 (r38 2021 #14): 'schatting', as the tables' "≈: schatting"
    assert figures_sources.IMPLIED == "schatting" and "schatting" in legend, legend
    plt.close("all")


def test_the_growth_dots_are_not_described_as_points_with_their_range():
    figures.apply_theme()
    rows = pd.DataFrame({"label": ["a", "b"], "value": [157.0, 113.9], "low": [156.5, 113.9], "high": [157.5, 113.9]})
    fig = helpline_charts.intervals(rows, "Groei sinds 2019", "index", reference=100)
    alt = figures_alt.alt_text(fig)
    assert alt.startswith("Puntgrafiek") and "met hun bereik" not in alt, alt
    plt.close("all")


def test_channel_mix_shares_stand_inside_their_segments_and_a_narrow_ones_above_its_own_bar():
    """r26 2021 #9: narrow segments' shares alternated above and below the bars, so 1712's chat "18 %" (under its
    bar) stood right above Tele-Onthaal's chat "14 %" (above the next). A share of 14 % or more now stands inside its
    segment, in a colour with 4.5:1 on it; a smaller one above its own bar, never under it."""
    figures.apply_theme()
    shares = pd.DataFrame(
        [
            ("1712", "phone", 68.0),
            ("1712", "email", 14.0),
            ("1712", "chat", 18.0),
            ("Tele-Onthaal", "phone", 80.0),
            ("Tele-Onthaal", "email", 6.0),
            ("Tele-Onthaal", "chat", 14.0),
            ("Stop it Now!", "phone", 90.0),
            ("Stop it Now!", "email", 4.0),
            ("Stop it Now!", "chat", 6.0),
        ],
        columns=["label", "channel", "share_pct"],
    )
    fig = helpline_charts.channel_shares(shares, "Kanalen per hulplijn")
    ax = fig.axes[0]
    texts = {(round(t.get_position()[1], 2), t.get_text().replace("\u00a0", " ")): t for t in ax.texts}
    for row in (0, 1):
        for share in ("14 %", "18 %"):
            if (row, share) in texts:
                assert texts[(row, share)].get_va() == "center"  # on its bar's middle: inside
    narrow = [t for (y, _), t in texts.items() if y != round(y)]
    # above its own bar (the y axis runs down: a smaller y is higher), never below it
    assert len(narrow) == 3 and all(t.get_va() == "bottom" and t.get_position()[1] % 1 > 0.5 for t in narrow)
    pair = [t for t in narrow if round(t.get_position()[1]) == 2]
    assert sorted(t.get_ha() for t in pair) == ["left", "right"]  # two narrow ones side by side: apart
    assert figures_contrast.problems(fig) == []
    plt.close("all")


def test_on_the_phone_a_share_wider_than_its_segment_stands_above_its_own_bar():
    """r26 2021 #9 (phone): "14 %" ran over the edges of 1712's e-mail segment at the phone's width."""
    from hulplijnen.presentation import figures_phone

    figures.apply_theme()
    shares = pd.DataFrame(
        [("1712", "phone", 68.0), ("1712", "email", 14.0), ("1712", "chat", 18.0), ("Tele-Onthaal", "phone", 100.0)],
        columns=["label", "channel", "share_pct"],
    )
    fig = helpline_charts.channel_shares(shares, "t")
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    for text in ax.texts:
        box = text.get_window_extent(renderer)
        for bar in ax.patches:
            edge = bar.get_window_extent(renderer)
            if text.get_va() == "center" and edge.x0 <= (box.x0 + box.x1) / 2 <= edge.x1:
                assert edge.x0 - 1 <= box.x0 and box.x1 <= edge.x1 + 1, text.get_text()  # inside: within its edges
    assert any(t.get_va() == "bottom" for t in ax.texts)
    plt.close("all")
