"""Captions that name the year of their data when it is not the report's year.

A chapter may show an earlier year's table or chart (the most recent year that has one). Its notebook
passes that year to ``display.show_table``/``show_figure``, which record it in the output's metadata
(``YEAR_METADATA``); assembly then adds the year to the cell's caption in the staged notebook, the one
Quarto embeds: "Contacten naar leeftijdsklasse van de contactnemer, 2020" in the report of 2021.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..config import nbfile

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


def with_year(caption: str, year: int) -> str:
    """'Contacten per maand' -> 'Contacten per maand, 2020' (a caption that names its year already stays)."""
    if re.search(rf"(?<!\d){year}(?!\d)", caption):
        return caption
    return f"{caption}, {year}"


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
