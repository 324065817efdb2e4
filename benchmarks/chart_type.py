"""How big each chart's smallest type is where a reader sees it (review r20: 2020 #16, 2021 #8, Tele-Onthaal #13,
demo #15): in CSS px in the HTML at a phone's 390 px and a desktop's 1280 px, as Chromium shows it, and in points
in the PDF, as printed.

    .venv/bin/python benchmarks/chart_type.py [--releases 2020 2021] [--json]

Needs a build (`make report`), chromium and playwright. Each chart's picture carries the point size of its
smallest type (presentation/figures_type.py); the page says how wide the browser shows it, the PDF how wide it is
printed. Prints one row per chart and, per release, the smallest of each column.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hulplijnen.presentation.figures_type import css_px, read_smallest_pt  # noqa: E402

WIDTHS = (390, 1280)
CHARTS = """(() => Array.from(document.querySelectorAll('main div.quarto-float[id^="fig-"] img')).map(img => ({
  id: img.closest('div.quarto-float').id, src: img.currentSrc, shown: img.getBoundingClientRect().width})))()"""


def _png(uri: str) -> bytes:
    return base64.b64decode(uri.split(",", 1)[1])


def _dpi_and_width(png: bytes) -> tuple[float, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return float(image.info.get("dpi", (72, 72))[0]), image.width


def html_sizes(context, release: str, width: int) -> dict[str, dict]:
    """Per chart: its smallest type's point size and CSS px as shown at ``width``."""
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((ROOT / "_output" / release / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    charts = page.evaluate(CHARTS)
    page.close()
    sizes = {}
    for chart in charts:
        png = _png(chart["src"])
        pt = read_smallest_pt(png)
        dpi, drawn = _dpi_and_width(png)
        sizes[chart["id"]] = {"pt": pt, "px": None if pt is None else css_px(pt, dpi, chart["shown"], drawn)}
    return sizes


def pdf_sizes(release: str) -> dict[str, float | None]:
    """Per chart (its picture's file name, found by its size in pixels): its smallest type in points as printed."""
    import pdfplumber
    from PIL import Image

    pictures = {}
    for path in sorted((ROOT / "_output" / release / "figures").glob("*.png")):
        png = path.read_bytes()
        with Image.open(io.BytesIO(png)) as image:
            pictures[image.size] = (path.stem, read_smallest_pt(png), float(image.info.get("dpi", (72, 72))[0]))
    printed = {}
    with pdfplumber.open(ROOT / "_output" / release / "report.pdf") as pdf:
        for page in pdf.pages:
            for image in page.images:
                name, pt, dpi = pictures.get(tuple(image["srcsize"]), (None, None, None))
                if pt is not None:
                    printed[name] = pt * image["width"] / 72 / (image["srcsize"][0] / dpi)
    return printed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", nargs="+", default=["2020", "2021", "2021-tele-onthaal", "demo"])
    parser.add_argument("--json", action="store_true", help="one JSON line of the results at the end")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is not installed")
    from playwright.sync_api import sync_playwright

    results = {}
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium, args=["--headless", "--no-sandbox"], headless=True
        )
        for release in args.releases:
            seen = {width: html_sizes(context, release, width) for width in WIDTHS}
            printed = pdf_sizes(release)
            rows = results[release] = {}
            for chart in seen[WIDTHS[0]]:
                rows[chart] = {
                    "phone_pt": seen[390][chart]["pt"],
                    "phone_px": seen[390][chart]["px"],
                    "desktop_pt": seen[1280].get(chart, {}).get("pt"),
                    "desktop_px": seen[1280].get(chart, {}).get("px"),
                    "pdf_pt": printed.get(chart),
                }
        context.close()
    for release, rows in results.items():
        print(f"\n{release}\n| chart | phone pt | phone px (390) | desktop pt | desktop px (1280) | PDF pt |")
        print("|---|---:|---:|---:|---:|---:|")
        for chart, row in rows.items():
            cells = [f"{row[k]:.1f}" if row[k] is not None else "?" for k in row]
            print(f"| {chart} | {' | '.join(cells)} |")
        for key in ("phone_px", "desktop_px", "pdf_pt"):
            values = [row[key] for row in rows.values() if row[key] is not None]
            if values:
                print(f"{key}: smallest {min(values):.1f}, largest {max(values):.1f}")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
