"""What a table cell keeps on one line in the PDF: a number with its per cent sign and a word with a hyphen (2020, r12
#13: Tabel 18's header wrapped as "(95 / %)" and "(95 %- / interval)", Tabel 1 as "e- / mail")."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import release_ids

from .pages import cells

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
GAP_PT = 12.0  # a space between two words on one line (justified: stretched) is narrower than this
HYPHENATED = re.compile(r"[\w%]+(?:-\w+)+")
ELISION = {"en", "of", "tot"}  # "telefoon- en chatgesprekken": a hyphen that ends a word on purpose


def words(pdf) -> list[list[dict]]:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [page.extract_words() for page in document.pages]


def left_neighbour(word: dict, page: list[dict]) -> dict | None:
    """The word just left of this one on its line."""
    near = [w for w in page if abs(w["top"] - word["top"]) < 2 and 0 <= word["x0"] - w["x1"] < GAP_PT and w is not word]
    return max(near, key=lambda w: w["x1"]) if near else None


@pytest.mark.parametrize("release", RELEASES)
def test_a_per_cent_sign_stands_on_the_line_of_its_number(rendered, release):
    alone = []
    for number, page in enumerate(words(rendered[release] / "report.pdf"), start=1):
        for word in page:
            if word["text"].startswith("%"):
                above = [  # the line above, in the same column: a number ending it
                    w
                    for w in page
                    if 8 < word["top"] - w["top"] < 18 and w["x0"] >= word["x0"] - 2 and re.search(r"\d$", w["text"])
                ]
                if left_neighbour(word, page) is None and above:
                    alone.append(f"p.{number} '{word['text']}' at ({word['x0']:.0f}, {word['top']:.0f})")
    assert not alone, "per cent signs at the start of a line, their number on the line above: " + "; ".join(alone)


@pytest.mark.parametrize("release", RELEASES)
def test_a_word_with_a_hyphen_in_a_table_is_not_broken(rendered, release):
    output = rendered[release]
    parts = set()
    for path in (output / "tables").glob("*.md"):
        for row in path.read_text(encoding="utf-8").splitlines():
            for cell in cells(row) if row.startswith("|") else []:
                for found in HYPHENATED.findall(cell):
                    parts |= {found.rsplit("-", n)[0] + "-" for n in range(1, found.count("-") + 1)}
    assert parts, "the tables have words with a hyphen"
    broken = []
    for number, page in enumerate(words(output / "report.pdf"), start=1):
        for i, word in enumerate(page):
            text = word["text"].lstrip('(„"')
            after = page[i + 1]["text"] if i + 1 < len(page) and abs(page[i + 1]["top"] - word["top"]) < 2 else ""
            if text in parts and after not in ELISION:
                broken.append(f"p.{number} '{word['text']}'")
    assert not broken, "words with a hyphen broken over two lines: " + "; ".join(broken)


NAME = re.compile(r"\b[A-Z]\w*(?:-[A-Z]\w*)+(?:-\w+)*")  # a name with a hyphen: "Tele-Onthaal", "Kaplan-Meier-methode"


@pytest.mark.parametrize("release", RELEASES)
def test_a_name_with_a_hyphen_is_not_broken_anywhere(rendered, release):
    """r13: "Tele-" / "Onthaal" in the glossary and "Kaplan-Meier" / "-methode" in the methods broke at a hyphen."""
    import nbformat

    output = rendered[release]
    sources = [(output / "report.qmd").read_text(encoding="utf-8")]
    for notebook in (output / "notebooks").glob("*.ipynb"):
        for cell in nbformat.read(notebook, as_version=4).cells:
            sources += [o.get("data", {}).get("text/markdown", "") for o in cell.get("outputs", [])]
    names = {name for text in sources for name in NAME.findall(text)}
    assert names, "the report writes names with a hyphen"
    heads = {name.rsplit("-", n)[0] + "-" for name in names for n in range(1, name.count("-") + 1)}
    heads |= {name.rsplit("-", n)[0] for name in names for n in range(1, name.count("-") + 1)}
    broken = []
    for number, page in enumerate(words(output / "report.pdf"), start=1):
        ends = {}  # the last word of each line
        for word in page:
            key = round(word["top"])
            if key not in ends or word["x1"] > ends[key]["x1"]:
                ends[key] = word
        for word in page:
            text = word["text"].lstrip('(„"')
            if word is ends[round(word["top"])] and text in heads:
                following = [w for w in page if 8 < w["top"] - word["top"] < 20]
                first = min(following, key=lambda w: w["x0"]) if following else None
                if first and (first["text"].startswith("-") or text.endswith("-")):
                    broken.append(f"p.{number} '{text}' / '{first['text']}'")
    assert not broken, "names with a hyphen broken over two lines: " + "; ".join(broken)
