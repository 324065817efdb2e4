"""The charts' theme written out in theme.py is exactly what seaborn.set_theme sets (image.cmap aside)."""

import matplotlib
import pytest

from hulplijnen.presentation import figures, theme


@pytest.fixture
def clean_rc():
    saved = matplotlib.rcParams.copy()
    matplotlib.rcdefaults()
    yield
    matplotlib.rcParams.update(saved)


def snapshot() -> dict:
    return {k: v for k, v in matplotlib.rcParams.items() if k != "image.cmap"}


def test_theme_is_seaborns_whitegrid_with_the_palette(clean_rc):
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=theme.OKABE_ITO, font_scale=1.0)
    expected = snapshot()
    matplotlib.rcdefaults()
    theme.apply(theme.OKABE_ITO)
    got = snapshot()
    assert {k: got[k] for k in got if got[k] != expected[k]} == {}
    assert matplotlib.rcParams["axes.prop_cycle"] == expected["axes.prop_cycle"]


def test_theme_changes_matplotlibs_defaults(clean_rc):
    before = snapshot()
    figures.apply_theme()
    assert snapshot()["axes.grid"] is True and before["axes.grid"] is False
