"""HTML previews of the executed notebooks, readable without Quarto (cached per notebook, checked by digest)."""

from __future__ import annotations

import functools
import shutil
from importlib import metadata
from pathlib import Path

from ..config.digests import file_digest
from . import teaching


def write_previews(staging: Path, cache: Path | None = None, notice: str | None = None) -> None:
    """One HTML page per executed notebook, code hidden: readable without Quarto. With ``cache``, a
    page is converted again only when its notebook's bytes changed (nbconvert is slow to load and run)."""
    preview = staging / "preview"
    preview.mkdir()
    exporter = None
    for nb in sorted((staging / "notebooks").glob("*.ipynb")):
        key = file_digest(nb) + "\n" + metadata.version("nbconvert") + teaching.VERSION + (notice or "")
        kept = cache / f"{nb.stem}.html" if cache else None
        stamp = kept.with_suffix(".key") if kept else None
        # the stamp holds the notebook's key and the page's own digest: an edited or truncated page is a miss
        if (
            kept
            and kept.is_file()
            and stamp.is_file()
            and stamp.read_text(encoding="utf-8") == f"{key}\n{file_digest(kept)}"
        ):
            shutil.copy2(kept, preview / kept.name)
            continue
        exporter = exporter or _preview_exporter()
        node = teaching.for_readers(nbformat_read(nb), nb, staging.name, notice)  # heading, captions, alt; no facts
        body, _ = exporter.from_notebook_node(node)
        (preview / f"{nb.stem}.html").write_text(body, encoding="utf-8")
        if kept:
            kept.parent.mkdir(parents=True, exist_ok=True)
            stamp.unlink(missing_ok=True)  # the stamp is written last: a half-stored page is a miss
            shutil.copy2(preview / kept.name, kept)
            stamp.write_text(f"{key}\n{file_digest(kept)}", encoding="utf-8")


@functools.cache
def _preview_exporter():
    """One exporter per process: its templates are compiled once (about 0.5 s), not on every build of a preview."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    exporter.exclude_input = True
    return exporter


def nbformat_read(path: Path):
    from ..config import nbfile

    return nbfile.read(path, own=True)  # teaching.for_readers changes it
