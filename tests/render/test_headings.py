"""The HTML's heading hierarchy, as a screen reader lists it (issue 21, a fresh reader's finding): the report's
title is the page's one h1, every chapter an h2, the summary's key messages a heading of their own (h3) and no
level is skipped in the document's content. Before, the title and every chapter were h1 and the key messages
bold text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from hulplijnen.config.params import load_params, release_ids
from hulplijnen.pipeline.release import load_release

pytestmark = pytest.mark.quarto
RELEASES = release_ids()


class Headings(HTMLParser):
    """Every heading (level, text) inside <main> (the document; the sidebar's own headings are Quarto's)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[int, str]] = []
        self._main = 0
        self._open: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self._main += 1
        elif self._main and re.fullmatch(r"h[1-6]", tag):
            self._open = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if tag == "main":
            self._main -= 1
        elif self._open and tag == f"h{self._open[0]}":
            self.found.append((self._open[0], " ".join(self._open[1].split())))
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._open[1] += data


def contents(out) -> list[str]:
    """The texts of the HTML's table of contents (nav#TOC), numbers as the headings show them."""
    html = (out / "report.html").read_text(encoding="utf-8")
    nav = html.split('id="TOC"', 1)[1].split("</nav>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", a).split()) for a in re.findall(r"<a [^>]*>(.*?)</a>", nav, re.S)]


def headings(out) -> list[tuple[int, str]]:
    parser = Headings()
    parser.feed((out / "report.html").read_text(encoding="utf-8"))
    return parser.found


@pytest.mark.parametrize("release", RELEASES)
def test_one_h1_the_title_chapters_h2_key_messages_h3_no_level_skipped(rendered, release):
    params = load_params(release)
    found = headings(rendered[release])
    assert [t for level, t in found if level == 1] == [params.title]
    h2 = [re.sub(r"^\d+ ", "", t) for level, t in found if level == 2]
    h3 = [re.sub(r"^\d+\.\d+ ", "", t) for level, t in found if level == 3]
    # a heading may name the year of an earlier year's figures after its title (r24 2021 #2: pipeline/data_years)
    year = re.compile(r" \((deels )?cijfers \d{4}\)$")
    h2, h3 = [year.sub("", t) for t in h2], [year.sub("", t) for t in h3]
    for chapter in load_release(release).reading:  # a chapter that joins another is its section (r19 2021 #1)
        assert chapter["title"] in h2, (release, chapter["title"])
        assert all(s["title"] in h3 for s in chapter["sections"]), (release, chapter["sections"])
    assert "Samenvatting" in h2 and "Technische bijlage" in h2 and "Colofon" in h2
    assert (3, "Belangrijkste boodschappen") in found and (3, "Kerncijfers") in found
    levels = [level for level, _ in found]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), (release, found)


@pytest.mark.parametrize("release", RELEASES)
def test_every_chapter_and_section_heading_is_in_the_html_contents(rendered, release):
    """Also the headings a notebook shows (one per helpline in the chapter on the other helplines): pandoc's
    contents skip headings inside the embedded cell's divs unless quarto/toc-headings.lua lifts them."""
    listed = contents(rendered[release])
    for level, title in headings(rendered[release]):
        if level in (2, 3):
            assert title in listed, (release, title)


def test_a_heading_names_the_year_of_an_earlier_years_figures(rendered):
    """r24 2021 #2: '2.1 Geslacht en leeftijd' showed 2020's ages in the 2021 report, its heading and the contents
    said nothing; the chapter on reachability is wholly 2020's figures. The 2020 report's headings name no year."""
    found = headings(rendered["2021"])
    assert (3, "2.1 Geslacht en leeftijd (deels cijfers 2020)") in found, found
    # r28 2021 #5: the chapter on reachability is mostly the year's measures: no '(cijfers 2020)' over it
    assert any(level == 2 and t.endswith("Bereikbaarheid en capaciteit") for level, t in found), found
    assert not any("cijfers 20" in t for _, t in headings(rendered["2020"]))
