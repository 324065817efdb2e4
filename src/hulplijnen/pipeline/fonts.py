"""The PDF's font: the charts' own font files (theme.FONT, DejaVu Sans as matplotlib ships it), handed to typst.

typst has no DejaVu Sans of its own (only DejaVu Sans Mono), so the build copies matplotlib's four DejaVu Sans
files into the release's staging folder (``fonts/``, which _quarto.yml names as the typst ``font-paths``,
relative, so no machine path reaches an output). A machine may also have a DejaVu Sans of another build
installed (Debian's fonts-dejavu); typst would prefer that one, and the PDF would then depend on the
machine. So Quarto renders with ``FONTCONFIG_FILE`` naming a fontconfig file in the staging folder whose only
font folder is ``fonts/``: typst then sees no system font, on every machine the same files."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

FOLDER = "fonts"  # in the staging folder; _quarto.yml: format: typst: font-paths
CONFIG = "fonts.conf"
FILES = {  # the family's four styles as matplotlib's mpl-data/fonts/ttf holds them
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
}


def sources() -> list[Path]:
    """The font files of the charts' family in the installed matplotlib."""
    import matplotlib  # here, not at import: a build with nothing to do loads no plotting library

    from ..presentation.theme import FONT

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return [folder / name for name in FILES[FONT]]


def stage(staging: Path) -> None:
    """Copy the font files into ``staging/fonts`` and write the fontconfig file that hides the system's fonts."""
    target = staging / FOLDER
    target.mkdir(exist_ok=True)
    for source in sources():
        shutil.copyfile(source, target / source.name)
    (staging / CONFIG).write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{escape(str(target.resolve()))}</dir></fontconfig>\n",
        encoding="utf-8",
    )


def environment(staging: Path) -> dict[str, str]:
    """What Quarto's environment needs so that typst finds only the staged fonts (and its own embedded ones)."""
    config = staging / CONFIG
    return {"FONTCONFIG_FILE": str(config.resolve())} if config.is_file() else {}
