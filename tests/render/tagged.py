"""The tagged structure of a PDF as a screen reader gets it, read with pikepdf (structure tree, catalog,
XMP) and pdfplumber (where each marked piece of content stands on its page): the checks of PDF/UA-1 that
a machine can make, each problem said in words."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HEADING = re.compile(r"/H([1-6])$")
LINE_PT = 3.0  # pieces of content whose tops differ by less stand on one line (a table row, a label and its number)


@dataclass
class Element:
    tag: str
    alt: str | None
    kids: list[Element | tuple[int, int]] = field(default_factory=list)  # elements and (page index, MCID), in order

    def walk(self):
        yield self
        for kid in self.kids:
            if isinstance(kid, Element):
                yield from kid.walk()

    def all_content(self) -> list[tuple[int, int]]:
        """Every piece of marked content under this element, in logical (reading) order."""
        return [c for kid in self.kids for c in (kid.all_content() if isinstance(kid, Element) else [kid])]


@dataclass
class Structure:
    marked: bool
    lang: str | None
    display_title: bool
    title: str | None
    ua_part: str | None
    root: Element | None
    pages: int

    def elements(self, tag: str) -> list[Element]:
        return [e for e in self.root.walk() if e.tag == tag] if self.root else []


def read(path: Path) -> Structure:
    import pikepdf

    with pikepdf.open(path) as pdf:
        catalog = pdf.Root
        pages = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        mark = catalog.get("/MarkInfo")
        viewer = catalog.get("/ViewerPreferences")
        meta = pdf.open_metadata()
        root = None
        if "/StructTreeRoot" in catalog:
            root = Element("/StructTreeRoot", None)
            _children(catalog.StructTreeRoot, root, None, pages)
        return Structure(
            marked=bool(mark is not None and mark.get("/Marked", False)),
            lang=str(catalog.get("/Lang")) if catalog.get("/Lang") is not None else None,
            display_title=bool(viewer is not None and viewer.get("/DisplayDocTitle", False)),
            title=meta.get("dc:title"),
            ua_part=meta.get("pdfuaid:part"),
            root=root,
            pages=len(pdf.pages),
        )


def _children(node, element: Element, page: int | None, pages: dict) -> None:
    import pikepdf

    if "/Pg" in node:
        page = pages.get(node.Pg.objgen, page)
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int):
            element.kids.append((page, int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            at = pages.get(kid.Pg.objgen, page) if "/Pg" in kid else page
            element.kids.append((at, int(kid.MCID)))
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            alt = kid.get("/Alt")
            child = Element(str(kid.S), str(alt) if alt is not None else None)
            element.kids.append(child)
            _children(kid, child, page, pages)


def tops(path: Path) -> dict[tuple[int, int], float]:
    """Where each marked piece of text content starts on its page: (page index, MCID) -> top in points."""
    import pdfplumber

    found: dict[tuple[int, int], float] = {}
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            for char in page.chars:
                if char.get("mcid") is not None:
                    key = (i, int(char["mcid"]))
                    found[key] = min(found.get(key, char["top"]), char["top"])
    return found


def artifact_text(path: Path, page_index: int) -> str:
    """The text of a page that is marked as an artifact (skipped by a screen reader)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join(c["text"] for c in pdf.pages[page_index].chars if c.get("tag") == "Artifact")


def problems(path: Path, lang: str = "nl-BE") -> list[str]:
    """What breaks the machine-checkable part of PDF/UA-1 in ``path``, each in words (empty: none)."""
    s = read(path)
    found = []
    if not s.marked:
        found.append("not tagged: /MarkInfo /Marked is not true")
    if s.root is None:
        return [*found, "no /StructTreeRoot: the PDF has no structure"]
    if s.lang != lang:
        found.append(f"document language is {s.lang!r}, not {lang!r}")
    if not s.display_title:
        found.append("/ViewerPreferences /DisplayDocTitle is not true: a reader shows the file name")
    if not (s.title or "").strip():
        found.append("no document title (XMP dc:title)")
    if s.ua_part != "1":
        found.append(f"XMP pdfuaid:part is {s.ua_part!r}, not '1': not declared PDF/UA-1")
    for number, figure in enumerate(s.elements("/Figure"), start=1):
        if not (figure.alt or "").strip():
            found.append(f"figure {number} has no alt text (/Alt)")
    found += heading_problems(s)
    for number, table in enumerate(s.elements("/Table"), start=1):
        if not any(e.tag == "/TH" for e in table.walk()):
            found.append(f"table {number} has no header cells (/TH)")
    found += order_problems(s, tops(path))
    return found


def heading_levels(s: Structure) -> list[int]:
    return [int(m.group(1)) for e in s.root.walk() if (m := HEADING.match(e.tag))]


def heading_problems(s: Structure) -> list[str]:
    levels = heading_levels(s)
    if not levels:
        return ["no headings (/H1 to /H6)"]
    found = [] if levels[0] == 1 else [f"the first heading is /H{levels[0]}, not /H1"]
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            found.append(f"heading level skipped: /H{before} followed by /H{after}")
    return found


def units(element: Element):
    """The pieces read in order: a table row as one piece (its cells side by side, read cell by cell),
    any other marked content by itself."""
    for kid in element.kids:
        if isinstance(kid, Element) and kid.tag == "/TR":
            yield kid.all_content()
        elif isinstance(kid, Element):
            yield from units(kid)
        else:
            yield [kid]


def order_problems(s: Structure, at: dict[tuple[int, int], float]) -> list[str]:
    """Reading order follows the page: on every page, the text in the structure's order goes down the page
    (content on one line, or in one table row, may come in any order within it)."""
    by_page: dict[int, list[float]] = defaultdict(list)
    for unit in units(s.root):
        for page in {p for p, _ in unit}:
            placed = [at[(p, m)] for p, m in unit if p == page and (p, m) in at]
            if placed:
                by_page[page].append(min(placed))
    found = []
    for page, seq in sorted(by_page.items()):
        lowest = seq[0]
        for top in seq[1:]:
            if top < lowest - LINE_PT:
                found.append(f"page {page + 1}: the structure reads text at {top:.0f} pt after text at {lowest:.0f} pt")
                break
            lowest = max(lowest, top)
    return found
