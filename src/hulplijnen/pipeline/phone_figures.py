"""Each chart of the HTML report in two sizes (review r14: charts at 390 px had 4-5 px type): the picture the PDF
shows, and below 600 px its phone version (presentation/figures_phone.py, written by assembly as
figures/phone/<label>.png). Quarto embeds a chart as ``<img src="data:image/png;base64,...">`` of the very bytes of
figures/<label>.png; that image is wrapped in a ``<picture>`` whose ``<source media="(max-width: 600px)">`` holds
the phone version, also embedded, so the one file still works opened from disk. The ``<img>`` keeps its alt text
and its own picture (what a wide screen, a printer and a browser without ``<picture>`` show); the PDF is untouched.
On a wide screen every chart is shown at one scale (review r20 2021 #8: a chart drawn narrower than the text width,
shown at its own size, had type half as big again as the others): the ``<img>`` carries its share of the text
width, its width in inches over theme.WIDTH, as ``--chart-share``, which report.css makes its width above 600 px.
Same files, same bytes."""

from __future__ import annotations

import base64
import io
from pathlib import Path

PHONE_MEDIA = "(max-width: 600px)"  # as report.css's phone rules


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _share(png: Path) -> str:
    """`` style="--chart-share: N%"`` for a picture narrower than the text width (N: its share of it), else ''."""
    from PIL import Image

    from ..presentation import theme  # matplotlib's: loaded only when a page is written, never by "nothing changed"

    with Image.open(io.BytesIO(png.read_bytes())) as image:
        share = image.width / float(image.info.get("dpi", (72, 72))[0]) / theme.WIDTH
    return f' style="--chart-share: {100 * share:.1f}%"' if share < 0.995 else ""


def with_phone_pictures(html: str, figures: Path) -> tuple[str, int]:
    """``html`` with every chart that has a phone version in figures/phone/ wrapped in a <picture>; and how many."""
    wrapped = 0
    for phone in sorted((figures / "phone").glob("*.png")):
        shown = figures / phone.name
        if not shown.is_file():
            continue
        src, source = f'src="{_data_uri(shown)}"', f'<source media="{PHONE_MEDIA}" srcset="{_data_uri(phone)}">'
        share, at = _share(shown), html.find(src)
        while at != -1:
            start, end = html.rfind("<img", 0, at), html.find(">", at) + 1
            if not html[:start].endswith("<picture>" + source):  # not wrapped before
                img = html[start:end].replace("<img", "<img" + share, 1)
                html = html[:start] + "<picture>" + source + img + "</picture>" + html[end:]
                end = start + len("<picture>") + len(source) + len(img)
                wrapped += 1
            at = html.find(src, end)
    return html, wrapped


def add(html: Path, folder: Path) -> int:
    """The rendered report.html of a staged ``folder`` with its charts' phone versions; how many charts."""
    if not (folder / "figures" / "phone").is_dir():
        return 0
    text, wrapped = with_phone_pictures(html.read_text(encoding="utf-8"), folder / "figures")
    html.write_text(text, encoding="utf-8")
    return wrapped
