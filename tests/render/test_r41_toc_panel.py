"""r41 (r41 2021 #15): the contents panel of the desktop HTML lets the reader reach every entry. At 1280 x 900 the
2021 panel was cut off after "Bij hoofdstuk 6: Andere …": "Colofon" lay under the sticky "Andere formaten" and no
scrollbar showed (quarto/report.css). Now the entries fit a 900 px high window above "Andere formaten", and in a
lower window the panel scrolls on its own, its last entry then above "Andere formaten"."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
DESKTOP = 1280

# Every entry of the contents (not the formats' links) with its bottom, the top of "Andere formaten" and the window's
# height, after the panel is scrolled to its end (``end``) or left as it opens.
ENTRIES = """((end) => {
  const panel = document.querySelector('#quarto-sidebar-toc-left');
  if (!panel) return null;
  if (end) panel.scrollTop = panel.scrollHeight;
  const formats = panel.querySelector('.quarto-alternate-formats');
  const entries = Array.from(panel.querySelectorAll('#TOC a.nav-link')).map(a => (
    {text: a.textContent.trim(), bottom: a.getBoundingClientRect().bottom}));
  return {entries: entries, formats: formats ? formats.getBoundingClientRect().top : window.innerHeight,
          window: window.innerHeight, scrolls: getComputedStyle(panel).overflowY};
})"""


def _panel(browser, rendered, release: str, height: int, end: bool) -> dict | None:
    page = rendered[release] / "report.html"
    page_script = f"{ENTRIES}({'true' if end else 'false'})"
    return browse.evaluate(browser, page, DESKTOP, page_script, height=height)[0]


@pytest.mark.parametrize("release", release_ids())
def test_every_entry_of_the_contents_shows_in_a_900_px_window(browser, rendered, release):
    panel = _panel(browser, rendered, release, 900, end=False)
    assert panel is not None, "no contents panel on a desktop"
    limit = min(panel["formats"], panel["window"]) + 1
    hidden = [e["text"] for e in panel["entries"] if e["bottom"] > limit]
    assert not hidden, f"{release}: entries under 'Andere formaten' or below the window: {hidden}"
    assert panel["entries"][-1]["text"] == "Colofon"


@pytest.mark.parametrize("release", release_ids())
def test_a_lower_window_scrolls_the_panel_to_its_last_entry(browser, rendered, release):
    panel = _panel(browser, rendered, release, 500, end=True)
    assert panel["scrolls"] in ("auto", "scroll")
    last = panel["entries"][-1]
    assert last["bottom"] <= min(panel["formats"], panel["window"]) + 1, f"{release}: {last} not reachable"
