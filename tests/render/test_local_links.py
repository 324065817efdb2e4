"""Every file the HTML links to or embeds by a relative address lies in the release folder, at that address (r15
demo #2: a reader found "Cijfers van figuur N (CSV)" pointing at figures/... in a folder without it). Links to the
web, to a place in the page (#...), mail and phone links and embedded data: are not files of the release. The page
is read as a browser shows it, after its scripts (quarto/figure-data.html writes the CSV links), and as written."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from hulplijnen.config.params import release_ids

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
NOT_A_FILE = ("#", "data:", "http:", "https:", "mailto:", "tel:", "javascript:", "//")


class _Addresses(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "srcset") and value:
                self.found.append(value.strip())


def local_addresses(html: str) -> list[str]:
    """The relative addresses of a page's links and embedded files (a srcset's first address), without #... or ?..."""
    parser = _Addresses()
    parser.feed(html)
    found = (address.split()[0] for address in parser.found if address)
    return [unquote(urlsplit(a).path) for a in found if not a.lower().startswith(NOT_A_FILE)]


def missing(html: str, folder: Path) -> list[str]:
    return sorted({a for a in local_addresses(html) if a and not (folder / a).is_file()})


def test_the_check_sees_a_missing_file_and_skips_what_is_no_file(tmp_path):
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "a.csv").write_text("x", encoding="utf-8")
    page = (
        '<a href="figures/a.csv">a</a><a href="figures/b.csv#x">b</a><img src="data:image/png;base64,AA">'
        '<a href="#top">t</a><a href="https://example.org/c.csv">c</a><a href="mailto:x@y">m</a>'
    )
    assert missing(page, tmp_path) == ["figures/b.csv"]


@pytest.mark.parametrize("release", RELEASES)
def test_every_local_link_of_the_html_is_a_file_of_the_release(browser, rendered, release):
    folder = rendered[release]
    page = browser.new_page()
    page.goto((folder / "report.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    shown = page.content()
    page.close()
    written = (folder / "report.html").read_text(encoding="utf-8")
    addresses = local_addresses(shown)
    assert "report.pdf" in addresses and any(a.endswith(".csv") for a in addresses), "the check proves nothing"
    assert missing(shown, folder) == [] and missing(written, folder) == []


@pytest.mark.parametrize("release", RELEASES)
def test_the_promised_list_of_hidden_cells_is_shipped_with_the_report(rendered, release):
    """r15 demo #2: the report says the list of hidden cells comes with it as a CSV file (its methods)."""
    folder = rendered[release]
    if "lijst van verborgen cellen" not in (folder / "report.html").read_text(encoding="utf-8"):
        pytest.skip(f"{release} promises no list of hidden cells")
    with (folder / "suppression_log.csv").open(encoding="utf-8") as handle:
        assert len(handle.readlines()) > 1, "the list of hidden cells is empty"
