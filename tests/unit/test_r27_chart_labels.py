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


def _mix() -> pd.DataFrame:
    rows = [("1712", "phone", 68.0), ("1712", "email", 14.0), ("1712", "chat", 18.0)]
    rows += [("Tele-Onthaal", "phone", 80.0), ("Tele-Onthaal", "email", 6.0), ("Tele-Onthaal", "chat", 14.0)]
    rows += [("Stop it Now!", "phone", 90.0), ("Stop it Now!", "email", 4.0), ("Stop it Now!", "chat", 6.0)]
    return pd.DataFrame(rows, columns=["label", "channel", "share_pct"])


def _inside_or_under(fig) -> None:
    """Each share inside its segment (within its edges) or under its bar, named by its channel, from the axis'
    start and never past its end."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    plot = ax.get_window_extent(renderer)
    for text in ax.texts:
        box = text.get_window_extent(renderer)
        assert plot.x0 - 1 <= box.x0 and box.x1 <= plot.x1 + 1, text.get_text()  # never past the axis' end
        if text.get_va() == "center":
            bar = next(p for p in ax.patches if p.contains_point(((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)))
            edge = bar.get_window_extent(renderer)
            assert edge.x0 - 1 <= box.x0 and box.x1 <= edge.x1 + 1, text.get_text()  # inside: within its edges
        else:
            assert text.get_va() == "top" and text.get_ha() == "left" and text.get_position()[0] == 0
            assert any(name in text.get_text() for name in ("telefoon", "e-mail", "chat")), text.get_text()


def test_channel_mix_shares_stand_inside_their_segments_and_a_narrow_ones_under_its_own_bar():
    """r26 2021 #9: narrow segments' shares alternated above and below the bars. r49 (2021 #5): a share above a
    narrow segment ended past the axis' end at a phone's width and could be read as its neighbour's: a share stands
    inside its segment where it fits at the picture's width and type, else under its own bar, named by its channel,
    in the legend's order ('e-mail 4 %  ·  chat 6 %')."""
    figures.apply_theme()
    fig = helpline_charts.channel_shares(_mix(), "Kanalen per hulplijn")
    ax = fig.axes[0]
    inside = [t.get_text().replace("\u00a0", " ") for t in ax.texts if t.get_va() == "center"]
    assert inside.count("14 %") == 2 and "18 %" in inside  # 14 % segments hold their share in the PDF
    under = [t.get_text().replace("\u00a0", " ") for t in ax.texts if t.get_va() == "top"]
    assert under == ["e-mail 6 %", "e-mail 4 %  ·  chat 6 %"], under  # the legend's order
    _inside_or_under(fig)
    assert figures_contrast.problems(fig) == []
    plt.close("all")


def test_on_the_phone_a_share_wider_than_its_segment_stands_under_its_own_bar():
    """r26 2021 #9 (phone): "14 %" ran over the edges of 1712's e-mail segment; r49 (2021 #5): above it, "18 %"
    ended past the 100 mark. The phone's version (drawn apart at its width and type) puts them under the bar."""
    from hulplijnen.presentation import figures_phone

    figures.apply_theme()
    fig = helpline_charts.channel_shares(_mix(), "t")
    first = figures_phone.png_bytes(fig)
    phone = getattr(fig, figures_phone.PHONE_FIGURE)()
    figures_phone.png_bytes(phone)
    texts = [t.get_text().replace("\u00a0", " ") for t in phone.axes[0].texts]
    assert "e-mail 14 %  ·  chat 18 %" in texts and "14 %" not in texts and "18 %" not in texts, texts
    _inside_or_under(phone)
    assert figures_phone.png_bytes(helpline_charts.channel_shares(_mix(), "t")) == first  # deterministic
    plt.close("all")
