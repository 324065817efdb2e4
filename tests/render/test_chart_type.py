"""Every chart's smallest type where a reader sees it (review r20: 2020 #16, 2021 #8, Tele-Onthaal #13, demo #15:
chart text at 6-9 px on a phone, and on a wide screen one chart's type half as big again as another's). Each chart's
picture carries the point size of its smallest text (presentation/figures_type.py); Chromium says how wide it is
shown, the PDF how wide it is printed. At 390 px and at 1280 px every chart's smallest type is at least
``READABLE_PX`` CSS px high; on a wide screen every chart is shown at one scale (CSS px per point, within
``SAME_SCALE``); in the PDF no chart's type is under ``PRINT_PT`` as printed. benchmarks/chart_type.py prints the
numbers."""

from __future__ import annotations

import base64
import io

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.presentation.figures_type import css_px, read_smallest_pt

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
READABLE_PX = 11.0
PHONE_READABLE_PX = 12.5  # r29 (2020 #18, 2021 #12, demo #17): at 11.5 px readers still found a phone's charts small
SAME_SCALE = 0.05  # a chart's px per point at most 5 % from the release's median
PRINT_PT = 6.8  # the theme's smallest 8.5 pt, drawn at 80 % where a chart is fitted to a page's foot

CHARTS = """(() => Array.from(document.querySelectorAll('main div.quarto-float[id^="fig-"] img')).map(img => ({
  id: img.closest('div.quarto-float').id, src: img.currentSrc, shown: img.getBoundingClientRect().width})))()"""

_seen: dict[tuple[str, int], list[dict]] = {}


def _picture(uri: str) -> tuple[float | None, float, int]:
    """A picture's smallest type (points), its dpi and its width in pixels, from its data: URI."""
    from PIL import Image

    png = base64.b64decode(uri.split(",", 1)[1])
    with Image.open(io.BytesIO(png)) as image:
        return read_smallest_pt(png), float(image.info.get("dpi", (72, 72))[0]), image.width


def charts(browser, rendered, release: str, width: int) -> list[dict]:
    """Per chart as shown at ``width``: id, smallest type in points and in CSS px, CSS px per point."""
    if (release, width) not in _seen:
        (shown,) = browse.evaluate(browser, rendered[release] / "report.html", width, CHARTS)
        rows = []
        for chart in shown:
            pt, dpi, drawn = _picture(chart["src"])
            scale = css_px(1, dpi, chart["shown"], drawn)
            rows.append({"id": chart["id"], "pt": pt, "px": None if pt is None else pt * scale, "scale": scale})
        _seen[release, width] = rows
    return _seen[release, width]


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("release", RELEASES)
def test_every_charts_smallest_type_is_readable(browser, rendered, release, width):
    shown = charts(browser, rendered, release, width)
    assert shown, "no chart"
    unknown = [c["id"] for c in shown if c["pt"] is None]
    assert not unknown, f"pictures that do not say their smallest type: {unknown}"
    least = PHONE_READABLE_PX if width < 600 else READABLE_PX
    small = [f"{c['id']}: {c['pt']:g} pt at {c['px']:.1f} px" for c in shown if c["px"] < least]
    assert not small, f"at {width} px, charts whose smallest type is under {least} px: {small}"


@pytest.mark.parametrize("release", RELEASES)
def test_a_wide_screen_shows_every_chart_at_one_scale(browser, rendered, release):
    shown = charts(browser, rendered, release, 1280)
    scales = sorted(c["scale"] for c in shown)
    median = scales[len(scales) // 2]
    off = [f"{c['id']}: {c['scale']:.2f}" for c in shown if abs(c["scale"] / median - 1) > SAME_SCALE]
    assert not off, f"CSS px per point, most charts {median:.2f}; others: {off}"


@pytest.mark.parametrize("release", RELEASES)
def test_no_charts_type_is_printed_smaller_than_the_theme_says(rendered, release):
    import pdfplumber
    from PIL import Image

    pictures = {}
    for path in sorted((rendered[release] / "figures").glob("*.png")):
        with Image.open(path) as image:
            pictures[image.size] = (path.stem, float(image.info.get("dpi", (72, 72))[0]))
    printed = {}
    with pdfplumber.open(rendered[release] / "report.pdf") as pdf:
        for page in pdf.pages:
            for image in page.images:
                name, dpi = pictures.get(tuple(image["srcsize"]), (None, None))
                if name is not None:
                    pt = read_smallest_pt((rendered[release] / "figures" / f"{name}.png").read_bytes())
                    printed[name] = None if pt is None else pt * image["width"] / 72 / (image["srcsize"][0] / dpi)
    assert printed, "no chart found in the PDF"
    small = {name: pt for name, pt in printed.items() if pt is None or pt < PRINT_PT}
    assert not small, f"charts whose smallest type is printed under {PRINT_PT} pt: {small}"
