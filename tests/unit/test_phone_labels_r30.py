"""Round 30 (2021 #12, #19): on a phone every number stands directly above its own bar, off the taller bars beside it
and never far above it (the channel mix: '11,3 %' floated above '17,9 %', whose white box covered the phone bar); the
contact persons' shares carry their values and the two 'n.g.' marks stand in one row."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from hulplijnen.chapters.contact_persons import charts as person_charts  # noqa: E402
from hulplijnen.presentation import figures_phone, figures_sources  # noqa: E402

MIX = pd.DataFrame(
    {
        "year": [2020] * 3 + [2021] * 3,
        "channel": ["phone", "email", "chat"] * 2,
        "low": [70.8, 17.9, 11.3, 67.5, 13.5, 17.5],
        "high": [70.8, 17.9, 11.3, 68.5, 14.5, 18.5],
        "exact": [True] * 3 + [False] * 3,
    }
)


def role_years(parent: float) -> pd.DataFrame:
    """The contact persons' shares per year (2021 given as ranges); ``parent``: the parents' 2020 share."""
    return pd.DataFrame(
        {
            "year": [2020] * 4 + [2021] * 2,
            "role": ["victim", "parent", "neighbour", "others", "victim", "parent"],
            "low": [33.6, parent, 10.0, 35.9, 36.5, 19.5],
            "high": [33.6, parent, 10.0, 35.9, 37.5, 20.5],
            "exact": [True] * 4 + [False] * 2,
        }
    )


def test_each_number_stands_directly_above_its_own_bar_on_a_phone():
    fig = figures_sources.share_series(MIX, "t", whiskers=False, values=True, missing=figures_sources.NOT_PUBLISHED)
    fig.set_size_inches(fig.get_figwidth(), 2.5)  # as the chapter draws it (channels.charts.MIX_HEIGHT)
    fig.tight_layout()
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    bars = [p.get_window_extent(renderer) for p in ax.patches if p.get_visible()]
    texts = [t for t in ax.texts if t.get_text().strip()]
    assert len(texts) == 6
    for text in texts:
        box = text.get_window_extent(renderer)
        middle = (box.x0 + box.x1) / 2
        (own,) = [b for b in bars if b.x0 <= middle <= b.x1]  # over its own bar, no other
        # just above it: at most one line of type above its top, never far up (r29 2021 #19: '11,3 %')
        assert own.y1 - 1 <= box.y0 <= own.y1 + box.height, text.get_text()
        for bar in bars:  # off every bar beside it that stands higher than its foot
            if bar is not own and bar.y1 > box.y0:
                assert box.x1 <= bar.x0 + 1 or bar.x1 - 1 <= box.x0, text.get_text()
        assert text.get_fontsize() >= figures_phone.MIN_PT - 0.5  # readable at 390 px
    plt.close(fig)


def test_the_contact_person_shares_carry_their_values_and_both_n_g_marks_one_row():
    years = role_years(20.4)
    labels = {
        "victim": "het slachtoffer zelf",
        "parent": "een (stief)ouder",
        "neighbour": "een buur",
        "others": "andere contactnemers",
    }
    fig = person_charts.YEARS.draw({"years": years, "role_labels": labels})
    shown = [t.get_text().replace("\u00a0", " ") for t in fig.axes[0].texts]
    assert {"33,6 %", "20,4 %", "10,0 %", "35,9 %", "37 %", "20 %"} <= set(shown)  # what Tabel 2 says
    figures_phone.png_bytes(fig)
    marks = [t for t in fig.axes[0].texts if t.get_text() == figures_sources.NOT_PUBLISHED and t.get_visible()]
    assert marks
    renderer = fig.canvas.get_renderer()
    assert len({round(t.get_window_extent(renderer).y0) for t in marks}) == 1  # one row, not staggered
    plt.close(fig)


def test_numbers_too_wide_for_four_bars_a_year_stand_upright_on_their_bars_and_n_g_in_each_empty_slot():
    years = role_years(20.5)
    labels = {"victim": "zelf", "parent": "ouder", "neighbour": "buur", "others": "anderen"}
    fig = person_charts.YEARS.draw({"years": years, "role_labels": labels})
    figures_phone.png_bytes(fig)
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    bars = [p.get_window_extent(renderer) for p in ax.patches if p.get_visible()]
    numbers = [t for t in ax.texts if any(c.isdigit() for c in t.get_text())]
    for text in numbers:  # '10,0 %' between 20,5 % and 35,9 %: upright on its own bar, over no other
        box = text.get_window_extent(renderer)
        (own,) = [b for b in bars if b.x0 <= (box.x0 + box.x1) / 2 <= b.x1]
        assert own.x0 - 1 <= box.x0 and box.x1 <= own.x1 + 1 and own.y1 - 1 <= box.y0 <= own.y1 + 10, text.get_text()
    marks = [t for t in ax.texts if t.get_text() == figures_sources.NOT_PUBLISHED and t.get_visible()]
    # r31 (2021 #18): two empty slots side by side: 'n.g.' in each, as in print, upright so they do not run together
    assert len(marks) == 2
    one, two = sorted((t.get_window_extent(renderer) for t in marks), key=lambda b: b.x0)
    assert one.x1 <= two.x0
    plt.close(fig)
