"""The size of a chart's smallest type, written into its PNG (review r20: 2020 #16, 2021 #8, Tele-Onthaal #13,
demo #15: chart text at 6-9 CSS px on a phone). A chart is a PNG, whose pixels no longer say how big its letters
are; so each picture (the PDF's, figures.png_bytes, and the phone's, figures_phone.png_bytes) carries in a PNG
text chunk, ``SMALLEST_PT``, the point size of the smallest text drawn in it. Shown ``shown`` CSS px wide, a picture
``drawn`` px wide at ``dpi`` has that type ``pt / 72 * dpi * shown / drawn`` CSS px high (``css_px``): the render
test tests/render/test_chart_type.py and benchmarks/chart_type.py read it from the report as a browser shows it."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
from matplotlib.text import Text

SMALLEST_PT = "hulplijnen-smallest-pt"  # a PNG text chunk's keyword (Latin-1, at most 79 characters)


def _shown(text: Text) -> bool:
    """Whether the text is drawn: visible, not empty, not on hidden axes."""
    if not text.get_visible() or not text.get_text().strip():
        return False
    return text.axes is None or text.axes.get_visible()


def smallest_pt(fig: plt.Figure) -> float | None:
    """The point size of the smallest text the figure draws (None: it draws no text)."""
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if _shown(t)]
    return min(sizes) if sizes else None


def metadata(fig: plt.Figure) -> dict[str, str | None]:
    """The PNG metadata of a chart's picture: no software version (same figure, same bytes), its smallest type."""
    smallest = smallest_pt(fig)
    return {"Software": None, **({} if smallest is None else {SMALLEST_PT: f"{smallest:g}"})}


def read_smallest_pt(png: bytes) -> float | None:
    """The smallest type's point size a picture carries (None: a picture saved before it carried one)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        value = image.text.get(SMALLEST_PT)
    return None if value is None else float(value)


def css_px(pt: float, dpi: float, shown: float, drawn: float) -> float:
    """The height in CSS px of ``pt`` type in a picture ``drawn`` px wide at ``dpi``, shown ``shown`` CSS px wide."""
    return pt / 72 * dpi * shown / drawn
