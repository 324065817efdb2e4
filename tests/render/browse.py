"""Open a rendered report.html in the test browser as a reader would, and read it with scripts."""

from __future__ import annotations

from pathlib import Path


def evaluate(browser, html: Path, width: int, *scripts: str, height: int = 900) -> list:
    """Open ``html`` from disk at ``width`` x ``height`` px, its fonts loaded and its scripts run, and return what
    each script evaluates to."""
    page = browser.new_page()
    try:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(html.as_uri(), wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        page.wait_for_timeout(300)
        return [page.evaluate(script) for script in scripts]
    finally:
        page.close()
