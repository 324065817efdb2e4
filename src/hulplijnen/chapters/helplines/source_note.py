"""Where a helpline's key figures come from, in words, for the source line under its figure and tables (r44, r43 TO
#8: a figure or table copied on its own keeps its origin)."""

from __future__ import annotations

from ...config import yamlfile
from ...config.paths import DATA


def in_words(helpline_: str, year: int) -> str:
    """The key figures' part of their document as the annex names it (data/provenance.yml: part_nl, else the
    document's about_nl); empty where the provenance names none."""
    provenance = yamlfile.load(DATA / "provenance.yml")[0]
    entry = provenance["files"].get(f"{helpline_}/{year}/key_figures.csv")
    if not entry:
        return ""
    return entry.get("part_nl") or provenance["documents"][entry["document"]].get("about_nl", "")


def short(in_words_: str) -> str:
    """r52 (r51 TO #8): the source line after the first, without its date clause: 'de infografiek over X op de
    webpagina „Cijfers hulplijnen” (kerncijfers over 2021, datum niet vermeld)' -> 'infografiek over X op de webpagina
    „Cijfers hulplijnen”'. r59 (r58 TO #10): with its article, one form with Table 1's source line: 'Bron: de
    infografiek …'."""
    return in_words_.split(" (", 1)[0].strip()
