"""Fixtures the unit tests of the charts share (tests/unit/chart_gallery.py draws them)."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("agg")


@pytest.fixture(scope="module")
def drawn():
    """Every chart of the gallery, drawn once per test module and closed after it."""
    from chart_gallery import draw_all

    built = draw_all()
    yield built
    for fig in built.values():
        matplotlib.pyplot.close(fig)
