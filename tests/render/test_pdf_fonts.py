"""The PDF's text is set in the charts' font (issue 21 §4: one font family matching the text): every release's
report.pdf embeds DejaVu Sans (theme.FONT, the family the charts are drawn in) in the very files matplotlib
ships, and no other text font (DejaVu Sans Mono for code; Quarto's Font Awesome only for a callout's icon)."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from hulplijnen.config.params import release_ids
from hulplijnen.pipeline import fonts
from hulplijnen.presentation.theme import FONT

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
FAMILY = FONT.replace(" ", "")  # a PDF font name has no spaces: DejaVuSans, DejaVuSans-Bold, ...
OTHERS = ("DejaVuSansMono", "FontAwesome")  # code; Quarto's callout icons (private-use glyphs, not text)


def embedded(pdf_path) -> dict[str, bytes]:
    """Each embedded font's name (without its subset tag) -> its font program."""
    found = {}
    with pikepdf.open(pdf_path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                name = re.sub(r"^[A-Z]{6}\+", "", str(obj.FontName)[1:])
                program = next((obj[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in obj), None)
                found[name] = program.read_bytes() if program is not None else b""
    return found


def family(name: str) -> str:
    return name.split("-")[0]


@pytest.mark.parametrize("release", RELEASES)
def test_the_text_is_set_in_the_charts_font_family(rendered, release):
    names = embedded(rendered[release] / "report.pdf")
    assert FAMILY in names and f"{FAMILY}-Bold" in names, f"{release}: the body and headings are not in {FONT}"
    strangers = sorted(n for n in names if family(n) != FAMILY and not n.startswith(OTHERS))
    assert strangers == [], f"{release}: text fonts other than the charts' {FONT}: {strangers}"


@pytest.mark.parametrize("release", RELEASES)
def test_the_font_is_matplotlibs_file_not_the_machines(rendered, release):
    """Each embedded DejaVu Sans is matplotlib's build of it (its version, its glyphs), whatever the machine has
    installed: a system DejaVu Sans of another build (Debian's is 2.37, matplotlib's 2.35) would otherwise win."""
    shipped = {}
    for path in fonts.sources():
        font = TTFont(path)
        shipped[font["name"].getDebugName(6)] = font
    checked = 0
    for name, program in embedded(rendered[release] / "report.pdf").items():
        if family(name) != FAMILY:
            continue
        subset, reference = TTFont(io.BytesIO(program)), shipped[name]
        assert subset["name"].getDebugName(5) == reference["name"].getDebugName(5), f"{release}: {name} version"
        glyphs, theirs = subset["glyf"], reference["glyf"]
        for glyph in subset.getGlyphOrder()[1:]:
            if glyphs[glyph].numberOfContours > 0:
                assert glyphs[glyph].getCoordinates(glyphs)[0] == theirs[glyph].getCoordinates(theirs)[0], (
                    f"{release}: {name} draws {glyph} unlike matplotlib's file"
                )
                checked += 1
    assert checked > 0, f"{release}: no DejaVu Sans glyph to compare"
