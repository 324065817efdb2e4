"""Captions that name the year of their data when it is not the report's year.

A chapter may show an earlier year's table or chart (the most recent year that has one). Its notebook
passes that year to ``display.show_table``/``show_figure``, which record it in the output's metadata
(``YEAR_METADATA``); assembly then adds the year to the cell's caption in the staged notebook, the one
Quarto embeds: "Cijfers 2020: Contacten naar leeftijdsklasse van de contactnemer" in the report of 2021.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..config import nbfile
from . import text

YEAR_METADATA = "hulplijnen/data-year"
PHONE_METADATA = "hulplijnen/phone-png"  # a chart's phone version, base64 (figures_phone; assembly writes it out)
CAPTION = re.compile(r'^(#\| (?:tbl|fig)-cap: ")(.*)(")$', re.M)


def data_year(cell) -> int | None:
    """The year of the data a cell's table or figure shows, when the notebook said so."""
    for output in cell.get("outputs", []):
        year = output.get("metadata", {}).get(YEAR_METADATA)
        if year is not None:
            return int(year)
    return None


# the caption's title: up to its first bracket, colon or semicolon (what follows qualifies it)
TITLE = re.compile(r"^[^(:;]*")


def with_year(caption: str, year: int) -> str:
    """'Contacten per maand (zonder kanaal)' -> 'Cijfers 2020: Contacten per maand (zonder kanaal)'; a caption whose
    title names the year already stays ('Contacten per maand, 2020')."""
    if re.search(rf"(?<!\d){year}(?!\d)", TITLE.match(caption)[0]):
        return caption
    return f"{text.render('caption_year.md', year=str(year))} {caption}"  # the words: report/caption_year.md


def name_data_years(staging: Path, names: list[str], year: int) -> None:
    """Add the data's year to every caption of the staged notebooks whose data are from another year."""

    for name in names:
        path = staging / "notebooks" / f"{name}.ipynb"
        node = nbfile.read(path, own=True)
        changed = False
        for cell in node.cells:
            shown = data_year(cell)
            if cell.cell_type != "code" or shown is None or shown == year:
                continue
            cell.source = CAPTION.sub(lambda m, y=shown: f"{m[1]}{with_year(m[2], y)}{m[3]}", cell.source)
            changed = True
        if changed:
            nbfile.write(node, path)
